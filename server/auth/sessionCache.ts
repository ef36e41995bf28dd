import type { SessionWithUser } from '../repositories/sessionsRepo';

/**
 * Resolved sessions kept for a few seconds so that most requests need no database round trip.
 * An entry is written only right after a database read and never renewed by a hit, so it is at
 * most TTL_MS old: a revocation made on another instance of a multi-instance PostgreSQL
 * deployment (logout, disabled user, password reset) is honoured here within TTL_MS. Before
 * issue 14 §2 every hit rewrote the entry, so a session used every few seconds never re-read the
 * database and a revocation elsewhere never took effect. Revocations made by this process evict
 * at once.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  session: SessionWithUser;
  cachedAt: number;
}

export interface SessionCache {
  get(tokenHash: string, nowMs: number): SessionWithUser | undefined;
  /** Only for a session just read from the database: `nowMs` is the time of that read. */
  set(tokenHash: string, session: SessionWithUser, nowMs: number): void;
  evictToken(tokenHash: string): void;
  evictUser(userId: string): void;
}

export function createSessionCache(ttlMs = SESSION_CACHE_TTL_MS): SessionCache {
  const byToken = new Map<string, Entry>();
  return {
    get(tokenHash, nowMs) {
      const e = byToken.get(tokenHash);
      if (!e) return undefined;
      if (nowMs - e.cachedAt > ttlMs || nowMs < e.cachedAt) {
        byToken.delete(tokenHash);
        return undefined;
      }
      return e.session;
    },
    set(tokenHash, session, nowMs) {
      if (byToken.size >= MAX_ENTRIES) byToken.clear(); // crude but bounded; misses only cost a query
      byToken.set(tokenHash, { session, cachedAt: nowMs });
    },
    evictToken(tokenHash) {
      byToken.delete(tokenHash);
    },
    evictUser(userId) {
      for (const [k, e] of byToken) if (e.session.user.id === userId) byToken.delete(k);
    },
  };
}

/** This process's cache, which the commands that revoke sessions evict from. */
export const sessionCache = createSessionCache();

/**
 * No cache: every request reads its session from the database (FAZHI_SESSION_CACHE=off), so a
 * revocation on another instance takes effect at the next request instead of within TTL_MS, at
 * one statement per request. `bench/me.mjs` measures both.
 */
export const noSessionCache: SessionCache = {
  get: () => undefined,
  set() {},
  evictToken() {},
  evictUser() {},
};
