import {
  type Batch,
  type CopyDoc,
  type CopyOptions,
  type Passage,
  type Prepared,
  prepareBatch,
  prepareDoc,
  SegmentSet,
  seedFrom,
  shinglePositions,
} from './copyDetectionBatch';
import { lshCandidates } from './copyDetectionLsh';
import {
  addWindows,
  docSignature,
  estimateJaccard,
  newWindowIndex,
  type WindowIndex,
} from './copyDetectionMinHash';
import { normalise } from './copyDetectionText';
import { chainSegments, longestCommonRun } from './copyDetectionVerify';

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
 * possibly with earlier years). MinHash signatures of ~48-character windows are
 * banded (LSH) so only windows likely to match are compared — no report-by-report
 * comparison — and every candidate is verified and extended on the text itself.
 */
export function findCopies(docs: CopyDoc[], opts: CopyOptions = {}): CopyResult {
  const batch = prepareBatch(docs, opts);
  const index = newWindowIndex();
  const docSigs: Uint32Array[] = [];
  docs.forEach((_, d) => {
    const p = prepareDoc(batch, d, true);
    const chunks = batch.chunks[d];
    if (chunks) addWindows(index, d, p, chunks);
    docSigs.push(docSignature(p.shingles, p.boiler));
  });
  const candidates = lshCandidates(index, docs.length, batch.cutoff);

  const result: CopyResult = { pairs: [], similarity: [] };
  // Pairs come sorted by lower report, so report A is prepared once for all its partners.
  let cachedDoc = -1;
  let A: Prepared | undefined;
  for (const key of [...candidates.keys()].sort((x, y) => x - y)) {
    const da = Math.floor(key / docs.length);
    const db = key % docs.length;
    const windows = candidates.get(key) ?? [];
    if (!anyWindowPairShares(docs, index, da, db, windows)) continue;
    if (!A || cachedDoc !== da) {
      A = prepareDoc(batch, da, true);
      cachedDoc = da;
    }
    const B = prepareDoc(batch, db, true);
    const set = new SegmentSet();
    for (let k = 0; k < windows.length; k += 2) {
      const wa = windows[k] ?? 0;
      const wb = windows[k + 1] ?? 0;
      const positions = shinglePositions(A, index.start.data[wa], index.end.data[wa]);
      seedFrom(set, A, B, positions, index.start.data[wb], index.end.data[wb]);
    }
    const passages = chainSegments(set.all, A.boiler, batch.minLength);
    const prepA = A;
    result.pairs.push(...passages.map((p) => toCopyPair(batch, da, db, prepA, B, p)));
    const none = new Uint32Array(0);
    result.similarity.push(
      similarityOf(batch, da, db, estimateJaccard(docSigs[da] ?? none, docSigs[db] ?? none)),
    );
  }
  result.similarity.sort((x, y) => y.score - x.score);
  return result;
}

/** Exact run two candidate windows must share before their reports are prepared and compared. */
const PRECHECK_RUN = 12;

/**
 * Cheap filter before the costly part (normalising and hashing two whole reports):
 * LSH also pairs windows that merely share common phrases; a real copy gives its
 * windows a long identical run.
 */
function anyWindowPairShares(docs: CopyDoc[], index: WindowIndex, da: number, db: number, windows: number[]) {
  const textA = docs[da]?.text ?? '';
  const textB = docs[db]?.text ?? '';
  for (let k = 0; k < windows.length; k += 2) {
    const wa = windows[k] ?? 0;
    const wb = windows[k + 1] ?? 0;
    const a = normalise(textA.slice(index.textStart.data[wa], index.textEnd.data[wa]), false);
    const b = normalise(textB.slice(index.textStart.data[wb], index.textEnd.data[wb]), false);
    if (longestCommonRun(a.chars, a.length, b.chars, b.length, PRECHECK_RUN) >= PRECHECK_RUN) return true;
  }
  return false;
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
