import crypto from 'node:crypto';
import {
  ACCOUNT_RULE,
  afterTry,
  isBlocked,
  PAIR_RULE,
  retryAfterSeconds,
  SOURCE_RULE,
  type ThrottleRule,
  type ThrottleState,
} from '../../core/auth/loginThrottle';
import { AppError } from '../../core/errors';
import { dummyHash, verifyPassword } from '../auth/password';
import type { Db } from '../db/client';
import { sha256Hex } from '../lib/hash';
import { appendAudit } from '../repositories/auditRepo';
import {
  clearThrottleKeys,
  lockThrottleKeys,
  saveThrottleState,
  throttleKeys,
} from '../repositories/loginThrottleRepo';
import { insertSession } from '../repositories/sessionsRepo';
import { findUserByUsername, setLoginState } from '../repositories/usersRepo';

export interface LoginProps {
  db: Db;
  username: string;
  password: string;
  now: Date;
  maxHours: number;
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * Counts the try against every key before the password is checked, under a row lock: of sixty
 * parallel guesses only the first five reach scrypt, the rest are turned away (issue 14 §1.2).
 * A blocked key answers 429 the same way for a name that exists and one that does not, before
 * the user is even looked up, so neither the answer nor its time tells them apart (§1.3).
 */
async function countTry(db: Db, username: string, ip: string | undefined, now: Date) {
  const keys = throttleKeys(username, ip);
  const rules: [string, ThrottleRule][] = [
    [keys.pair, PAIR_RULE],
    [keys.account, ACCOUNT_RULE],
    [keys.source, SOURCE_RULE],
  ];
  let account: ThrottleState | undefined;
  await db.transaction(async (tx) => {
    const states = await lockThrottleKeys(tx, Object.values(keys), now);
    const current = rules.map(([k]) => states.get(k));
    if (current.some((s) => isBlocked(s, now))) {
      const wait = retryAfterSeconds(current, now);
      throw new AppError('LOGIN_THROTTLED', {
        detail: `登录尝试过于频繁，请${Math.max(1, Math.ceil(wait / 60))}分钟后再试`,
        extra: { retryAfterSeconds: wait },
      });
    }
    for (const [k, rule] of rules) {
      const next = afterTry(states.get(k), rule, now);
      if (k === keys.account) account = next;
      await saveThrottleState(tx, k, next);
    }
  });
  return { keys, account };
}

/**
 * A refused password is answered no sooner than this after the request began, whether the name
 * exists or not: an existing user's failure also writes its count and audit record, which made it
 * measurably slower (bench/login-timing.ts). 100 ms is above both paths on a loaded machine.
 */
const FAILURE_FLOOR_MS = 100;

async function refuseAfterFloor(startedAt: number): Promise<never> {
  const wait = FAILURE_FLOOR_MS - (performance.now() - startedAt);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  throw new AppError('BAD_CREDENTIALS');
}

/** Checks the password and opens a session; the hash check runs outside any transaction because scrypt is slow and PGlite serialises everything. */
export async function sessionOpener(p: LoginProps) {
  const startedAt = performance.now(); // elapsed time for the answer floor, not the date
  const { keys, account } = await countTry(p.db, p.username, p.ip, p.now);
  const found = await findUserByUsername(p.db, p.username);
  if (!found) {
    await verifyPassword(p.password, await dummyHash());
    return refuseAfterFloor(startedAt);
  }
  const { user } = found;
  const ok = await verifyPassword(p.password, user.passwordHash);
  const audit = { unitId: user.unitId, actorId: user.id, entity: 'user', entityId: user.id, at: p.now };
  if (!ok) {
    await p.db.transaction(async (tx) => {
      // the account-wide count and wait, shown to administrators as 连续失败次数 / 锁定至
      await setLoginState(tx, user.id, {
        failedLogins: account?.failures ?? 0,
        lockedUntil: account?.blockedUntil ?? null,
      });
      await appendAudit(tx, { ...audit, action: 'auth.login_failed', after: { ip: p.ip ?? null } });
    });
    return refuseAfterFloor(startedAt);
  }
  // the try proved the password: it no longer counts against this account (the source keeps its count)
  await clearThrottleKeys(p.db, [keys.pair, keys.account]);
  if (user.status !== 'active') throw new AppError('ACCOUNT_DISABLED');
  const token = crypto.randomBytes(32).toString('base64url');
  await p.db.transaction(async (tx) => {
    await setLoginState(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: p.now });
    await insertSession(tx, {
      tokenHash: sha256Hex(token),
      userId: user.id,
      unitId: user.unitId,
      createdAt: p.now,
      lastSeenAt: p.now,
      expiresAt: new Date(p.now.getTime() + p.maxHours * 3_600_000),
      ip: p.ip ?? null,
      userAgent: p.userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(tx, { ...audit, action: 'auth.login', after: { ip: p.ip ?? null } });
  });
  return { token, userId: user.id };
}
