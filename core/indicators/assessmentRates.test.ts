import { describe, expect, it } from 'vitest';
import { COMPUTATIONS } from './computations';
import { formulaOf } from './describe';
import { evaluate, type IndicatorRecord } from './evaluate';

/**
 * The 考核 rates of issue 16 §2 (computed from the clocks the ledgers run), 行政调解 and the
 * study lists, on hand-made records whose values are worked out in the comments.
 */

const P2026 = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-11-30' };

type Clock = { clock: string; due: string; done: boolean };
const rec = (
  kind: string,
  eventDate: string,
  data: Record<string, unknown>,
  state: string,
  more: { clocks?: Clock[]; events?: IndicatorRecord['events'] } = {},
): IndicatorRecord => ({
  kind,
  state,
  eventDate,
  data,
  events: more.events ?? [],
  clocks: more.clocks ?? [],
});

const clock = (name: string, due: string, done: boolean): Clock => ({ clock: name, due, done });

const RECORDS: IndicatorRecord[] = [
  // petitions: 告知 clock — on time, late, open and past due, open and not yet due; 办理 clock —
  // one replied on time, one replied late
  rec(
    'petition',
    '2026-03-01',
    { noticeOn: '2026-03-10', acceptedOn: '2026-03-10', servedOn: '2026-04-20' },
    'replied',
    {
      clocks: [clock('notice', '2026-03-16', true), clock('handling', '2026-05-11', true)],
    },
  ),
  rec(
    'petition',
    '2026-04-01',
    { noticeOn: '2026-04-20', acceptedOn: '2026-04-20', servedOn: '2026-07-01' },
    'replied',
    {
      clocks: [clock('notice', '2026-04-16', true), clock('handling', '2026-06-19', true)],
    },
  ),
  rec('petition', '2026-11-01', {}, 'received', { clocks: [clock('notice', '2026-11-16', false)] }),
  rec('petition', '2026-11-25', {}, 'received', { clocks: [clock('notice', '2026-12-10', false)] }),
  // → 及时受理率 1 of 3 settled (the last is not yet due) = 33.3 %; 按期办结率 1 of 2 = 50 %

  // litigation: 3 lawsuits heard (head appeared in 2), 1 not yet heard; decided in 2026: 2
  // lawsuits (1 revoked) and 2 reconsiderations (1 changed, 1 upheld)
  rec(
    'litigation_case',
    '2026-01-10',
    { type: 'litigation', outcome: 'revoked', concludedOn: '2026-06-01' },
    'concluded',
    {
      events: [
        { action: 'hearing', on: '2026-03-01', payload: { headAppeared: false, delegate: '甲' } },
        { action: 'hearing', on: '2026-04-01', payload: { headAppeared: true, headName: '乙' } },
      ],
    },
  ),
  rec(
    'litigation_case',
    '2026-02-10',
    { type: 'litigation', outcome: 'upheld', concludedOn: '2026-07-01' },
    'concluded',
    {
      events: [{ action: 'hearing', on: '2026-05-01', payload: { headAppeared: true, headName: '乙' } }],
    },
  ),
  rec('litigation_case', '2026-03-10', { type: 'litigation' }, 'answered', {
    events: [{ action: 'hearing', on: '2026-06-01', payload: { headAppeared: false, delegate: '丙' } }],
  }),
  rec('litigation_case', '2026-04-10', { type: 'litigation' }, 'answered'),
  rec(
    'litigation_case',
    '2026-01-05',
    { type: 'reconsideration', outcome: 'changed', concludedOn: '2026-03-01' },
    'concluded',
  ),
  rec(
    'litigation_case',
    '2025-12-05',
    { type: 'reconsideration', outcome: 'upheld', concludedOn: '2026-02-01' },
    'concluded',
  ),
  // → 出庭应诉率 2 of 3 = 66.7 %; 败诉率 1 of 2 = 50 %; 复议纠错率 1 of 2 = 50 %

  // normative documents dated by publication: 2 filed (1 late), 1 not filed and overdue
  rec('normative_document', '2026-01-05', { publishedOn: '2026-02-01', filedOn: '2026-02-10' }, 'filed', {
    clocks: [clock('filing', '2026-02-16', true)],
  }),
  rec('normative_document', '2026-03-05', { publishedOn: '2026-04-01', filedOn: '2026-05-01' }, 'filed', {
    clocks: [clock('filing', '2026-04-16', true)],
  }),
  rec('normative_document', '2026-08-05', { publishedOn: '2026-09-01' }, 'published', {
    clocks: [clock('filing', '2026-09-16', false)],
  }),
  // → 报备及时率 1 of 3 = 33.3 %

  // disclosure requests: 2 answered on time, 1 late, 1 abandoned (out of both sides)
  ...['2026-02-01', '2026-03-01'].map((d) =>
    rec('disclosure_request', d, { answeredOn: d }, 'answered', {
      clocks: [clock('answer', '2026-12-01', true)],
    }),
  ),
  rec('disclosure_request', '2026-04-01', { answeredOn: '2026-05-20' }, 'answered', {
    clocks: [clock('answer', '2026-04-29', true)],
  }),
  rec('disclosure_request', '2026-05-01', { abandonedOn: '2026-05-30' }, 'abandoned', {
    clocks: [clock('answer', '2026-05-29', true)],
  }),
  // → 按期答复率 2 of 3 = 66.7 %

  // enforcement decisions: one published in time, one withheld in time, one published late
  rec('enforcement_case', '2026-02-01', { decidedOn: '2026-03-02', publishedOn: '2026-03-05' }, 'closed', {
    clocks: [clock('publicity', '2026-03-11', true)],
  }),
  rec('enforcement_case', '2026-02-02', { decidedOn: '2026-03-03', withheldOn: '2026-03-04' }, 'closed', {
    clocks: [clock('publicity_other', '2026-03-31', true)],
  }),
  rec('enforcement_case', '2026-02-03', { decidedOn: '2026-03-04', publishedOn: '2026-04-30' }, 'closed', {
    clocks: [clock('publicity', '2026-03-13', true)],
  }),
  // → 公示及时率 2 of 3 = 66.7 %

  // 代表建议: one replied in time, one still open past its deadline
  rec('npc_suggestion', '2026-03-01', { repliedOn: '2026-05-01' }, 'replied', {
    clocks: [clock('reply', '2026-05-30', true)],
  }),
  rec('npc_suggestion', '2026-06-01', {}, 'handling', { clocks: [clock('reply', '2026-08-31', false)] }),
  // → 按期办复率 1 of 2 = 50 %

  // 行政调解: 3 succeeded, 1 terminated, 1 still mediating
  ...['2026-01-01', '2026-02-01', '2026-03-01'].map((d) => rec('admin_mediation', d, {}, 'succeeded')),
  rec('admin_mediation', '2026-04-01', {}, 'terminated'),
  rec('admin_mediation', '2026-05-01', {}, 'mediating'),
  // → 5 handled, 3 succeeded, 成功率 3 of 4 concluded = 75 %

  // study sessions: one with a list of 4 (3 present) and a typed attendance the list overrides;
  // one old record with typed totals 18 of 20; one with neither list nor 应参学人数 (not in the
  // rate); one 宪法宣誓 of 2 people
  rec(
    'study_session',
    '2026-03-01',
    {
      type: 'lecture',
      attendance: 99,
      participants: [
        { name: '甲', present: true },
        { name: '乙', present: true },
        { name: '丙', present: false },
        { name: '丁', present: true },
      ],
    },
    'held',
  ),
  rec('study_session', '2026-04-01', { type: 'training', attendance: 18, expected: 20 }, 'held'),
  rec('study_session', '2026-05-01', { type: 'pre_meeting', attendance: 12 }, 'held'),
  rec(
    'study_session',
    '2026-06-01',
    {
      type: 'oath',
      participants: [
        { name: '戊', post: '副镇长' },
        { name: '己', post: '司法所所长' },
      ],
    },
    'held',
  ),
  // → 参学率 (3 + 18) of (4 + 20) = 87.5 %; 宣誓 2 people; 培训参加人次 3 + 18 = 21

  // exams: one listed (5 expected, 4 took, 3 passed), one typed (10 / 9 / 8)
  rec(
    'exam',
    '2026-06-01',
    {
      expected: 50,
      participants: [
        { name: '甲', took: true, passed: true },
        { name: '乙', took: true, passed: true },
        { name: '丙', took: true, passed: false },
        { name: '丁', took: true, passed: true },
        { name: '戊', took: false, passed: false },
      ],
    },
    'held',
  ),
  rec('exam', '2026-07-01', { expected: 10, took: 9, passed: 8 }, 'held'),
  // → 参考 4 + 9 = 13 of 5 + 10 = 15 → 86.7 %; 合格 3 + 8 = 11 of 13 → 84.6 %
];

describe('考核 rates and the new figures (issue 16)', () => {
  const v = evaluate(COMPUTATIONS, RECORDS, P2026);
  const part = (k: string) => ({
    value: v[k]?.value,
    numerator: v[k]?.numerator,
    denominator: v[k]?.denominator,
  });

  it('信访及时受理率 and 按期办结率 from the 告知 and 办理 clocks', () => {
    expect(part('petition.timely_acceptance_rate')).toEqual({ value: 33.3, numerator: 1, denominator: 3 });
    expect(part('petition.timely_closure_rate')).toEqual({ value: 50, numerator: 1, denominator: 2 });
  });

  it('负责人出庭应诉率, 败诉率 and 复议纠错率 from the litigation ledger', () => {
    expect(part('supervision.head_appearance_rate')).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(part('supervision.litigation_loss_rate')).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(part('supervision.reconsideration_correction_rate')).toEqual({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
  });

  it('报备及时率, 按期答复率, 公示及时率 and 按期办复率 from their clocks', () => {
    expect(part('decision.filing_timely_rate')).toEqual({ value: 33.3, numerator: 1, denominator: 3 });
    expect(part('supervision.disclosure_reply_timely_rate')).toEqual({
      value: 66.7,
      numerator: 2,
      denominator: 3,
    });
    expect(part('enforcement.publicity_timely_rate')).toEqual({ value: 66.7, numerator: 2, denominator: 3 });
    expect(part('supervision.npc_timely_rate')).toEqual({ value: 50, numerator: 1, denominator: 2 });
  });

  it('a clock not yet due counts once it falls due: the same records a month later', () => {
    const later = evaluate(COMPUTATIONS, RECORDS, { ...P2026, asOf: '2026-12-31' });
    // the 告知 clock of 11-25 (due 12-10) is now settled and still open: 1 of 4
    expect(later['petition.timely_acceptance_rate']).toEqual({ value: 25, numerator: 1, denominator: 4 });
  });

  it('行政调解 figures: handled, succeeded, and the rate over concluded mediations', () => {
    expect(v['dispute.admin_mediations']?.value).toBe(5);
    expect(v['dispute.admin_mediation_succeeded']?.value).toBe(3);
    expect(part('dispute.admin_mediation_rate')).toEqual({ value: 75, numerator: 3, denominator: 4 });
  });

  it('参学率 and 参考率 count the people listed, and typed totals only where nobody is listed', () => {
    expect(part('study.attendance_rate')).toEqual({ value: 87.5, numerator: 21, denominator: 24 });
    expect(v['study.oath_takers']?.value).toBe(2);
    expect(v['study.training_attendance']?.value).toBe(21);
    expect(part('study.exam_participation_rate')).toEqual({ value: 86.7, numerator: 13, denominator: 15 });
    expect(part('study.exam_pass_rate')).toEqual({ value: 84.6, numerator: 11, denominator: 13 });
  });

  it('writes the new formulas out in words', () => {
    expect(formulaOf('petition.timely_acceptance_rate')).toContain('在“书面告知受理”内完成');
    expect(formulaOf('petition.timely_acceptance_rate')).toContain('“书面告知受理”已完成或已届满');
    expect(formulaOf('supervision.head_appearance_rate')).toContain(
      '办理过“登记开庭（听证）”步骤且负责人出庭（出席）为“是”',
    );
    expect(formulaOf('study.attendance_rate')).toContain(
      '参加人员名单中参加为“是”的人数（未列名单的记录按参加人次）之和',
    );
  });
});
