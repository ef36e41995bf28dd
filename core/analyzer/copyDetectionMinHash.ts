import type { Chunks, HashSet32 } from './copyDetectionChunks';
import * as chunking from './copyDetectionChunks';
import * as text from './copyDetectionText';

// Module-local copies: in CommonJS builds an imported binding is a getter on the other
// module's exports, read on every use — in the hot loops below that cost 10× the work.
const SHINGLE = text.SHINGLE;
const BASE = text.BASE;
const BASE_POW = text.BASE_POW;
const foldChar = text.foldChar;
const mix32 = text.mix32;
const ANCHOR_MASK = chunking.ANCHOR_MASK;
const MIN_CHUNK = chunking.MIN_CHUNK;
const MAX_CHUNK = chunking.MAX_CHUNK;

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
 * with an edit in its middle still holds a fingerprint.
 */
export const GRAM = 24;
export const WINNOW = 6;
/** Base of the grams' rolling hash (odd; not the shingles' base), and BASE^GRAM to drop the leaving character. */
const GRAM_BASE = 0x2c9277b5;
const GRAM_POW = (() => {
  let p = 1;
  for (let i = 0; i < GRAM; i++) p = Math.imul(p, GRAM_BASE);
  return p;
})();
/** Exact matches at least this long (normalised characters) are sure to share a fingerprint. */
export const GUARANTEE = WINNOW + GRAM - 1;
export const DOC_BINS = 64; // top 6 bits: whole-report Jaccard to about ±0.06
const EMPTY = 0xffffffff;

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

/** All fingerprints of a batch, as parallel arrays in report order. */
export class FingerprintSink {
  readonly hash: U32List;
  readonly doc: U32List;
  /** Normalised position of the gram's first character. */
  readonly pos: U32List;
  constructor(expected = 1024) {
    this.hash = new U32List(expected);
    this.doc = new U32List(expected);
    this.pos = new U32List(expected);
  }
  reserve(extra: number): void {
    this.hash.reserve(extra);
    this.doc.reserve(extra);
    this.pos.reserve(extra);
  }
}

/** Buffers reused from report to report, sized once for the longest text (fields never reassigned, so the scan stays optimised). */
export class ScanScratch {
  readonly chars: Uint16Array;
  readonly shingles: Uint32Array;
  readonly grams: Int32Array;
  readonly dqHash: Int32Array;
  readonly deque: Int32Array;
  readonly ends: Int32Array;
  readonly hashes: Uint32Array;
  constructor(capacity: number) {
    const n = capacity + 1;
    this.chars = new Uint16Array(n);
    this.shingles = new Uint32Array(n);
    this.grams = new Int32Array(n);
    this.dqHash = new Int32Array(n);
    this.deque = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.hashes = new Uint32Array(n);
  }
}

/**
 * The normalised characters of every report of a batch, end to end (report d is
 * chars[start[d] .. start[d+1])): two bytes a character, so candidate pairs can be
 * checked on the text before a report is prepared.
 */
export class CharStore {
  readonly chars: Uint16Array;
  readonly start: Uint32Array;
  private docs = 0;
  constructor(totalChars: number, docCount: number) {
    this.chars = new Uint16Array(totalChars);
    this.start = new Uint32Array(docCount + 1);
  }
  append(chars: Uint16Array, n: number): void {
    const at = this.start[this.docs] as number;
    this.chars.set(chars.subarray(0, n), at);
    this.start[++this.docs] = at + n;
  }
}

/**
 * One pass over a report: normalise, hash shingles (rolling), cut content-defined
 * chunks (the same as `chunkShingles(shingleHashes(normalise(text)))`) and, with a
 * sink, winnow the report's fingerprints into it. Returns the chunks. The work is
 * split into small loops over typed arrays, which V8 keeps optimised.
 */
export function scanDoc(
  source: string,
  scratchIn: ScanScratch,
  doc: number,
  sink?: FingerprintSink,
  store?: CharStore,
): Chunks {
  const scratch = scratchIn.chars.length > source.length ? scratchIn : new ScanScratch(source.length);
  const n = foldInto(source, scratch.chars);
  store?.append(scratch.chars, n);
  const chunkCount = shingleAndChunk(scratch.chars, n, scratch.shingles, scratch.ends, scratch.hashes);
  if (sink)
    winnow(
      scratch.grams,
      gramHashes(scratch.chars, n, scratch.grams),
      scratch.dqHash,
      scratch.deque,
      sink,
      doc,
    );
  return { ends: scratch.ends.slice(0, chunkCount), hashes: scratch.hashes.slice(0, chunkCount) };
}

function foldInto(source: string, chars: Uint16Array): number {
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const f = foldChar(source.charCodeAt(i));
    if (f !== 0) chars[n++] = f;
  }
  return n;
}

/** Rolling shingle hashes of chars[0..n) and their chunks; returns the chunk count. */
function shingleAndChunk(
  chars: Uint16Array,
  n: number,
  shingles: Uint32Array,
  ends: Int32Array,
  hashes: Uint32Array,
): number {
  let h = 0;
  let chunkCount = 0;
  let chunkStart = 0;
  let ch = 0x811c9dc5 | 0;
  for (let k = 0; k < n; k++) {
    h = (Math.imul(h, BASE) + (chars[k] as number)) | 0;
    if (k >= SHINGLE) h = (h - Math.imul(chars[k - SHINGLE] as number, BASE_POW)) | 0;
    if (k < SHINGLE - 1) continue;
    const g = k - SHINGLE + 1;
    const s = mix32(h);
    shingles[g] = s;
    ch = Math.imul(ch ^ s, 0x01000193);
    const len = g + 1 - chunkStart;
    if ((len >= MIN_CHUNK && (s & ANCHOR_MASK) === 0) || len >= MAX_CHUNK) {
      ends[chunkCount] = g + 1;
      hashes[chunkCount++] = mix32(ch ^ len);
      chunkStart = g + 1;
      ch = 0x811c9dc5 | 0;
    }
  }
  const count = Math.max(0, n - SHINGLE + 1);
  if (chunkStart < count) {
    ends[chunkCount] = count;
    hashes[chunkCount++] = mix32(ch ^ (count - chunkStart));
  }
  return chunkCount;
}

/**
 * Robust winnowing over the grams (gram q = chars q .. q+GRAM): a monotone
 * deque gives each window's rightmost minimum; a gram is emitted when it becomes the pick.
 */
function winnow(
  grams: Int32Array,
  gramCount: number,
  dqHash: Int32Array,
  dqPos: Int32Array,
  sink: FingerprintSink,
  doc: number,
): void {
  // Room for every gram, so the loop below writes the sink's arrays directly.
  sink.reserve(gramCount + 1);
  const outHash = sink.hash.data;
  const outDoc = sink.doc.data;
  const outPos = sink.pos.data;
  let out = sink.hash.length;
  let head = 0;
  let tail = 0;
  let lastPicked = -1;
  for (let q = 0; q < gramCount; q++) {
    // Signed int32 throughout (any total order serves winnowing), so no value becomes a double.
    const gh = grams[q] as number;
    while (tail > head && (dqHash[tail - 1] as number) >= gh) tail--;
    dqHash[tail] = gh;
    dqPos[tail++] = q;
    if ((dqPos[head] as number) <= q - WINNOW) head++;
    if (q >= WINNOW - 1) {
      const pick = dqPos[head] as number;
      if (pick !== lastPicked) {
        lastPicked = pick;
        outHash[out] = dqHash[head] as number;
        outDoc[out] = doc;
        outPos[out++] = pick;
      }
    }
  }
  // A report shorter than one window still gets its minimum gram.
  if (lastPicked === -1 && tail > head) {
    outHash[out] = dqHash[head] as number;
    outDoc[out] = doc;
    outPos[out++] = dqPos[head] as number;
  }
  sink.hash.length = out;
  sink.doc.length = out;
  sink.pos.length = out;
}

/** Whole-report signature over non-boilerplate shingles (empty bins stay EMPTY). */
export function docSignature(shingles: Uint32Array, boiler: Uint8Array): Uint32Array {
  const sig = new Uint32Array(DOC_BINS).fill(EMPTY);
  for (let i = 0; i < shingles.length; i++) {
    if (boiler[i] === 1) continue;
    const h = shingles[i] ?? 0;
    const bin = h >>> 26;
    const v = h & 0x03ffffff;
    if (v < (sig[bin] ?? EMPTY)) sig[bin] = v;
  }
  return sig;
}

/** OPH Jaccard estimate: equal bins among bins where at least one report has a value. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  let used = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? EMPTY;
    const y = b[i] ?? EMPTY;
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) equal++;
  }
  return used === 0 ? 0 : equal / used;
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

/** Longest stretch between two boilerplate stretches that is made boilerplate too (none when grams outspan the window). */
export const FILL = Math.max(0, WINNOW - GRAM);

/**
 * Extends the boilerplate of `mask` (chunks in many reports) to the whole of the common
 * wording around it: a gram whose hash is a common fingerprint (in many reports) and
 * that touches boilerplate, or comes within FILL characters of it, is boilerplate too,
 * and so on outwards. Content-defined chunks straddle the edges of a boilerplate
 * paragraph (its first and last chunk mix it with the report's own words), so without
 * this a paragraph's edges, and the stock phrases next to it, counted as copied text.
 * Consecutive fingerprints are at most WINNOW grams apart, so the common fingerprints
 * of a paragraph, each covering GRAM characters, leave gaps of at most FILL.
 * Common grams away from boilerplate are left alone: stock phrases combine into
 * sentences no other report has, and a copied sentence is still a copy.
 */
export function extendBoilerplate(
  mask: Uint8Array,
  norm: { chars: Uint16Array; length: number },
  common: HashSet32,
): void {
  const n = mask.length;
  if (common.size === 0 || norm.length < GRAM) return;
  const grams = norm.length - GRAM + 1;
  // Only grams touching boilerplate are looked up, so each is hashed on demand: 0 not yet, 1 common, 2 not.
  const state = new Uint8Array(grams);
  const isCommon = (q: number): boolean => {
    let v = state[q] as number;
    if (v === 0) {
      v = common.has(gramHashAt(norm.chars, q)) ? 1 : 2;
      state[q] = v;
    }
    return v === 1;
  };
  // Rightwards: `reach` is one past the last boilerplate character seen so far.
  let reach = -1 - FILL;
  for (let q = 0; q < n; q++) {
    if (mask[q] === 1) reach = Math.max(reach, q + 1);
    if (q < grams && q <= reach + FILL && isCommon(q)) {
      const end = Math.min(n, q + GRAM);
      mask.fill(1, Math.max(0, reach), end);
      reach = Math.max(reach, end);
    }
  }
  // Leftwards: `reach` is the first boilerplate character seen so far from the right.
  reach = n + FILL;
  for (let q = n - 1; q >= 0; q--) {
    if (mask[q] === 1) reach = Math.min(reach, q);
    if (q < grams && q + GRAM >= reach - FILL && isCommon(q)) {
      mask.fill(1, q, Math.min(n, reach));
      reach = q;
    }
  }
}
