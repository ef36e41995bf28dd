import type { HighlightQuery } from './input';

/**
 * The ledger records the composed report names. The server runs each entry the same way:
 * records of the unit's subtree, not deleted, `dateField` within the report year, `where`
 * as in RecordFilter, newest first, at most `limit`. Field names are checked against the
 * kind declarations in highlights.test.ts.
 *
 * Enforcement cases are not named: their 案由 often carries the party's name, which a
 * public report should not repeat. Disputes are named by their type only, for the same reason.
 */
export const HIGHLIGHT_QUERIES: readonly HighlightQuery[] = [
  {
    // 重大行政决策 decided in the year, named by title in part 一
    id: 'major_decisions',
    kind: 'major_decision',
    where: { states: ['decided', 'reported', 'published', 'archived'] },
    dateField: 'decidedOn',
    titleField: 'title',
    fields: ['decidedOn', 'meetingName', 'sponsor'],
    limit: 5,
  },
  {
    // 行政规范性文件 published in the year
    id: 'normative_documents',
    kind: 'normative_document',
    where: { states: ['published', 'filed', 'settled'] },
    dateField: 'publishedOn',
    titleField: 'title',
    fields: ['docNumber'],
    limit: 5,
  },
  {
    // disputes settled by agreement: their types show what the mediators dealt with
    id: 'mediated_disputes',
    kind: 'dispute',
    where: { present: ['agreementOn'] },
    dateField: 'registeredOn',
    titleField: 'type',
    fields: ['type', 'mediationBody'],
    limit: 30,
  },
  {
    // meetings chaired by the 党委书记 or the 乡镇长: part 三
    id: 'principal_meetings',
    kind: 'meeting',
    where: { in: { chairRole: ['secretary', 'head'] } },
    dateField: 'heldOn',
    titleField: 'title',
    fields: ['chair', 'chairRole', 'type'],
    limit: 4,
  },
  {
    // 法治专题讲座 with a named lecturer (leaders teaching, or experts invited by them)
    id: 'lectures',
    kind: 'study_session',
    where: { equals: { type: 'lecture' }, present: ['lecturer'] },
    dateField: 'heldOn',
    titleField: 'topic',
    fields: ['lecturer'],
    limit: 3,
  },
  {
    // 党委理论学习中心组学法: its topics in part 三
    id: 'central_group_study',
    kind: 'study_session',
    where: { equals: { type: 'central_group' } },
    dateField: 'heldOn',
    titleField: 'topic',
    fields: ['laws'],
    limit: 3,
  },
  {
    // 述法 by leaders: who, in which post, in which form
    id: 'duty_reports',
    kind: 'duty_report',
    dateField: 'reportedOn',
    titleField: 'leader',
    fields: ['post', 'occasion', 'evaluation'],
    limit: 4,
  },
  {
    // the leadership group set up or re-formed in the year
    id: 'leadership_group',
    kind: 'leadership_group',
    where: { states: ['active'] },
    dateField: 'establishedOn',
    titleField: 'name',
    fields: ['documentNumber'],
    limit: 1,
  },
];

export function highlightQuery(id: string): HighlightQuery | undefined {
  return HIGHLIGHT_QUERIES.find((q) => q.id === id);
}
