import type { HashSet32 } from './fingerprintGroups';
import * as text from './normaliseText';
import * as minHash from './winnowing';

// Module-local copies: in CommonJS builds an imported binding is a getter on the other
// module's exports, read on every use.
const GRAM = minHash.GRAM;
const GRAM_BASE = minHash.GRAM_BASE;
const GRAM_POW = minHash.GRAM_POW;
const mix32 = text.mix32;

/**
 * Verification of candidate matches on the characters themselves. Segments are the
 * maximal exact matches of at least MIN_SEGMENT characters; segments that follow each
 * other in both reports with only a small gap — a substituted unit name, a changed
 * figure — are chained into one passage. A passage is a copy when
 * - it holds at least minLength characters (of the first report) that are not common
 *   wording: characters covered by a gram whose hash is a common fingerprint (see
 *   COMMON_SHARE) do not count, and are trimmed off the passage's ends;
 * - and it holds evidence: a gram both reports selected as a fingerprint that is rare
 *   in the batch (an anchor), inside the passage in both reports.
 * findCopies finds segments from its candidate hits and grows them; the all-pairs
 * reference finds every segment of every pair; both chain and judge them here.
 *
 * Positions are indices into the batch's character store (CharStore), so nothing is
 * copied or normalised again; passages are turned into report offsets by the caller.
 */
export interface Passage {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Characters matched exactly, common wording not counted. */
  matched: number;
}

/** Exact matches shorter than this are coincidences of common words, not copying. */
export const MIN_SEGMENT = 8;
/** Largest edit bridged inside one passage (a substituted name or number), in normalised characters. */
export const MAX_GAP = 12;
/** How far beyond its gram a common fingerprint trims a passage's ends (see commonMask). */
const REACH = minHash.WINNOW - 1;
/** commonMask's flags. */
const COVERED = 1;
const NEAR = 2;
/** Characters compared before a seed is extended. */
const SEED = 5;
/** Slack beyond the chaining gap when looking for neighbouring segments. */
const SLACK = 8;
/** Length of the grams seedBox indexes (a power of two, at most (MIN_SEGMENT + 1) / 2). */
const QUAD = 4;
/** Buckets (a mask) of seedBox's index. */
const BUCKETS = 255;
/** Most segments grown for one pair of reports. */
const MAX_SEGMENTS = 10_000;
/** log2 of the buckets of the index of segments by diagonal (seed's look-up). */
const DIAGONAL_BITS = 10;

/**
 * The segments of one pair of reports, A = chars[a0, a1) and B = chars[b0, b1) of the
 * store, and the passages they chain into. One instance serves every pair (reset).
 */
export class PairVerifier {
  private a0 = 0;
  private a1 = 0;
  private b0 = 0;
  private b1 = 0;
  private segA = new Int32Array(64);
  private segB = new Int32Array(64);
  private segLen = new Int32Array(64);
  count = 0;
  private mask = new Uint8Array(1024);
  /**
   * seedBox's index of A's grams: the latest per bucket (valid when its stamp is the
   * box's), then the previous one of the same bucket; each gram's characters, packed.
   */
  private readonly head = new Int32Array(BUCKETS + 1);
  private readonly stamps = new Uint32Array(BUCKETS + 1);
  private stamp = 0;
  private readonly next = new Int32Array(64);
  private readonly gram = new Int32Array(64);
  private readonly gram2 = new Int32Array(64);
  /**
   * The segments by diagonal (a − b), so seed finds the one that may hold it without
   * walking them all: the latest per bucket (valid when its stamp is the pair's), then
   * the previous one of the same bucket.
   */
  private readonly diagHead = new Int32Array(1 << DIAGONAL_BITS);
  private readonly diagStamps = new Uint32Array(1 << DIAGONAL_BITS);
  private diagStamp = 0;
  private diagNext = new Int32Array(64);

  constructor(
    private readonly chars: Uint16Array,
    private readonly common: HashSet32,
  ) {}

  reset(a0: number, a1: number, b0: number, b1: number): void {
    this.a0 = a0;
    this.a1 = a1;
    this.b0 = b0;
    this.b1 = b1;
    this.count = 0;
    this.diagStamp = (this.diagStamp + 1) >>> 0;
    if (this.diagStamp === 0) this.diagStamps.fill(0); // wrapped: no bucket may look current
  }

  /** Extends the seed at (i, j) to its maximal exact match unless a segment already holds it; keeps it if long enough. */
  seed(i: number, j: number): void {
    const d = i - j;
    const key = diagonalKey(d);
    if (this.diagStamps[key] === this.diagStamp) {
      for (let s = this.diagHead[key] as number; s >= 0; s = this.diagNext[s] as number) {
        const a = this.segA[s] as number;
        if (a - (this.segB[s] as number) === d && i >= a && i < a + (this.segLen[s] as number)) return;
      }
    }
    const c = this.chars;
    for (let k = 0; k < SEED; k++) if (i + k >= this.a1 || j + k >= this.b1 || c[i + k] !== c[j + k]) return;
    let s = 0;
    while (i - s - 1 >= this.a0 && j - s - 1 >= this.b0 && c[i - s - 1] === c[j - s - 1]) s++;
    let e = SEED;
    while (i + e < this.a1 && j + e < this.b1 && c[i + e] === c[j + e]) e++;
    if (s + e >= MIN_SEGMENT) this.add(i - s, j - s, s + e);
  }

  /** Records a maximal exact match (the all-pairs reference adds them directly). */
  add(a: number, b: number, len: number): void {
    if (this.count === this.segA.length) {
      const grow = (x: Int32Array) => {
        const y = new Int32Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.segA = grow(this.segA);
      this.segB = grow(this.segB);
      this.segLen = grow(this.segLen);
      this.diagNext = grow(this.diagNext);
    }
    const key = diagonalKey(a - b);
    this.diagNext[this.count] = this.diagStamps[key] === this.diagStamp ? (this.diagHead[key] as number) : -1;
    this.diagHead[key] = this.count;
    this.diagStamps[key] = this.diagStamp;
    this.segA[this.count] = a;
    this.segB[this.count] = b;
    this.segLen[this.count++] = len;
  }

  /**
   * Finds every segment (MIN_SEGMENT characters or more) starting at some (i, j) with i
   * in [i0, i1) and j in [j0, j1). Such a segment holds A's QUAD-character gram at the
   * first multiple of QUAD from i on (MIN_SEGMENT >= 2 * QUAD - 1), so only those grams
   * of A are put in a small hash table (a stamp per box stands in for clearing it), and
   * every gram of B is looked up; a match is extended and kept if long enough.
   */
  private seedBox(i0: number, i1: number, j0: number, j1: number): void {
    const lo = Math.max(this.a0, i0);
    const hi = Math.min(this.a1 - MIN_SEGMENT + 1, i1);
    const jlo = Math.max(this.b0, j0);
    const jhi = Math.min(this.b1 - MIN_SEGMENT + 1, j1);
    if (hi <= lo || jhi <= jlo) return;
    const c = this.chars;
    const head = this.head;
    const stamps = this.stamps;
    const next = this.next;
    const first = this.gram;
    const second = this.gram2;
    this.stamp = (this.stamp + 1) >>> 0;
    const stamp = this.stamp;
    if (stamp === 0) stamps.fill(0); // wrapped (after 4 billion boxes): no bucket may look current
    // A's grams at multiples of QUAD in [lo, hi + QUAD − 1): each two characters packed in an int.
    let t = 0;
    for (let p = (lo + QUAD - 1) & ~(QUAD - 1); p < hi + QUAD - 1; p += QUAD, t++) {
      const x = ((c[p] as number) << 16) | (c[p + 1] as number);
      const y = ((c[p + 2] as number) << 16) | (c[p + 3] as number);
      const key = Math.imul(x ^ Math.imul(y, 0x2c1b3c6d), 0x9e3779b1) >>> 24;
      next[t] = stamps[key] === stamp ? (head[key] as number) : -1;
      head[key] = t;
      stamps[key] = stamp;
      first[t] = x;
      second[t] = y;
    }
    const aligned = (lo + QUAD - 1) & ~(QUAD - 1);
    for (let q = jlo; q < jhi + QUAD - 1; q++) {
      const x = ((c[q] as number) << 16) | (c[q + 1] as number);
      const y = ((c[q + 2] as number) << 16) | (c[q + 3] as number);
      const key = Math.imul(x ^ Math.imul(y, 0x2c1b3c6d), 0x9e3779b1) >>> 24;
      if (stamps[key] !== stamp) continue;
      for (let u = head[key] as number; u >= 0; u = next[u] as number)
        if (first[u] === x && second[u] === y) this.seed(aligned + u * QUAD, q);
    }
  }

  /**
   * Completes the segments found so far with every segment that could chain to them:
   * after each segment's end and before its start, within the largest gap chaining
   * bridges, every matching seed is extended — and so on from the segments that finds.
   * The result chains as a whole-report comparison would around those segments.
   */
  grow(): void {
    for (let k = 0; k < this.count && k < MAX_SEGMENTS; k++) {
      const a = this.segA[k] as number;
      const b = this.segB[k] as number;
      const len = this.segLen[k] as number;
      // Segments starting up to SEED characters before its end, or up to MAX_GAP after,
      // and segments ending up to MAX_GAP before its start (or up to SEED after) — so
      // starting up to MAX_GAP + MIN_SEGMENT before it; SLACK more, as a chain's end may
      // be another segment's.
      const ahead = MAX_GAP + SLACK;
      this.seedBox(a + len - SEED, a + len + ahead, b + len - SEED, b + len + ahead);
      const back = MAX_GAP + MIN_SEGMENT + SLACK;
      this.seedBox(a - back, a + SEED - MIN_SEGMENT + 1, b - back, b + SEED - MIN_SEGMENT + 1);
    }
  }

  /**
   * Chains the segments into passages and keeps the copies (see above). An anchor is
   * hit k in [from, to): the rare gram at anchorA[k] in A and anchorB[k] in B (store
   * positions). Passages are appended to `out` in store positions. Returns whether the
   * segments were long enough together to be chained and judged at all.
   */
  passages(
    anchorA: Uint32Array,
    anchorB: Uint32Array,
    from: number,
    to: number,
    minLength: number,
    out: Passage[],
  ): boolean {
    const n = this.count;
    // A passage counts each of its characters once: all segments together must be long enough.
    let total = 0;
    for (let s = 0; s < n; s++) total += this.segLen[s] as number;
    if (total < minLength) return false;
    const segA = this.segA;
    const segB = this.segB;
    const segLen = this.segLen;
    const sorted = Array.from({ length: n }, (_, s) => s).sort(
      (x, y) => (segA[x] as number) - (segA[y] as number) || (segB[x] as number) - (segB[y] as number),
    );
    // Greedy chaining: a segment continues the latest passage it starts just after (or
    // overlapping the end of) in both reports.
    const chains: { aStart: number; aEnd: number; bStart: number; bEnd: number; segs: number[] }[] = [];
    for (const s of sorted) {
      const a = segA[s] as number;
      const b = segB[s] as number;
      const len = segLen[s] as number;
      let joined = false;
      for (let k = chains.length - 1; k >= 0; k--) {
        const p = chains[k];
        if (!p) continue;
        const gapA = a - p.aEnd;
        const gapB = b - p.bEnd;
        if (gapA >= -SEED && gapA <= MAX_GAP && gapB >= -SEED && gapB <= MAX_GAP && a + len > p.aEnd) {
          p.aEnd = Math.max(p.aEnd, a + len);
          p.bEnd = Math.max(p.bEnd, b + len);
          p.segs.push(s);
          joined = true;
          break;
        }
      }
      if (!joined) chains.push({ aStart: a, aEnd: a + len, bStart: b, bEnd: b + len, segs: [s] });
    }
    for (const p of chains) {
      if (!hasAnchor(p, anchorA, anchorB, from, to)) continue;
      const mask = this.commonMask(p.aStart, p.aEnd);
      // Matched: characters of A in the chain's segments, each once, common wording not counted.
      let matched = 0;
      let reach = p.aStart;
      for (const s of p.segs) {
        const a = segA[s] as number;
        const end = a + (segLen[s] as number);
        for (let x = Math.max(a, reach); x < end; x++) if (mask[x - p.aStart] !== COVERED) matched++;
        reach = Math.max(reach, end);
      }
      if (matched < minLength) continue;
      out.push(this.trim(p, mask, matched));
    }
    return true;
  }

  /**
   * The passage without the common wording at its ends (and what lies within REACH of
   * it): the quote starts and ends with the report's own words. Within a segment both
   * reports advance together.
   */
  private trim(
    p: { aStart: number; aEnd: number; bStart: number; bEnd: number; segs: number[] },
    mask: Uint8Array,
    matched: number,
  ): Passage {
    const segs = p.segs.map((s) => ({
      a: this.segA[s] as number,
      b: this.segB[s] as number,
      len: this.segLen[s] as number,
    }));
    const isCommon = (x: number) => mask[x - p.aStart] !== 0;
    // Front: the first segments, in order of their start.
    while (segs.length > 0) {
      const s = segs[0] as { a: number; b: number; len: number };
      let cut = 0;
      while (cut < s.len && isCommon(s.a + cut)) cut++;
      if (cut < s.len) {
        s.a += cut;
        s.b += cut;
        s.len -= cut;
        break;
      }
      segs.shift();
    }
    // Back: the segment reaching furthest in A, until it ends on a character that counts.
    while (segs.length > 0) {
      let last = 0;
      for (let k = 1; k < segs.length; k++) {
        const s = segs[k] as { a: number; len: number };
        const l = segs[last] as { a: number; len: number };
        if (s.a + s.len > l.a + l.len) last = k;
      }
      const s = segs[last] as { a: number; b: number; len: number };
      let cut = 0;
      while (cut < s.len && isCommon(s.a + s.len - 1 - cut)) cut++;
      if (cut < s.len) {
        s.len -= cut;
        break;
      }
      segs.splice(last, 1);
    }
    // Only when what counts lies all within REACH of common wording: keep the chain whole.
    if (segs.length === 0) return { aStart: p.aStart, aEnd: p.aEnd, bStart: p.bStart, bEnd: p.bEnd, matched };
    let aStart = Number.MAX_SAFE_INTEGER;
    let aEnd = 0;
    let bStart = Number.MAX_SAFE_INTEGER;
    let bEnd = 0;
    for (const s of segs) {
      aStart = Math.min(aStart, s.a);
      aEnd = Math.max(aEnd, s.a + s.len);
      bStart = Math.min(bStart, s.b);
      bEnd = Math.max(bEnd, s.b + s.len);
    }
    return { aStart, aEnd, bStart, bEnd, matched };
  }

  /**
   * Common-wording flags of A's characters [from, to): COVERED by a gram (of A) whose hash
   * is common, which do not count; NEAR, within REACH of one. Winnowing picks, in stock
   * text, grams at most WINNOW apart, but the first and last WINNOW − 1 characters of a
   * stock sentence may be covered by no pick (the windows there reach into each report's
   * own words): they still count, but a passage's ends are trimmed of NEAR characters
   * too, so no fragment of a slogan is quoted — at the price of as many characters of
   * copied text right next to it.
   */
  private commonMask(from: number, to: number): Uint8Array {
    if (this.mask.length < to - from) this.mask = new Uint8Array(2 * (to - from));
    const mask = this.mask;
    mask.fill(0, 0, to - from);
    const common = this.common;
    if (common.size === 0) return mask;
    const c = this.chars;
    // Grams starting in [q0, q1] cover (with REACH) some of [from, to) and lie inside A.
    const q0 = Math.max(this.a0, from - GRAM + 1 - REACH);
    const q1 = Math.min(to - 1 + REACH, this.a1 - GRAM);
    if (q1 < q0) return mask;
    let h = 0;
    for (let k = q0; k < q0 + GRAM - 1; k++) h = (Math.imul(h, GRAM_BASE) + (c[k] as number)) | 0;
    for (let q = q0; q <= q1; q++) {
      const k = q + GRAM - 1;
      h = (Math.imul(h, GRAM_BASE) + (c[k] as number)) | 0;
      if (q > q0) h = (h - Math.imul(c[q - 1] as number, GRAM_POW)) | 0;
      if (!common.has(mix32(h))) continue;
      // Within REACH first, so the gram's own characters end up COVERED.
      const reach0 = Math.max(q - REACH, from) - from;
      const reach1 = Math.min(q + GRAM + REACH, to) - from;
      for (let x = reach0; x < reach1; x++) if (mask[x] === 0) mask[x] = NEAR;
      for (let x = Math.max(q, from) - from; x < Math.min(q + GRAM, to) - from; x++) mask[x] = COVERED;
    }
    return mask;
  }
}

/** Bucket of a diagonal (a − b, any integer) in PairVerifier's index of segments. */
function diagonalKey(d: number): number {
  return Math.imul(d, 0x9e3779b1) >>> (32 - DIAGONAL_BITS);
}

/** Whether one of the anchors [from, to) lies inside the chain in both reports. */
function hasAnchor(
  p: { aStart: number; aEnd: number; bStart: number; bEnd: number },
  anchorA: Uint32Array,
  anchorB: Uint32Array,
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++) {
    const qa = anchorA[k] as number;
    const qb = anchorB[k] as number;
    if (qa >= p.aStart && qa + GRAM <= p.aEnd && qb >= p.bStart && qb + GRAM <= p.bEnd) return true;
  }
  return false;
}
