import { describe, expect, it } from 'vitest';
import { afterTry, isBlocked, PAIR_RULE, retryAfterSeconds, type ThrottleState } from './loginThrottle';

const t0 = new Date('2026-11-25T02:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe('login throttle', () => {
  it('lets five tries through, then waits 1, 2, 4 … minutes, capped at 15', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) {
      s = afterTry(s, PAIR_RULE, t0);
      expect(s.blockedUntil).toBeNull();
    }
    s = afterTry(s, PAIR_RULE, t0);
    expect(s.failures).toBe(5);
    expect(s.blockedUntil).toEqual(at(60));
    expect(isBlocked(s, at(59))).toBe(true);
    expect(isBlocked(s, at(60))).toBe(false);
    s = afterTry(s, PAIR_RULE, at(60));
    expect(s.blockedUntil).toEqual(at(180));
    for (let i = 0; i < 10; i++) s = afterTry(s, PAIR_RULE, t0);
    expect(s.blockedUntil).toEqual(at(900));
  });

  it('forgets failures after a quiet day', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) s = afterTry(s, PAIR_RULE, t0);
    s = afterTry(s, PAIR_RULE, at(25 * 3600));
    expect(s.failures).toBe(1);
    expect(s.blockedUntil).toBeNull();
  });

  it('reports the longest remaining wait in whole seconds', () => {
    const s = (sec: number): ThrottleState => ({ failures: 9, blockedUntil: at(sec), updatedAt: t0 });
    expect(retryAfterSeconds([undefined, s(30.2), s(10)], t0)).toBe(31);
    expect(retryAfterSeconds([s(-5)], t0)).toBe(0);
  });
});
