import type { LedgerKind } from '../types';

/** 执法人员培训: feeds `enforcement.trainings` (one per record) and `enforcement.training_attendance`. */
export const enforcementTraining: LedgerKind = {
  kind: 'enforcement_training',
  label: '执法培训',
  numberPrefix: '训',
  feeds: ['enforcement.trainings', 'enforcement.training_attendance'],
  editors: ['township_clerk', 'township_leader'],
  fields: [
    { key: 'heldOn', label: '培训日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'topic',
      label: '培训主题',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'hours',
      label: '学时',
      type: 'integer',
      required: true,
      min: 1,
      max: 200,
      suffix: '学时',
      list: true,
    },
    { key: 'attendees', label: '参训执法人员', type: 'ref', kind: 'officer', multiple: true },
    {
      key: 'attendance',
      label: '参训人次',
      type: 'integer',
      required: true,
      min: 1,
      max: 10_000,
      suffix: '人次',
      list: true,
    },
    { key: 'organiser', label: '组织单位', type: 'text', maxLength: 60 },
  ],
  checks: [
    {
      fields: ['attendance', 'attendees'],
      test: (d) =>
        Array.isArray(d.attendees) && typeof d.attendance === 'number' && d.attendance < d.attendees.length
          ? `「参训人次」不能少于所列参训执法人员人数（${d.attendees.length}人）`
          : null,
    },
  ],
  list: { dateField: 'heldOn', title: (d) => String(d.topic ?? '执法培训') },
  states: [{ key: 'held', label: '已举办', tone: 'success' }],
  initialState: 'held',
  actions: [],
  clocks: [],
};
