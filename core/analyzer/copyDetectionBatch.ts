import { boilerplateMask, ChunkDocFrequency, type Chunks, HashSet32 } from './copyDetectionChunks';
import { commonFingerprints, MAX_DOCS, type SortedFingerprints, sortFingerprints } from './copyDetectionLsh';
import {
  CharStore,
  extendBoilerplate,
  FingerprintSink,
  ScanScratch,
  scanDoc,
  WINNOW,
} from './copyDetectionMinHash';
import { type Normalised, normalise, shingleHashes } from './copyDetectionText';
import { type Passage, SegmentSet } from './copyDetectionVerify';

export interface CopyDoc {
  id: string;
  unit: string;
  year: number | null;
  text: string;
}

export interface CopyOptions {
  /** Matched characters (letters and digits, boilerplate excluded) a passage needs. Default 40. */
  minLength?: number;
  /** A chunk in at least this share of the reports is boilerplate. Default 0.1. */
  boilerplateFraction?: number;
  /** …or in at least this many reports (capped at the batch size, never below 3). Default 5. */
  boilerplateMinDocs?: number;
}

/**
 * What both the LSH search and the all-pairs reference share: per-report chunks and
 * the boilerplate cutoff. Texts are normalised again when needed instead of kept,
 * because a batch of 10,000 reports would hold 100 million characters twice.
 */
export interface Batch {
  docs: CopyDoc[];
  chunks: Chunks[];
  df: ChunkDocFrequency;
  cutoff: number;
  minLength: number;
  /** Every report's normalised text. */
  text: CharStore;
  /** Every report's fingerprints (winnowed grams), sorted by hash. */
  sorted: SortedFingerprints;
  /** Fingerprints in this many reports or more are common wording: min(cutoff, MAX_DOCS). */
  commonLimit: number;
  /** Their hashes: a gram with one of them next to boilerplate is boilerplate too. */
  common: HashSet32;
}

/**
 * Chunks every report in one pass over its text (normalise, shingle, chunk, select the
 * report's fingerprints), with scratch buffers reused across reports so the pass
 * allocates only each report's chunk arrays. Then finds what boilerplate is made of:
 * chunks in at least `cutoff` reports, and fingerprints in at least `commonLimit`
 * reports (common wording), which extends boilerplate chunks to the paragraph's edges.
 */
export function prepareBatch(docs: CopyDoc[], opts: CopyOptions = {}): Batch {
  let chars = 0;
  for (const d of docs) chars += d.text.length;
  const sink = new FingerprintSink(Math.ceil((chars * 2.2) / (WINNOW + 1)));
  const scratch = new ScanScratch(docs.reduce((n, d) => Math.max(n, d.text.length), 0));
  const text = new CharStore(chars, docs.length);
  const chunks = docs.map((d, i) => scanDoc(d.text, scratch, i, sink, text));
  const df = new ChunkDocFrequency(chunks.reduce((n, c) => n + c.ends.length, 0));
  chunks.forEach((c, doc) => {
    for (const h of c.hashes) df.add(h, doc);
  });
  const n = docs.length;
  const cutoff = Math.max(
    3,
    Math.min(opts.boilerplateMinDocs ?? 5, n),
    Math.ceil((opts.boilerplateFraction ?? 0.1) * n),
  );
  const sorted = sortFingerprints(sink);
  const commonLimit = Math.min(cutoff, MAX_DOCS);
  const common = new HashSet32(commonFingerprints(sorted, commonLimit));
  return { docs, chunks, df, cutoff, minLength: opts.minLength ?? 40, text, sorted, commonLimit, common };
}

/** A report's normalised text, shingles and boilerplate flags, rebuilt on demand. */
export interface Prepared {
  norm: Normalised;
  shingles: Uint32Array;
  boiler: Uint8Array;
}

export function prepareDoc(batch: Batch, doc: number, withOffsets = false): Prepared {
  const norm = normalise(batch.docs[doc]?.text ?? '', withOffsets);
  const shingles = shingleHashes(norm);
  const chunks = batch.chunks[doc] ?? { ends: new Int32Array(0), hashes: new Uint32Array(0) };
  const boiler = boilerplateMask(chunks, batch.df, batch.cutoff, shingles.length);
  extendBoilerplate(boiler, norm, batch.common);
  return { norm, shingles, boiler };
}

/** Positions of each non-boilerplate shingle in [from, to) of a report, for seeding. */
export function shinglePositions(p: Prepared, from = 0, to = p.shingles.length): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let i = from; i < to; i++) {
    if (p.boiler[i] === 1) continue;
    const h = p.shingles[i] ?? 0;
    const list = map.get(h);
    if (list) list.push(i);
    else map.set(h, [i]);
  }
  return map;
}

/** Seeds every shared non-boilerplate shingle of B[from, to) found in `positionsInA`. */
export function seedFrom(
  set: SegmentSet,
  A: Prepared,
  B: Prepared,
  positionsInA: Map<number, number[]>,
  from = 0,
  to = B.shingles.length,
): void {
  for (let j = from; j < to; j++) {
    if (B.boiler[j] === 1) continue;
    const hits = positionsInA.get(B.shingles[j] ?? 0);
    if (hits) for (const i of hits) set.seed(A.norm, B.norm, i, j);
  }
}

export type { Passage };
export { SegmentSet };
