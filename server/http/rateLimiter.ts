/**
 * A fixed-window counter per key (an IP), in this process's memory. Enough for the public
 * intake page of a township; behind several instances each counts on its own (docs/scale.md).
 */
export class RateLimiter {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; false when the key has used up its window. */
  take(key: string, nowMs: number): boolean {
    const h = this.hits.get(key);
    if (!h || nowMs - h.windowStart >= this.windowMs) {
      this.hits.set(key, { windowStart: nowMs, count: 1 });
      if (this.hits.size > 10_000) this.sweep(nowMs);
      return true;
    }
    if (h.count >= this.limit) return false;
    h.count++;
    return true;
  }

  private sweep(nowMs: number): void {
    for (const [k, h] of this.hits) if (nowMs - h.windowStart >= this.windowMs) this.hits.delete(k);
  }
}
