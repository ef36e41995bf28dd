/**
 * Login throttling with backoff (issue 14 §1.2/§1.3). Pure: state in, state out; the server keeps
 * the state in the database and changes it under a row lock, so parallel guesses are counted one
 * by one and only a handful of them ever reach the password check.
 *
 * Three counters, each a key: the account seen from one source (the strict one), the account seen
 * from everywhere, and the source over all accounts. A key that reaches its threshold waits,
 * first `baseSeconds`, then twice as long after every further failure, up to `maxSeconds`. No key
 * locks an account for good: a stranger guessing at `admin` from one address throttles only that
 * address's tries at `admin`; the account-wide key has a high threshold and short waits, so the
 * real admin can always get in within a few minutes. Keys are built from the name as typed, so a
 * name that exists and one that does not are throttled, answered and timed alike.
 *
 * The figures are not from any statute; they follow OWASP's Authentication Cheat Sheet
 * ("account lockout … exponential backoff", "lockout by source and account") and are constants
 * here with the reason for each.
 */
export interface ThrottleRule {
  /** Failures (counted when a check starts, so parallel tries count) before the first wait. */
  threshold: number;
  baseSeconds: number;
  maxSeconds: number;
}

/** One account from one source: five tries, then 1, 2, 4, 8, 15 minutes between tries. */
export const PAIR_RULE: ThrottleRule = { threshold: 5, baseSeconds: 60, maxSeconds: 900 };
/** One account from all sources: a spread-out guesser slows to one try in 5 minutes after 20 misses. */
export const ACCOUNT_RULE: ThrottleRule = { threshold: 20, baseSeconds: 30, maxSeconds: 300 };
/** One source over all accounts: generous, since a township office shares one address behind NAT. */
export const SOURCE_RULE: ThrottleRule = { threshold: 50, baseSeconds: 60, maxSeconds: 900 };

/** Failures older than this are forgotten: four typos spread over a month do not add up to a wait. */
export const FORGET_AFTER_MS = 24 * 3_600_000;

export interface ThrottleState {
  failures: number;
  blockedUntil: Date | null;
  updatedAt: Date;
}

export function isBlocked(s: ThrottleState | undefined, now: Date): boolean {
  return Boolean(s?.blockedUntil && s.blockedUntil > now);
}

/** The state after one more try begins: counted now, so a burst of parallel tries cannot slip past. */
export function afterTry(s: ThrottleState | undefined, rule: ThrottleRule, now: Date): ThrottleState {
  const fresh = !s || now.getTime() - s.updatedAt.getTime() > FORGET_AFTER_MS;
  const failures = (fresh ? 0 : s.failures) + 1;
  const over = failures - rule.threshold;
  const blockedUntil =
    over >= 0
      ? new Date(now.getTime() + Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** over) * 1000)
      : null;
  return { failures, blockedUntil, updatedAt: now };
}

/** Seconds until every blocked key is free again (0 when none is). */
export function retryAfterSeconds(states: (ThrottleState | undefined)[], now: Date): number {
  let until = now.getTime();
  for (const s of states)
    if (s?.blockedUntil && s.blockedUntil.getTime() > until) until = s.blockedUntil.getTime();
  return Math.ceil((until - now.getTime()) / 1000);
}
