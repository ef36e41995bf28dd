import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { type ClockView, computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { LedgerEvent, RecordData, RefRecord } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { enforcementCase, MAJOR_FINE_ORG, MAJOR_FINE_PERSON, REVIEW_CATALOG } from './enforcementCase';
import { officer } from './officer';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };
const ADVISOR = { role: 'legal_advisor' as Role };
type Who = typeof CLERK;
type Settings = Record<string, number>;

const officerRef = (id: string, name: string, expiresOn = '2028-12-31'): RefRecord => {
  const data = { name, certNumber: `ZF-${id}`, fields: ['comprehensive'], issuedOn: '2024-01-15', expiresOn };
  return { id, kind: 'officer', title: officer.list.title(data), state: 'active', data };
};
const REFS: RefRecord[] = [
  officerRef('o1', '甲执法'),
  officerRef('o2', '乙执法'),
  officerRef('o3', '丙执法', '2026-03-31'),
  { id: 'm1', kind: 'enforcement_matter', title: '占道经营', state: 'active', data: {} },
];
const refRecords = new Map(REFS.map((r) => [r.id, r]));
const CF = '《行政处罚法》';
const ART42 = '执法时须有至少两名持有效执法证件的人员（行政处罚法第四十二条）；';

const caseInput = (over: Record<string, unknown> = {}) => ({
  filedOn: '2026-07-03',
  caseName: '赵某占道经营案',
  procedure: 'ordinary',
  source: 'patrol',
  matter: 'm1',
  partyType: 'person',
  partyName: '赵某',
  facts: '在镇主干道违规摆摊经营，经劝阻拒不改正',
  officers: ['o1', 'o2'],
  ...over,
});

const register = (input: Record<string, unknown>) =>
  validateRecord(enforcementCase, input, { today: TODAY, refRecords });

function created(over: Record<string, unknown> = {}): RecordState {
  const { values, issues } = register(caseInput(over));
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

/** Applies a step the way the server does; throws with the refusal so a failing chain says why. */
function step(
  r: RecordState,
  action: string,
  over: Record<string, unknown> = {},
  who: Who = LEADER,
  settings?: Settings,
): RecordState {
  const p = plan(r, action, { ...(INPUT as Record<string, object>)[action], ...over }, who, settings);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

/** Minimal valid input of each step, dated in the order of the main walk. */
const INPUT = {
  investigate: {
    stepOn: '2026-07-06',
    means: ['inquiry', 'photo'],
    officers: ['o1', 'o2'],
    stepNote: '现场拍照并制作询问笔录',
  },
  notify: {
    noticeOn: '2026-09-24',
    intendedDecision: '拟处罚款20000元',
    hearingRightTold: true,
    officers: ['o1', 'o2'],
  },
  request_hearing: { hearingRequestedOn: '2026-09-28' },
  schedule_hearing: { hearingNoticeOn: '2026-09-28', hearingOn: '2026-10-13', hearingPlace: '镇政府会议室' },
  hold_hearing: { heardOn: '2026-10-13', hearingChair: '孙主持', hearingRecord: '当事人陈述申辩意见已记录' },
  submit_review: { reviewSubmittedOn: '2026-10-14' },
  review_pass: {
    reviewedOn: '2026-10-15',
    reviewer: '钱法制',
    reviewChecks: ['subject', 'authority', 'procedure', 'facts', 'basis', 'discretion', 'documents'],
    reviewOpinion: '同意',
  },
  review_return: { reviewedOn: '2026-10-15', reviewer: '钱法制', returnReasons: '证据不足，补充询问笔录' },
  discuss: { discussedOn: '2026-10-16', discussionMinutes: '同意按拟定意见处罚' },
  extend: { days: 30, reason: '案情复杂需补充鉴定', extensionBasis: '《某某行政处罚程序规定》第六十三条' },
  decide: {
    decidedOn: '2026-10-19',
    decisionNumber: '甲镇罚决字〔2026〕1号',
    decisionType: 'fine',
    fineAmount: 5000,
    decisionSummary: '罚款5000元',
  },
  serve: { servedOn: '2026-10-21', serviceMethod: 'direct' },
  publish: { publishedOn: '2026-10-27', publicSummary: '赵某占道经营，罚款' },
  execute: { executedOn: '2026-11-05', paidAmount: 5000 },
  close: { closedOn: '2026-11-06' },
  revoke: { revokedOn: '2026-11-25', revokeReason: '行政复议决定撤销' },
  withdraw_publicity: { withdrawnOn: '2026-11-27', withdrawNotice: '原处罚决定已被撤销，撤回公示' },
  archive_revoked: { archivedOn: '2026-11-27' },
  drop: { droppedOn: '2026-07-10', dropReason: '违法事实不成立' },
} satisfies Record<string, Record<string, unknown>>;

const clocksOf = (r: RecordState, settings?: Settings): ClockView[] =>
  computeClocks(enforcementCase, r, { calendar, today: TODAY, ...(settings ? { settings } : {}) });
const clock = (r: RecordState, name: string, settings?: Settings) =>
  clocksOf(r, settings).find((c) => c.name === name);

/** Registered, investigated and notified (告知 on Thu 2026-09-24). */
const notified = (over: Record<string, unknown> = {}) =>
  step(step(created(over), 'investigate', {}, CLERK), 'notify', {}, CLERK);

describe('registering a case', () => {
  it('needs two officers certified on 立案日期, naming the invalid one', () => {
    const r = register(caseInput({ officers: ['o1', 'o3'] }));
    expect(r.issues).toEqual([
      {
        field: 'officers',
        message: `${ART42}2026年7月3日有效的仅1人，丙执法（ZF-o3）的证件当日无效、已过期或已暂停`,
      },
    ]);
    // filed while 丙's certificate was still valid (it expired 2026-03-31)
    expect(register(caseInput({ officers: ['o1', 'o3'], filedOn: '2026-03-31' })).issues).toEqual([]);
    expect(register(caseInput({ officers: ['o1'] })).issues.map((i) => i.message)).toEqual([
      '「立案承办人员」至少需要2个',
    ]);
    expect(register(caseInput({ officers: ['o1', 'zz'] })).issues.map((i) => i.message)).toEqual([
      '「立案承办人员」中的“zz”不存在或不属于本乡镇',
    ]);
  });

  it.each([
    ['a person, no code', { partyType: 'person' }, []],
    [
      'an organisation with a valid code',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      [],
    ],
    ['lower case is normalised', { partyType: 'organisation', partyCreditCode: '91350100m000100y43' }, []],
    [
      'an organisation without a code',
      { partyType: 'organisation' },
      ['当事人为单位的，应填写统一社会信用代码'],
    ],
    [
      'a wrong check digit',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y44' },
      ['「统一社会信用代码」不是有效的统一社会信用代码'],
    ],
  ])('credit code: %s', (_what, over, messages) => {
    const r = register(caseInput(over));
    expect(r.issues.map((i) => i.message)).toEqual(messages);
    if (messages.length === 0 && 'partyCreditCode' in over)
      expect(r.values.partyCreditCode).toBe('91350100M000100Y43');
  });

  it('refuses a 立案日期 after today', () => {
    expect(register(caseInput({ filedOn: '2026-12-01' })).issues.map((i) => i.message)).toEqual([
      '「立案日期」不能晚于今天',
    ]);
  });
});

describe('steps and their states', () => {
  // Written from the process (domain-rules §7–§8), not copied from the declaration.
  const ALLOWED: Record<string, string[]> = {
    investigate: ['filed', 'investigating', 'notified'],
    notify: ['investigating', 'reviewed'],
    request_hearing: ['notified'],
    schedule_hearing: ['hearing'],
    hold_hearing: ['hearing'],
    submit_review: ['investigating', 'notified'],
    review_pass: ['reviewing'],
    review_return: ['reviewing'],
    discuss: ['notified', 'reviewed'],
    extend: ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'],
    decide: ['filed', 'notified', 'reviewed'],
    serve: ['decided'],
    publish: ['decided', 'served', 'executed', 'closed'],
    execute: ['served', 'court'],
    close: ['served', 'executed'],
    revoke: ['decided', 'served', 'executed', 'closed', 'court'],
    withdraw_publicity: ['revoked'],
    record_statement: ['notified'],
    waive_rights: ['notified'],
    report_filing: ['decided', 'served', 'executed'],
    withhold_publicity: ['decided', 'served', 'executed'],
    preserve: ['filed', 'investigating'],
    dispose_preserved: [
      'filed',
      'investigating',
      'notified',
      'hearing',
      'reviewing',
      'reviewed',
      'decided',
      'served',
    ],
    seize: ['filed', 'investigating', 'notified'],
    extend_seizure: [
      'filed',
      'investigating',
      'notified',
      'hearing',
      'reviewing',
      'reviewed',
      'decided',
      'served',
    ],
    release_seizure: [
      'filed',
      'investigating',
      'notified',
      'hearing',
      'reviewing',
      'reviewed',
      'decided',
      'served',
      'executed',
    ],
    pay: ['served', 'court'],
    seizure_test_start: [
      'filed',
      'investigating',
      'notified',
      'hearing',
      'reviewing',
      'reviewed',
      'decided',
      'served',
    ],
    seizure_test_end: [
      'filed',
      'investigating',
      'notified',
      'hearing',
      'reviewing',
      'reviewed',
      'decided',
      'served',
    ],
    urge: ['served'],
    apply_court: ['served'],
    transfer_judicial: ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'],
    archive_revoked: ['revoked'],
    drop: ['filed', 'investigating', 'notified'],
  };
  const states = enforcementCase.states.map((s) => s.key);

  it('declares exactly these steps', () => {
    expect(enforcementCase.actions.map((a) => a.key).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(Object.entries(ALLOWED))('%s is allowed from %j only', (action, from) => {
    const label = enforcementCase.actions.find((a) => a.key === action)?.label;
    for (const state of states) {
      const p = plan({ state, data: {}, events: [] }, action, {}, LEADER);
      if (from.includes(state)) expect(p.ok || p.refusal !== 'state', `${action} from ${state}`).toBe(true);
      else {
        const stateLabel = enforcementCase.states.find((s) => s.key === state)?.label;
        expect(p, `${action} from ${state}`).toMatchObject({
          ok: false,
          refusal: 'state',
          reason: `当前状态为“${stateLabel}”，不能执行“${label}”`,
        });
      }
    }
  });

  it('every investigative step needs two officers certified on its own date', () => {
    const r = created();
    const p = plan(r, 'investigate', { ...INPUT.investigate, officers: ['o2', 'o3'] }, CLERK);
    expect(p).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `${ART42}2026年7月6日有效的仅1人，丙执法（ZF-o3）的证件当日无效、已过期或已暂停`,
    });
    const early = plan(r, 'investigate', { ...INPUT.investigate, stepOn: '2026-07-02' }, CLERK);
    expect(early).toMatchObject({
      ok: false,
      reason: '「取证日期」（2026-07-02）不能早于「立案日期」（2026-07-03）',
    });
    const inv = step(r, 'investigate', {}, CLERK);
    const n = plan(inv, 'notify', { ...INPUT.notify, officers: ['o3', 'o1'] }, CLERK);
    expect(n).toMatchObject({
      ok: false,
      reason: expect.stringContaining('2026年9月24日有效的仅1人，丙执法'),
    });
  });
});

describe('decision guards', () => {
  it('refuses a decision before 告知', () => {
    const filed = created();
    expect(plan(filed, 'decide', INPUT.decide, LEADER)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: '普通程序案件须先调查取证并告知当事人，才能作出决定',
    });
    // reviewed before 告知: the review alone does not allow a decision
    const inv = step(filed, 'investigate', {}, CLERK);
    const reviewed = step(step(inv, 'submit_review', {}, CLERK), 'review_pass', {}, ADVISOR);
    expect(reviewed.state).toBe('reviewed');
    expect(plan(reviewed, 'decide', INPUT.decide, LEADER)).toMatchObject({
      ok: false,
      reason: `作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利（${CF}第四十四、四十五、六十二条）`,
    });
    // …and the reviewed case can still be notified and then decided
    const after = step(reviewed, 'notify', {}, CLERK);
    expect(after.state).toBe('notified');
    expect(step(after, 'decide').state).toBe('decided');
  });

  it('refuses a decision dated before the notice', () => {
    expect(plan(notified(), 'decide', { ...INPUT.decide, decidedOn: '2026-09-23' }, LEADER)).toMatchObject({
      ok: false,
      refusal: 'invalid',
      reason: '「决定日期」（2026-09-23）不能早于「告知日期」（2026-09-24）',
    });
  });

  const review = `须经法制审核通过后才能作出决定（${CF}第五十八条）`;
  const catalog = '，列入本县重大执法决定法制审核目录';
  const person = (n: number) => `罚款${n}元达到较大数额（个人${n}元）${catalog}`;
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Settings | undefined, string | null]>([
    ['an ordinary fine', {}, { fineAmount: 9_999 }, undefined, null],
    [
      'flagged 重大',
      { major: true },
      {},
      undefined,
      `该案件属于重大执法决定（立案时认定为重大案件），${review}`,
    ],
    [
      'a person fined 10,000',
      {},
      { fineAmount: 10_000 },
      undefined,
      `该案件属于重大执法决定（${person(10_000)}），${review}`,
    ],
    // 较大数额罚款 and 没收较大数额违法所得 are separate items of Art.63 (一)(二)
    [
      'fine and confiscation apart: 6,000 + 4,000',
      {},
      { fineAmount: 6_000, confiscatedAmount: 4_000 },
      undefined,
      null,
    ],
    [
      'a confiscation of 10,000',
      {},
      { fineAmount: null, confiscatedAmount: 10_000 },
      undefined,
      `该案件属于重大执法决定（没收10000元达到较大数额（个人10000元）${catalog}），${review}`,
    ],
    [
      'the county keeps 较大数额 off its 法制审核目录',
      {},
      { fineAmount: 20_000 },
      { [REVIEW_CATALOG]: 0 },
      null,
    ],
    [
      'an organisation fined 99,999',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      { fineAmount: 99_999 },
      undefined,
      null,
    ],
    [
      'an organisation fined 100,000',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      { fineAmount: 100_000 },
      undefined,
      `该案件属于重大执法决定（罚款100000元达到较大数额（单位100000元）${catalog}），${review}`,
    ],
    [
      'the county lowered 较大数额 for persons to 5,000',
      {},
      { fineAmount: 5_000 },
      { [MAJOR_FINE_PERSON]: 5_000 },
      `该案件属于重大执法决定（${person(5_000)}），${review}`,
    ],
    [
      'the county raised it for organisations to 200,000',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      { fineAmount: 150_000 },
      { [MAJOR_FINE_ORG]: 200_000 },
      null,
    ],
    [
      '责令停产停业',
      {},
      { decisionType: 'suspend', fineAmount: null },
      undefined,
      `该案件属于重大执法决定（拟作出“责令停产停业、责令关闭、限制从业”${catalog}），${review}`,
    ],
    [
      '吊销许可证件',
      {},
      { decisionType: 'revoke', fineAmount: null },
      undefined,
      `该案件属于重大执法决定（拟作出“暂扣许可证件、降低资质等级、吊销许可证件”${catalog}），${review}`,
    ],
    [
      'flagged and fined 20,000: both reasons',
      { major: true },
      { fineAmount: 20_000 },
      undefined,
      `该案件属于重大执法决定（立案时认定为重大案件；罚款20000元达到较大数额（个人10000元）${catalog}），${review}`,
    ],
  ])('%s', (_what, registration, decision, settings, reason) => {
    const p = plan(notified(registration), 'decide', { ...INPUT.decide, ...decision }, LEADER, settings);
    if (reason === null) expect(p).toMatchObject({ ok: true, to: 'decided' });
    else expect(p).toMatchObject({ ok: false, refusal: 'guard', reason });
  });

  it('a 重大 case needs a passed review and a collective discussion, in any order, before the decision', () => {
    const major = notified({ major: true });
    const discussed = step(major, 'discuss');
    expect(plan(discussed, 'decide', INPUT.decide, LEADER)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('须经法制审核通过后'),
    });
    const reviewed = step(step(major, 'submit_review', {}, CLERK), 'review_pass', {}, ADVISOR);
    expect(plan(reviewed, 'decide', INPUT.decide, LEADER)).toMatchObject({
      ok: false,
      reason: `该案件属于重大执法决定（立案时认定为重大案件），须经负责人集体讨论决定（${CF}第五十七条）`,
    });
    expect(plan(step(reviewed, 'discuss'), 'decide', INPUT.decide, LEADER)).toMatchObject({ ok: true });
    // discussed first, then reviewed
    const both = step(step(discussed, 'submit_review', {}, CLERK), 'review_pass', {}, ADVISOR);
    expect(plan(both, 'decide', INPUT.decide, LEADER)).toMatchObject({ ok: true });
  });

  it('only the last review opinion counts: a return after a pass un-passes it', () => {
    // reviewed before 告知, notified, submitted again and returned
    const inv = step(created({ major: true }), 'investigate', {}, CLERK);
    const passed = step(step(inv, 'submit_review', {}, CLERK), 'review_pass', {}, ADVISOR);
    const renotified = step(passed, 'notify', {}, CLERK);
    expect(plan(step(renotified, 'discuss'), 'decide', INPUT.decide, LEADER).ok).toBe(true);
    const returned = step(step(renotified, 'submit_review', {}, CLERK), 'review_return', {}, ADVISOR);
    expect(returned.state).toBe('investigating');
    const again = step(step(returned, 'notify', {}, CLERK), 'discuss');
    expect(plan(again, 'decide', INPUT.decide, LEADER)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('须经法制审核通过后才能作出决定'),
    });
    // a fresh pass allows it again
    const repassed = step(step(again, 'submit_review', {}, CLERK), 'review_pass', {}, ADVISOR);
    expect(plan(repassed, 'decide', INPUT.decide, LEADER)).toMatchObject({ ok: true });
  });

  it('review_pass needs all seven checklist items, and a legal advisor or the leader', () => {
    const reviewing = step(notified(), 'submit_review', {}, CLERK);
    const some = {
      ...INPUT.review_pass,
      reviewChecks: ['subject', 'authority', 'procedure', 'facts', 'basis'],
    };
    expect(plan(reviewing, 'review_pass', some, ADVISOR)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: '审核通过前须逐项审核，尚未审核：裁量适当、文书完备规范',
    });
    expect(plan(reviewing, 'review_pass', INPUT.review_pass, CLERK)).toMatchObject({
      ok: false,
      refusal: 'role',
      reason: '“法制审核通过”需由法律顾问、司法所或乡镇领导办理',
    });
    expect(plan(reviewing, 'review_pass', INPUT.review_pass, ADVISOR)).toMatchObject({
      ok: true,
      to: 'reviewed',
    });
    expect(plan(reviewing, 'review_pass', INPUT.review_pass, LEADER)).toMatchObject({ ok: true });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, boolean]>([
    ['a warning', {}, { decisionType: 'warning', fineAmount: null }, true],
    ['a person fined 200', {}, { fineAmount: 200 }, true],
    ['a person fined 201', {}, { fineAmount: 201 }, false],
    [
      'an organisation fined 3,000',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      { fineAmount: 3_000 },
      true,
    ],
    [
      'an organisation fined 3,001',
      { partyType: 'organisation', partyCreditCode: '91350100M000100Y43' },
      { fineAmount: 3_001 },
      false,
    ],
    ['a confiscation', {}, { decisionType: 'confiscation', fineAmount: null }, false],
  ])('simple procedure, decided on the spot: %s', (_what, registration, decision, ok) => {
    const filed = created({ procedure: 'simple', ...registration });
    const p = plan(
      filed,
      'decide',
      { ...INPUT.decide, decidedOn: '2026-07-03', heardOnSpot: true, ...decision },
      LEADER,
    );
    if (ok) expect(p).toMatchObject({ ok: true, to: 'decided' });
    else
      expect(p).toMatchObject({
        ok: false,
        refusal: 'guard',
        reason: `简易程序只适用于警告或${registration.partyType === 'organisation' ? '对单位3000元' : '对个人200元'}以下罚款（${CF}第五十一条），请改按普通程序办理`,
      });
  });
});

describe('hearing', () => {
  // 告知 Thu 2026-09-24. Working days after it: 9-25…27 is 中秋, Mon 9-28 (1), 9-29 (2), 9-30 (3),
  // 10-01…07 国庆, Thu 10-08 (4), Fri 10-09 (5), Sat 10-10 is a 调休 working day (6).
  it('a request on the 5th working day after the notice is allowed, on the 6th refused', () => {
    const r = notified();
    expect(plan(r, 'request_hearing', { hearingRequestedOn: '2026-10-09' }, CLERK)).toMatchObject({
      ok: true,
      to: 'hearing',
    });
    expect(plan(r, 'request_hearing', { hearingRequestedOn: '2026-10-10' }, CLERK)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `听证申请应在告知后5个工作日内提出（${CF}第六十四条），本案告知日为2026年9月24日，期限至2026年10月9日`,
    });
  });

  // Notice Mon 9-28: 9-29 (1), 9-30 (2), 10-08 (3), 10-09 (4), Sat 10-10 (5), 10-12 (6), 10-13 (7).
  it('the hearing notice must go out at least 7 working days ahead', () => {
    const r = step(notified(), 'request_hearing', {}, CLERK);
    expect(plan(r, 'hold_hearing', INPUT.hold_hearing, CLERK)).toMatchObject({
      ok: false,
      reason: '请先通知听证时间、地点',
    });
    expect(
      plan(r, 'schedule_hearing', { ...INPUT.schedule_hearing, hearingOn: '2026-10-12' }, CLERK),
    ).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: `应当在举行听证的7个工作日前通知当事人（${CF}第六十四条）：2026年9月28日通知的，听证最早安排在2026年10月13日`,
    });
    const scheduled = step(r, 'schedule_hearing', {}, CLERK);
    expect(scheduled.state).toBe('hearing');
    const held = step(scheduled, 'hold_hearing', {}, CLERK);
    expect(held.state).toBe('notified');
    expect(step(held, 'decide').state).toBe('decided');
  });
});

describe('clocks', () => {
  it('decision: 90 days after 立案, moved off a holiday, extended once by the leader', () => {
    // 2026-07-03 + 90 days = 10-01 (国庆 10-01…07): the first working day after is Thu 10-08
    const filed = created();
    expect(clock(filed, 'decision')).toMatchObject({
      start: '2026-07-03',
      due: '2026-10-08',
      days: 90,
      state: 'overdue',
    });
    expect(clock(filed, 'decision')?.explanation).toContain('顺延至2026年10月8日');
    expect(plan(filed, 'extend', INPUT.extend, CLERK)).toMatchObject({ ok: false, refusal: 'role' });
    expect(plan(filed, 'extend', { ...INPUT.extend, days: 61 }, LEADER)).toMatchObject({
      ok: false,
      reason: '「延长天数（日）」不能大于60',
    });
    const extended = step(filed, 'extend');
    expect(extended.state).toBe('filed');
    // + 30 = 120 days: Sat 10-31 → Mon 11-02
    const c = clock(extended, 'decision');
    expect(c).toMatchObject({ due: '2026-11-02', days: 120, state: 'overdue' });
    expect(c?.explanation).toContain('经批准延长30日（理由：案情复杂需补充鉴定）');
    expect(plan(extended, 'extend', { ...INPUT.extend, days: 10 }, LEADER)).toMatchObject({
      ok: false,
      reason: '作出决定期限只能延长1次，已延长过',
    });
    // decided on 10-19: after the statutory 10-08, within the extension
    const decided = step(step(step(extended, 'investigate', {}, CLERK), 'notify', {}, CLERK), 'decide');
    expect(clock(decided, 'decision')).toMatchObject({ state: 'done', doneOn: '2026-10-19', late: false });
    expect(clock(step(notified(), 'decide'), 'decision')).toMatchObject({ state: 'done', late: true });
  });

  it('decision: a dropped case stops the clock', () => {
    const dropped = step(created(), 'drop');
    expect(dropped.state).toBe('dropped');
    expect(clock(dropped, 'decision')).toMatchObject({ state: 'done', doneOn: '2026-07-10' });
  });

  /** A case decided on Tue 2026-09-29 (just before 国庆), as the decide step leaves it. */
  const decidedOn = (decision: Record<string, unknown>): RecordState => {
    const data: RecordData = { ...created().data, ...INPUT.decide, decidedOn: '2026-09-29', ...decision };
    const events: LedgerEvent[] = [{ action: 'decide', on: '2026-09-29', payload: data }];
    return { state: 'decided', data, events };
  };
  // Working days after 9-29: 9-30 (1), 10-08 (2), 10-09 (3), Sat 10-10 (4), 10-12…16 (5–9),
  // 10-19…23 (10–14), 10-26…30 (15–19), Mon 11-02 (20).

  it('service: 7 working days, only when the decision was not handed over on the spot', () => {
    expect(clock(decidedOn({}), 'service')).toMatchObject({
      due: '2026-10-14',
      basis: 'working',
      state: 'overdue',
    });
    expect(clock(decidedOn({ servedOnSpot: false }), 'service')?.due).toBe('2026-10-14');
    expect(clock(decidedOn({ servedOnSpot: true }), 'service')).toBeUndefined();
  });

  it.each<[string, string, string | null, string, Settings | undefined]>([
    ['fine', 'publicity', '2026-10-14', '7', undefined],
    ['warning', 'publicity', '2026-10-14', '7', undefined],
    ['license', 'publicity', '2026-10-14', '7', undefined],
    ['no_penalty', 'publicity_other', '2026-11-02', '20', undefined],
    ['other', 'publicity_other', '2026-11-02', '20', undefined],
    ['fine', 'publicity', '2026-10-12', '5', { 'enforcement.publicity_fast_days': 5 }],
    ['no_penalty', 'publicity_other', '2026-10-19', '10', { 'enforcement.publicity_other_days': 10 }],
  ])('publicity of a %s decision: %s due %s (%s working days)', (type, name, due, days, settings) => {
    const cs = clocksOf(decidedOn({ decisionType: type }), settings);
    const publicity = cs.filter((c) => c.label === '公示期限');
    expect(publicity).toEqual([expect.objectContaining({ name, due, days: Number(days), basis: 'working' })]);
  });

  it('publicity stops when published; withdrawal: 3 working days after a revocation, only if published', () => {
    const decided = decidedOn({ decisionType: 'fine' });
    const published = step(decided, 'publish', { publishedOn: '2026-10-12' }, CLERK);
    expect(clock(published, 'publicity')).toMatchObject({ state: 'done', doneOn: '2026-10-12', late: false });
    expect(plan(published, 'publish', INPUT.publish, CLERK)).toMatchObject({
      ok: false,
      reason: '该决定已公示',
    });
    // revoked Wed 11-25: 11-26 (1), 11-27 (2), Mon 11-30 (3) — today
    const revoked = step(published, 'revoke');
    const w = clock(revoked, 'withdrawal');
    expect(w).toMatchObject({ start: '2026-11-25', due: '2026-11-30', state: 'due_soon', remaining: 0 });
    expect(w?.explanation).toContain('今天到期');
    expect(clock(step(revoked, 'withdraw_publicity', {}, CLERK), 'withdrawal')).toMatchObject({
      state: 'done',
      doneOn: '2026-11-27',
    });
    const unpublished = step(decided, 'revoke');
    expect(clock(unpublished, 'withdrawal')).toBeUndefined();
    expect(clock(unpublished, 'publicity')).toMatchObject({ state: 'done', doneOn: '2026-11-25' });
    expect(plan(unpublished, 'withdraw_publicity', INPUT.withdraw_publicity, CLERK)).toMatchObject({
      ok: false,
      reason: '该决定未曾公示，无需撤回',
    });
    expect(step(unpublished, 'archive_revoked', {}, CLERK).state).toBe('dropped');
  });

  it('close is refused until the decision was published; archive_revoked until the publicity was withdrawn', () => {
    const served = step(decidedOn({ decisionType: 'fine' }), 'serve', { servedOn: '2026-09-30' }, CLERK);
    const executed = step(served, 'execute', {}, CLERK);
    expect(plan(executed, 'close', INPUT.close, CLERK)).toMatchObject({
      ok: false,
      refusal: 'guard',
      reason: '决定尚未公示，也未依法决定不予公开，不能结案归档',
    });
    const closed = step(step(executed, 'publish', {}, CLERK), 'close', {}, CLERK);
    expect(closed.state).toBe('closed');
    // 不予行政处罚 is published too (within 20 working days), so it is not closed unpublished either
    expect(
      plan(
        step(decidedOn({ decisionType: 'no_penalty' }), 'serve', { servedOn: '2026-09-30' }, CLERK),
        'close',
        INPUT.close,
        CLERK,
      ),
    ).toMatchObject({ ok: false, reason: '决定尚未公示，也未依法决定不予公开，不能结案归档' });
    const revoked = step(closed, 'revoke');
    expect(plan(revoked, 'archive_revoked', INPUT.archive_revoked, CLERK)).toMatchObject({
      ok: false,
      reason: '该决定曾公示，须先撤回公示才能归档',
    });
    const archived = step(step(revoked, 'withdraw_publicity', {}, CLERK), 'archive_revoked', {}, CLERK);
    expect(archived.state).toBe('dropped');
    expect(clocksOf(archived).every((c) => c.state === 'done')).toBe(true);
  });
});
