import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { RefRecord } from '../types';
import { actionsFor, applyStep, planAction, type RecordState } from '../workflow';
import { enforcementCase, LITIGATION_MONTHS, REVIEW_CATALOG, STATEMENT_DAYS } from './enforcementCase';
import { addMonths } from './enforcementLaw';

/**
 * Issue 13 §1, article by article. Every date below is worked out by hand from the 2026
 * schedule (domain-rules §1): 中秋 9-25…27, 国庆 10-01…07, 调休 Sat 10-10; November has no
 * holiday (Mon 11-02, Mon 11-09, Mon 11-16 …).
 */
const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
type Who = { role: Role; actorId?: string };
const CLERK: Who = { role: 'township_clerk' };
const LEADER: Who = { role: 'township_leader', actorId: 'leader-1' };
const OTHER_LEADER: Who = { role: 'township_leader', actorId: 'leader-2' };
const ADVISOR: Who = { role: 'legal_advisor', actorId: 'advisor-1' };
type Settings = Record<string, number>;
const CF = '《行政处罚法》';

const person = (id: string, name: string, legalQualified = false): RefRecord => {
  const data = {
    name,
    certNumber: `ZF-${id}`,
    fields: ['comprehensive'],
    issuedOn: '2024-01-15',
    expiresOn: '2028-12-31',
    legalQualified,
  };
  return { id, kind: 'officer', title: `${name}（ZF-${id}）`, state: 'active', data };
};
const REFS: RefRecord[] = [
  person('o1', '甲执法'),
  person('o2', '乙执法'),
  person('o4', '丁法制', true),
  person('o5', '戊审核'),
  { id: 'm1', kind: 'enforcement_matter', title: '违规占道', state: 'active', data: {} },
];
const refRecords = new Map(REFS.map((r) => [r.id, r]));

function created(over: Record<string, unknown> = {}): RecordState {
  const { values, issues } = validateRecord(
    enforcementCase,
    {
      filedOn: '2026-08-03',
      caseName: '某甲违规堆放案',
      procedure: 'ordinary',
      source: 'patrol',
      matter: 'm1',
      partyType: 'person',
      partyName: '某甲',
      facts: '在村道两侧堆放杂物，经劝告未清理',
      officers: ['o1', 'o2'],
      ...over,
    },
    { today: TODAY, refRecords },
  );
  expect(issues).toEqual([]);
  return { state: enforcementCase.initialState, data: values, events: [] };
}

const plan = (
  r: RecordState,
  action: string,
  input: Record<string, unknown>,
  who: Who,
  settings?: Settings,
) =>
  planAction(enforcementCase, r, action, input, who, {
    today: TODAY,
    calendar,
    refRecords,
    ...(settings ? { settings } : {}),
  });

function step(r: RecordState, action: string, input: Record<string, unknown>, who: Who = CLERK): RecordState {
  const p = plan(r, action, input, who);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

const clock = (r: RecordState, name: string, settings?: Settings) =>
  computeClocks(enforcementCase, r, { calendar, today: TODAY, ...(settings ? { settings } : {}) }).find(
    (c) => c.name === name,
  );

const investigate = (r: RecordState, stepOn = '2026-08-04') =>
  step(r, 'investigate', { stepOn, means: ['inquiry'], officers: ['o1', 'o2'], stepNote: '制作询问笔录' });
const notify = (r: RecordState, noticeOn: string, hearingRightTold = true) =>
  step(r, 'notify', { noticeOn, intendedDecision: '拟处罚款', hearingRightTold, officers: ['o1', 'o2'] });
/** Registered, investigated and told on `noticeOn`. */
const notifiedOn = (noticeOn: string, over: Record<string, unknown> = {}) =>
  notify(investigate(created(over), typeof over.filedOn === 'string' ? over.filedOn : undefined), noticeOn);

const decision = (decidedOn: string, fineAmount = 5_000) => ({
  decidedOn,
  decisionNumber: '某镇罚决字〔2026〕9号',
  decisionType: 'fine',
  fineAmount,
  decisionSummary: `罚款${fineAmount}元`,
});
const statement = (statementOn: string, waivesHearing = false) => ({
  statementOn,
  statementForm: 'written',
  statementSummary: '当事人称杂物系临时堆放，请求从轻处理',
  statementAnswer: '经复核，理由部分成立，减轻罚款数额',
  waivesHearing,
});
const waiver = (waivedOn: string, waivedRights: string[]) => ({
  waivedOn,
  waivedRights,
  waiverForm: 'written',
});

const decides = (r: RecordState, decidedOn: string, fine = 5_000, settings?: Settings, who = LEADER) =>
  plan(r, 'decide', decision(decidedOn, fine), who, settings);

describe('no decision before the party is heard (Art.44, 45, 62)', () => {
  // 告知 Mon 11-02; 3 working days: 11-03 (1), 11-04 (2), Thu 11-05 (3) — the period ends 11-05.
  it('no decision before the party is heard', () => {
    const r = notifiedOn('2026-11-02');
    expect(decides(r, '2026-11-03')).toEqual({
      ok: false,
      refusal: 'guard',
      issues: [],
      reason: `当事人陈述、申辩的期限尚未届满：2026年11月2日告知，期限3个工作日，至2026年11月5日。期满后，或记录当事人的陈述、申辩及复核意见、或其明确放弃后，才能作出决定（${CF}第四十四、四十五、六十二条）`,
    });
    expect(decides(r, '2026-11-05')).toMatchObject({ ok: false, refusal: 'guard' });
    expect(decides(r, '2026-11-06')).toMatchObject({ ok: true, to: 'decided' });
    // the statement recorded and answered the day after: the decision may follow at once
    const heard = step(r, 'record_statement', statement('2026-11-03'));
    expect(heard.state).toBe('notified');
    expect(decides(heard, '2026-11-03')).toMatchObject({ ok: true });
    // an express waiver, dated
    expect(decides(step(r, 'waive_rights', waiver('2026-11-03', ['statement'])), '2026-11-03')).toMatchObject(
      {
        ok: true,
      },
    );
    // a waiver of the hearing alone does not waive the statement
    expect(decides(step(r, 'waive_rights', waiver('2026-11-03', ['hearing'])), '2026-11-04')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('陈述、申辩的期限尚未届满'),
    });
  });

  it.each<[string, string, Settings | undefined, string, string]>([
    // 11-03 (1) … 11-06 (4), Mon 11-09 (5)
    ['a county period of 5 working days', '2026-11-02', { [STATEMENT_DAYS]: 5 }, '2026-11-09', '2026-11-10'],
    // Thu 9-24: 中秋 9-25…27, Mon 9-28 (1), 9-29 (2), 9-30 (3)
    ['across 中秋', '2026-09-24', undefined, '2026-09-30', '2026-10-08'],
    // Wed 9-30: 国庆 10-01…07, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 调休 (3)
    ['across 国庆 and a 调休 Saturday', '2026-09-30', undefined, '2026-10-10', '2026-10-12'],
  ])('%s: told %s, period ends %s, decision from %s', (_what, noticeOn, settings, last, first) => {
    const r = notifiedOn(noticeOn);
    expect(decides(r, last, 5_000, settings)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(
        `至${Number(last.slice(0, 4))}年${Number(last.slice(5, 7))}月${Number(last.slice(8))}日`,
      ),
    });
    expect(decides(r, first, 5_000, settings)).toMatchObject({ ok: true });
  });

  it('a statement on an earlier notice does not answer a new one', () => {
    const heard = step(notifiedOn('2026-11-02'), 'record_statement', statement('2026-11-03'));
    const renotified = notify(investigate(heard, '2026-11-04'), '2026-11-05');
    // 11-06 (1), 11-09 (2), 11-10 (3)
    expect(decides(renotified, '2026-11-10')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('至2026年11月10日'),
    });
    expect(decides(renotified, '2026-11-11')).toMatchObject({ ok: true });
  });

  it('a statement is dated no earlier than the notice, and is only taken after 告知', () => {
    expect(plan(notifiedOn('2026-11-02'), 'record_statement', statement('2026-11-01'), CLERK)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(plan(investigate(created()), 'record_statement', statement('2026-11-03'), CLERK)).toMatchObject({
      ok: false,
      refusal: 'state',
    });
  });
});

describe('the hearing right (Art.63) is its own wait (Art.64)', () => {
  // a person fined 20,000 (较大数额 10,000); kept off the review catalog to see the hearing rule alone
  const off = { [REVIEW_CATALOG]: 0 };
  // 告知 Mon 11-02; request window 5 working days: 11-03 … 11-06 (4), Mon 11-09 (5)
  it('no decision while a hearing may still be asked for', () => {
    const heard = step(notifiedOn('2026-11-02'), 'record_statement', statement('2026-11-03'));
    expect(decides(heard, '2026-11-09', 20_000, off)).toEqual({
      ok: false,
      refusal: 'guard',
      issues: [],
      reason: `当事人有权要求听证（罚款20000元达到较大数额（个人10000元），${CF}第六十三条），申请听证的期限为告知后5个工作日，至2026年11月9日。期满未申请、或记录其明确放弃听证后，才能作出决定（${CF}第六十四条）`,
    });
    expect(decides(heard, '2026-11-10', 20_000, off)).toMatchObject({ ok: true });
    // the same fine below 较大数额 has no hearing wait
    expect(decides(heard, '2026-11-03', 9_999, off)).toMatchObject({ ok: true });
    // the party said in its statement it does not want a hearing
    const declined = step(notifiedOn('2026-11-02'), 'record_statement', statement('2026-11-03', true));
    expect(decides(declined, '2026-11-03', 20_000, off)).toMatchObject({ ok: true });
    // a written waiver of both rights
    const waived = step(
      notifiedOn('2026-11-02'),
      'waive_rights',
      waiver('2026-11-04', ['statement', 'hearing']),
    );
    expect(decides(waived, '2026-11-04', 20_000, off)).toMatchObject({ ok: true });
  });

  it('the notice must tell the hearing right where Art.63 gives it', () => {
    const untold = notify(investigate(created()), '2026-11-02', false);
    expect(decides(untold, '2026-11-10', 20_000, off)).toEqual({
      ok: false,
      refusal: 'guard',
      issues: [],
      reason: `拟作出的处罚使当事人有权要求听证（罚款20000元达到较大数额（个人10000元）），但告知时未告知其要求听证的权利（${CF}第六十三条），请重新告知`,
    });
    // below 较大数额 the notice need not mention a hearing
    expect(decides(untold, '2026-11-10', 9_999, off)).toMatchObject({ ok: true });
    // told again, with the right: the 5 working days run from the new notice (11-11 … 11-17)
    const retold = notify(investigate(untold, '2026-11-10'), '2026-11-11');
    expect(decides(retold, '2026-11-17', 20_000, off)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('至2026年11月18日'),
    });
  });

  it('a hearing held settles both waits', () => {
    const r = step(notifiedOn('2026-11-02'), 'request_hearing', { hearingRequestedOn: '2026-11-03' });
    // notice Tue 11-03: 7 working days → Thu 11-12
    const scheduled = step(r, 'schedule_hearing', {
      hearingNoticeOn: '2026-11-03',
      hearingOn: '2026-11-12',
      hearingPlace: '镇政府会议室',
    });
    const held = step(scheduled, 'hold_hearing', {
      heardOn: '2026-11-12',
      hearingChair: '非调查人员某乙',
      hearingRecord: '当事人进行了申辩和质证',
    });
    expect(held.state).toBe('notified');
    expect(decides(held, '2026-11-12', 20_000, off)).toMatchObject({ ok: true });
  });

  it('the simple procedure still hears the party and files the decision', () => {
    const simple = created({ procedure: 'simple', filedOn: '2026-11-02' });
    const onSpot = { ...decision('2026-11-02', 100) };
    expect(plan(simple, 'decide', onSpot, LEADER)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `简易程序也须当场告知当事人拟作出的处罚内容及事实、理由、依据，并听取其陈述、申辩（${CF}第四十四、五十二条），请记录“已当场告知并听取陈述、申辩”`,
    });
    const decided = step(simple, 'decide', { ...onSpot, heardOnSpot: true, servedOnSpot: true }, LEADER);
    const published = step(
      step(decided, 'serve', { servedOn: '2026-11-02', serviceMethod: 'direct' }),
      'publish',
      { publishedOn: '2026-11-03', publicSummary: '违规堆放，罚款100元' },
    );
    expect(plan(published, 'close', { closedOn: '2026-11-04' }, CLERK)).toMatchObject({
      ok: false,
      reason: `简易程序当场作出的决定尚未报所属行政机关备案（${CF}第五十二条），不能结案归档`,
    });
    const filed = step(published, 'report_filing', { reportedOn: '2026-11-03' });
    expect(plan(filed, 'report_filing', { reportedOn: '2026-11-04' }, CLERK)).toMatchObject({
      ok: false,
      reason: '该决定已备案',
    });
    expect(step(filed, 'close', { closedOn: '2026-11-04' }).state).toBe('closed');
    // an ordinary case has nothing to file
    const ordinary = step(notifiedOn('2026-11-02'), 'decide', decision('2026-11-06'), LEADER);
    expect(plan(ordinary, 'report_filing', { reportedOn: '2026-11-09' }, CLERK)).toMatchObject({
      ok: false,
      reason: '只有简易程序当场作出的决定需要报所属行政机关备案',
    });
  });
});

describe('法制审核 (Art.58)', () => {
  const review = (over: Record<string, unknown>) => ({
    reviewedOn: '2026-11-04',
    reviewer: '钱法制',
    reviewChecks: ['subject', 'authority', 'procedure', 'facts', 'basis', 'discretion', 'documents'],
    reviewOpinion: '同意',
    ...over,
  });
  const reviewing = () =>
    step(notifiedOn('2026-11-02', { major: true }), 'submit_review', { reviewSubmittedOn: '2026-11-03' });

  it('a reviewer who investigated is refused', () => {
    expect(plan(reviewing(), 'review_pass', review({ reviewerOfficer: 'o2' }), ADVISOR)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `法制审核人员不得是本案的调查人员：乙执法（ZF-o2）参与了本案的调查取证或告知（${CF}第五十八条；国办发〔2018〕118号）`,
    });
    expect(plan(reviewing(), 'review_pass', review({ reviewerOfficer: 'o4' }), ADVISOR)).toMatchObject({
      ok: true,
    });
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    [
      'a first-time reviewer qualified on the register',
      { reviewerOfficer: 'o4', reviewerFirstTime: true },
      null,
    ],
    [
      'a first-time reviewer not qualified on the register',
      { reviewerOfficer: 'o5', reviewerFirstTime: true },
      `初次从事行政处罚决定法制审核的人员应当取得法律职业资格（${CF}第五十八条第二款）；戊审核（ZF-o5）在执法人员名册中未登记法律职业资格`,
    ],
    [
      'a first-time reviewer off the register without the qualification',
      { reviewerFirstTime: true },
      `初次从事行政处罚决定法制审核的人员应当取得法律职业资格（${CF}第五十八条第二款）；钱法制未登记法律职业资格`,
    ],
    [
      'a first-time reviewer off the register, qualified',
      { reviewerFirstTime: true, reviewerQualified: true },
      null,
    ],
    ['an experienced reviewer', { reviewerOfficer: 'o5' }, null],
  ])('a first-time reviewer needs 法律职业资格: %s', (_what, over, reason) => {
    const p = plan(reviewing(), 'review_pass', review(over), ADVISOR);
    if (reason === null) expect(p).toMatchObject({ ok: true, to: 'reviewed' });
    else expect(p).toMatchObject({ ok: false, refusal: 'guard', reason });
  });

  it('the reviewer may not decide', () => {
    const reviewed = step(reviewing(), 'review_pass', review({}), LEADER);
    const discussed = step(
      reviewed,
      'discuss',
      { discussedOn: '2026-11-05', discussionMinutes: '同意' },
      LEADER,
    );
    expect(decides(discussed, '2026-11-06', 5_000, undefined, LEADER)).toMatchObject({
      ok: false,
      reason: `作出决定的负责人不得同时是本案的法制审核人员（${CF}第五十八条；国办发〔2018〕118号），请由其他负责人作出决定`,
    });
    expect(decides(discussed, '2026-11-06', 5_000, undefined, OTHER_LEADER)).toMatchObject({ ok: true });
  });
});

describe('the 90 days (Art.60)', () => {
  const extension = (extensionBasis?: string) => ({
    days: 30,
    reason: '需要补充鉴定',
    ...(extensionBasis === undefined ? {} : { extensionBasis }),
  });
  it('an extension of the 90 days names the rule that allows it', () => {
    const r = created();
    expect(plan(r, 'extend', extension(), LEADER)).toMatchObject({ ok: false, refusal: 'invalid' });
    expect(plan(r, 'extend', extension('案情复杂，领导同意'), LEADER)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `延长办案期限须写明允许延长的法律、法规或者规章及其条款，如《某某程序规定》第某条；没有依据的，不能延长（${CF}第六十条）`,
    });
    // 08-03 + 90 = Sun 11-01 → Mon 11-02; + 30 more = 120 days: Tue 12-01
    expect(clock(r, 'decision')).toMatchObject({ due: '2026-11-02', days: 90 });
    const extended = step(r, 'extend', extension('《某某行政处罚程序规定》第六十三条第一款'), LEADER);
    expect(clock(extended, 'decision')).toMatchObject({ due: '2026-12-01', days: 120 });
  });
});

describe('公示 (Art.48; 118号)', () => {
  const decided = () => step(notifiedOn('2026-11-02'), 'decide', decision('2026-11-06'), LEADER);
  const withhold = (withholdReason: string) => ({
    withheldOn: '2026-11-09',
    withholdReason,
    withholdBasis: '决定书载明当事人健康信息，属个人隐私',
  });

  it('a decision is withheld from publication only with a legal reason', () => {
    expect(plan(decided(), 'withhold_publicity', withhold('too_busy'), LEADER)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    expect(plan(decided(), 'withhold_publicity', withhold('personal_privacy'), CLERK)).toMatchObject({
      refusal: 'role',
    });
    const withheld = step(decided(), 'withhold_publicity', withhold('personal_privacy'), LEADER);
    // decided Fri 11-06: 7 working days → Tue 11-17; stopped on 11-09
    expect(clock(withheld, 'publicity')).toMatchObject({
      due: '2026-11-17',
      state: 'done',
      doneOn: '2026-11-09',
    });
    expect(
      plan(withheld, 'publish', { publishedOn: '2026-11-10', publicSummary: '摘要' }, CLERK),
    ).toMatchObject({
      ok: false,
      reason: '该决定已依法决定不予公开',
    });
    const served = step(withheld, 'serve', { servedOn: '2026-11-09', serviceMethod: 'direct' });
    expect(step(served, 'close', { closedOn: '2026-11-10' }).state).toBe('closed');
    // once published it is withdrawn, not withheld
    const published = step(decided(), 'publish', { publishedOn: '2026-11-09', publicSummary: '摘要' });
    expect(plan(published, 'withhold_publicity', withhold('personal_privacy'), LEADER)).toMatchObject({
      ok: false,
      reason: '该决定已公示，不能再决定不予公开；如需撤下，应依法撤回公示',
    });
  });
});

describe('the missing clocks', () => {
  it('先行登记保存 is decided within 7 working days', () => {
    const preserved = step(created(), 'preserve', {
      preservedOn: '2026-09-29',
      preserveApprover: '镇长某丙',
      preservedItems: '三轮车一辆',
      officers: ['o1', 'o2'],
    });
    // Tue 9-29: 9-30 (1), 10-08 (2), 10-09 (3), Sat 10-10 (4), 10-12 (5), 10-13 (6), 10-14 (7)
    expect(clock(preserved, 'preservation')).toMatchObject({
      due: '2026-10-14',
      basis: 'working',
      state: 'overdue',
    });
    const disposed = step(preserved, 'dispose_preserved', {
      preserveDecidedOn: '2026-10-14',
      preserveDisposal: 'release',
    });
    expect(clock(disposed, 'preservation')).toMatchObject({ state: 'done', late: false });
    expect(
      plan(
        created(),
        'dispose_preserved',
        { preserveDecidedOn: '2026-10-14', preserveDisposal: 'release' },
        CLERK,
      ),
    ).toMatchObject({
      ok: false,
      reason: '本案没有先行登记保存的物品',
    });
  });

  it('查封、扣押 runs 30 days and extends once by at most 30', () => {
    const seized = step(
      created(),
      'seize',
      {
        seizedOn: '2026-09-01',
        seizureType: 'detain',
        seizureBasis: '《某某条例》第二十条',
        seizedItems: '货架两组',
        officers: ['o1', 'o2'],
      },
      LEADER,
    );
    // 9-01 + 30 = 10-01 (国庆) → Thu 10-08
    expect(clock(seized, 'seizure')).toMatchObject({ due: '2026-10-08', basis: 'calendar', days: 30 });
    expect(plan(seized, 'extend_seizure', { days: 31, reason: '情况复杂需延长' }, LEADER)).toMatchObject({
      ok: false,
      refusal: 'invalid',
    });
    const extended = step(seized, 'extend_seizure', { days: 30, reason: '情况复杂需延长' }, LEADER);
    // + 60 = Sat 10-31 → Mon 11-02
    expect(clock(extended, 'seizure')).toMatchObject({ due: '2026-11-02', days: 60 });
    expect(plan(extended, 'extend_seizure', { days: 5, reason: '再次延长期限' }, LEADER)).toMatchObject({
      ok: false,
      reason: '查封、扣押期限只能延长1次，已延长过',
    });
    const released = step(extended, 'release_seizure', {
      releasedOn: '2026-10-30',
      releaseNote: '解除扣押，退还货架',
    });
    expect(clock(released, 'seizure')).toMatchObject({ state: 'done', late: false });
  });

  it('testing time is kept out of the 查封、扣押 period', () => {
    const seized = step(
      created(),
      'seize',
      {
        seizedOn: '2026-09-01',
        seizureType: 'seal',
        seizureBasis: '《某某条例》第二十条',
        seizedItems: '仓库一间',
        officers: ['o1', 'o2'],
      },
      LEADER,
    );
    expect(plan(seized, 'seizure_test_end', { testEndedOn: '2026-09-19' }, CLERK)).toMatchObject({
      ok: false,
      reason: '尚未记录送检',
    });
    const testing = step(seized, 'seizure_test_start', {
      testStartedOn: '2026-09-10',
      testSubject: '抽样送检',
    });
    const tested = step(testing, 'seizure_test_end', { testEndedOn: '2026-09-19' });
    // 9-10 … 9-19 both counted: 10 days out; 9-01 + 40 = Sun 10-11 → Mon 10-12
    expect(clock(tested, 'seizure')).toMatchObject({ due: '2026-10-12', days: 40 });
    expect(clock(tested, 'seizure')?.explanation).toContain('暂停计算10日');
  });

  it('payment, 催告 and the application to the court', () => {
    // decided and served Mon 3-02 (fine 5,000): pay within 15 days → Tue 3-17
    const served = step(
      step(notifiedOn('2026-02-24', { filedOn: '2026-02-02' }), 'decide', decision('2026-03-02'), LEADER),
      'serve',
      { servedOn: '2026-03-02', serviceMethod: 'direct' },
    );
    // the party's period: a reminder, never the township's 逾期
    expect(clock(served, 'payment')).toMatchObject({ due: '2026-03-17', state: 'done', reminder: true });
    const late = plan(served, 'pay', { paidOn: '2026-03-20', paidAmount: 5_000 }, CLERK);
    expect(late).toMatchObject({
      ok: true,
      warning: `逾期3日缴纳（期限至2026年3月17日）：可每日按罚款数额的3%加处罚款，不超过罚款数额，计450元（${CF}第七十二条）`,
    });
    expect(plan(served, 'pay', { paidOn: '2026-03-17', paidAmount: 5_000 }, CLERK)).toMatchObject({
      warning: null,
    });

    expect(
      plan(served, 'apply_court', { appliedOn: '2026-09-03', court: '某县人民法院' }, LEADER),
    ).toMatchObject({
      ok: false,
      reason: '申请人民法院强制执行前，应当书面催告当事人履行义务（《行政强制法》第五十四条），请先记录催告',
    });
    expect(plan(served, 'urge', { urgedOn: '2026-03-17', urgeContent: '限期缴纳罚款' }, CLERK)).toMatchObject(
      {
        ok: false,
        reason: `罚款缴纳期限（决定书送达后15日，至2026年3月17日）尚未届满，不能催告（${CF}第六十七条）`,
      },
    );
    const urged = step(served, 'urge', { urgedOn: '2026-03-18', urgeContent: '限期缴纳罚款' });
    // 10 working days after Wed 3-18: 3-19 … 3-31 (9), Wed 4-01 (10)
    expect(
      plan(urged, 'apply_court', { appliedOn: '2026-04-01', court: '某县人民法院' }, LEADER),
    ).toMatchObject({
      ok: false,
      reason:
        '催告书送达10个工作日后当事人仍未履行的，才能申请人民法院强制执行（《行政强制法》第五十四、六十九条）：2026年3月18日送达催告书，最早2026年4月2日申请',
    });
    // 6 months to sue from 3-02 → Wed 9-02 (复议's 60 days end earlier)
    expect(
      plan(urged, 'apply_court', { appliedOn: '2026-09-02', court: '某县人民法院' }, LEADER),
    ).toMatchObject({
      ok: false,
      reason:
        '当事人申请行政复议（60日）、提起行政诉讼（6个月）的期限至2026年9月2日届满，期满后才能申请人民法院强制执行（《行政强制法》第五十三条）',
    });
    expect(step(urged, 'apply_court', { appliedOn: '2026-09-03', court: '某县人民法院' }, LEADER).state).toBe(
      'court',
    );
  });

  it('the court is asked within 3 months after the periods; a shorter period to sue is a setting', () => {
    const served = step(
      step(notifiedOn('2025-12-22', { filedOn: '2025-12-01' }), 'decide', decision('2025-12-29'), LEADER),
      'serve',
      { servedOn: '2026-01-05', serviceMethod: 'direct' },
    );
    const urged = step(served, 'urge', { urgedOn: '2026-01-21', urgeContent: '限期缴纳罚款' });
    // 1-05 + 6 months = Sun 7-05 → Mon 7-06; + 3 months = 10-06 (国庆) → Thu 10-08
    const apply = (appliedOn: string, settings?: Settings) =>
      plan(urged, 'apply_court', { appliedOn, court: '某县人民法院' }, LEADER, settings);
    expect(apply('2026-10-08')).toMatchObject({ ok: true, to: 'court' });
    expect(apply('2026-10-09')).toMatchObject({
      ok: false,
      reason:
        '申请人民法院强制执行应当在复议、诉讼期限届满之日起3个月内提出，即2026年10月8日前（《行政强制法》第五十三条），本案已超过申请期限',
    });
    // a county where the period to sue is 3 months: 1-05 + 60 days = 3-06 < 4-05 (Sun) → Mon 4-06 (清明 4-04…06) → Tue 4-07
    expect(apply('2026-04-07', { [LITIGATION_MONTHS]: 3 })).toMatchObject({ ok: false });
    expect(apply('2026-04-08', { [LITIGATION_MONTHS]: 3 })).toMatchObject({ ok: true });
  });

  it('a case transferred to the judicial organs stops its clocks', () => {
    const transferred = step(
      investigate(created()),
      'transfer_judicial',
      { transferredOn: '2026-08-10', receivingOrgan: '某县公安局', transferReason: '涉嫌非法经营罪' },
      LEADER,
    );
    expect(transferred.state).toBe('transferred');
    expect(clock(transferred, 'decision')).toMatchObject({ state: 'done', doneOn: '2026-08-10' });
    expect(plan(transferred, 'decide', decision('2026-08-11'), LEADER)).toMatchObject({ refusal: 'state' });
  });
});

describe('month arithmetic (民法典 第二百零一、二百零二条)', () => {
  it.each([
    ['2026-03-02', 6, '2026-09-02'],
    ['2026-03-31', 6, '2026-09-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s + %i months = %s', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});

describe('steps offered only where they can apply', () => {
  const offered = (r: RecordState, who: Who = LEADER) =>
    actionsFor(enforcementCase, r.state, who.role, r.data).map((a) => a.key);

  it('offers the seizure steps only once something is seized, and payment steps only for a fine', () => {
    const r = investigate(created());
    const always = ['investigate', 'notify', 'submit_review', 'extend'];
    expect(offered(r)).toEqual([...always, 'preserve', 'seize', 'transfer_judicial', 'drop']);
    const seized = step(
      r,
      'seize',
      {
        seizedOn: '2026-09-01',
        seizureType: 'seal',
        seizureBasis: '《某某条例》第二十条',
        seizedItems: '仓库',
        officers: ['o1', 'o2'],
      },
      LEADER,
    );
    expect(offered(seized)).toEqual([
      ...always,
      'preserve',
      'extend_seizure',
      'seizure_test_start',
      'release_seizure',
      'transfer_judicial',
      'drop',
    ]);
    // without the record's data (a list of states only) everything the state allows is offered
    expect(actionsFor(enforcementCase, 'investigating', 'township_leader')).toHaveLength(13);
    const served = step(step(notifiedOn('2026-11-02'), 'decide', decision('2026-11-06'), LEADER), 'serve', {
      servedOn: '2026-11-09',
      serviceMethod: 'direct',
    });
    // 公示 stays offered to the clerk (its guard explains a repeat); 不予公开 is the leader's
    expect(offered(served, CLERK)).toEqual(['publish', 'execute', 'close', 'pay', 'urge']);
    expect(offered(served)).toContain('withhold_publicity');
    const paid = step(served, 'pay', { paidOn: '2026-11-10', paidAmount: 5_000 });
    expect(offered(paid, CLERK)).toEqual(['publish', 'execute', 'close']);
  });
});
