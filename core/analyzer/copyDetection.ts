import {
  type Batch,
  type CopyDoc,
  type CopyOptions,
  type Passage,
  type Prepared,
  prepareBatch,
  prepareDoc,
  SegmentSet,
} from './copyDetectionBatch';
import { fingerprintHits, type PairHits } from './copyDetectionLsh';
import { docSignature, estimateJaccard, GRAM } from './copyDetectionMinHash';
import { SHINGLE } from './copyDetectionText';
import { chainSegments, growSegments, MAX_GAP, MIN_SEGMENT, seedBox } from './copyDetectionVerify';

export type { CopyDoc, CopyOptions };

export type CopyKind = 'cross_unit' | 'same_unit_previous_year' | 'same_unit';

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
  /** Letters and digits identical in both passages, boilerplate not counted. */
  length: number;
  kind: CopyKind;
}

export interface CopyResult {
  pairs: CopyPair[];
  /** Whole-report Jaccard of the non-boilerplate shingles, for report pairs that were compared. */
  similarity: { a: string; b: string; score: number }[];
}

/**
 * Near-duplicate passages between the reports of a batch (a county's townships,
 * possibly with earlier years). One pass over each text selects fingerprints by
 * winnowing (the minimum-hash 24-character gram of every window of 6 — a one-row
 * MinHash per window); equal fingerprints are bucketed by a radix sort (LSH with one
 * band), fingerprints of common wording are dropped by document frequency, and only
 * report pairs sharing a fingerprint are verified — no report-by-report comparison.
 * Verification extends each hit on the text itself and looks for every segment that
 * could chain to it, so passages come out as the all-pairs reference finds them.
 */
export function findCopies(docs: CopyDoc[], opts: CopyOptions = {}): CopyResult {
  const batch = prepareBatch(docs, opts);
  const hits = fingerprintHits(batch.sorted, docs.length, batch.commonLimit);

  const result: CopyResult = { pairs: [], similarity: [] };
  const signatures = new Map<number, Uint32Array>();
  const signature = (d: number, p: Prepared) => {
    let sig = signatures.get(d);
    if (!sig) {
      sig = docSignature(p.shingles, p.boiler);
      signatures.set(d, sig);
    }
    return sig;
  };
  // Each report is prepared once, on its first candidate pair (most reports have several),
  // and let go once pairs have moved past it (pairs come in order of their lower report).
  const prepared: (Prepared | undefined)[] = new Array(docs.length);
  let released = 0;
  const prepare = (d: number): Prepared => {
    let p = prepared[d];
    if (!p) {
      p = prepareDoc(batch, d, true);
      prepared[d] = p;
    }
    return p;
  };
  for (let p = 0; p < hits.docA.length; p++) {
    const da = hits.docA[p] as number;
    const db = hits.docB[p] as number;
    for (; released < da; released++) prepared[released] = undefined;
    const from = hits.start[p] as number;
    const to = hits.start[p + 1] as number;
    if (!twoHitsAlign(hits.posA, hits.posB, from, to) && !hitReaches(batch, da, db, hits, from, to)) continue;
    const A = prepare(da);
    const B = prepare(db);
    const set = new SegmentSet();
    for (let k = hits.start[p] as number; k < (hits.start[p + 1] as number); k++) {
      const pa = hits.posA[k] as number;
      const pb = hits.posB[k] as number;
      // Seed each shingle of the gram (some may be boilerplate).
      seedBox(set, A, B, pa, pa + GRAM - SHINGLE + 1, pb, pb + GRAM - SHINGLE + 1);
    }
    if (set.all.length === 0) continue;
    growSegments(set, A, B);
    const passages = chainSegments(set.all, A.boiler, batch.minLength);
    if (passages.length === 0) continue;
    result.pairs.push(...passages.map((x) => toCopyPair(batch, da, db, A, B, x)));
    result.similarity.push(similarityOf(batch, da, db, estimateJaccard(signature(da, A), signature(db, B))));
  }
  result.similarity.sort((x, y) => y.score - x.score);
  return result;
}

/** Farthest apart (normalised characters) two fingerprints of one passage are looked for. */
const ALIGN_SPAN = 64;

/**
 * Cheap filter before a report pair is prepared: a copied passage of minLength (40)
 * characters holds about five fingerprints, at least two of them on (nearly) the same
 * diagonal a few characters apart, whereas common phrasing makes isolated hits.
 */
function twoHitsAlign(posA: Uint32Array, posB: Uint32Array, from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const ax = posA[x] as number;
    const dx = ax - (posB[x] as number);
    for (let y = x + 1; y < to && y < x + 64; y++) {
      const ay = posA[y] as number;
      if (ay === ax || Math.abs(ay - ax) > ALIGN_SPAN) continue;
      if (Math.abs(ay - (posB[y] as number) - dx) <= MAX_GAP + SHINGLE) return true;
    }
  }
  return false;
}

/**
 * The other way in, for a passage whose edit leaves only one fingerprint in common
 * (halves shorter than GUARANTEE): a hit extended on the text itself, along its
 * diagonal and across gaps of up to MAX_GAP characters to the next run of MIN_SEGMENT
 * or more, matches minLength characters (boilerplate still counted here).
 */
function hitReaches(batch: Batch, da: number, db: number, hits: PairHits, from: number, to: number): boolean {
  const { chars, start } = batch.text;
  const a0 = start[da] as number;
  const a1 = start[da + 1] as number;
  const b0 = start[db] as number;
  const b1 = start[db + 1] as number;
  const need = batch.minLength;
  for (let k = from; k < to; k++) {
    const i = a0 + (hits.posA[k] as number);
    const j = b0 + (hits.posB[k] as number);
    // Rightwards from the hit, then leftwards from just before it.
    const right = diagonalRun(chars, i, j, 1, a0, a1, b0, b1, need);
    if (right >= need || right + diagonalRun(chars, i - 1, j - 1, -1, a0, a1, b0, b1, need - right) >= need)
      return true;
  }
  return false;
}

/**
 * Characters equal along one diagonal from (x, y) in direction `dir`, in runs that
 * resume after a gap of up to MAX_GAP characters when MIN_SEGMENT equal ones follow;
 * stops once `need` are counted. x stays in [a0, a1), y in [b0, b1).
 */
function diagonalRun(
  chars: Uint16Array,
  x0: number,
  y0: number,
  dir: number,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  need: number,
): number {
  // How many steps stay inside both reports.
  const room = dir === 1 ? Math.min(a1 - x0, b1 - y0) : Math.min(x0 - a0 + 1, y0 - b0 + 1);
  let matched = 0;
  let t = 0;
  while (t < room) {
    while (t < room && chars[x0 + dir * t] === chars[y0 + dir * t]) {
      t++;
      matched++;
    }
    if (matched >= need) return matched;
    let resumed = false;
    for (let g = 1; g <= MAX_GAP && !resumed; g++) {
      let run = 0;
      while (
        run < MIN_SEGMENT &&
        t + g + run < room &&
        chars[x0 + dir * (t + g + run)] === chars[y0 + dir * (t + g + run)]
      )
        run++;
      if (run === MIN_SEGMENT) {
        t += g;
        resumed = true;
      }
    }
    if (!resumed) break;
  }
  return matched;
}

export function similarityOf(batch: Batch, da: number, db: number, score: number) {
  return { a: batch.docs[da]?.id ?? '', b: batch.docs[db]?.id ?? '', score: Math.round(score * 1000) / 1000 };
}

/** Turns a passage in normalised coordinates into quotes and offsets of both original texts. */
export function toCopyPair(
  batch: Batch,
  da: number,
  db: number,
  A: Prepared,
  B: Prepared,
  p: Passage,
): CopyPair {
  const docA = batch.docs[da];
  const docB = batch.docs[db];
  if (!docA || !docB) throw new Error('toCopyPair: report index out of range');
  const side = (doc: CopyDoc, prep: Prepared, from: number, to: number): CopySide => {
    const start = prep.norm.offsets[from] ?? 0;
    const end = (prep.norm.offsets[to - 1] ?? 0) + 1;
    return { id: doc.id, quote: doc.text.slice(start, end), start, end };
  };
  let a = side(docA, A, p.aStart, p.aEnd);
  let b = side(docB, B, p.bStart, p.bEnd);
  let kind: CopyKind = 'cross_unit';
  // An unknown unit ('') is never "the same unit" as another unknown one.
  if (docA.unit.trim() !== '' && docA.unit.trim() === docB.unit.trim()) {
    const previousYear = docA.year !== null && docB.year !== null && Math.abs(docA.year - docB.year) === 1;
    kind = previousYear ? 'same_unit_previous_year' : 'same_unit';
    // The earlier report is the source: it goes first.
    if (previousYear && (docA.year ?? 0) > (docB.year ?? 0)) [a, b] = [b, a];
  }
  return { a, b, length: p.matched, kind };
}
