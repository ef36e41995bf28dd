import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { RefRecord } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { caseFileReview, fileReviewScore } from './caseFileReview';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const REVIEWER = { role: 'county_reviewer' as Role };
const LEADER = { role: 'township_leader' as Role };

const caseRef = (id: string, state: string): RefRecord => ({
  id,
  kind: 'enforcement_case',
  title: `赵某占道经营案${id}`,
  state,
  data: {},
});
const refRecords = new Map(
  ['investigating', 'decided', 'served', 'executed', 'closed', 'revoked', 'dropped'].map((s) => [
    s,
    caseRef(s, s),
  ]),
);

const SCORES = {
  scoreSubject: 15,
  scoreFacts: 14,
  scoreEvidence: 16,
  scoreLaw: 15,
  scoreProcedure: 12,
  scoreDiscretion: 8,
  scoreDocuments: 7,
};
const input = (over: Record<string, unknown> = {}) => ({
  reviewedOn: '2026-11-10',
  case: 'closed',
  reviewerName: '县司法局评查组',
  ...SCORES,
  findings: '询问笔录未载明告知权利；送达回证缺少签名',
  rectification: '补正文书，建立文书审核制度',
  ...over,
});
const validate = (over: Record<string, unknown> = {}) =>
  validateRecord(caseFileReview, input(over), { today: TODAY, refRecords });

describe('case file review', () => {
  it('scores a closed case; the title carries the sum of the seven items', () => {
    const r = validate();
    expect(r.issues).toEqual([]);
    // 15 + 14 + 16 + 15 + 12 + 8 + 7 = 87
    expect(fileReviewScore(r.values)).toBe(87);
    expect(caseFileReview.list.title(r.values)).toBe('案卷评查 87分');
    expect(
      caseFileReview.list.title({ ...r.values, scoreEvidence: 20, scoreProcedure: 15, scoreDocuments: 10 }),
    ).toBe('案卷评查 97分');
  });

  it.each([
    ['investigating', '调查取证'],
    ['decided', '已决定'],
  ])('refuses a case not yet concluded (%s: %s)', (state) => {
    expect(validate({ case: state }).issues).toEqual([
      { field: 'case', message: `案卷“赵某占道经营案${state}”尚未办结，办结后才能评查` },
    ]);
  });

  it.each(['closed', 'executed', 'served', 'revoked', 'dropped'])(
    'accepts a concluded case (%s)',
    (state) => {
      expect(validate({ case: state }).issues).toEqual([]);
    },
  );

  it('checks each score against its maximum and names the item', () => {
    expect(validate({ scoreEvidence: 21, scoreDiscretion: -1 }).issues.map((i) => i.message)).toEqual([
      '「证据确凿（20分）」不能大于20',
      '「裁量适当（10分）」不能小于0',
    ]);
    expect(validate({ scoreLaw: undefined }).issues.map((i) => i.message)).toEqual([
      '「适用法律正确（15分）」不能为空',
    ]);
  });

  it('the rectification deadline may lie ahead but not before the review', () => {
    expect(validate({ rectifyBy: '2027-01-10' }).issues).toEqual([]);
    expect(validate({ rectifyBy: '2026-11-09' }).issues.map((i) => i.message)).toEqual([
      '「整改期限」（2026-11-09）不能早于「评查日期」（2026-11-10）',
    ]);
  });

  it('the township answers, the reviewer closes it or sends it back', () => {
    const scored: RecordState = { state: 'scored', data: validate().values, events: [] };
    const opts = { today: TODAY };
    const answer = { answeredOn: '2026-11-20', answer: '已补正文书并建立审核制度' };
    expect(planAction(caseFileReview, scored, 'answer', answer, REVIEWER, opts)).toMatchObject({
      ok: false,
      refusal: 'role',
    });
    const a = planAction(caseFileReview, scored, 'answer', answer, CLERK, opts);
    if (!a.ok) throw new Error(a.reason);
    expect(a.to).toBe('answered');
    const answered: RecordState = applyStep(scored, a, a.event);
    expect(
      planAction(caseFileReview, answered, 'close', { closedOn: '2026-11-25' }, CLERK, opts),
    ).toMatchObject({ ok: false, refusal: 'role', reason: '“销号”需由县级审查员或乡镇领导办理' });
    expect(
      planAction(caseFileReview, answered, 'close', { closedOn: '2026-11-19' }, REVIEWER, opts),
    ).toMatchObject({ ok: false, reason: '「销号日期」（2026-11-19）不能早于「反馈日期」（2026-11-20）' });
    expect(
      planAction(caseFileReview, answered, 'close', { closedOn: '2026-11-25' }, REVIEWER, opts),
    ).toMatchObject({ ok: true, to: 'closed' });
    expect(
      planAction(caseFileReview, answered, 'return', { returnReason: '整改材料不全' }, LEADER, opts),
    ).toMatchObject({ ok: true, to: 'scored' });
  });

  it('rectification clock: 30 days from the review (county setting overrides), stopped by the answer', () => {
    const scored: RecordState = { state: 'scored', data: validate().values, events: [] };
    // 2026-11-10 + 30 = 12-10 (Thursday)
    expect(computeClocks(caseFileReview, scored, { calendar, today: TODAY })).toEqual([
      expect.objectContaining({ name: 'rectify', due: '2026-12-10', state: 'normal', remaining: 8 }),
    ]);
    // + 15 = 11-25 (Wednesday), already passed
    expect(
      computeClocks(caseFileReview, scored, {
        calendar,
        today: TODAY,
        settings: { 'case_file_review.rectify_days': 15 },
      })[0],
    ).toMatchObject({ due: '2026-11-25', state: 'overdue' });
    const answered = {
      ...scored,
      state: 'answered',
      events: [{ action: 'answer', on: '2026-11-20', payload: {} }],
    };
    expect(computeClocks(caseFileReview, answered, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      doneOn: '2026-11-20',
      late: false,
    });
  });
});
