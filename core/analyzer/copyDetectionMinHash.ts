import type { Chunks } from './copyDetectionChunks';
import { SHINGLE } from './copyDetectionText';

/**
 * One-permutation MinHash: each shingle hash is looked at once; its top bits pick a
 * bin and the rest compete for that bin's minimum. k bins cost one operation per
 * shingle instead of k, which is what makes 100 million characters affordable.
 * Empty bins are filled from the next non-empty one ("densification", Shrivastava
 * 2017) so that every band has a value.
 */
export const WINDOW_BINS = 32; // top 5 bits
/**
 * 8 bands of 4 rows: a window pair with Jaccard 0.72 (a 3-character name substituted in
 * a 48-character window) collides in some band with p ≈ 0.92, an identical window always.
 * Two rows per band were tried first: formulaic text made unrelated windows collide so
 * often that a quarter of all report pairs became candidates.
 */
export const BANDS = 10;
const ROWS = 3; // BANDS × ROWS ≤ WINDOW_BINS; the last two bins are unused
export const DOC_BINS = 64; // top 6 bits: whole-report Jaccard to about ±0.06
const EMPTY = 0xffffffff;

/** Growable typed array, so millions of windows do not become millions of JS objects. */
export class U32List {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export interface WindowIndex {
  doc: U32List;
  /** First shingle index and one past the last, in the document's normalised text. */
  start: U32List;
  end: U32List;
  /** The window's span in the original text, for the cheap pre-check before a report pair is verified. */
  textStart: U32List;
  textEnd: U32List;
  /** bandKeys[b].data[w] = hash of band b of window w's signature. */
  bandKeys: U32List[];
}

export function newWindowIndex(): WindowIndex {
  return {
    doc: new U32List(),
    start: new U32List(),
    end: new U32List(),
    textStart: new U32List(),
    textEnd: new U32List(),
    bandKeys: Array.from({ length: BANDS }, () => new U32List()),
  };
}

/** Adds one window per pair of consecutive chunks, over the shingles not marked boilerplate. */
export function addWindows(
  index: WindowIndex,
  doc: number,
  prepared: { shingles: Uint32Array; boiler: Uint8Array; norm: { offsets: Int32Array } },
  chunks: Chunks,
): void {
  const { shingles, boiler } = prepared;
  const offsets = prepared.norm.offsets;
  // Two scratch signatures swapped per chunk: millions of chunks, no allocation each.
  let prev = new Uint32Array(WINDOW_BINS).fill(EMPTY);
  let cur = new Uint32Array(WINDOW_BINS);
  const sig = new Uint32Array(WINDOW_BINS);
  const single = chunks.ends.length === 1; // a very short report still gets one window
  let prevStart = 0;
  let start = 0;
  for (let c = 0; c < chunks.ends.length; c++) {
    const end = chunks.ends[c] ?? start;
    cur.fill(EMPTY);
    for (let i = start; i < end; i++) {
      if (boiler[i] === 1) continue;
      const h = shingles[i] ?? 0;
      const bin = h >>> 27;
      const v = h & 0x07ffffff;
      if (v < (cur[bin] ?? EMPTY)) cur[bin] = v;
    }
    if (c > 0 || single) {
      let filled = false;
      for (let b = 0; b < WINDOW_BINS; b++) {
        const v = c > 0 ? Math.min(prev[b] ?? EMPTY, cur[b] ?? EMPTY) : (cur[b] ?? EMPTY);
        sig[b] = v;
        if (v !== EMPTY) filled = true;
      }
      if (filled) {
        const from = c > 0 ? prevStart : start;
        index.textStart.push(offsets[from] ?? 0);
        index.textEnd.push((offsets[end - 1 + SHINGLE - 1] ?? 0) + 1);
        pushWindow(index, doc, from, end, sig);
      }
    }
    const swap = prev;
    prev = cur;
    cur = swap;
    prevStart = start;
    start = end;
  }
}

function pushWindow(index: WindowIndex, doc: number, start: number, end: number, sig: Uint32Array): void {
  densify(sig);
  index.doc.push(doc);
  index.start.push(start);
  index.end.push(end);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x9e3779b9 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[b * ROWS + r] ?? 0), 0x01000193);
    index.bandKeys[b]?.push(h >>> 0);
  }
}

/**
 * Rotation densification: an empty bin takes the next non-empty bin's value, offset
 * by the distance. Walking backwards once carries the nearest value to its left.
 */
function densify(sig: Uint32Array): void {
  const k = sig.length;
  let first = -1;
  for (let b = 0; b < k; b++) {
    if (sig[b] !== EMPTY) {
      first = b;
      break;
    }
  }
  if (first < 0) return;
  let value = sig[first] ?? 0;
  let source = first;
  for (let step = 1; step < k; step++) {
    const b = (first - step + k) % k;
    const v = sig[b] ?? EMPTY;
    if (v !== EMPTY) {
      value = v;
      source = b;
    } else {
      sig[b] = (value + ((source - b + k) % k) * 0x08000000) >>> 0;
    }
  }
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
