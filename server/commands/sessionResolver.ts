import { AppError } from '../../core/errors';
import type { Actor } from '../../core/policy';
import type { Role } from '../../core/roles';
import { type SessionCache, sessionCache } from '../auth/sessionCache';
import type { Db } from '../db/client';
import { sha256Hex } from '../lib/hash';
import { countCache } from '../metrics/cacheStats';
import { appendAudit } from '../repositories/auditRepo';
import { deleteSession, findSession, type SessionWithUser, touchSession } from '../repositories/sessionsRepo';

/** last_seen is written at most this often: a write per request would halve throughput for no gain. */
const TOUCH_EVERY_MS = 60_000;

export interface ResolvedSession {
  tokenHash: string;
  actor: Actor;
  session: SessionWithUser;
}

/** Turns a cookie token into the acting user, enforcing the idle and absolute timeouts. */
export async function sessionResolver(
  db: Db,
  token: string,
  now: Date,
  idleMinutes: number,
  cache: SessionCache = sessionCache,
): Promise<ResolvedSession> {
  const tokenHash = sha256Hex(token);
  const cached = cache.get(tokenHash, now.getTime());
  countCache('session', cached !== undefined);
  const s = cached ?? (await findSession(db, tokenHash));
  if (!s) throw new AppError('UNAUTHENTICATED');
  const idleMs = now.getTime() - s.lastSeenAt.getTime();
  if (idleMs > idleMinutes * 60_000 || now > s.expiresAt || s.user.status !== 'active') {
    cache.evictToken(tokenHash);
    await deleteSession(db, tokenHash);
    throw new AppError(s.user.status !== 'active' ? 'ACCOUNT_DISABLED' : 'SESSION_EXPIRED');
  }
  if (idleMs > TOUCH_EVERY_MS) {
    await touchSession(db, tokenHash, now);
    s.lastSeenAt = now;
  }
  // cached only after a database read, so the entry's age is the age of what it knows (issue 14 §2)
  if (!cached) cache.set(tokenHash, s, now.getTime());
  return {
    tokenHash,
    session: s,
    actor: { id: s.user.id, role: s.user.role as Role, unitId: s.unit.id, unitPath: s.unit.path },
  };
}

export async function sessionCloser(
  db: Db,
  r: ResolvedSession,
  now: Date,
  cache: SessionCache = sessionCache,
): Promise<void> {
  cache.evictToken(r.tokenHash);
  await db.transaction(async (tx) => {
    await deleteSession(tx, r.tokenHash);
    await appendAudit(tx, {
      unitId: r.actor.unitId,
      actorId: r.actor.id,
      action: 'auth.logout',
      entity: 'user',
      entityId: r.actor.id,
      at: now,
    });
  });
}
