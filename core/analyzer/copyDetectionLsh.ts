import type { FingerprintSink } from './copyDetectionMinHash';

/**
 * A fingerprint in this many reports or more is common phrasing (or a passage copied
 * so widely that it is boilerplate for our purpose); pairing its reports would be
 * quadratic, so it is dropped before any pair is formed.
 */
export const MAX_DOCS = 48;
/** Occurrences of one fingerprint beyond which it is dropped (repeats inside reports count too). */
const MAX_RUN = 96;

/**
 * Fingerprint hits grouped by report pair: for pair p, entries [start[p], start[p+1])
 * of posA/posB are the positions of the shared fingerprints in the lower report (docA[p])
 * and the higher one (docB[p]). Pairs are in order of docA, then docB.
 */
export interface PairHits {
  docA: Uint32Array;
  docB: Uint32Array;
  start: Uint32Array;
  posA: Uint32Array;
  posB: Uint32Array;
}

/**
 * A batch's fingerprints ordered by hash: entry k has hash keys[k], from report doc[k]
 * at normalised position pos[k]. Reports and positions travel with the keys through the
 * sort, so every later pass over the runs reads memory in order.
 */
export interface SortedFingerprints {
  keys: Uint32Array;
  doc: Uint32Array;
  pos: Uint32Array;
  length: number;
}

/**
 * Radix-sorts the sink's fingerprints by hash (stable, so each run of equal hashes is in
 * report order). The sink's arrays are reused as the sort's output: the sink is spent.
 */
export function sortFingerprints(sink: FingerprintSink): SortedFingerprints {
  const n = sink.hash.length;
  if (n === 0)
    return { keys: new Uint32Array(0), doc: new Uint32Array(0), pos: new Uint32Array(0), length: 0 };
  return radixSort(sink.hash.data, sink.doc.data, sink.pos.data, n);
}

/**
 * Calls `run(s, e, docs)` for every run [s, e) of equal hashes in `sorted`, with the
 * number of distinct reports in it. The sort is stable and the sink was filled report
 * by report, so a run is in report order and distinct reports are counted in one pass.
 */
export function forEachRun(
  sorted: SortedFingerprints,
  run: (s: number, e: number, docs: number) => void,
): void {
  const { keys, doc, length: n } = sorted;
  for (let s = 0; s < n; ) {
    const key = keys[s] as number;
    let e = s + 1;
    let docs = 1;
    let last = doc[s] as number;
    while (e < n && keys[e] === key) {
      const d = doc[e] as number;
      if (d !== last) {
        docs++;
        last = d;
      }
      e++;
    }
    run(s, e, docs);
    s = e;
  }
}

/**
 * Hashes of the fingerprints that are common wording: in `limit` reports or more, or
 * repeated more than MAX_RUN times. They are boilerplate for both the LSH search and
 * the all-pairs reference (see Batch), and only the other fingerprints are bucketed.
 */
export function commonFingerprints(sorted: SortedFingerprints, limit: number): Uint32Array {
  const common: number[] = [];
  forEachRun(sorted, (s, e, docs) => {
    if (docs >= limit || e - s > MAX_RUN) common.push(sorted.keys[s] as number);
  });
  return Uint32Array.from(common);
}

/**
 * LSH bucketing by sorting: each run of equal fingerprint hashes is a bucket, and a
 * bucket holding 2 to limit − 1 reports (and at most MAX_RUN entries) yields its
 * cross-report hits. Hits are grouped by report pair with two counting sorts, so each
 * pair is verified once.
 *
 * Tried and left out: also bucketing fingerprint bigrams (a fingerprint with the
 * report's next one) to cut chance hits on formulaic text — a second sort doubled the
 * time on the benchmark and did not cut candidate pairs enough on stock-phrase prose.
 */
export function fingerprintHits(sorted: SortedFingerprints, docCount: number, limit: number): PairHits {
  const { doc, pos } = sorted;
  // Count first, so the hit arrays are allocated once at their size.
  let total = 0;
  forEachRun(sorted, (s, e, docs) => {
    if (docs >= 2 && docs < limit && e - s <= MAX_RUN) total += ((e - s) * (e - s - 1)) / 2;
  });
  const hits = new HitList(total);
  forEachRun(sorted, (s, e, docs) => {
    if (docs < 2 || docs >= limit || e - s > MAX_RUN) return;
    for (let x = s; x < e; x++) {
      const dx = doc[x] as number;
      for (let y = x + 1; y < e; y++) {
        if (doc[y] !== dx) hits.push(dx, doc[y] as number, pos[x] as number, pos[y] as number);
      }
    }
  });
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
 * Stable LSD radix sort on two 16-bit digits of `keys`, moving `doc` and `pos` along:
 * every pass, and the caller's scans of runs, read memory in order instead of jumping
 * through 10⁷ entries. The first pass writes to scratch arrays, the second back into
 * the inputs, which hold the result.
 */
function radixSort(keys: Uint32Array, doc: Uint32Array, pos: Uint32Array, n: number): SortedFingerprints {
  const tmpKey = new Uint32Array(n);
  const tmpDoc = new Uint32Array(n);
  const tmpPos = new Uint32Array(n);
  const count = new Uint32Array(65536);
  const pass = (
    shift: number,
    sk: Uint32Array,
    sd: Uint32Array,
    sp: Uint32Array,
    dk: Uint32Array,
    dd: Uint32Array,
    dp: Uint32Array,
  ) => {
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((sk[i] as number) >>> shift) & 0xffff;
      count[d] = (count[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d] as number;
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = sk[i] as number;
      const d = (key >>> shift) & 0xffff;
      const at = count[d] as number;
      dk[at] = key;
      dd[at] = sd[i] as number;
      dp[at] = sp[i] as number;
      count[d] = at + 1;
    }
  };
  pass(0, keys, doc, pos, tmpKey, tmpDoc, tmpPos);
  pass(16, tmpKey, tmpDoc, tmpPos, keys, doc, pos);
  return { keys: keys.subarray(0, n), doc: doc.subarray(0, n), pos: pos.subarray(0, n), length: n };
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
