import crypto from 'node:crypto';
import { AppError } from '../../core/errors';
import { DUMMY_HASH, verifyPassword } from '../auth/password';
import type { Db } from '../db/client';
import { sha256Hex } from '../lib/hash';
import { appendAudit } from '../repositories/auditRepo';
import { insertSession } from '../repositories/sessionsRepo';
import { findUserByUsername, setLoginState } from '../repositories/usersRepo';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

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
 * Checks the password and opens a session. Five failures in a row lock the
 * account for 15 minutes; the hash check runs outside the transaction because
 * scrypt is slow and PGlite serialises everything.
 */
export async function sessionOpener(p: LoginProps) {
  const found = await findUserByUsername(p.db, p.username);
  if (!found) {
    await verifyPassword(p.password, DUMMY_HASH);
    throw new AppError('BAD_CREDENTIALS');
  }
  const { user } = found;
  if (user.lockedUntil && user.lockedUntil > p.now) throw new AppError('ACCOUNT_LOCKED');
  const ok = await verifyPassword(p.password, user.passwordHash);
  const audit = { unitId: user.unitId, actorId: user.id, entity: 'user', entityId: user.id, at: p.now };
  if (!ok) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    const lockedUntil = lock ? new Date(p.now.getTime() + LOCK_MINUTES * 60_000) : null;
    await p.db.transaction(async (tx) => {
      await setLoginState(tx, user.id, { failedLogins: lock ? 0 : failed, lockedUntil });
      await appendAudit(tx, {
        ...audit,
        action: 'auth.login_failed',
        after: { failedLogins: failed, lockedUntil, ip: p.ip ?? null },
      });
    });
    throw new AppError(lock ? 'ACCOUNT_LOCKED' : 'BAD_CREDENTIALS');
  }
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
