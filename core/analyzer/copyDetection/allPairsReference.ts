import {
  type CopyDoc,
  type CopyOptions,
  commonLimitFor,
  MIN_SHARED_FINGERPRINTS,
  rareLimitFor,
  scanTexts,
} from './batch';
import { type CopyResult, similarityOf, toCopyPair } from './findCopies';
import { HashSet32, MAX_RUN } from './fingerprintGroups';
import { MIN_SEGMENT, PairVerifier, type Passage } from './verifyPassages';
import { CharStore } from './winnowing';

/**
 * Brute-force reference for `findCopies`, sharing only the winnowing and the judging of
 * chained segments (PairVerifier.passages). Document frequencies are counted with a
 * Map instead of the radix sort. Then every pair of reports is compared on its own:
 * one merge of the two reports' hash-sorted fingerprints finds the rare ones they
 * share (a pair without one cannot hold a copy: a passage needs one as evidence), and
 * a pair that shares one is compared on its whole text — every maximal exact match of
 * MIN_SEGMENT characters or more, from an index of the first report's
 * MIN_SEGMENT-character grams — instead of growing segments from the hits. Quadratic in
 * the number of reports; for tests and the benchmark, which reads `timing` (time in the
 * merges, and in the whole-text comparisons) to extrapolate to larger batches.
 */
export function allPairs(
  docs: CopyDoc[],
  opts: CopyOptions = {},
): CopyResult & { timing: { mergeMs: number; verifyMs: number } } {
  const n = docs.length;
  const text = new CharStore(docs.map((d) => d.text.length));
  const [part] = scanTexts(
    docs.map((d) => d.text),
    0,
    text,
    1,
    n,
  );
  if (!part) throw new Error('allPairs: no scan');
  const { hash, pos } = part;
  const from = new Uint32Array(n + 1);
  for (let d = 0; d < n; d++) from[d + 1] = (from[d] as number) + (part.counts[d] as number);

  // Document frequency and occurrences of every fingerprint hash.
  const docsOf = new Map<number, number>();
  const seenIn = new Map<number, number>();
  const occurrences = new Map<number, number>();
  for (let d = 0; d < n; d++) {
    for (let k = from[d] as number; k < (from[d + 1] as number); k++) {
      const h = hash[k] as number;
      occurrences.set(h, (occurrences.get(h) ?? 0) + 1);
      if (seenIn.get(h) !== d) {
        seenIn.set(h, d);
        docsOf.set(h, (docsOf.get(h) ?? 0) + 1);
      }
    }
  }
  const commonLimit = commonLimitFor(n, opts);
  const rareLimit = rareLimitFor(n, opts);
  const isCommon = (h: number) => (docsOf.get(h) ?? 0) >= commonLimit || (occurrences.get(h) ?? 0) > MAX_RUN;
  const isRare = (h: number) => {
    const df = docsOf.get(h) ?? 0;
    return df >= 2 && df < rareLimit && (occurrences.get(h) ?? 0) <= MAX_RUN;
  };
  const common = new HashSet32(Uint32Array.from([...docsOf.keys()].filter(isCommon)));
  // Each report's fingerprints sorted by hash, whether each is rare, and its count of fingerprints that are not common.
  const lists: { hash: Uint32Array; pos: Uint32Array; rare: Uint8Array }[] = [];
  const counted = new Uint32Array(n);
  for (let d = 0; d < n; d++) {
    const f0 = from[d] as number;
    const order = Array.from({ length: (from[d + 1] as number) - f0 }, (_, k) => f0 + k).sort(
      (x, y) => (hash[x] as number) - (hash[y] as number) || (pos[x] as number) - (pos[y] as number),
    );
    const list = {
      hash: Uint32Array.from(order, (k) => hash[k] as number),
      pos: Uint32Array.from(order, (k) => pos[k] as number),
      rare: Uint8Array.from(order, (k) => (isRare(hash[k] as number) ? 1 : 0)),
    };
    for (const h of list.hash) if (!isCommon(h)) counted[d] = (counted[d] as number) + 1;
    lists.push(list);
  }

  const result: CopyResult & { timing: { mergeMs: number; verifyMs: number } } = {
    timing: { mergeMs: 0, verifyMs: 0 },
    pairs: [],
    similarity: [],
    stats: {
      reports: n,
      fingerprints: from[n] as number,
      commonFingerprints: common.size,
      commonLimit,
      rareLimit,
      candidatePairs: (n * (n - 1)) / 2,
      verifiedPairs: 0,
      copiedPairs: 0,
    },
  };
  const minLength = opts.minLength ?? 40;
  const minShared = Math.max(1, opts.minSharedFingerprints ?? MIN_SHARED_FINGERPRINTS);
  const { chars, start, end } = text;
  const verifier = new PairVerifier(chars, common);
  const anchorA: number[] = [];
  const anchorB: number[] = [];
  let clock = performance.now();
  const lap = (key: 'mergeMs' | 'verifyMs') => {
    const now = performance.now();
    result.timing[key] += now - clock;
    clock = now;
  };
  for (let da = 0; da < n; da++) {
    let index: Map<number, number[]> | null = null;
    for (let db = da + 1; db < n; db++) {
      sharedRare(lists[da] as Fingerprints, lists[db] as Fingerprints, anchorA, anchorB);
      if (anchorA.length < minShared) continue;
      lap('mergeMs');
      result.stats.verifiedPairs++;
      index ??= segmentIndex(chars, start[da] as number, end[da] as number);
      const a0 = start[da] as number;
      const b0 = start[db] as number;
      const b1 = end[db] as number;
      verifier.reset(a0, end[da] as number, b0, b1);
      // Every maximal exact match of MIN_SEGMENT or more, from its first character.
      for (let j = b0; j + MIN_SEGMENT <= b1; j++) {
        const list = index.get(segmentHash(chars, j));
        if (!list) continue;
        for (const i of list) {
          if (i > a0 && j > b0 && chars[i - 1] === chars[j - 1]) continue;
          let len = 0;
          while (i + len < (end[da] as number) && j + len < b1 && chars[i + len] === chars[j + len]) len++;
          if (len >= MIN_SEGMENT) verifier.add(i, j, len);
        }
      }
      const passages: Passage[] = [];
      verifier.passages(
        Uint32Array.from(anchorA),
        Uint32Array.from(anchorB),
        0,
        anchorA.length,
        minLength,
        passages,
      );
      lap('verifyMs');
      if (passages.length === 0) continue;
      result.stats.copiedPairs++;
      for (const p of passages) result.pairs.push(toCopyPair(docs, text, da, db, p));
      const shared = anchorA.length;
      const union = (counted[da] as number) + (counted[db] as number) - shared;
      result.similarity.push(similarityOf(docs, da, db, union <= 0 ? 0 : Math.min(1, shared / union)));
    }
  }
  lap('mergeMs');
  result.similarity.sort((x, y) => y.score - x.score);
  return result;
}

interface Fingerprints {
  hash: Uint32Array;
  pos: Uint32Array;
  rare: Uint8Array;
}

/**
 * One merge of two reports' hash-sorted fingerprints: every pair of positions of an
 * equal rare hash (the anchors).
 */
function sharedRare(a: Fingerprints, b: Fingerprints, outA: number[], outB: number[]): void {
  outA.length = 0;
  outB.length = 0;
  const ha = a.hash;
  const hb = b.hash;
  let i = 0;
  let j = 0;
  while (i < ha.length && j < hb.length) {
    const x = ha[i] as number;
    const y = hb[j] as number;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      let i1 = i;
      while (i1 < ha.length && ha[i1] === x) i1++;
      let j1 = j;
      while (j1 < hb.length && hb[j1] === x) j1++;
      if (a.rare[i] === 1)
        for (let p = i; p < i1; p++)
          for (let q = j; q < j1; q++) {
            outA.push(a.pos[p] as number);
            outB.push(b.pos[q] as number);
          }
      i = i1;
      j = j1;
    }
  }
}

/** Hash of chars[q .. q + MIN_SEGMENT). */
function segmentHash(chars: Uint16Array, q: number): number {
  let h = 0;
  for (let k = q; k < q + MIN_SEGMENT; k++) h = (Math.imul(h, 0x01000193) + (chars[k] as number)) | 0;
  return h;
}

/** Positions of every MIN_SEGMENT-character gram of chars[a0, a1), by hash. */
function segmentIndex(chars: Uint16Array, a0: number, a1: number): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = a0; i + MIN_SEGMENT <= a1; i++) {
    const h = segmentHash(chars, i);
    const list = index.get(h);
    if (list) list.push(i);
    else index.set(h, [i]);
  }
  return index;
}
