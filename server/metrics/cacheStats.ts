/**
 * Hits and misses of the process's in-memory caches, for `/metrics` (issue 14 §5). Counted per
 * process, like the caches themselves: several instances each report their own.
 */
export type CacheName = 'session' | 'indicator' | 'public_enforcement';

const counts: Record<CacheName, { hit: number; miss: number }> = {
  session: { hit: 0, miss: 0 },
  indicator: { hit: 0, miss: 0 },
  public_enforcement: { hit: 0, miss: 0 },
};

export function countCache(name: CacheName, hit: boolean): void {
  counts[name][hit ? 'hit' : 'miss']++;
}

/** A copy of the counters since the process started. */
export function cacheCounts(): Record<CacheName, { hit: number; miss: number }> {
  return structuredClone(counts);
}
