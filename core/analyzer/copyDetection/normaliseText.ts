/**
 * Text preparation for copy detection: the "normalised" text keeps only letters and
 * digits (CJK ideographs, ASCII, full-width forms folded to ASCII, lower-cased), so a
 * passage copied with other punctuation, spacing or line breaks still matches
 * character for character. `offsets` maps each kept character back to the original.
 */

export interface Normalised {
  chars: Uint16Array;
  /** offsets[i] = index in the original text of normalised character i. */
  offsets: Int32Array;
  length: number;
}

/** The kept form of a UTF-16 unit, or 0 when it is dropped (punctuation, space, symbols, surrogates). */
export function foldChar(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c; // CJK Unified Ideographs: the bulk of a report
  if (c >= 0x30 && c <= 0x39) return c;
  if (c >= 0x61 && c <= 0x7a) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xfee0; // full-width digits
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0 + 0x20;
  if (c >= 0x3400 && c <= 0x4dbf) return c; // Extension A, used in some place names
  return 0;
}

/** foldChar for every UTF-16 unit: one load per character instead of a chain of range tests. */
export const FOLD = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = foldChar(c);
  return table;
})();

/** A text normalised on its own, with offsets (the batch scan folds into its CharStore instead). */
export function normalise(text: string, withOffsets = true): Normalised {
  const chars = new Uint16Array(text.length);
  const offsets = new Int32Array(withOffsets ? text.length : 0);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text.charCodeAt(i));
    if (f === 0) continue;
    chars[n] = f;
    if (withOffsets) offsets[n] = i;
    n++;
  }
  return { chars, offsets, length: n };
}

/** Murmur3's finaliser: spreads the bits of a 32-bit value so top and low bits are both usable. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
