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
  readonly all: Segment[] = [];

  /** Extends the seed at (i, j) unless it is already covered; returns nothing, records the segment. */
  seed(A: Normalised, B: Normalised, i: number, j: number): void {
    const diagonal = i - j;
    const list = this.byDiagonal.get(diagonal);
    if (list?.some((s) => i >= s.a && i < s.a + s.len)) return;
    const seg = extend(A, B, i, j);
    if (!seg || seg.len < MIN_SEGMENT) return;
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
