import { formatDay, parseDay } from '../../core/calendar/dates';

/**
 * Seeded randomness and day arithmetic shared by the demo generators: the same seed gives the
 * same demo county, and townships given one seed still differ (their name is mixed in).
 */

export { mulberry32 } from '../../core/random';

/** FNV-1a of a text; `basis` lets two generators draw different streams from one name. */
export function hashText(s: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class Rng {
  constructor(private readonly next: () => number) {}
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    const total = list.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    return (list.at(-1) as readonly [T, number])[0];
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** `n` distinct items. */
  some<T>(list: readonly T[], n: number): T[] {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0] as T);
    return out;
  }
}

export const addDays = (d: string, n: number): string => formatDay(parseDay(d) + n);
