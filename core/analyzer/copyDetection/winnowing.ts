import * as text from './normaliseText';

// Module-local copies: in CommonJS builds an imported binding is a getter on the other
// module's exports, read on every use — in the hot loops below that cost 10× the work.
const FOLD = text.FOLD;
const mix32 = text.mix32;

/**
 * Fingerprints by winnowing (Schleimer, Wilkerson & Aiken 2003): every window of
 * WINNOW consecutive GRAM-character grams contributes the gram with the minimum hash —
 * a one-row MinHash of the window — and a gram selected by consecutive windows is
 * kept once. Identical text selects identical fingerprints wherever it sits, so
 * LSH reduces to bucketing equal fingerprint hashes (one band of one row per window),
 * and the guarantee is deterministic: an exact match of GUARANTEE or more normalised
 * characters shares at least one fingerprint. Density is about 2/(WINNOW+1) per character.
 *
 * Grams are long (24 characters) because reports are written in stock phrases of
 * 4–12 characters: a 10-character gram was shared by 2–47 reports of 10,000 by chance
 * (24 million hits over 18 million report pairs), whereas 24 characters span phrase
 * boundaries, and a sequence of stock phrases is rarely shared unless it was copied.
 * The window stays small (6) so that GUARANTEE is 29: each half of a passage copied
 * with an edit in its middle still holds a fingerprint. Fingerprints are window minima
 * (signed): their top bits are mostly alike, so whatever splits them by hash (the
 * radix sort, shards) uses their low bits.
 */
export const GRAM = 24;
export const WINNOW = 6;
/** Base of the grams' rolling hash (odd), and GRAM_BASE^GRAM to drop the leaving character. */
export const GRAM_BASE = 0x2c9277b5;
export const GRAM_POW = (() => {
  let p = 1;
  for (let i = 0; i < GRAM; i++) p = Math.imul(p, GRAM_BASE);
  return p;
})();
/** Exact matches at least this long (normalised characters) are sure to share a fingerprint. */
export const GUARANTEE = WINNOW + GRAM - 1;

/** Growable typed array, so millions of fingerprints do not become millions of JS objects. */
export class U32List {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }
  /** Makes room for `extra` more values. */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    const next = new Uint32Array(Math.max(this.data.length * 2, this.length + extra));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** All fingerprints of a batch, as parallel arrays in report order (a report's are counted by the caller). */
export class FingerprintSink {
  readonly hash: U32List;
  /** Position of the gram's first character in the batch's character store. */
  readonly pos: U32List;
  constructor(expected = 1024) {
    this.hash = new U32List(expected);
    this.pos = new U32List(expected);
  }
  reserve(extra: number): void {
    this.hash.reserve(extra);
    this.pos.reserve(extra);
  }
  /** Appends another sink's fingerprints (`length` of them), after this one's. */
  append(hash: Uint32Array, pos: Uint32Array, length: number): void {
    this.reserve(length);
    const at = this.hash.length;
    this.hash.data.set(hash.subarray(0, length), at);
    this.pos.data.set(pos.subarray(0, length), at);
    this.hash.length = this.pos.length = at + length;
  }
}

/** Buffers reused from report to report, sized once for the longest text (fields never reassigned, so the scan stays optimised). */
export class ScanScratch {
  readonly grams: Int32Array;
  constructor(capacity: number) {
    this.grams = new Int32Array(capacity + 1);
  }
}

/**
 * The normalised characters of every report of a batch, end to end: report d is
 * chars[start[d] .. end[d]), its slot sized by its original text (start is the prefix
 * sum of the text lengths), so reports can be scanned in any order, or in parallel.
 * Two bytes a character: candidate pairs are verified on the text itself. Every
 * CHECKPOINT-th store position keeps its character's offset in the original text, so
 * a passage's offsets are found without normalising its report again.
 */
export class CharStore {
  readonly chars: Uint16Array;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly checkpoints: Uint32Array;
  constructor(
    lengths: ArrayLike<number>,
    buffers?: { chars: Uint16Array; end: Uint32Array; checkpoints: Uint32Array },
  ) {
    this.start = slotStarts(lengths);
    const total = this.start[lengths.length] as number;
    this.chars = buffers?.chars ?? new Uint16Array(total);
    this.end = buffers?.end ?? new Uint32Array(lengths.length);
    this.checkpoints = buffers?.checkpoints ?? new Uint32Array((total >>> CHECKPOINT_BITS) + 1);
  }
  /** Report d's normalised characters (a view, not a copy). */
  doc(d: number): Uint16Array {
    return this.chars.subarray(this.start[d] as number, this.end[d] as number);
  }
  /**
   * Offsets in report d's original `text` of the span holding store positions [from, to):
   * from the first character's offset to just after the last one's.
   */
  originalSpan(d: number, text: string, from: number, to: number): { start: number; end: number } {
    const base = this.start[d] as number;
    // Start from the last checkpoint at or before `from` inside the report.
    const block = (from >>> CHECKPOINT_BITS) << CHECKPOINT_BITS;
    let pos = base;
    let i = 0;
    if (block >= base) {
      pos = block;
      i = this.checkpoints[block >>> CHECKPOINT_BITS] as number;
    }
    let start = 0;
    for (; i < text.length; i++) {
      if (FOLD[text.charCodeAt(i)] === 0) continue;
      if (pos === from) start = i;
      if (pos === to - 1) return { start, end: i + 1 };
      pos++;
    }
    return { start, end: text.length };
  }
}

/** Where each report's slot of a CharStore starts (the prefix sums of the text lengths), and where the last ends. */
export function slotStarts(lengths: ArrayLike<number>): Uint32Array {
  const start = new Uint32Array(lengths.length + 1);
  for (let d = 0; d < lengths.length; d++) start[d + 1] = (start[d] as number) + (lengths[d] as number);
  return start;
}

/** log2 of the spacing of CharStore's checkpoints. */
const CHECKPOINT_BITS = 6;

/**
 * Where a scan puts fingerprints: one sink per shard of the hash space (shardOf), and
 * each report's count per shard (counts[s][d]). Winnowing writes each fingerprint
 * straight to its shard's sink, so fingerprints are written once.
 */
export class ShardSinks {
  readonly sinks: FingerprintSink[];
  readonly counts: Uint32Array[];
  /** Per shard, the sink's arrays and length while a report is winnowed (set by winnow). */
  readonly hash: Uint32Array[];
  readonly pos: Uint32Array[];
  readonly length: Int32Array;
  constructor(shards: number, capacity: number, docs: number) {
    this.sinks = Array.from({ length: shards }, () => new FingerprintSink(capacity));
    this.counts = Array.from({ length: shards }, () => new Uint32Array(docs));
    this.hash = this.sinks.map((s) => s.hash.data);
    this.pos = this.sinks.map((s) => s.pos.data);
    this.length = new Int32Array(shards);
  }
}

/**
 * Which of `shards` slices of the hash space a fingerprint belongs to (bits 8–15;
 * fingerprints are window minima, so their top bits are mostly alike): shards are
 * grouped independently, in parallel.
 */
export function shardOf(hash: number, shards: number): number {
  return (((hash >>> 8) & 0xff) * shards) >>> 8;
}

/**
 * One pass over report `doc`: normalise it into its slot of the store, hash its grams
 * (rolling) and winnow its fingerprints into the sinks (hash, store position). The work
 * is split into small loops over typed arrays, which V8 keeps optimised (one fused
 * loop measured slower).
 */
export function scanDoc(
  source: string,
  scratchIn: ScanScratch,
  doc: number,
  out: ShardSinks,
  store: CharStore,
): void {
  const scratch = scratchIn.grams.length > source.length ? scratchIn : new ScanScratch(source.length);
  const at = store.start[doc] as number;
  const chars = store.chars.subarray(at, at + source.length);
  const n = foldInto(source, chars, at, store.checkpoints);
  store.end[doc] = at + n;
  winnowDoc(scratch.grams, gramHashes(chars, n, scratch.grams), out, at, doc);
}

/**
 * scanDoc for a report whose UTF-16 code units are already in its slot of the store
 * (`length` of them, as the server's copyDetectionWorkers writes them): they are folded in place — the kept
 * characters move towards the slot's start, never past a unit not yet read — then
 * hashed and winnowed as scanDoc does. Threads given the store in shared memory scan
 * it without the texts being copied to them as strings.
 */
export function scanStoredDoc(
  length: number,
  scratchIn: ScanScratch,
  doc: number,
  out: ShardSinks,
  store: CharStore,
): void {
  const scratch = scratchIn.grams.length > length ? scratchIn : new ScanScratch(length);
  const at = store.start[doc] as number;
  const chars = store.chars.subarray(at, at + length);
  const n = foldUnitsInPlace(chars, length, at, store.checkpoints);
  store.end[doc] = at + n;
  winnowDoc(scratch.grams, gramHashes(chars, n, scratch.grams), out, at, doc);
}

/** Winnows a report's grams into its shards' sinks and counts them (see winnow). */
function winnowDoc(grams: Int32Array, gramCount: number, out: ShardSinks, base: number, doc: number): void {
  const shards = out.sinks.length;
  // Room for every gram in every shard, so winnow writes the sinks' arrays directly.
  for (let s = 0; s < shards; s++) {
    const sink = out.sinks[s] as FingerprintSink;
    sink.reserve(gramCount + 1);
    out.hash[s] = sink.hash.data;
    out.pos[s] = sink.pos.data;
    out.length[s] = sink.hash.length;
  }
  if (shards === 1) {
    const sink = out.sinks[0] as FingerprintSink;
    const end = winnow(grams, gramCount, sink.hash.data, sink.pos.data, sink.hash.length, base);
    (out.counts[0] as Uint32Array)[doc] = end - sink.hash.length;
    sink.hash.length = sink.pos.length = end;
    return;
  }
  winnowShards(grams, gramCount, out.hash, out.pos, out.length, base);
  for (let s = 0; s < shards; s++) {
    const sink = out.sinks[s] as FingerprintSink;
    const end = out.length[s] as number;
    (out.counts[s] as Uint32Array)[doc] = end - sink.hash.length;
    sink.hash.length = sink.pos.length = end;
  }
}

function foldUnitsInPlace(chars: Uint16Array, length: number, at: number, checkpoints: Uint32Array): number {
  const fold = FOLD;
  const mask = (1 << CHECKPOINT_BITS) - 1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const f = fold[chars[i] as number] as number;
    if (f === 0) continue;
    if (((at + n) & mask) === 0) checkpoints[(at + n) >>> CHECKPOINT_BITS] = i;
    chars[n++] = f;
  }
  return n;
}

function foldInto(source: string, chars: Uint16Array, at: number, checkpoints: Uint32Array): number {
  const fold = FOLD;
  const mask = (1 << CHECKPOINT_BITS) - 1;
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const f = fold[source.charCodeAt(i)] as number;
    if (f === 0) continue;
    if (((at + n) & mask) === 0) checkpoints[(at + n) >>> CHECKPOINT_BITS] = i;
    chars[n++] = f;
  }
  return n;
}

/**
 * Robust winnowing over the grams (gram q = chars q .. q+GRAM): each window's rightmost
 * minimum is kept while it stays in the window, and looked for again (WINNOW grams)
 * only when it leaves — on random hashes that is cheaper than a monotone deque, whose
 * pops are a branch the processor cannot predict. A gram is emitted when it becomes the
 * pick: its hash and store position (base + q) are written at outHash/outPos[out..].
 * Returns the new end.
 */
function winnow(
  grams: Int32Array,
  gramCount: number,
  outHash: Uint32Array,
  outPos: Uint32Array,
  out: number,
  base: number,
): number {
  let minPos = -1;
  let minVal = 0x7fffffff;
  let lastPicked = -1;
  for (let q = 0; q < gramCount; q++) {
    // Signed int32 throughout (any total order serves winnowing), so no value becomes a double.
    const gh = grams[q] as number;
    if (gh <= minVal) {
      minVal = gh;
      minPos = q;
    } else if (minPos <= q - WINNOW) {
      minVal = gh;
      minPos = q;
      for (let k = q - 1; k > q - WINNOW; k--) {
        const v = grams[k] as number;
        if (v < minVal) {
          minVal = v;
          minPos = k;
        }
      }
    }
    if (q >= WINNOW - 1 && minPos !== lastPicked) {
      lastPicked = minPos;
      outHash[out] = minVal;
      outPos[out++] = base + minPos;
    }
  }
  // A report shorter than one window still gets its minimum gram.
  if (lastPicked === -1 && minPos !== -1) {
    outHash[out] = minVal;
    outPos[out++] = base + minPos;
  }
  return out;
}

/** winnow, each fingerprint written to its shard's arrays (shardOf); `length` holds each shard's end. */
function winnowShards(
  grams: Int32Array,
  gramCount: number,
  outHash: Uint32Array[],
  outPos: Uint32Array[],
  length: Int32Array,
  base: number,
): void {
  const shards = outHash.length;
  let minPos = -1;
  let minVal = 0x7fffffff;
  let lastPicked = -1;
  for (let q = 0; q < gramCount; q++) {
    const gh = grams[q] as number;
    if (gh <= minVal) {
      minVal = gh;
      minPos = q;
    } else if (minPos <= q - WINNOW) {
      minVal = gh;
      minPos = q;
      for (let k = q - 1; k > q - WINNOW; k--) {
        const v = grams[k] as number;
        if (v < minVal) {
          minVal = v;
          minPos = k;
        }
      }
    }
    if (q >= WINNOW - 1 && minPos !== lastPicked) {
      lastPicked = minPos;
      const s = (((minVal >>> 8) & 0xff) * shards) >>> 8;
      const at = length[s] as number;
      (outHash[s] as Uint32Array)[at] = minVal;
      (outPos[s] as Uint32Array)[at] = base + minPos;
      length[s] = at + 1;
    }
  }
  if (lastPicked === -1 && minPos !== -1) {
    const s = (((minVal >>> 8) & 0xff) * shards) >>> 8;
    const at = length[s] as number;
    (outHash[s] as Uint32Array)[at] = minVal;
    (outPos[s] as Uint32Array)[at] = base + minPos;
    length[s] = at + 1;
  }
}

/**
 * Hash of every GRAM-character gram of chars[0..n) (rolling, then mixed), signed as
 * winnow compares them: out[q] covers chars[q .. q+GRAM). Returns the gram count.
 */
export function gramHashes(chars: Uint16Array, n: number, out: Int32Array): number {
  let h = 0;
  for (let k = 0; k < n; k++) {
    h = (Math.imul(h, GRAM_BASE) + (chars[k] as number)) | 0;
    if (k >= GRAM) h = (h - Math.imul(chars[k - GRAM] as number, GRAM_POW)) | 0;
    if (k >= GRAM - 1) out[k - GRAM + 1] = mix32(h) | 0;
  }
  return Math.max(0, n - GRAM + 1);
}

/** Hash of the gram at q, unsigned, equal to gramHashes' (Horner's rule gives the rolling hash's value). */
export function gramHashAt(chars: Uint16Array, q: number): number {
  let h = 0;
  for (let k = q; k < q + GRAM; k++) h = (Math.imul(h, GRAM_BASE) + (chars[k] as number)) | 0;
  return mix32(h) >>> 0;
}
