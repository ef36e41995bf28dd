import type { Db } from '../../db/client';
import { countCache } from '../../metrics/cacheStats';

/**
 * Figures kept in memory while the ledger versions they were read under are unchanged. Every
 * write bumps the version of the unit and year of the records it touches, in the same transaction
 * (a trigger, migration 0007), and figures for periods up to a year read records dated up to then:
 * so a figure is never stale, on any instance, while closed years and units nobody wrote to are
 * not scanned again. Versions are read before records: an entry may be newer than its version
 * (then recomputed once), never older. Kept per database, as tests open several; least recently
 * used first, as a Map keeps insertion order.
 */
const CACHE_LIMIT = 3000; // entries; one unit's figures take about 10 KB
const caches = new WeakMap<Db, Map<string, { version: string; value: unknown }>>();

export function cached<T>(db: Db, key: string, version: string): T | undefined {
  const cache = caches.get(db);
  const hit = cache?.get(key);
  if (!cache || !hit || hit.version !== version) {
    countCache('indicator', false);
    return undefined;
  }
  countCache('indicator', true);
  cache.delete(key);
  cache.set(key, hit);
  return hit.value as T;
}

export function keep(db: Db, key: string, version: string, value: unknown): void {
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  cache.delete(key);
  cache.set(key, { version, value });
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_LIMIT) break;
    cache.delete(oldest);
  }
}
