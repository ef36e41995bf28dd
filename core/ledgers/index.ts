export { CLOCK_STATE_LABELS, type ClockState, type ClockView, clockDays, computeClocks } from './clocks';
export { describeKind } from './describe';
export {
  type DocumentItem,
  type DocumentNames,
  documentsFor,
  documentText,
  REGISTER_DOCUMENT,
  type RecordDocument,
  recordDocument,
} from './document';
export { hides, type MaskLevel, maskData } from './mask';
export { MASKERS, maskIdNumber, maskName, maskPhone, scrubPersonalNumbers } from './personal';
export { allFields, editableIn, refIds, searchText, validateRecord } from './record';
export { LEDGER_KINDS, ledgerKind } from './registry';
export {
  buildRoster,
  listedPeople,
  peopleCounts,
  peopleTables,
  type RosterPerson,
  type RosterSighting,
  type RosterSource,
  rosterKey,
  rosterSince,
  rowsForPeople,
} from './roster';
export { clockTodoReason, completeTodoItem, completeTodoList } from './todoText';
export type * from './types';
export { type FieldIssue, validateFields } from './validate';
export {
  type ActionPlan,
  actionsFor,
  applyStep,
  findAction,
  type PlannedStep,
  planAction,
  precheckAction,
  type RecordState,
  stateLabel,
  worksOn,
} from './workflow';
