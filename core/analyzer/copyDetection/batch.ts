import {
  commonFingerprints,
  fingerprintHits,
  HashSet32,
  mergePairHits,
  type PairHits,
  sortFingerprints,
} from './fingerprintGroups';
import { CharStore, ScanScratch, ShardSinks, scanDoc, scanStoredDoc, shardOf, WINNOW } from './winnowing';

export interface CopyDoc {
  id: string;
  unit: string;
  year: number | null;
  text: string;
}

export interface CopyOptions {
  /** Matched characters (letters and digits, common wording excluded) a passage needs. Default 40. */
  minLength?: number;
  /** A fingerprint in at least this share of the reports is common wording. Default COMMON_SHARE. */
  commonShare?: number;
  /** …or in at least this many reports (capped at the batch size, never below 3). Default COMMON_MIN_DOCS. */
  commonMinDocs?: number;
  /** A fingerprint in fewer than this share of the reports is evidence of copying. Default RARE_SHARE. */
  rareShare?: number;
  /**
   * Rare fingerprints (occurrence pairs) a report pair must share to be verified at all.
   * Default MIN_SHARED_FINGERPRINTS (1): see there before raising it.
   */
  minSharedFingerprints?: number;
}

/**
 * What counts as copied, for a county reviewer: text one report took from another, not
 * the wording every report shares. A sentence most townships write (the opening slogan,
 * 现将……报告如下, a stock sentence of the provincial guidance) says nothing about two
 * particular units, and reporting it buries the real copies: with boilerplate defined
 * as chunks in 10% of the reports, the benchmark's 10,000 reports gave 94,000 pairs
 * "sharing" 40 characters of template sentences. So, as in MOSS (which ignores
 * fingerprints found in too many documents), document frequency within the batch
 * decides, at two levels:
 *
 * - common wording: a fingerprint (24-character gram) in at least COMMON_SHARE of the
 *   reports (1%; COMMON_MIN_DOCS in a small batch: 5 of a county's 20 townships) is a
 *   stock phrase. The characters such grams cover do not count towards a passage's
 *   length, and are trimmed off its ends.
 * - evidence: a passage must hold a fingerprint both reports share that is rare, in
 *   fewer than RARE_SHARE of the reports (0.1%: 10 of 10,000; the same limit as common
 *   wording below 500 reports, 5 up to 5,000). Only rare fingerprints pair reports up —
 *   the cap on a posting list's length — so a phrase in 40 reports does not make 780
 *   candidate pairs.
 *
 * Between the two, a phrase in, say, 50 of 10,000 reports neither pairs reports nor is
 * discounted: a passage that holds rare grams (a copied passage does: 24 characters
 * span the boundaries of stock phrases, and that sequence is in two reports, not
 * dozens) counts all its own words, a recurring sentence among them. Measured on the
 * benchmark (10,000 report-like texts, 500 planted copies): one limit of 0.2% for both
 * found 493 plants — planted halves made of a sentence the generator repeats in 20 to
 * 60 reports no longer reached 40 characters — while 1% for both made 8.5 million
 * candidate pairs; with these two, 497 plants (498 with the chunk rule) and 6,800
 * reported pairs instead of 94,000, from 1.2 million candidates (1.9 million with
 * evidence below 0.2%, for the same plants). The price: a passage copied into as many
 * reports as the evidence limit has no evidence left and is not reported — within that
 * batch it has become a template. Both findCopies and the all-pairs reference apply
 * these rules, so they agree on what a copy is.
 */
export const COMMON_SHARE = 0.01;
export const COMMON_MIN_DOCS = 5;
export const RARE_SHARE = 0.001;

/**
 * Report pairs sharing fewer rare fingerprints than this are not verified. One, because a
 * reportable copy may share only one. The window guarantees a shared fingerprint in every
 * exact run of GUARANTEE (29) characters and two in a run of 35, but a passage is a chain of
 * runs across edits of up to MAX_GAP characters, and its other fingerprints may be in
 * RARE_SHARE to COMMON_SHARE of the reports, where they neither pair reports up nor stop
 * counting: a 46-character copy with an edit after its 29th character shares one (tested).
 * On the benchmark (bench/copy-hit-classes.ts, 10,000 reports) 1,101,125 of the 1,225,649
 * candidate pairs share one rare fingerprint and yield 4,610 of the 6,822 passages (40–57
 * matched characters, all reportable) and one of the 497 planted copies found (halves of 28
 * and 27 characters around its edit); 2 spares their verification (findCopies' CPU −27 %, the
 * server path's −20 %, docs/performance.md) at that price — a choice about recall, so a setting.
 */
export const MIN_SHARED_FINGERPRINTS = 1;

/**
 * Reports in which a fingerprint is common wording, for a batch of n reports: at
 * least 3 (two reports sharing a sentence is the very thing looked for).
 */
export function commonLimitFor(n: number, opts: CopyOptions = {}): number {
  return Math.max(
    3,
    Math.min(opts.commonMinDocs ?? COMMON_MIN_DOCS, n),
    Math.ceil((opts.commonShare ?? COMMON_SHARE) * n),
  );
}

/** Reports a fingerprint must be in fewer of to be evidence (at most the common-wording limit). */
export function rareLimitFor(n: number, opts: CopyOptions = {}): number {
  const common = commonLimitFor(n, opts);
  return Math.min(common, commonLimitFor(n, { ...opts, commonShare: opts.rareShare ?? RARE_SHARE }));
}

/**
 * What verification and the result need of a batch, once its fingerprints are grouped:
 * every report's normalised text, the common wording, and the candidate pairs.
 */
export interface Batch {
  docs: CopyDoc[];
  minLength: number;
  /** Every report's normalised text; fingerprint positions index it. */
  text: CharStore;
  /** Fingerprints in this many reports or more are common wording (commonLimitFor). */
  commonLimit: number;
  /** Fingerprints in fewer reports than this are evidence (rareLimitFor). */
  rareLimit: number;
  /** Hashes of the common fingerprints, and the same as a set. */
  commonKeys: Uint32Array;
  common: HashSet32;
  /** Fingerprints of the whole batch. */
  fingerprints: number;
  /** Each report's fingerprints that are not common wording. */
  counted: Uint32Array;
  /** The candidate pairs: report pairs sharing rare fingerprints, with the positions of those. */
  hits: PairHits;
}

/**
 * Scans every report once (normalise into the store, winnow the fingerprints), sorts
 * the fingerprints by hash, finds the common ones and the candidate pairs — on the
 * calling thread (server/copyDetectionWorkers.ts runs the same steps in parallel).
 */
export function prepareBatch(docs: CopyDoc[], opts: CopyOptions = {}): Batch {
  const n = docs.length;
  const text = new CharStore(docs.map((d) => d.text.length));
  const parts = scanTexts(
    docs.map((d) => d.text),
    0,
    text,
    1,
    n,
  );
  const group = groupShard(parts, text.start, commonLimitFor(n, opts), rareLimitFor(n, opts));
  return mergeShards(docs, text, [group], opts);
}

/** Fingerprints room for `chars` characters of text (winnowing keeps about 2 in WINNOW + 1 grams). */
export function sinkCapacity(chars: number): number {
  return Math.ceil((chars * 2.2) / (WINNOW + 1));
}

export { shardOf };

/** One shard's fingerprints from a range of reports, in report order. */
export interface ShardPart {
  hash: Uint32Array;
  /** Store position of each fingerprint's gram. */
  pos: Uint32Array;
  length: number;
  /** counts[d]: fingerprints of report d in this part (0 for reports outside its range). */
  counts: Uint32Array;
}

/**
 * Scans texts[k] as report first + k (of n) into its slot of the store and winnows its
 * fingerprints into `shards` parts by hash. Reports are independent: ranges of them
 * can be scanned in parallel into one shared store.
 */
export function scanTexts(
  texts: readonly string[],
  first: number,
  text: CharStore,
  shards: number,
  n: number,
): ShardPart[] {
  return scanRange(
    texts.map((t) => t.length),
    first,
    shards,
    n,
    (k, scratch, doc, sink) => scanDoc(texts[k] as string, scratch, doc, sink, text),
  );
}

/**
 * scanTexts for reports first .. first + lengths.length − 1 whose code units are
 * already in their slots of the store (see scanStoredDoc): the same parts, without the texts
 * as strings (a worker thread reads them from shared memory).
 */
export function scanStored(
  lengths: ArrayLike<number>,
  first: number,
  text: CharStore,
  shards: number,
  n: number,
): ShardPart[] {
  return scanRange(lengths, first, shards, n, (k, scratch, doc, sink) =>
    scanStoredDoc(lengths[k] as number, scratch, doc, sink, text),
  );
}

function scanRange(
  lengths: ArrayLike<number>,
  first: number,
  shards: number,
  n: number,
  scanOne: (k: number, scratch: ScanScratch, doc: number, out: ShardSinks) => void,
): ShardPart[] {
  let chars = 0;
  let longest = 0;
  for (let k = 0; k < lengths.length; k++) {
    const l = lengths[k] as number;
    chars += l;
    longest = Math.max(longest, l);
  }
  const scratch = new ScanScratch(longest);
  // Room for the expected fingerprints and one more report's worth: each report reserves room for all its grams.
  const out = new ShardSinks(shards, sinkCapacity(chars / shards) + longest + 1024, n);
  for (let k = 0; k < lengths.length; k++) scanOne(k, scratch, first + k, out);
  return out.sinks.map((sink, s) => ({
    hash: sink.hash.data,
    pos: sink.pos.data,
    length: sink.hash.length,
    counts: out.counts[s] as Uint32Array,
  }));
}

/** What grouping one shard yields (see groupShard). */
export interface ShardGroup {
  commonKeys: Uint32Array;
  /** counted[d]: report d's fingerprints in this shard that are not common wording. */
  counted: Uint32Array;
  fingerprints: number;
  hits: PairHits;
}

/**
 * Groups one shard's fingerprints (its parts in report order, from every range of
 * reports): groups them by hash, finds the common ones and the rare
 * ones' hits, grouped by report pair. `starts` are the store's slot starts.
 */
export function groupShard(
  parts: ShardPart[],
  starts: Uint32Array,
  commonLimit: number,
  rareLimit: number,
): ShardGroup {
  const n = starts.length - 1;
  let total = 0;
  const counted = new Uint32Array(n);
  for (const p of parts) {
    total += p.length;
    for (let d = 0; d < n; d++) counted[d] = (counted[d] as number) + (p.counts[d] as number);
  }
  const { sorted, runs } = sortFingerprints(parts, starts);
  const commonKeys = commonFingerprints(sorted, runs, commonLimit, counted);
  const hits = fingerprintHits(sorted, runs, n, rareLimit);
  return { commonKeys, counted, fingerprints: total, hits };
}

/** The batch from its grouped shards. */
export function mergeShards(
  docs: CopyDoc[],
  text: CharStore,
  groups: ShardGroup[],
  opts: CopyOptions = {},
): Batch {
  const n = docs.length;
  const counted = new Uint32Array(n);
  let fingerprints = 0;
  let common = 0;
  for (const g of groups) {
    fingerprints += g.fingerprints;
    common += g.commonKeys.length;
    for (let d = 0; d < n; d++) counted[d] = (counted[d] as number) + (g.counted[d] as number);
  }
  const commonKeys = new Uint32Array(common);
  let at = 0;
  for (const g of groups) {
    commonKeys.set(g.commonKeys, at);
    at += g.commonKeys.length;
  }
  return {
    docs,
    minLength: opts.minLength ?? 40,
    text,
    commonLimit: commonLimitFor(n, opts),
    rareLimit: rareLimitFor(n, opts),
    commonKeys,
    common: new HashSet32(commonKeys),
    fingerprints,
    counted,
    hits: pairsSharing(
      mergePairHits(groups.map((g) => g.hits)),
      opts.minSharedFingerprints ?? MIN_SHARED_FINGERPRINTS,
    ),
  };
}

/** The candidate pairs with at least `least` hits (all of them when least ≤ 1, not copied). */
export function pairsSharing(hits: PairHits, least: number): PairHits {
  if (least <= 1) return hits;
  const pairs = hits.docA.length;
  let keptPairs = 0;
  let keptHits = 0;
  for (let p = 0; p < pairs; p++) {
    const n = (hits.start[p + 1] as number) - (hits.start[p] as number);
    if (n < least) continue;
    keptPairs++;
    keptHits += n;
  }
  const out: PairHits = {
    docA: new Uint32Array(keptPairs),
    docB: new Uint32Array(keptPairs),
    start: new Uint32Array(keptPairs + 1),
    posA: new Uint32Array(keptHits),
    posB: new Uint32Array(keptHits),
  };
  let q = 0;
  let h = 0;
  for (let p = 0; p < pairs; p++) {
    const h0 = hits.start[p] as number;
    const h1 = hits.start[p + 1] as number;
    if (h1 - h0 < least) continue;
    out.docA[q] = hits.docA[p] as number;
    out.docB[q] = hits.docB[p] as number;
    out.start[q++] = h;
    out.posA.set(hits.posA.subarray(h0, h1), h);
    out.posB.set(hits.posB.subarray(h0, h1), h);
    h += h1 - h0;
  }
  out.start[q] = h;
  return out;
}
