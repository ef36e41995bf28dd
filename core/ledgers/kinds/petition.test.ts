import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { type ClockView, computeClocks } from '../clocks';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { petition } from './petition';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };

const plan = (r: RecordState, action: string, input: Record<string, unknown>, who = CLERK) =>
  planAction(petition, r, action, input, who, { today: TODAY, calendar, settings: {} });

function step(r: RecordState, action: string, input: Record<string, unknown>, who = CLERK): RecordState {
  const p = plan(r, action, input, who);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

const BASE = {
  channel: 'letter',
  people: 1,
  parties: [{ name: '甲某' }],
  subject: '道路积水',
  category: 'urban',
  content: '村口道路雨后积水，请求修缮排水沟',
};

function create(input: Record<string, unknown>, state = petition.initialState): RecordState {
  const { values, issues } = validateRecord(petition, { ...BASE, ...input }, { today: TODAY });
  expect(issues).toEqual([]);
  return { state, data: values, events: [] };
}

const clocks = (r: RecordState, today = TODAY) => computeClocks(petition, r, { calendar, today });
const clock = (r: RecordState, name: string, today = TODAY): ClockView | undefined =>
  clocks(r, today).find((c) => c.name === name);

describe('信访事项 (《信访工作条例》2022)', () => {
  it.each([
    // 2026-03-02 + 15 = 03-17 (Tue), a working day
    ['2026-03-02', '2026-03-17'],
    // 2026-09-16 + 15 = 10-01, 国庆 (10-01…07 off): moved to the next working day, 10-08
    ['2026-09-16', '2026-10-08'],
  ])('notice: 15 calendar days from receipt, also for intake (%s → %s)', (receivedOn, due) => {
    // the same clock for a clerk's entry and for a 码上申请 submission, which arrives in intake.state
    expect(petition.intake?.state).toBe('registered');
    const direct = create({ receivedOn, origin: 'direct', channel: 'online' }, petition.intake?.state);
    expect(clock(direct, 'notice', receivedOn)).toMatchObject({ due, basis: 'calendar', days: 15 });
    expect(clock(direct, 'objection')).toBeUndefined();
  });

  it.each([
    // 2026-03-02 (Mon) + 5 working days: 03, 04, 05, 06, 09 → 03-09
    ['2026-03-02', 'forwarded', '2026-03-09'],
    // 2026-09-29 (Tue): 09-30, then 国庆 10-01…07, 10-08, 09, 10 (Sat, 调休 working), 12 → 10-12
    ['2026-09-29', 'assigned', '2026-10-12'],
  ])(
    'objection: 5 working days, forwarded and assigned items only (%s, %s → %s)',
    (receivedOn, origin, due) => {
      const r = create({ receivedOn, origin });
      expect(clock(r, 'objection', receivedOn)).toMatchObject({ due, basis: 'working', days: 5 });
    },
  );

  it('object: only forwarded or assigned items may be objected to', () => {
    const input = { objectedOn: '2026-11-02', objectionReason: '不属本镇职权' };
    const direct = plan(create({ receivedOn: '2026-11-02', origin: 'direct' }), 'object', input);
    expect(direct).toMatchObject({ ok: false });
    expect(direct.ok ? '' : direct.reason).toContain('直接收到的信访事项不适用异议程序');
    const forwarded = plan(create({ receivedOn: '2026-11-02', origin: 'forwarded' }), 'object', input);
    expect(forwarded).toMatchObject({ ok: true, to: 'objected' });
  });

  it('assigned: the deadline set by the assigning organ', () => {
    const r = create({ receivedOn: '2026-11-02', origin: 'assigned', assignedDueOn: '2026-12-10' });
    // 11-30 (Mon) to 12-10 (Thu): 12-01…04, 07…10 → 8 working days left
    expect(clock(r, 'assigned')).toMatchObject({ due: '2026-12-10', state: 'normal', remaining: 8 });
    expect(clock(r, 'assigned', '2026-12-11')?.state).toBe('overdue');
    // a direct item has no assigning organ: the date is refused, and no such clock runs
    const { issues } = validateRecord(
      petition,
      { ...BASE, receivedOn: '2026-11-02', origin: 'direct', assignedDueOn: '2026-12-10' },
      { today: TODAY },
    );
    expect(issues.map((i) => i.message)).toContain(
      '交办（转送）机关要求办结日期只适用于上级交办、转送的事项',
    );
    const early = validateRecord(
      petition,
      { ...BASE, receivedOn: '2026-11-02', origin: 'assigned', assignedDueOn: '2026-11-01' },
      { today: TODAY },
    );
    expect(early.issues.map((i) => i.message)).toContain('交办（转送）机关要求办结日期 不能早于 收到日期');
    // the reply ends it (the handling clock keeps the record of when)
    let done = step(r, 'accept', { acceptedOn: '2026-11-03', noticeOn: '2026-11-03' });
    done = step(done, 'reply', {
      repliedOn: '2026-11-20',
      servedOn: '2026-11-23',
      outcome: 'support',
      basis: '依据',
    });
    expect(clock(done, 'assigned')).toBeUndefined();
    expect(clock(done, 'handling')).toMatchObject({ state: 'done', late: false, doneOn: '2026-11-23' });
  });

  it('handling: 60 days from acceptance, one extension of at most 30', () => {
    let r = create({ receivedOn: '2026-08-03', origin: 'direct' });
    r = step(r, 'accept', { acceptedOn: '2026-08-05', noticeOn: '2026-08-06' });
    // 08-05 + 60 = 10-04, inside 国庆 (10-01…07): moved to 10-08
    expect(clock(r, 'handling', '2026-08-05')?.due).toBe('2026-10-08');
    r = step(r, 'extend', { days: 30, reason: '情况复杂', extensionNoticeOn: '2026-09-30' }, LEADER);
    // 08-05 + 90 = 11-03 (Tue)
    expect(clock(r, 'handling', '2026-10-09')?.due).toBe('2026-11-03');
    const again = plan(r, 'extend', { days: 1, reason: '再延', extensionNoticeOn: '2026-10-10' }, LEADER);
    expect(again.ok).toBe(false);
  });

  it('classes items as 建议意见、检举控告、申诉求决 (第三十一条)', () => {
    const nature = petition.fields.find((f) => f.key === 'nature');
    expect(nature && 'options' in nature ? nature.options.map((o) => o.label) : []).toEqual([
      '建议意见',
      '检举控告',
      '申诉求决',
    ]);
    const bad = validateRecord(
      petition,
      { ...BASE, receivedOn: '2026-11-02', origin: 'direct', nature: 'complaint' },
      { today: TODAY },
    );
    expect(bad.issues.map((i) => i.field)).toEqual(['nature']);
  });

  it('复查 and 复核 are recorded, but the township runs no clock for them and nothing awaits it', () => {
    let r = create({ receivedOn: '2026-01-05', origin: 'direct' });
    r = step(r, 'accept', { acceptedOn: '2026-01-08', noticeOn: '2026-01-09' });
    r = step(r, 'reply', {
      repliedOn: '2026-02-10',
      servedOn: '2026-02-12',
      outcome: 'reject',
      basis: '依据',
    });
    r = step(r, 'review_request', { reviewRequestedOn: '2026-03-02' });
    expect(r.state).toBe('review');
    // long after any 30-day period: no clock is open, so nothing can show overdue in 待办
    expect(clocks(r, '2026-11-30').filter((c) => c.state !== 'done')).toEqual([]);
    expect(petition.states.find((s) => s.key === 'review')?.awaits).toBeUndefined();
    r = step(r, 'review_answer', { reviewAnsweredOn: '2026-03-30', reviewOutcome: 'upheld' });
    r = step(r, 'recheck_request', { recheckRequestedOn: '2026-04-20' });
    expect(clocks(r, '2026-11-30').filter((c) => c.state !== 'done')).toEqual([]);
    expect(petition.states.find((s) => s.key === 'recheck')?.awaits).toBeUndefined();
    r = step(r, 'recheck_answer', { recheckAnsweredOn: '2026-05-20', recheckNote: '维持' });
    expect(r.state).toBe('final');
    expect(petition.clocks.map((c) => c.key)).toEqual(['notice', 'objection', 'assigned', 'handling']);
  });
});
