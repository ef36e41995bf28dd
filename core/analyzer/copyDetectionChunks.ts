import { mix32 } from './copyDetectionText';

/**
 * Content-defined chunks of a report's shingles. A chunk ends after a shingle whose
 * hash has its low bits zero, so identical text yields identical chunks wherever it
 * sits in each report and whatever punctuation surrounds it. Chunks serve twice:
 * - boilerplate: a chunk found in many reports of the batch (a slogan such as
 *   深入学习贯彻习近平法治思想) is common wording, and its shingles are left out;
 * - windows: MinHash is taken over two consecutive chunks (~48 characters).
 */
export interface Chunks {
  /** ends[c] = shingle index one past the last shingle of chunk c. */
  ends: Int32Array;
  /** Content hash of each chunk, for the document-frequency count. */
  hashes: Uint32Array;
}

export const ANCHOR_MASK = 15; // one anchor per 16 shingles on average
export const MIN_CHUNK = 8;
export const MAX_CHUNK = 64;

export function chunkShingles(shingles: Uint32Array): Chunks {
  const ends: number[] = [];
  const hashes: number[] = [];
  let start = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < shingles.length; i++) {
    const s = shingles[i] ?? 0;
    h = Math.imul(h ^ s, 0x01000193);
    const len = i + 1 - start;
    if ((len >= MIN_CHUNK && (s & ANCHOR_MASK) === 0) || len >= MAX_CHUNK || i === shingles.length - 1) {
      ends.push(i + 1);
      hashes.push(mix32(h ^ len));
      start = i + 1;
      h = 0x811c9dc5;
    }
  }
  return { ends: Int32Array.from(ends), hashes: Uint32Array.from(hashes) };
}

/**
 * Number of distinct documents each chunk hash occurs in: an open-addressing table
 * (keys, counts, last document seen) so a batch of millions of chunks costs one
 * probe each, with no Map overhead.
 */
export class ChunkDocFrequency {
  private readonly keys: Uint32Array;
  private readonly counts: Uint32Array;
  private readonly lastDoc: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(totalChunks: number) {
    let size = 1024;
    while (size < totalChunks * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.counts = new Uint32Array(size);
    this.lastDoc = new Int32Array(size).fill(-1);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  private slot(key: number): number {
    let s = key & this.mask;
    while (this.used[s] === 1 && this.keys[s] !== key) s = (s + 1) & this.mask;
    return s;
  }

  add(key: number, doc: number): void {
    const s = this.slot(key);
    if (this.used[s] === 0) {
      this.used[s] = 1;
      this.keys[s] = key;
    }
    if (this.lastDoc[s] !== doc) {
      this.lastDoc[s] = doc;
      this.counts[s] = (this.counts[s] ?? 0) + 1;
    }
  }

  get(key: number): number {
    return this.counts[this.slot(key)] ?? 0;
  }
}

/** Per-shingle flag: 1 when the shingle lies in a boilerplate chunk. */
export function boilerplateMask(
  chunks: Chunks,
  df: ChunkDocFrequency,
  cutoff: number,
  n: number,
): Uint8Array {
  const mask = new Uint8Array(n);
  let start = 0;
  for (let c = 0; c < chunks.ends.length; c++) {
    const end = chunks.ends[c] ?? start;
    if (df.get(chunks.hashes[c] ?? 0) >= cutoff) mask.fill(1, start, end);
    start = end;
  }
  return mask;
}

/**
 * A set of 32-bit hashes (open addressing), for per-character look-ups in hot loops.
 * A bitmap of 2^20 bits on the top bits of the hash answers most misses without
 * touching the table (a set of 10⁴ hashes sets about 1% of it).
 */
export class HashSet32 {
  private readonly bits = new Int32Array(1 << 15);
  private readonly keys: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  readonly size: number;

  constructor(values: Uint32Array) {
    let size = 1024;
    while (size < values.length * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    this.size = values.length;
    for (const v of values) {
      const b = v >>> 12;
      this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
      let s = v & this.mask;
      while (this.used[s] === 1 && this.keys[s] !== v) s = (s + 1) & this.mask;
      this.used[s] = 1;
      this.keys[s] = v;
    }
  }

  has(key: number): boolean {
    const b = key >>> 12;
    if (((this.bits[b >>> 5] as number) & (1 << (b & 31))) === 0) return false;
    let s = key & this.mask;
    while (this.used[s] === 1) {
      if (this.keys[s] === key) return true;
      s = (s + 1) & this.mask;
    }
    return false;
  }
}
