/**
 * Occurrences of one fingerprint beyond which it is common wording whatever the number
 * of reports (a phrase repeated throughout a few reports, such as a table's row labels).
 */
export const MAX_RUN = 96;

/**
 * Fingerprint hits grouped by report pair: for pair p, entries [start[p], start[p+1])
 * of posA/posB are the positions (in the batch's character store) of the shared
 * fingerprints in the lower report (docA[p]) and the higher one (docB[p]). Pairs are
 * in order of docA, then docB.
 */
export interface PairHits {
  docA: Uint32Array;
  docB: Uint32Array;
  start: Uint32Array;
  posA: Uint32Array;
  posB: Uint32Array;
}

/**
 * A batch's fingerprints grouped by hash: entry k has hash keys[k] and store position
 * pos[k]; its report is the one whose slot of the store holds pos[k] (DocIndex). Hashes
 * and positions move together through the sort, so every later pass reads them in order.
 */
export interface SortedFingerprints {
  keys: Uint32Array;
  pos: Uint32Array;
  docs: DocIndex;
  length: number;
}

/**
 * The report whose slot of the store holds a position: the first report whose slot
 * reaches each block of 2^BLOCK_BITS positions, then a step or two along the slot
 * starts (CharStore.start) — instead of a per-fingerprint array, or a binary search.
 */
export class DocIndex {
  private readonly first: Uint32Array;
  constructor(readonly starts: Uint32Array) {
    const n = starts.length - 1;
    const total = starts[n] as number;
    this.first = new Uint32Array((total >>> BLOCK_BITS) + 1);
    let d = 0;
    for (let b = 0; b < this.first.length; b++) {
      while (d < n - 1 && (starts[d + 1] as number) <= b << BLOCK_BITS) d++;
      this.first[b] = d;
    }
  }
  of(pos: number): number {
    const starts = this.starts;
    let d = this.first[pos >>> BLOCK_BITS] as number;
    while ((starts[d + 1] as number) <= pos && d < starts.length - 2) d++;
    return d;
  }
}

const BLOCK_BITS = 12;

/** Fingerprints of a range of reports, in report order (hash and store position; see ShardPart). */
export interface FingerprintPart {
  hash: Uint32Array;
  pos: Uint32Array;
  length: number;
}

/**
 * Groups fingerprints by hash — the parts' in turn, parts in report order (radixSort:
 * stable, so each run of equal hashes is in report order) — and finds the runs of more
 * than one entry.
 */
export function sortFingerprints(
  parts: FingerprintPart[],
  starts: Uint32Array,
): { sorted: SortedFingerprints; runs: Runs } {
  const runs = new RunList();
  const docs = new DocIndex(starts);
  const { keys, pos, length } = radixSort(parts, (k, p, s, e) => findRuns(k, p, docs, s, e, runs));
  return { sorted: { keys, pos, docs, length }, runs: runs.view() };
}

/**
 * The runs of equal hashes holding more than one entry, and how many distinct reports
 * each has: run r is entries [start[r], end[r]) of the sorted fingerprints. A run is
 * in report order (a stable sort of parts in report order), so distinct reports are
 * counted in one pass.
 */
export interface Runs {
  start: Uint32Array;
  end: Uint32Array;
  docs: Uint32Array;
  length: number;
}

/**
 * Appends the runs of more than one entry among sorted entries [s, e) (one bucket of the
 * sort, while it is in cache) to `runs`, with their number of distinct reports.
 */
function findRuns(
  keys: Uint32Array,
  pos: Uint32Array,
  docs: DocIndex,
  s0: number,
  e0: number,
  runs: RunList,
): void {
  for (let s = s0; s < e0; ) {
    const key = keys[s] as number;
    let e = s + 1;
    while (e < e0 && keys[e] === key) e++;
    if (e - s > 1) {
      let count = 1;
      let last = docs.of(pos[s] as number);
      for (let k = s + 1; k < e; k++) {
        const d = docs.of(pos[k] as number);
        if (d !== last) {
          count++;
          last = d;
        }
      }
      runs.start.push(s);
      runs.end.push(e);
      runs.docs.push(count);
    }
    s = e;
  }
}

class RunList {
  readonly start = new U32Buf();
  readonly end = new U32Buf();
  readonly docs = new U32Buf();
  view(): Runs {
    return {
      start: this.start.view(),
      end: this.end.view(),
      docs: this.docs.view(),
      length: this.start.length,
    };
  }
}

/** Whether a run is common wording: in `limit` reports or more, or repeated more than MAX_RUN times. */
export function isCommonRun(runs: Runs, r: number, limit: number): boolean {
  return (runs.docs[r] as number) >= limit || (runs.end[r] as number) - (runs.start[r] as number) > MAX_RUN;
}

/** Whether a run is evidence: shared by 2 to limit − 1 reports, and not repeated more than MAX_RUN times. */
export function isRareRun(runs: Runs, r: number, limit: number): boolean {
  const docs = runs.docs[r] as number;
  return docs >= 2 && docs < limit && (runs.end[r] as number) - (runs.start[r] as number) <= MAX_RUN;
}

/**
 * Hashes of the fingerprints that are common wording (see isCommonRun); each report's
 * count in `counted` loses its common fingerprints.
 */
export function commonFingerprints(
  sorted: SortedFingerprints,
  runs: Runs,
  limit: number,
  counted: Uint32Array,
): Uint32Array {
  const common = new U32Buf();
  for (let r = 0; r < runs.length; r++) {
    if (!isCommonRun(runs, r, limit)) continue;
    const s = runs.start[r] as number;
    common.push(sorted.keys[s] as number);
    for (let k = s; k < (runs.end[r] as number); k++) {
      const d = sorted.docs.of(sorted.pos[k] as number);
      counted[d] = (counted[d] as number) - 1;
    }
  }
  return common.view();
}

/**
 * LSH bucketing by sorting: each run of equal fingerprint hashes is a bucket (a posting
 * list), and only a bucket of rare fingerprints (isRareRun: 2 to limit − 1 reports —
 * the cap on a list's length) yields its cross-report hits, so a phrase in hundreds of
 * reports never pairs them all. Hits are grouped by report pair with two counting
 * sorts, so each pair is verified once.
 *
 * Tried and left out: also bucketing fingerprint bigrams (a fingerprint with the
 * report's next one) to cut chance hits on formulaic text — a second sort doubled the
 * time on the benchmark and did not cut candidate pairs enough on stock-phrase prose.
 */
export function fingerprintHits(
  sorted: SortedFingerprints,
  runs: Runs,
  docCount: number,
  limit: number,
): PairHits {
  const { pos, docs } = sorted;
  // Count first, so the hit arrays are allocated once at their size.
  let total = 0;
  for (let r = 0; r < runs.length; r++) {
    if (!isRareRun(runs, r, limit)) continue;
    const n = (runs.end[r] as number) - (runs.start[r] as number);
    total += (n * (n - 1)) / 2;
  }
  const hits = new HitList(total);
  // A run's reports and positions, looked up once (a run has at most MAX_RUN entries).
  const runDoc = new Uint32Array(MAX_RUN);
  const runPos = new Uint32Array(MAX_RUN);
  for (let r = 0; r < runs.length; r++) {
    if (!isRareRun(runs, r, limit)) continue;
    const s = runs.start[r] as number;
    const n = (runs.end[r] as number) - s;
    for (let k = 0; k < n; k++) {
      const q = pos[s + k] as number;
      runDoc[k] = docs.of(q);
      runPos[k] = q;
    }
    for (let x = 0; x < n; x++) {
      const dx = runDoc[x] as number;
      for (let y = x + 1; y < n; y++) {
        const dy = runDoc[y] as number;
        if (dy !== dx) hits.push(dx, dy, runPos[x] as number, runPos[y] as number);
      }
    }
  }
  return groupByPair(hits, docCount);
}

class HitList {
  a: Uint32Array;
  b: Uint32Array;
  pa: Uint32Array;
  pb: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.a = new Uint32Array(n);
    this.b = new Uint32Array(n);
    this.pa = new Uint32Array(n);
    this.pb = new Uint32Array(n);
  }
  push(a: number, b: number, pa: number, pb: number): void {
    if (this.length === this.a.length) {
      const grow = (x: Uint32Array) => {
        const y = new Uint32Array(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.pa = grow(this.pa);
      this.pb = grow(this.pb);
    }
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.pa[k] = pa;
    this.pb[k] = pb;
  }
}

/**
 * Groups equal keys by radix sorting, each entry's position carried along (stable:
 * equal keys stay in input order, the parts' in turn). One pass scatters by the low 8
 * bits into 256 buckets, then each bucket (about 100,000 entries at 10,000 reports, in
 * cache) is sorted on its other 24 bits by two LSD passes of 12 bits. Few write streams
 * at a time, so the scatters stay in cache instead of missing on every write;
 * `bucketDone` then reads each bucket while it is in cache. The low bits lead because
 * fingerprints are window minima: their top bits are mostly alike, their low bits are
 * not. The order is by key within a bucket, not overall.
 */
function radixSort(
  parts: FingerprintPart[],
  bucketDone: (keys: Uint32Array, pos: Uint32Array, s: number, e: number) => void,
): { keys: Uint32Array; pos: Uint32Array; length: number } {
  let n = 0;
  for (const p of parts) n += p.length;
  const outKey = new Uint32Array(n);
  const outPos = new Uint32Array(n);
  const top = new Uint32Array(257);
  for (const p of parts) {
    const keys = p.hash;
    for (let i = 0; i < p.length; i++) {
      const d = (keys[i] as number) & 0xff;
      top[d + 1] = (top[d + 1] as number) + 1;
    }
  }
  for (let d = 0; d < 256; d++) top[d + 1] = (top[d + 1] as number) + (top[d] as number);
  const next = top.slice(0, 256);
  for (const p of parts) {
    const keys = p.hash;
    const pos = p.pos;
    for (let i = 0; i < p.length; i++) {
      const key = keys[i] as number;
      const d = key & 0xff;
      const at = next[d] as number;
      outKey[at] = key;
      outPos[at] = pos[i] as number;
      next[d] = at + 1;
    }
  }
  let largest = 0;
  for (let d = 0; d < 256; d++) largest = Math.max(largest, (top[d + 1] as number) - (top[d] as number));
  const filter = new RepeatFilter(largest);
  const tmpKey = new Uint32Array(largest);
  const tmpPos = new Uint32Array(largest);
  const count = new Uint32Array(4096);
  for (let d = 0; d < 256; d++) {
    const s = top[d] as number;
    // Only entries whose key may occur again are sorted (most fingerprints are in one report once).
    const e = filter.keepRepeated(outKey, outPos, s, top[d + 1] as number);
    if (e - s < 2) continue;
    const bk = outKey.subarray(s, e);
    const bp = outPos.subarray(s, e);
    lsdPass(bk, bp, tmpKey, tmpPos, e - s, 8, count);
    lsdPass(tmpKey, tmpPos, bk, bp, e - s, 20, count);
    bucketDone(outKey, outPos, s, e);
  }
  return { keys: outKey, pos: outPos, length: n };
}

/**
 * Drops the entries of a bucket whose key no other entry of the bucket has, before the
 * bucket is sorted: about nine fingerprints in ten, which can form no run. Two bitmaps
 * over BITS bits of the key (above the bucket's 8): seen once, seen again. An entry is
 * kept when its bits were seen again — every repeated key, and a few singletons whose
 * bits another key shares (the sort and findRuns compare whole keys, so those make no
 * run). The kept entries move to the front of the bucket in their order, so the sort
 * stays stable.
 */
class RepeatFilter {
  private readonly seen: Int32Array;
  private readonly again: Int32Array;
  private readonly mask: number;
  constructor(largestBucket: number) {
    // About 8 bits per entry, so roughly one singleton in ten shares its bits with another key.
    let bits = 1 << 10;
    while (bits < largestBucket * 8 && bits < 1 << 21) bits *= 2;
    this.seen = new Int32Array(bits >>> 5);
    this.again = new Int32Array(bits >>> 5);
    this.mask = bits - 1;
  }
  /** Keeps the entries [s, e) whose bits repeat at [s, returned end), in order. */
  keepRepeated(keys: Uint32Array, pos: Uint32Array, s: number, e: number): number {
    if (e - s < 2) return e;
    const seen = this.seen;
    const again = this.again;
    const mask = this.mask;
    for (let k = s; k < e; k++) {
      const b = ((keys[k] as number) >>> 8) & mask;
      const w = b >>> 5;
      const bit = 1 << (b & 31);
      if (((seen[w] as number) & bit) !== 0) again[w] = (again[w] as number) | bit;
      else seen[w] = (seen[w] as number) | bit;
    }
    let m = s;
    for (let k = s; k < e; k++) {
      const key = keys[k] as number;
      const b = (key >>> 8) & mask;
      if (((again[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
      keys[m] = key;
      pos[m++] = pos[k] as number;
    }
    seen.fill(0);
    again.fill(0);
    return m;
  }
}

/** One stable counting pass on the 12 bits of the keys at `shift`, from (sk, si) into (dk, di). */
function lsdPass(
  sk: Uint32Array,
  si: Uint32Array,
  dk: Uint32Array,
  di: Uint32Array,
  n: number,
  shift: number,
  count: Uint32Array,
): void {
  count.fill(0);
  for (let i = 0; i < n; i++) {
    const d = ((sk[i] as number) >>> shift) & 0xfff;
    count[d] = (count[d] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < 4096; d++) {
    const c = count[d] as number;
    count[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const key = sk[i] as number;
    const d = (key >>> shift) & 0xfff;
    const at = count[d] as number;
    dk[at] = key;
    di[at] = si[i] as number;
    count[d] = at + 1;
  }
}

/** Growable Uint32 buffer for lists of unknown length. */
class U32Buf {
  private data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Stable counting sorts by the higher report, then the lower one; then one entry per pair. */
function groupByPair(hits: HitList, docCount: number): PairHits {
  const n = hits.length;
  const byB = countingOrder(hits.b, n, docCount, null);
  const order = countingOrder(hits.a, n, docCount, byB);
  const posA = new Uint32Array(n);
  const posB = new Uint32Array(n);
  const docA = new Uint32Array(n);
  const docB = new Uint32Array(n);
  const start = new Uint32Array(n + 1);
  let pairs = 0;
  let lastA = -1;
  let lastB = -1;
  for (let k = 0; k < n; k++) {
    const h = order[k] as number;
    const a = hits.a[h] as number;
    const b = hits.b[h] as number;
    // Hits were pushed with either report first; store them lower report first.
    const swap = a > b;
    const lo = swap ? b : a;
    const hi = swap ? a : b;
    if (lo !== lastA || hi !== lastB) {
      docA[pairs] = lo;
      docB[pairs] = hi;
      start[pairs++] = k;
      lastA = lo;
      lastB = hi;
    }
    posA[k] = swap ? (hits.pb[h] as number) : (hits.pa[h] as number);
    posB[k] = swap ? (hits.pa[h] as number) : (hits.pb[h] as number);
  }
  start[pairs] = n;
  return {
    docA: docA.subarray(0, pairs),
    docB: docB.subarray(0, pairs),
    start: start.subarray(0, pairs + 1),
    posA,
    posB,
  };
}

function countingOrder(keys: Uint32Array, n: number, range: number, input: Uint32Array | null): Uint32Array {
  const count = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) {
    const d = keys[i] as number;
    count[d] = (count[d] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < range; d++) {
    const c = count[d] as number;
    count[d] = sum;
    sum += c;
  }
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = input ? (input[k] as number) : k;
    const d = keys[i] as number;
    const at = count[d] as number;
    out[at] = i;
    count[d] = at + 1;
  }
  return out;
}

/**
 * The candidate pairs of several shards as one list, in order of docA then docB; a
 * pair found in several shards gets all their hits.
 */
export function mergePairHits(list: PairHits[]): PairHits {
  if (list.length === 1) return list[0] as PairHits;
  let merged = list[0] ?? emptyHits();
  for (let k = 1; k < list.length; k++) merged = mergeTwo(merged, list[k] as PairHits);
  return merged;
}

function emptyHits(): PairHits {
  const none = new Uint32Array(0);
  return { docA: none, docB: none, start: new Uint32Array(1), posA: none, posB: none };
}

function mergeTwo(x: PairHits, y: PairHits): PairHits {
  const nx = x.docA.length;
  const ny = y.docA.length;
  const hitsX = x.start[nx] as number;
  const hitsY = y.start[ny] as number;
  const docA = new Uint32Array(nx + ny);
  const docB = new Uint32Array(nx + ny);
  const start = new Uint32Array(nx + ny + 1);
  const posA = new Uint32Array(hitsX + hitsY);
  const posB = new Uint32Array(hitsX + hitsY);
  let i = 0;
  let j = 0;
  let p = 0;
  let h = 0;
  const copy = (from: PairHits, q: number) => {
    const e = from.start[q + 1] as number;
    for (let k = from.start[q] as number; k < e; k++) {
      posA[h] = from.posA[k] as number;
      posB[h++] = from.posB[k] as number;
    }
  };
  while (i < nx || j < ny) {
    const ax = i < nx ? (x.docA[i] as number) : Number.MAX_SAFE_INTEGER;
    const bx = i < nx ? (x.docB[i] as number) : 0;
    const ay = j < ny ? (y.docA[j] as number) : Number.MAX_SAFE_INTEGER;
    const by = j < ny ? (y.docB[j] as number) : 0;
    const order = ax !== ay ? ax - ay : bx - by;
    start[p] = h;
    if (order <= 0) {
      docA[p] = ax;
      docB[p] = bx;
      copy(x, i++);
    }
    if (order >= 0) {
      docA[p] = ay;
      docB[p] = by;
      copy(y, j++);
    }
    p++;
  }
  start[p] = h;
  return {
    docA: docA.subarray(0, p),
    docB: docB.subarray(0, p),
    start: start.subarray(0, p + 1),
    posA,
    posB,
  };
}

/**
 * A set of 32-bit hashes (open addressing), for per-character look-ups in hot loops.
 * A bitmap of 2^20 bits on the top bits of the hash answers most misses without
 * touching the table (a set of 10⁴ hashes sets about 1% of it).
 */
export class HashSet32 {
  private readonly bits = new Int32Array(1 << 15);
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(values: Uint32Array) {
    let size = 1024;
    while (size < values.length * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    this.size = values.length;
    for (const v of values) {
      const b = v >>> 12;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
      let s = v & this.mask;
      while (this.used[s] === 1 && this.keys[s] !== v) s = (s + 1) & this.mask;
      this.used[s] = 1;
      this.keys[s] = v;
    }
  }

  has(key: number): boolean {
    const b = key >>> 12;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return false;
    let s = key & this.mask;
    while (this.used[s] === 1) {
      if (this.keys[s] === key) return true;
      s = (s + 1) & this.mask;
    }
    return false;
  }
}
