import { noteField } from '../fieldKit';
import type { IntegerField, LedgerKind, RecordData } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 案卷评查: a reviewer (the county office or the township leader) scores a closed case file
 * against a checklist of 100 points, sends findings back, the township answers, and the
 * reviewer closes it (整改销号) or returns it. Scores per township feed indicators.
 */

const item = (key: string, label: string, max: number): IntegerField => ({
  key,
  label: `${label}（${max}分）`,
  type: 'integer',
  required: true,
  min: 0,
  max,
  suffix: '分',
});

export const FILE_REVIEW_ITEMS: readonly IntegerField[] = [
  item('scoreSubject', '主体合法', 15),
  item('scoreFacts', '事实清楚', 15),
  item('scoreEvidence', '证据确凿', 20),
  item('scoreLaw', '适用法律正确', 15),
  item('scoreProcedure', '程序合法', 15),
  item('scoreDiscretion', '裁量适当', 10),
  item('scoreDocuments', '文书规范', 10),
];

export function fileReviewScore(d: RecordData): number {
  return FILE_REVIEW_ITEMS.reduce((n, f) => n + Number(d[f.key] ?? 0), 0);
}

const REVIEWERS = ['county_reviewer', 'township_leader'] as const;

export const caseFileReview: LedgerKind = {
  kind: 'case_file_review',
  label: '案卷评查',
  numberPrefix: '评',
  feeds: ['enforcement.file_reviews'],
  editors: REVIEWERS,
  fields: [
    { key: 'reviewedOn', label: '评查日期', type: 'date', required: true, list: true, filter: true },
    { key: 'case', label: '评查案卷', type: 'ref', kind: 'enforcement_case', required: true },
    { key: 'reviewerName', label: '评查人员', type: 'text', required: true, maxLength: 60, list: true },
    ...FILE_REVIEW_ITEMS,
    noteField('findings', '评查发现的问题', true),
    noteField('rectification', '整改要求'),
    { key: 'rectifyBy', label: '整改期限', type: 'date', allowFuture: true, notBefore: 'reviewedOn' },
  ],
  checks: [
    {
      fields: ['case'],
      test: (_d, ctx) => {
        const c = ctx.refs('case')[0];
        return c && !['closed', 'executed', 'served', 'revoked', 'dropped'].includes(c.state)
          ? `案卷“${c.title}”尚未办结，办结后才能评查`
          : null;
      },
    },
  ],
  list: {
    dateField: 'reviewedOn',
    title: (d) => `案卷评查 ${fileReviewScore(d)}分`,
  },
  states: [
    { key: 'scored', label: '待整改', tone: 'warning', awaits: ['township_clerk', 'township_leader'] },
    { key: 'answered', label: '已反馈', tone: 'processing', awaits: ['county_reviewer'] },
    { key: 'closed', label: '已销号', tone: 'success', final: true },
  ],
  initialState: 'scored',
  editableIn: ['scored'],
  actions: [
    {
      key: 'answer',
      label: '反馈整改情况',
      from: ['scored'],
      to: 'answered',
      roles: ['township_clerk', 'township_leader'],
      fields: [
        { key: 'answeredOn', label: '反馈日期', type: 'date', required: true, notBefore: 'reviewedOn' },
        noteField('answer', '整改情况', true),
      ],
      dateField: 'answeredOn',
    },
    {
      key: 'close',
      label: '销号',
      from: ['answered'],
      to: 'closed',
      roles: REVIEWERS,
      fields: [{ key: 'closedOn', label: '销号日期', type: 'date', required: true, notBefore: 'answeredOn' }],
      dateField: 'closedOn',
    },
    {
      key: 'return',
      label: '退回重新整改',
      from: ['answered'],
      to: 'scored',
      roles: REVIEWERS,
      fields: [noteField('returnReason', '退回原因', true)],
    },
  ],
  clocks: [
    {
      key: 'rectify',
      cite: [countySetting('案卷评查整改期限无全国统一规定：默认30日，按本县评查方案设置')],
      label: '整改期限',
      basis: 'calendar',
      days: 30,
      setting: 'case_file_review.rectify_days',
      start: { field: 'reviewedOn' },
      stop: ['answer'],
      source: '案卷评查整改要求（默认30日，可由县级设置）',
    },
  ],
};
