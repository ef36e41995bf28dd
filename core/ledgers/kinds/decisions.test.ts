import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { LedgerKind } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { contractReview, majorDecision, normativeDocument } from './decisions';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };
const ADVISOR = { role: 'legal_advisor' as Role };
type Who = { role: Role; actorId?: string };
const JC = '《重大行政决策程序暂行条例》';

const plan = (kind: LedgerKind, r: RecordState, action: string, input: Record<string, unknown>, who: Who) =>
  planAction(kind, r, action, input, who, { today: TODAY, calendar, settings: {} });

/** Applies a step the way the server does; a refusal fails the test with its reason. */
function step(
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown>,
  who: Who = LEADER,
): RecordState {
  const p = plan(kind, r, action, input, who);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function create(kind: LedgerKind, input: Record<string, unknown>): RecordState {
  const { values, issues } = validateRecord(kind, input, { today: TODAY });
  expect(issues).toEqual([]);
  return { state: kind.initialState, data: values, events: [] };
}

// ---------------------------------------------------------------------------------------------
// 重大行政决策

const decision = (over: Record<string, unknown> = {}) =>
  create(majorDecision, {
    initiatedOn: '2026-01-05',
    title: '镇区农贸市场搬迁改造',
    sponsor: '镇经济发展办',
    inCatalogue: true,
    summary: '将镇区老农贸市场整体搬迁至新址并配套建设停车场',
    ...over,
  });

const CONSULT = {
  consultFrom: '2026-03-02',
  consultTo: '2026-04-01',
  consultChannel: '镇政府网站、村务公开栏',
  opinions: 23,
};
const REVIEW_PASS = {
  reviewedOn: '2026-04-14',
  reviewer: '镇法律顾问',
  reviewOpinion: '程序合法，内容无违法情形',
};
const DECIDE = {
  decidedOn: '2026-04-20',
  meetingName: '镇政府常务会议',
  minutes: '会议讨论了搬迁方案及补偿安排',
  dissent: '无',
  outcome: 'approved',
};

function consulted(over: Record<string, unknown> = {}): RecordState {
  let r = step(majorDecision, decision(over), 'draft', { draftedOn: '2026-02-10' }, CLERK);
  r = step(majorDecision, r, 'consult', CONSULT, CLERK);
  expect(r.state).toBe('consulted');
  return r;
}
const reviewing = (r = consulted()) =>
  step(majorDecision, r, 'submit_review', { reviewSubmittedOn: '2026-04-02' }, CLERK);

describe('major decision: the statutory order', () => {
  const refused = `未经合法性审查或审查未通过的，不得提交集体讨论（${JC}第二十五条）`;

  it('decide is refused before any legality review, citing 第二十五条', () => {
    expect(plan(majorDecision, consulted(), 'decide', DECIDE, LEADER)).toEqual({
      ok: false,
      reason: refused,
      issues: [],
      refusal: 'guard',
    });
    // submitted but not yet reviewed
    expect(plan(majorDecision, reviewing(), 'decide', DECIDE, LEADER)).toMatchObject({
      ok: false,
      reason: refused,
    });
  });

  it('decide is refused after a failed review, even once the draft is consulted on again', () => {
    let r = step(
      majorDecision,
      reviewing(),
      'review_fail',
      { reviewedOn: '2026-04-10', reviewProblems: '补偿标准缺少依据' },
      ADVISOR,
    );
    expect(r.state).toBe('drafted');
    r = step(majorDecision, r, 'consult', { ...CONSULT, consultFrom: '2026-04-13', consultTo: '2026-05-13' });
    expect(plan(majorDecision, r, 'decide', { ...DECIDE, decidedOn: '2026-05-20' }, LEADER)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: refused,
    });
  });

  it('decide is allowed after review_pass (leader only); then report, publish and archive', () => {
    let r = step(majorDecision, reviewing(), 'review_pass', REVIEW_PASS, ADVISOR);
    expect(r.state).toBe('reviewed');
    expect(plan(majorDecision, r, 'decide', DECIDE, CLERK)).toMatchObject({
      ok: false,
      refusal: 'role',
      reason: '“集体讨论决定”需由乡镇领导办理',
    });
    r = step(majorDecision, r, 'decide', DECIDE);
    expect(r.state).toBe('decided');
    // 党委请示 before publication: publish is not offered from 已集体讨论决定
    expect(
      plan(majorDecision, r, 'publish', { publishedOn: '2026-04-25', publishChannel: '镇政府网站' }, CLERK),
    ).toMatchObject({ ok: false, refusal: 'state', reason: '当前状态为“已集体讨论决定”，不能执行“公布”' });
    r = step(majorDecision, r, 'report', { reportedOn: '2026-04-22' }, CLERK);
    r = step(majorDecision, r, 'publish', { publishedOn: '2026-04-25', publishChannel: '镇政府网站' }, CLERK);
    r = step(majorDecision, r, 'archive', { archivedOn: '2026-05-08' }, CLERK);
    expect(r.state).toBe('archived');
    expect(r.events.map((e) => e.on)).toEqual([
      '2026-02-10',
      '2026-04-01',
      '2026-04-02',
      '2026-04-14',
      '2026-04-20',
      '2026-04-22',
      '2026-04-25',
      '2026-05-08',
    ]);
  });

  it.each([
    [{ specialist: true }, [], `该事项专业性、技术性较强，提交审查前应组织专家论证（${JC}第十九条）`],
    [{ stability: true }, [], `该事项可能影响社会稳定，提交审查前应进行风险评估（${JC}第二十二条）`],
    [
      { specialist: true, stability: true },
      ['expert'],
      `该事项可能影响社会稳定，提交审查前应进行风险评估（${JC}第二十二条）`,
    ],
    [{ specialist: true }, ['expert'], null],
    [{ stability: true }, ['risk'], null],
    [{ specialist: true, stability: true }, ['expert', 'risk'], null],
    [{}, [], null],
  ])('submit_review with %o after %o: %s', (flags, done, reason) => {
    let r = consulted(flags);
    const steps: readonly string[] = done;
    if (steps.includes('expert'))
      r = step(majorDecision, r, 'expert', {
        expertOn: '2026-03-20',
        experts: '市政设计院两名工程师',
        expertOpinion: '选址可行，建议优化交通组织',
      });
    if (steps.includes('risk'))
      r = step(majorDecision, r, 'risk', {
        riskOn: '2026-03-25',
        riskLevel: 'medium',
        riskConclusion: '商户安置存在一定风险，已制定过渡期安置措施',
      });
    const p = plan(majorDecision, r, 'submit_review', { reviewSubmittedOn: '2026-04-02' }, CLERK);
    if (reason === null) expect(p).toMatchObject({ ok: true, to: 'reviewing' });
    else expect(p).toEqual({ ok: false, reason, issues: [], refusal: 'guard' });
  });

  const shortMessage = `征求意见期限一般不少于30日，确需缩短的应当说明理由（${JC}第十五条）`;
  it.each([
    // 03-02 → 03-31 is 29 days; → 04-01 is 30
    ['2026-03-31', undefined, shortMessage],
    ['2026-03-16', undefined, shortMessage],
    ['2026-03-31', '涉及汛期前完工，时间紧急', null],
    ['2026-04-01', undefined, null],
    ['2026-04-15', undefined, null],
  ])('consult 2026-03-02 → %s, reason %s: %s', (consultTo, shortReason, reason) => {
    const r = step(majorDecision, decision(), 'draft', { draftedOn: '2026-02-10' }, CLERK);
    const p = plan(
      majorDecision,
      r,
      'consult',
      { ...CONSULT, consultTo, ...(shortReason ? { shortReason } : {}) },
      CLERK,
    );
    if (reason === null) expect(p).toMatchObject({ ok: true, to: 'consulted', warning: null });
    else expect(p).toMatchObject({ ok: false, refusal: 'guard', reason });
  });

  it.each([
    // submitted Thu 04-02; 清明 04-04…04-06: working days 04-03, 04-07, 04-08, 04-09, 04-10, 04-13 = 6
    ['2026-04-13', `合法性审查时间少于7个工作日（${JC}第二十六条），请在审查意见中说明`],
    ['2026-04-08', `合法性审查时间少于7个工作日（${JC}第二十六条），请在审查意见中说明`],
    // … and 04-14 is the 7th
    ['2026-04-14', null],
    ['2026-04-20', null],
  ])('review_pass on %s after submission on 2026-04-02 warns: %s', (reviewedOn, warning) => {
    const p = plan(majorDecision, reviewing(), 'review_pass', { ...REVIEW_PASS, reviewedOn }, ADVISOR);
    expect(p).toMatchObject({ ok: true, to: 'reviewed', warning });
  });

  it('the review cannot be dated before its submission, and only advisors, the 司法所 and leaders review', () => {
    expect(
      plan(majorDecision, reviewing(), 'review_pass', { ...REVIEW_PASS, reviewedOn: '2026-04-01' }, ADVISOR),
    ).toMatchObject({
      ok: false,
      refusal: 'invalid',
      reason: '「审查日期」（2026-04-01）不能早于「提交审查日期」（2026-04-02）',
    });
    expect(plan(majorDecision, reviewing(), 'review_pass', REVIEW_PASS, CLERK)).toMatchObject({
      ok: false,
      refusal: 'role',
      reason: '“合法性审查通过”需由法律顾问、司法所或乡镇领导办理',
    });
  });

  it('a major decision runs no clock', () => {
    expect(computeClocks(majorDecision, reviewing(), { calendar, today: TODAY })).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 行政规范性文件

const DOC = { draftedOn: '2026-07-01', title: '镇村庄环境卫生管理办法', drafter: '镇农业农村办' };

function docUnderReview(): RecordState {
  let r = create(normativeDocument, DOC);
  r = step(normativeDocument, r, 'consult', { consultedOn: '2026-07-31', opinions: 8 }, CLERK);
  return step(normativeDocument, r, 'submit_review', { reviewSubmittedOn: '2026-08-03' }, CLERK);
}
const DELIBERATE = { deliberatedOn: '2026-09-08', deliberation: '原则通过，按审核意见修改后印发' };

function published(): RecordState {
  let r = step(
    normativeDocument,
    docUnderReview(),
    'review_pass',
    { reviewedOn: '2026-08-14', reviewer: '镇司法所', reviewOpinion: '制定主体、程序、内容合法' },
    ADVISOR,
  );
  r = step(normativeDocument, r, 'deliberate', DELIBERATE);
  return step(
    normativeDocument,
    r,
    'publish',
    { publishedOn: '2026-09-16', docNumber: '青政发〔2026〕9号' },
    CLERK,
  );
}

describe('normative document', () => {
  const refused = '未经合法性审核或审核未通过的，不得提交集体审议';

  it('deliberation is refused without a passed legality review', () => {
    const consultedDoc = step(
      normativeDocument,
      create(normativeDocument, DOC),
      'consult',
      { consultedOn: '2026-07-31' },
      CLERK,
    );
    expect(plan(normativeDocument, consultedDoc, 'deliberate', DELIBERATE, LEADER)).toEqual({
      ok: false,
      reason: refused,
      issues: [],
      refusal: 'guard',
    });
    expect(plan(normativeDocument, docUnderReview(), 'deliberate', DELIBERATE, LEADER)).toMatchObject({
      ok: false,
      reason: refused,
    });
    // a failed review sends it back to drafting; consulted again, it still may not be deliberated
    let r = step(
      normativeDocument,
      docUnderReview(),
      'review_fail',
      { reviewedOn: '2026-08-10', reviewProblems: '罚则超出法定权限' },
      ADVISOR,
    );
    expect(r.state).toBe('drafting');
    r = step(normativeDocument, r, 'consult', { consultedOn: '2026-08-20' }, CLERK);
    expect(plan(normativeDocument, r, 'deliberate', DELIBERATE, LEADER)).toMatchObject({
      ok: false,
      reason: refused,
    });
  });

  it('after a passed review the leader deliberates', () => {
    const r = step(
      normativeDocument,
      docUnderReview(),
      'review_pass',
      { reviewedOn: '2026-08-14', reviewer: '镇司法所', reviewOpinion: '合法' },
      ADVISOR,
    );
    expect(plan(normativeDocument, r, 'deliberate', DELIBERATE, LEADER)).toMatchObject({
      ok: true,
      to: 'deliberated',
    });
  });

  it('filing clock: 15 days after publication; 09-16 + 15 = 10-01 (国庆) so 10-08', () => {
    const r = published();
    const [onEve] = computeClocks(normativeDocument, r, { calendar, today: '2026-09-30' });
    // on 09-30 a single working day (10-08) remains: 临期
    expect(onEve).toMatchObject({
      name: 'filing',
      start: '2026-09-16',
      due: '2026-10-08',
      days: 15,
      state: 'due_soon',
      remaining: 1,
    });
    expect(onEve?.explanation).toContain('依《民法典》第二百零三条顺延至2026年10月8日');
    expect(computeClocks(normativeDocument, r, { calendar, today: TODAY })[0]).toMatchObject({
      due: '2026-10-08',
      state: 'overdue',
    });
    expect(computeClocks(normativeDocument, r, { calendar, today: TODAY })[0]?.explanation).toContain(
      '已逾期53日',
    );
  });

  it('a county setting of 30 days moves it to 10-16', () => {
    const r = published();
    expect(
      computeClocks(normativeDocument, r, {
        calendar,
        today: TODAY,
        settings: { 'normative_document.filing_days': 30 },
      })[0],
    ).toMatchObject({ due: '2026-10-16', days: 30, state: 'overdue' });
  });

  it('filed on 10-12 it is done late by 4 days; filed on 10-08 on time', () => {
    const late = step(normativeDocument, published(), 'file', { filedOn: '2026-10-12' }, CLERK);
    expect(computeClocks(normativeDocument, late, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      doneOn: '2026-10-12',
      late: true,
    });
    expect(computeClocks(normativeDocument, late, { calendar, today: TODAY })[0]?.explanation).toContain(
      '已于2026年10月12日完成，超期4日。',
    );
    const onTime = step(normativeDocument, published(), 'file', { filedOn: '2026-10-08' }, CLERK);
    expect(computeClocks(normativeDocument, onTime, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      late: false,
    });
    const settled = step(
      normativeDocument,
      onTime,
      'filing_result',
      { filingResultOn: '2026-11-05', filingResult: 'passed' },
      CLERK,
    );
    expect(settled.state).toBe('settled');
  });
});

describe('contract review', () => {
  it('checks the credit code and the amount', () => {
    const input = {
      reviewedOn: '2026-05-12',
      contractName: '镇敬老院食材配送合同',
      counterparty: '示例农产品配送有限公司',
      amount: 180_000,
      reviewer: '镇法律顾问',
      opinion: 'amend',
      opinionText: '违约责任条款不对等，建议修改',
    };
    expect(validateRecord(contractReview, input, { today: TODAY }).issues).toEqual([]);
    expect(
      validateRecord(contractReview, { ...input, counterpartyCode: '12345', amount: -1 }, { today: TODAY })
        .issues,
    ).toEqual([
      { field: 'counterpartyCode', message: '「相对方统一社会信用代码」不是有效的统一社会信用代码' },
      { field: 'amount', message: '「合同金额」不能小于0' },
    ]);
  });
});

describe('the person who submitted for review does not review', () => {
  const leaderA = { role: 'township_leader' as Role, actorId: 'leader-a' };
  const leaderB = { role: 'township_leader' as Role, actorId: 'leader-b' };
  const office = { role: 'judicial_office' as Role, actorId: 'office-1' };

  it('a major decision: the leader who submitted cannot pass or fail it; the 司法所 or another leader can', () => {
    const r = step(majorDecision, consulted(), 'submit_review', { reviewSubmittedOn: '2026-04-02' }, leaderA);
    const refusal = {
      ok: false,
      refusal: 'guard',
      reason: '提交审批的人不能同时审批同一决策事项，请由其他有权限的人员审批',
    };
    expect(plan(majorDecision, r, 'review_pass', REVIEW_PASS, leaderA)).toMatchObject(refusal);
    expect(
      plan(
        majorDecision,
        r,
        'review_fail',
        { reviewedOn: '2026-04-10', reviewProblems: '缺少依据' },
        leaderA,
      ),
    ).toMatchObject(refusal);
    expect(step(majorDecision, r, 'review_pass', REVIEW_PASS, leaderB).state).toBe('reviewed');
    expect(step(majorDecision, r, 'review_pass', REVIEW_PASS, office).state).toBe('reviewed');
  });

  it('a normative document: the same rule, worded for the document', () => {
    let r = create(normativeDocument, {
      draftedOn: '2026-03-01',
      title: '村规民约备案办法',
      drafter: '镇党政办',
    });
    r = step(normativeDocument, r, 'consult', { consultedOn: '2026-03-20' }, leaderA);
    r = step(normativeDocument, r, 'submit_review', { reviewSubmittedOn: '2026-03-23' }, leaderA);
    const pass = { reviewedOn: '2026-03-30', reviewer: '镇司法所', reviewOpinion: '合法' };
    expect(plan(normativeDocument, r, 'review_pass', pass, leaderA)).toMatchObject({
      ok: false,
      reason: '提交审批的人不能同时审批同一规范性文件，请由其他有权限的人员审批',
    });
    expect(step(normativeDocument, r, 'review_pass', pass, office).state).toBe('reviewed');
  });
});
