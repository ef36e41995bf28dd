import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar';
import { enforcementCase } from './kinds/enforcementCase';
import { decideGuard, decidePrecheck } from './kinds/enforcementGuards';
import type { GuardInput } from './types';
import { precheckAction, type RecordState } from './workflow';

const calendar = new WorkCalendar();
const LEADER = { role: 'township_leader' as const, actorId: 'leader-1' };

// notified on Mon 2026-11-23: the default 3-working-day statement period ends Thu 11-26
const notified: RecordState = {
  state: 'notified',
  data: { procedure: 'ordinary', noticeOn: '2026-11-23', partyType: 'person' },
  events: [{ action: 'notify', on: '2026-11-23', payload: {} }],
};

const check = (r: RecordState, today: string) =>
  precheckAction(enforcementCase, r, 'decide', LEADER, { today, calendar });

describe('precheck of a step with fields (issue 15 §3)', () => {
  it('作出决定 is blocked while the statement period runs past today, whatever the form would hold', () => {
    const reason = check(notified, '2026-11-24');
    expect(reason).toContain('当事人陈述、申辩的期限尚未届满');
    expect(reason).toContain('2026年11月26日');
    // sound: the full guard refuses every decision date the form allows (today at the latest)
    const g: GuardInput = {
      ...notified,
      payload: { decidedOn: '2026-11-24' },
      today: '2026-11-24',
      refs: () => [],
      settings: {},
      calendar,
    };
    expect(decideGuard(g)).toBe(reason);
    expect(decidePrecheck({ ...g, payload: {} })).toBe(reason);
  });

  it('lets the step open once the period has passed, or once the party was heard', () => {
    expect(check(notified, '2026-11-27')).toBeNull();
    const heard = {
      ...notified,
      events: [...notified.events, { action: 'record_statement', on: '2026-11-24', payload: {} }],
    };
    expect(check(heard, '2026-11-24')).toBeNull();
  });

  it('blocks an ordinary case not yet notified; leaves 简易程序 to the guard on the step', () => {
    const filed: RecordState = { state: 'filed', data: { procedure: 'ordinary' }, events: [] };
    expect(check(filed, '2026-11-24')).toBe('普通程序案件须先调查取证并告知当事人，才能作出决定');
    expect(check({ ...filed, data: { procedure: 'simple' } }, '2026-11-24')).toBeNull();
  });

  it('a step with fields and no declared precheck is never blocked in advance', () => {
    expect(
      precheckAction(enforcementCase, notified, 'submit_review', LEADER, { today: '2026-11-24', calendar }),
    ).toBeNull();
  });
});
