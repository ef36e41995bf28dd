import type { SessionWithUser } from '../repositories/sessionsRepo';

/**
 * Resolved sessions kept for a few seconds so that most requests need no
 * database round trip. Revocations made by this process (logout, disabling a
 * user, password reset) evict at once; on a multi-instance PostgreSQL
 * deployment another instance may honour a revoked session for up to TTL_MS.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  session: SessionWithUser;
  cachedAt: number;
}

const byToken = new Map<string, Entry>();

export const sessionCache = {
  get(tokenHash: string, nowMs: number): SessionWithUser | undefined {
    const e = byToken.get(tokenHash);
    if (!e) return undefined;
    if (nowMs - e.cachedAt > TTL_MS || nowMs < e.cachedAt) {
      byToken.delete(tokenHash);
      return undefined;
    }
    return e.session;
  },
  set(tokenHash: string, session: SessionWithUser, nowMs: number): void {
    if (byToken.size >= MAX_ENTRIES) byToken.clear(); // crude but bounded; misses only cost a query
    byToken.set(tokenHash, { session, cachedAt: nowMs });
  },
  evictToken(tokenHash: string): void {
    byToken.delete(tokenHash);
  },
  evictUser(userId: string): void {
    for (const [k, e] of byToken) if (e.session.user.id === userId) byToken.delete(k);
  },
};
