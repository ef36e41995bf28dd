import { describe, expect, it } from 'vitest';
import type { Role } from '../roles';
import { dispute } from './kinds/dispute';
import { petition } from './kinds/petition';
import { validateRecord } from './record';
import type { LedgerKind, RecordData } from './types';
import { actionsFor, applyStep, planAction, type RecordState, stateLabel } from './workflow';

const TODAY = '2026-11-30';
const CLERK = { role: 'township_clerk' as Role, actorId: 'u-clerk' };
const LEADER = { role: 'township_leader' as Role, actorId: 'u-leader' };

function plan(
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown> = {},
  who = LEADER,
  today = TODAY,
) {
  return planAction(kind, r, action, input, who, { today });
}

/** Applies a step the way the server does; throws with the refusal so a failing chain says why. */
function step(
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown> = {},
  who = LEADER,
  today = TODAY,
): RecordState {
  const p = plan(kind, r, action, input, who, today);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function created(kind: LedgerKind, input: Record<string, unknown>): RecordState {
  const { values, issues } = validateRecord(kind, input, { today: TODAY });
  expect(issues).toEqual([]);
  return { state: kind.initialState, data: values, events: [] };
}

const newDispute = (over: Record<string, unknown> = {}) =>
  created(dispute, {
    registeredOn: '2026-03-02',
    source: 'visit',
    type: 'homestead',
    parties: [{ name: '张三' }, { name: '李四' }],
    summary: '宅基地界址争议',
    riskLevel: 'medium',
    ...over,
  });

const newPetition = (over: Record<string, unknown> = {}) =>
  created(petition, {
    receivedOn: '2026-03-05',
    channel: 'letter',
    origin: 'forwarded',
    people: 1,
    parties: [{ name: '王五' }],
    subject: '低保评定',
    category: 'welfare',
    content: '反映低保评定不公',
    ...over,
  });

/** Minimal valid input of each action, dated so every notBefore holds. */
const DISPUTE_INPUT: Record<string, Record<string, unknown>> = {
  accept: { acceptedOn: '2026-03-03' },
  decline: { declineReason: '不属于人民调解范围' },
  start_mediation: { mediationStartedOn: '2026-03-04', mediator: '周明' },
  extend_mediation: { days: 15, reason: '当事人外出务工' },
  succeed: { agreementForm: 'written', agreementOn: '2026-03-20', agreementTerms: '重新确定界址' },
  fail: { endedOn: '2026-03-20', failureReason: '双方分歧较大', guidedTo: ['litigation'] },
  follow_up: { visitedOn: '2026-04-10', performance: 'performed', visitNote: '已按协议履行' },
  record_confirmation: { confirmationAppliedOn: '2026-03-25' },
  close: {},
};

const PETITION_INPUT: Record<string, Record<string, unknown>> = {
  accept: { acceptedOn: '2026-03-10', noticeOn: '2026-03-10' },
  object: { objectedOn: '2026-03-09', objectionReason: '属于县级部门职权' },
  not_accept: { notAcceptedOn: '2026-03-09', notAcceptedReason: 'litigation' },
  extend: { days: 30, reason: '需要调取多年档案', extensionNoticeOn: '2026-04-20' },
  reply: { repliedOn: '2026-04-28', servedOn: '2026-04-30', outcome: 'explain', basis: '依据低保审核办法' },
  review_request: { reviewRequestedOn: '2026-05-20' },
  review_answer: { reviewAnsweredOn: '2026-06-15', reviewOutcome: 'upheld' },
  recheck_request: { recheckRequestedOn: '2026-07-01' },
  recheck_answer: { recheckAnsweredOn: '2026-07-30', recheckNote: '维持复查意见' },
};

/** Expected `from` states, written from the statutes and the design, not read from the declarations. */
const DISPUTE_FROM: Record<string, string[]> = {
  accept: ['pending'],
  decline: ['pending'],
  start_mediation: ['accepted'],
  extend_mediation: ['accepted', 'mediating'],
  succeed: ['mediating'],
  fail: ['mediating'],
  follow_up: ['succeeded', 'failed'],
  record_confirmation: ['succeeded'],
  close: ['succeeded', 'failed'],
};

const PETITION_FROM: Record<string, string[]> = {
  accept: ['registered'],
  object: ['registered'],
  not_accept: ['registered'],
  extend: ['accepted'],
  reply: ['accepted'],
  review_request: ['replied'],
  review_answer: ['review'],
  recheck_request: ['reviewed'],
  recheck_answer: ['recheck'],
};

/** A record in each state, reached through the workflow itself. */
function disputeIn(state: string): RecordState {
  const d = newDispute();
  const pending = { ...d, state: 'pending' }; // as if it came from the public intake page
  switch (state) {
    case 'pending':
      return pending;
    case 'declined':
      return step(dispute, pending, 'decline', DISPUTE_INPUT.decline);
    case 'accepted':
      return d;
    case 'mediating':
      return step(dispute, d, 'start_mediation', DISPUTE_INPUT.start_mediation);
    case 'succeeded':
      return step(dispute, disputeIn('mediating'), 'succeed', DISPUTE_INPUT.succeed);
    case 'failed':
      return step(dispute, disputeIn('mediating'), 'fail', DISPUTE_INPUT.fail);
    case 'closed':
      return step(
        dispute,
        step(dispute, disputeIn('succeeded'), 'follow_up', DISPUTE_INPUT.follow_up),
        'close',
      );
  }
  throw new Error(state);
}

function petitionIn(state: string): RecordState {
  const p = newPetition();
  const at = (s: string, action: string) => step(petition, petitionIn(s), action, PETITION_INPUT[action]);
  switch (state) {
    case 'registered':
      return p;
    case 'accepted':
      return at('registered', 'accept');
    case 'objected':
      return at('registered', 'object');
    case 'not_accepted':
      return at('registered', 'not_accept');
    case 'replied':
      return at('accepted', 'reply');
    case 'review':
      return at('replied', 'review_request');
    case 'reviewed':
      return at('review', 'review_answer');
    case 'recheck':
      return at('reviewed', 'recheck_request');
    case 'final':
      return at('recheck', 'recheck_answer');
  }
  throw new Error(state);
}

/** A record where the action's guard is satisfied (a visit before closing). */
function ready(kind: LedgerKind, state: string, action: string): RecordState {
  const r = kind === dispute ? disputeIn(state) : petitionIn(state);
  if (!kind.actions.find((a) => a.key === action)?.from.includes(state)) return r;
  if (action === 'close') return step(dispute, r, 'follow_up', DISPUTE_INPUT.follow_up);
  return r;
}

describe.each([
  ['dispute', dispute, DISPUTE_FROM, DISPUTE_INPUT],
  ['petition', petition, PETITION_FROM, PETITION_INPUT],
] as const)('%s: each action only from its states', (_name, kind, FROM, INPUT) => {
  it('the table covers every declared action', () => {
    expect(Object.keys(FROM).sort()).toEqual(kind.actions.map((a) => a.key).sort());
  });

  for (const [action, from] of Object.entries(FROM)) {
    for (const s of kind.states.map((x) => x.key)) {
      const allowed = from.includes(s);
      it(`${action} from ${s}: ${allowed ? 'allowed' : 'refused'}`, () => {
        const r = ready(kind, s, action);
        const p = plan(kind, r, action, INPUT[action]);
        if (allowed) {
          expect(p.ok, p.ok ? '' : p.reason).toBe(true);
        } else {
          const label = kind.actions.find((a) => a.key === action)?.label;
          expect(p).toMatchObject({
            ok: false,
            reason: `当前状态为“${stateLabel(kind, s)}”，不能执行“${label}”`,
            issues: [],
            refusal: 'state',
          });
        }
      });
    }
  }
});

describe('roles', () => {
  it.each<['dispute' | 'petition', string, string, Role, string]>([
    ['petition', 'accepted', 'extend', 'township_clerk', '“延长办理期限”需由乡镇领导办理'],
    ['dispute', 'mediating', 'extend_mediation', 'township_clerk', '“延长调解期限”需由乡镇领导办理'],
    ['petition', 'registered', 'accept', 'legal_advisor', '“受理并书面告知”需由乡镇经办人或乡镇领导办理'],
    ['dispute', 'mediating', 'succeed', 'county_reviewer', '“调解成功”需由乡镇经办人或乡镇领导办理'],
  ])('%s %s → %s by %s is refused', (name, state, action, role, reason) => {
    const kind = name === 'dispute' ? dispute : petition;
    const r = kind === dispute ? disputeIn(state) : petitionIn(state);
    const input = (kind === dispute ? DISPUTE_INPUT : PETITION_INPUT)[action];
    expect(plan(kind, r, action, input, { role, actorId: 'x' })).toMatchObject({
      ok: false,
      reason,
      issues: [],
      refusal: 'role',
    });
  });

  it('actionsFor lists what a role may do from a state', () => {
    expect(actionsFor(petition, 'accepted', 'township_clerk').map((a) => a.key)).toEqual(['reply']);
    expect(actionsFor(petition, 'accepted', 'township_leader').map((a) => a.key)).toEqual([
      'extend',
      'reply',
    ]);
    expect(actionsFor(dispute, 'succeeded', 'legal_advisor')).toEqual([]);
  });

  it('an unknown action is refused by name', () => {
    expect(plan(dispute, disputeIn('accepted'), 'teleport')).toMatchObject({
      ok: false,
      reason: '“矛盾纠纷”没有“teleport”这一操作',
      issues: [],
    });
  });
});

describe('field validation of an action', () => {
  it('lists every issue with field keys and a joined reason', () => {
    const p = plan(dispute, disputeIn('mediating'), 'succeed', { agreementForm: '调解书' });
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.issues.map((i) => i.field)).toEqual(['agreementForm', 'agreementOn', 'agreementTerms']);
    expect(p.reason).toBe(
      '「协议形式」只能是：书面调解协议书、口头协议（调解员记录）；「协议生效日期」不能为空；「协议内容」不能为空',
    );
  });

  it('an agreement dated before the registration names both dates', () => {
    const p = plan(dispute, disputeIn('mediating'), 'succeed', {
      ...DISPUTE_INPUT.succeed,
      agreementOn: '2026-03-01',
    });
    expect(p.ok || p.reason).toBe('「协议生效日期」（2026-03-01）不能早于「登记日期」（2026-03-02）');
  });

  it('a date stored by an earlier action is named by its label, not its key', () => {
    // before the fix, contextFields held only the registration fields: “不能早于「agreementOn」”
    const p = plan(dispute, disputeIn('succeeded'), 'record_confirmation', {
      confirmationAppliedOn: '2026-03-19',
    });
    expect(p.ok || p.reason).toBe('「申请司法确认日期」（2026-03-19）不能早于「协议生效日期」（2026-03-20）');
  });

  it('a step dated after today is refused', () => {
    const p = plan(
      dispute,
      disputeIn('accepted'),
      'start_mediation',
      DISPUTE_INPUT.start_mediation,
      LEADER,
      '2026-03-03',
    );
    expect(p.ok || p.reason).toBe('「调解开始日期」不能晚于今天');
  });

  it('unknown payload fields are refused', () => {
    const p = plan(dispute, disputeIn('succeeded'), 'close', { note: '结' });
    expect(p.ok || p.reason).toBe('未知字段“note”');
  });
});

describe('guards', () => {
  it('an oral agreement needs the mediator’s record (人民调解法第二十八条)', () => {
    const oral = { ...DISPUTE_INPUT.succeed, agreementForm: '口头协议（调解员记录）' };
    expect(plan(dispute, disputeIn('mediating'), 'succeed', oral)).toMatchObject({
      ok: false,
      reason: '口头协议须由调解员记录协议内容（人民调解法第二十八条）',
      issues: [],
    });
    const recorded = plan(dispute, disputeIn('mediating'), 'succeed', {
      ...oral,
      oralRecord: '双方口头约定界址以老墙为准',
    });
    expect(recorded.ok).toBe(true);
  });

  it.each(['succeeded', 'failed'])('closing from %s needs a 回访 first', (state) => {
    const r = disputeIn(state);
    expect(plan(dispute, r, 'close')).toMatchObject({
      ok: false,
      reason: '结案前至少需要记录一次回访',
      issues: [],
    });
    const visited = step(dispute, r, 'follow_up', DISPUTE_INPUT.follow_up);
    const p = plan(dispute, visited, 'close', {}, CLERK, '2026-04-11');
    expect(p.ok && p.to).toBe('closed');
    expect(p.ok && p.event).toEqual({ action: 'close', on: '2026-04-11', payload: {}, actorId: 'u-clerk' });
  });

  it('a failed mediation must record the routes told to the parties (第二十六条)', () => {
    const p = plan(dispute, disputeIn('mediating'), 'fail', { ...DISPUTE_INPUT.fail, guidedTo: [] });
    expect(p.ok || p.reason).toBe('「告知的其他途径」不能为空');
    const ok = plan(dispute, disputeIn('mediating'), 'fail', {
      ...DISPUTE_INPUT.fail,
      guidedTo: '仲裁、行政途径、司法（诉讼）',
    });
    expect(ok.ok && ok.patch.guidedTo).toEqual(['arbitration', 'administrative', 'litigation']);
  });

  it.each([
    ['direct', false],
    ['forwarded', true],
    ['assigned', true],
  ])('objection on a %s item allowed: %s', (origin, allowed) => {
    const r = newPetition({ origin });
    const p = plan(petition, r, 'object', PETITION_INPUT.object);
    if (allowed) expect(p.ok && p.to).toBe('objected');
    else
      expect(p).toMatchObject({
        ok: false,
        reason: '直接收到的信访事项不适用异议程序，请选择“不予受理”并告知',
        issues: [],
      });
  });
});

describe('extensions (信访工作条例第三十四条: once, at most 30 days, by the leader)', () => {
  it('the leader may extend by 30 days; the step keeps the state and stores the reason', () => {
    const p = plan(petition, petitionIn('accepted'), 'extend', PETITION_INPUT.extend);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.to).toBe('accepted');
    expect(p.event.on).toBe(TODAY); // no date field: dated the day it is recorded
    expect(p.patch).toEqual({ days: 30, reason: '需要调取多年档案', extensionNoticeOn: '2026-04-20' });
  });

  it('more than 30 days is refused', () => {
    const p = plan(petition, petitionIn('accepted'), 'extend', { ...PETITION_INPUT.extend, days: 31 });
    expect(p.ok || p.reason).toBe('「延长天数（日）」不能大于30');
  });

  it('a second extension is refused, even within the 30 days', () => {
    const once = step(petition, petitionIn('accepted'), 'extend', { ...PETITION_INPUT.extend, days: 10 });
    expect(plan(petition, once, 'extend', { ...PETITION_INPUT.extend, days: 10 })).toMatchObject({
      ok: false,
      reason: '办理期限只能延长1次，已延长过',
      issues: [],
    });
  });

  it('the reason and the day the petitioner was told are required', () => {
    const p = plan(petition, petitionIn('accepted'), 'extend', { days: 10, reason: '复杂' });
    expect(p.ok || p.reason).toBe('「延长理由」至少需要4个字；「告知信访人延期理由日期」不能为空');
  });

  it('dispute mediation: one extension of at most 30 days', () => {
    const once = step(dispute, disputeIn('mediating'), 'extend_mediation', DISPUTE_INPUT.extend_mediation);
    expect(plan(dispute, once, 'extend_mediation', DISPUTE_INPUT.extend_mediation)).toMatchObject({
      ok: false,
      reason: '调解期限只能延长1次，已延长过',
      issues: [],
    });
  });
});

describe('warnings: a late 复查 or 复核 request is recorded, not refused (第三十五、三十六条)', () => {
  // served 2026-04-30; 30 days later is 2026-05-30
  it.each<[string, string | null]>([
    ['2026-05-29', null],
    ['2026-05-30', null],
    ['2026-05-31', '复查申请在收到答复31日后提出，已超过30日（《信访工作条例》第三十五、三十六条）'],
    ['2026-07-29', '复查申请在收到答复90日后提出，已超过30日（《信访工作条例》第三十五、三十六条）'],
  ])('复查 requested %s', (on, warning) => {
    const p = plan(petition, petitionIn('replied'), 'review_request', { reviewRequestedOn: on });
    expect(p.ok).toBe(true);
    expect(p.ok && p.to).toBe('review');
    expect(p.ok && p.warning).toBe(warning);
  });

  it.each<[string, string | null]>([
    ['2026-07-15', null], // answered 2026-06-15: 30 days
    ['2026-07-16', '复核申请在收到答复31日后提出，已超过30日（《信访工作条例》第三十五、三十六条）'],
  ])('复核 requested %s', (on, warning) => {
    const p = plan(petition, petitionIn('reviewed'), 'recheck_request', { recheckRequestedOn: on });
    expect(p.ok && p.warning).toBe(warning);
  });

  it('after 复核 the record is final: nothing more can be done with it', () => {
    const r = petitionIn('final');
    expect(r.state).toBe('final');
    for (const role of ['township_clerk', 'township_leader'] as const)
      expect(actionsFor(petition, 'final', role)).toEqual([]);
    expect(plan(petition, r, 'review_request', { reviewRequestedOn: '2026-08-01' }).ok).toBe(false);
  });
});

describe('repeatable and recording steps', () => {
  it('回访 leaves the record data and the state unchanged and lives in the event', () => {
    const r = disputeIn('succeeded');
    const p = plan(dispute, r, 'follow_up', DISPUTE_INPUT.follow_up, CLERK);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.to).toBe('succeeded');
    expect(p.patch).toEqual({});
    expect(p.event).toEqual({
      action: 'follow_up',
      on: '2026-04-10',
      payload: { visitedOn: '2026-04-10', performance: 'performed', visitNote: '已按协议履行' },
      actorId: 'u-clerk',
    });
    const twice = step(dispute, step(dispute, r, 'follow_up', DISPUTE_INPUT.follow_up), 'follow_up', {
      ...DISPUTE_INPUT.follow_up,
      visitedOn: '2026-05-10',
    });
    expect(twice.data).toEqual(r.data);
    expect(twice.events.map((e) => e.on)).toEqual(['2026-03-04', '2026-03-20', '2026-04-10', '2026-05-10']);
  });

  it('a step with a date field is dated by it, and its payload is merged into the record', () => {
    const p = plan(petition, petitionIn('registered'), 'accept', {
      acceptedOn: '2026-03-09',
      noticeOn: '2026-03-10',
    });
    expect(p.ok && p.event.on).toBe('2026-03-10');
    expect(p.ok && p.patch).toEqual({ acceptedOn: '2026-03-09', noticeOn: '2026-03-10' });
  });

  it('the actor is kept on the event only when given', () => {
    const p = planAction(
      dispute,
      disputeIn('accepted'),
      'start_mediation',
      DISPUTE_INPUT.start_mediation ?? {},
      { role: 'township_clerk' },
      { today: TODAY },
    );
    expect(p.ok && 'actorId' in p.event).toBe(false);
  });

  it('a full dispute chain ends closed with the agreement on the record', () => {
    const r = disputeIn('closed');
    expect(r.state).toBe('closed');
    expect(r.events.map((e) => e.action)).toEqual(['start_mediation', 'succeed', 'follow_up', 'close']);
    const data: RecordData = r.data;
    expect(data.agreementOn).toBe('2026-03-20');
    expect(data.mediator).toBe('周明');
  });
});
