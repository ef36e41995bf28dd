import { type Batch, type CopyDoc, type CopyOptions, prepareBatch } from './batch';
import type { HashSet32, PairHits } from './fingerprintGroups';
import { PairVerifier, type Passage } from './verifyPassages';
import type { CharStore } from './winnowing';

export type { CopyDoc, CopyOptions };

/**
 * cross_unit: another unit's report; self_repeat: the same unit's report of an earlier
 * year (year-over-year repetition, any number of years back — the county keeps every
 * report, see server/repositories/copyMemoryRepo.ts); same_unit: the same unit's report
 * of the same or an unknown year. Results stored before self_repeat existed say
 * same_unit_previous_year for the year just before; readers keep that label.
 */
export type CopyKind = 'cross_unit' | 'self_repeat' | 'same_unit';

export interface CopySide {
  id: string;
  /** The passage as written in the report, punctuation included; start/end index the original text (end exclusive). */
  quote: string;
  start: number;
  end: number;
}

export interface CopyPair {
  a: CopySide;
  b: CopySide;
  /** Letters and digits identical in both passages, common wording not counted. */
  length: number;
  kind: CopyKind;
}

export interface CopyResult {
  pairs: CopyPair[];
  /**
   * Whole-report similarity of the report pairs with copies: Jaccard of their fingerprints
   * that are not common wording (rare shared ones counted as shared).
   */
  similarity: { a: string; b: string; score: number }[];
  /** How much work the search did (for benchmarks and logs). */
  stats: CopyStats;
}

export interface CopyStats {
  reports: number;
  /** Fingerprints selected by winnowing, over all reports. */
  fingerprints: number;
  /** Distinct fingerprints that are common wording (in commonLimit reports or more). */
  commonFingerprints: number;
  commonLimit: number;
  /** Fingerprints in fewer reports than this are evidence of copying. */
  rareLimit: number;
  /** Report pairs sharing at least one rare fingerprint. */
  candidatePairs: number;
  /**
   * Candidate pairs whose segments (the hits extended on the text, and the segments
   * around them) were long enough together to be chained and judged; the others stop
   * at that sum.
   */
  verifiedPairs: number;
  /** Report pairs with at least one copied passage. */
  copiedPairs: number;
  /** Wall-clock milliseconds of each stage, when measured. */
  phases?: Record<string, number>;
}

/**
 * Near-duplicate passages between the reports of a batch (a county's townships,
 * possibly with earlier years). One pass over each text selects fingerprints by
 * winnowing (the minimum-hash 24-character gram of every window of 6 — a one-row
 * MinHash per window); equal fingerprints are grouped by a radix sort (LSH with one
 * band), and document frequency sorts them into common wording, which does not count,
 * and rare ones, the evidence (see COMMON_SHARE). Only report pairs sharing a rare
 * fingerprint are verified — no report-by-report comparison. Verification extends each
 * hit on the text itself and looks for every segment that could chain to it, so
 * passages come out as the all-pairs reference finds them. On the calling thread;
 * server/copyDetectionWorkers.ts runs the same stages on several cores.
 */
export function findCopies(docs: CopyDoc[], opts: CopyOptions = {}): CopyResult {
  const t0 = performance.now();
  const batch = prepareBatch(docs, opts);
  const t1 = performance.now();
  const found = verifyPairs(batch, batch.hits, 0, batch.hits.docA.length);
  const t2 = performance.now();
  const result = copyResult(batch, found);
  result.stats.phases = { prepare: t1 - t0, verify: t2 - t1, result: performance.now() - t2 };
  return result;
}

/**
 * Pairs whose hits' characters verifyPairs reads ahead in one go. Verification is bound by
 * memory: the other report of each pair is a random one of the batch, so each pair's first
 * reads miss the cache (and the TLB). Reading the characters around the next pairs' hits in
 * one short loop lets those misses overlap; the pairs then find them in cache. On 6,000
 * reports verification's CPU time fell by about a fifth (305 → 245 ms; 32 pairs ahead: 255).
 */
const TOUCH_AHEAD = 64;
/** Where verifyPairs leaves the sum of the characters it read ahead, so the reads are not optimised away. */
const readAhead = { sum: 0 };

/** Passages found for the candidate pairs [from, to): pair index, then the passage in store positions. */
export interface FoundPassages {
  pair: number[];
  passages: Passage[];
  verifiedPairs: number;
}

/**
 * Verifies candidate pairs [from, to) of `hits`: seeds a segment at every hit, grows
 * the segments that could chain to them, and keeps the copies (see PairVerifier).
 * Pairs are independent, so ranges of them can be verified in parallel.
 */
export function verifyPairs(
  batch: { text: CharStore; common: HashSet32; minLength: number },
  hits: PairHits,
  from: number,
  to: number,
): FoundPassages {
  const { start, end, chars } = batch.text;
  const verifier = new PairVerifier(chars, batch.common);
  const found: FoundPassages = { pair: [], passages: [], verifiedPairs: 0 };
  const last = chars.length - 1;
  let touched = 0;
  for (let p = from; p < to; p++) {
    if ((p - from) % TOUCH_AHEAD === 0) {
      // The characters around the next pairs' hits in the other report (a random report, so
      // a cache miss each), read together so the misses overlap instead of one per pair.
      const k1 = hits.start[Math.min(to, p + TOUCH_AHEAD)] as number;
      for (let k = hits.start[p] as number; k < k1; k++) {
        const q = hits.posB[k] as number;
        const r = hits.posA[k] as number;
        touched += (chars[r] as number) + (chars[Math.min(last, r + 32)] as number);
        touched +=
          (chars[q] as number) +
          (chars[Math.max(0, q - 32)] as number) +
          (chars[Math.min(last, q + 32)] as number) +
          (chars[Math.min(last, q + 64)] as number);
      }
    }
    const da = hits.docA[p] as number;
    const db = hits.docB[p] as number;
    const h0 = hits.start[p] as number;
    const h1 = hits.start[p + 1] as number;
    verifier.reset(start[da] as number, end[da] as number, start[db] as number, end[db] as number);
    for (let k = h0; k < h1; k++) verifier.seed(hits.posA[k] as number, hits.posB[k] as number);
    if (verifier.count === 0) continue;
    verifier.grow();
    const before = found.passages.length;
    if (verifier.passages(hits.posA, hits.posB, h0, h1, batch.minLength, found.passages))
      found.verifiedPairs++;
    for (let k = before; k < found.passages.length; k++) found.pair.push(p);
  }
  readAhead.sum = touched;
  return found;
}

/** Report pairs and similarities from the passages found (store positions become report offsets). */
export function copyResult(batch: Batch, found: FoundPassages): CopyResult {
  const hits = batch.hits;
  const stats: CopyStats = {
    reports: batch.docs.length,
    fingerprints: batch.fingerprints,
    commonFingerprints: batch.common.size,
    commonLimit: batch.commonLimit,
    rareLimit: batch.rareLimit,
    candidatePairs: hits.docA.length,
    verifiedPairs: found.verifiedPairs,
    copiedPairs: 0,
  };
  const result: CopyResult = { pairs: [], similarity: [], stats };
  let last = -1;
  found.passages.forEach((x, k) => {
    const p = found.pair[k] as number;
    const da = hits.docA[p] as number;
    const db = hits.docB[p] as number;
    result.pairs.push(toCopyPair(batch.docs, batch.text, da, db, x));
    if (p === last) return;
    last = p;
    stats.copiedPairs++;
    // Jaccard of the two reports' fingerprints that are not common wording; shared are the rare ones (the hits).
    const shared = (hits.start[p + 1] as number) - (hits.start[p] as number);
    const union = (batch.counted[da] as number) + (batch.counted[db] as number) - shared;
    result.similarity.push(similarityOf(batch.docs, da, db, union <= 0 ? 0 : Math.min(1, shared / union)));
  });
  result.similarity.sort((x, y) => y.score - x.score);
  return result;
}

export function similarityOf(docs: CopyDoc[], da: number, db: number, score: number) {
  return { a: docs[da]?.id ?? '', b: docs[db]?.id ?? '', score: Math.round(score * 1000) / 1000 };
}

/** Turns a passage in store positions into quotes and offsets of both original texts. */
export function toCopyPair(docs: CopyDoc[], text: CharStore, da: number, db: number, p: Passage): CopyPair {
  const docA = docs[da];
  const docB = docs[db];
  if (!docA || !docB) throw new Error('toCopyPair: report index out of range');
  const side = (d: number, doc: CopyDoc, from: number, to: number): CopySide => {
    const { start, end } = text.originalSpan(d, doc.text, from, to);
    return { id: doc.id, quote: doc.text.slice(start, end), start, end };
  };
  let a = side(da, docA, p.aStart, p.aEnd);
  let b = side(db, docB, p.bStart, p.bEnd);
  let kind: CopyKind = 'cross_unit';
  // An unknown unit ('') is never "the same unit" as another unknown one.
  if (docA.unit.trim() !== '' && docA.unit.trim() === docB.unit.trim()) {
    const otherYear = docA.year !== null && docB.year !== null && docA.year !== docB.year;
    kind = otherYear ? 'self_repeat' : 'same_unit';
    // The earlier report is the source: it goes first.
    if (otherYear && (docA.year ?? 0) > (docB.year ?? 0)) [a, b] = [b, a];
  }
  return { a, b, length: p.matched, kind };
}
