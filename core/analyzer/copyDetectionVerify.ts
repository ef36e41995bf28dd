import { type Normalised, SHINGLE } from './copyDetectionText';

/**
 * Verification of candidate matches on the characters themselves: a shared shingle
 * is extended to the maximal exact match around it (a segment), and segments that
 * follow each other in both reports with only a small gap — a substituted unit name,
 * a changed figure — are chained into one passage.
 */
export interface Segment {
  a: number;
  b: number;
  len: number;
}

export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters matched exactly, not counting boilerplate ones. */
  matched: number;
}

/** Exact matches shorter than this are coincidences of common words, not copying. */
export const MIN_SEGMENT = 8;
/** Largest edit bridged inside one passage (a substituted name or number), in normalised characters. */
export const MAX_GAP = 12;

/** Segments found so far for one pair of reports, indexed by diagonal (a − b) to skip seeds already inside one. */
export class SegmentSet {
  private readonly byDiagonal = new Map<number, Segment[]>();
  /** Seeds already extended without giving a segment (too short or a collision), so box seeding does not redo them. */
  private readonly tried = new Set<number>();
  readonly all: Segment[] = [];

  /** Extends the seed at (i, j) unless it is already covered; returns nothing, records the segment. */
  seed(A: Normalised, B: Normalised, i: number, j: number): void {
    const diagonal = i - j;
    const list = this.byDiagonal.get(diagonal);
    if (list?.some((s) => i >= s.a && i < s.a + s.len)) return;
    const key = diagonal * 0x4000000 + i;
    if (this.tried.has(key)) return;
    const seg = extend(A, B, i, j);
    if (!seg || seg.len < MIN_SEGMENT) {
      this.tried.add(key);
      return;
    }
    if (list) list.push(seg);
    else this.byDiagonal.set(diagonal, [seg]);
    this.all.push(seg);
  }
}

function extend(A: Normalised, B: Normalised, i: number, j: number): Segment | null {
  const a = A.chars;
  const b = B.chars;
  for (let k = 0; k < SHINGLE; k++) if (a[i + k] !== b[j + k]) return null; // a hash collision
  let s = 0;
  while (i - s - 1 >= 0 && j - s - 1 >= 0 && a[i - s - 1] === b[j - s - 1]) s++;
  let e = SHINGLE;
  while (i + e < A.length && j + e < B.length && a[i + e] === b[j + e]) e++;
  return { a: i - s, b: j - s, len: s + e };
}

/**
 * Chains segments into passages and keeps those with at least `minLength` matched
 * non-boilerplate characters. `boilerA` flags shingles of report A in boilerplate chunks.
 */
export function chainSegments(segments: Segment[], boilerA: Uint8Array, minLength: number): Passage[] {
  const sorted = [...segments].sort((x, y) => x.a - y.a || x.b - y.b);
  const open: Passage[] = [];
  const lastShingle = boilerA.length - 1;
  const isBoiler = (p: number) => lastShingle >= 0 && boilerA[Math.min(p, lastShingle)] === 1;
  for (const seg of sorted) {
    const segEndA = seg.a + seg.len;
    const segEndB = seg.b + seg.len;
    const p = findChain(open, seg);
    const from = p ? Math.max(seg.a, p.aEnd) : seg.a;
    let matched = 0;
    for (let x = from; x < segEndA; x++) if (!isBoiler(x)) matched++;
    if (p) {
      p.aEnd = Math.max(p.aEnd, segEndA);
      p.bEnd = Math.max(p.bEnd, segEndB);
      p.matched += matched;
    } else {
      open.push({ aStart: seg.a, aEnd: segEndA, bStart: seg.b, bEnd: segEndB, matched });
    }
  }
  return open.filter((p) => p.matched >= minLength);
}

/** A passage this segment continues: it starts just after (or overlapping the end of) the passage in both reports. */
function findChain(open: Passage[], seg: Segment): Passage | undefined {
  for (let k = open.length - 1; k >= 0; k--) {
    const p = open[k];
    if (!p) continue;
    const gapA = seg.a - p.aEnd;
    const gapB = seg.b - p.bEnd;
    if (
      gapA >= -SHINGLE &&
      gapA <= MAX_GAP &&
      gapB >= -SHINGLE &&
      gapB <= MAX_GAP &&
      seg.a + seg.len > p.aEnd
    ) {
      return p;
    }
  }
  return undefined;
}

/** Longest common substring of two short arrays by walking every diagonal; stops early at `enough`. */
export function longestCommonRun(
  a: Uint16Array,
  n: number,
  b: Uint16Array,
  m: number,
  enough: number,
): number {
  let best = 0;
  for (let d = -(m - 1); d < n; d++) {
    let run = 0;
    for (let i = Math.max(0, d); i < n && i - d < m; i++) {
      if (a[i] === b[i - d]) {
        run++;
        if (run > best) {
          best = run;
          if (best >= enough) return best;
        }
      } else run = 0;
    }
  }
  return best;
}

/** Seeds every shared non-boilerplate shingle with i in [a0, a1) of A and j in [b0, b1) of B. */
export function seedBox(
  set: SegmentSet,
  A: { norm: Normalised; shingles: Uint32Array; boiler: Uint8Array },
  B: { norm: Normalised; shingles: Uint32Array; boiler: Uint8Array },
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): void {
  const i0 = Math.max(0, a0);
  const i1 = Math.min(A.shingles.length, a1);
  const j0 = Math.max(0, b0);
  const j1 = Math.min(B.shingles.length, b1);
  for (let i = i0; i < i1; i++) {
    if (A.boiler[i] === 1) continue;
    const h = A.shingles[i];
    for (let j = j0; j < j1; j++) {
      if (B.shingles[j] === h && B.boiler[j] !== 1) set.seed(A.norm, B.norm, i, j);
    }
  }
}

/** Slack beyond the chaining gap when looking for neighbouring segments (a seed may sit on boilerplate). */
const SLACK = 8;

/**
 * Completes the segments found from fingerprint hits with every segment that could
 * chain to them: after each segment's end and before its start, within the largest
 * gap chainSegments bridges, all shared shingles are seeded — and so on from the
 * segments that finds. The result chains exactly as a whole-report comparison would
 * around those hits.
 */
export function growSegments(
  set: SegmentSet,
  A: { norm: Normalised; shingles: Uint32Array; boiler: Uint8Array },
  B: { norm: Normalised; shingles: Uint32Array; boiler: Uint8Array },
): void {
  for (let k = 0; k < set.all.length && k < 10_000; k++) {
    const s = set.all[k] as Segment;
    const aEnd = s.a + s.len;
    const bEnd = s.b + s.len;
    seedBox(set, A, B, aEnd - SHINGLE, aEnd + MAX_GAP + SLACK, bEnd - SHINGLE, bEnd + MAX_GAP + SLACK);
    const back = MAX_GAP + SHINGLE + SLACK;
    seedBox(set, A, B, s.a - back, s.a + 1, s.b - back, s.b + 1);
  }
}
