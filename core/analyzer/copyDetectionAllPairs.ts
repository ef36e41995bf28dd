import { type CopyResult, similarityOf, toCopyPair } from './copyDetection';
import {
  type CopyDoc,
  type CopyOptions,
  type Prepared,
  prepareBatch,
  prepareDoc,
  SegmentSet,
  seedFrom,
  shinglePositions,
} from './copyDetectionBatch';
import { chainSegments } from './copyDetectionVerify';

/**
 * Brute-force reference for `findCopies`: every pair of reports is compared on its
 * exact set of non-boilerplate shingles (sorted-array intersection), and pairs
 * sharing enough shingles are verified with the same extension and chaining code.
 * Quadratic in the number of reports; for tests and the benchmark only.
 *
 * Pruning that loses nothing: a passage of L matched characters is made of segments
 * of at least 8 characters, each contributing at least half its length in shingles,
 * so a pair sharing fewer than L/2 distinct shingles cannot hold one.
 */
export function allPairs(docs: CopyDoc[], opts: CopyOptions = {}): CopyResult {
  const batch = prepareBatch(docs, opts);
  const prepared = docs.map((_, d) => prepareDoc(batch, d, true));
  const sets = prepared.map(uniqueShingles);
  const minShared = Math.floor(batch.minLength / 2);
  const result: CopyResult = { pairs: [], similarity: [] };
  for (let da = 0; da < docs.length; da++) {
    const A = prepared[da] as Prepared;
    const setA = sets[da] as Uint32Array;
    let positions: Map<number, number[]> | null = null;
    for (let db = da + 1; db < docs.length; db++) {
      const setB = sets[db] as Uint32Array;
      const shared = intersectionSize(setA, setB);
      if (shared < minShared) continue;
      const B = prepared[db] as Prepared;
      positions ??= shinglePositions(A);
      const segments = new SegmentSet();
      seedFrom(segments, A, B, positions);
      const passages = chainSegments(segments.all, A.boiler, batch.minLength);
      if (passages.length === 0) continue;
      result.pairs.push(...passages.map((p) => toCopyPair(batch, da, db, A, B, p)));
      const union = setA.length + setB.length - shared;
      result.similarity.push(similarityOf(batch, da, db, union === 0 ? 0 : shared / union));
    }
  }
  result.similarity.sort((x, y) => y.score - x.score);
  return result;
}

/** Sorted distinct non-boilerplate shingle hashes of one report. */
export function uniqueShingles(p: Prepared): Uint32Array {
  const kept: number[] = [];
  for (let i = 0; i < p.shingles.length; i++) if (p.boiler[i] !== 1) kept.push(p.shingles[i] ?? 0);
  const sorted = Uint32Array.from(kept).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  return sorted.subarray(0, n);
}

/** Size of the intersection of two sorted arrays of distinct values, by one merge. */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
