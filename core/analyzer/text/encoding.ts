/**
 * Decoding of plain-text reports. Township offices save .txt files from Notepad
 * or WPS as UTF-8 (with or without BOM), GB18030/GBK (the Windows "ANSI" code page
 * in China) or UTF-16 with a BOM ("Unicode" in Notepad). Pure: TextDecoder is a
 * web API, so the browser can use this too.
 */

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: 'BINARY' | 'UNKNOWN_ENCODING' };

/** Share of decoded characters that must look like ordinary Chinese/Latin prose. */
const MIN_PLAUSIBLE = 0.9;
/** Control bytes (other than tab, newline, CR, form feed) tolerated before we call it binary. */
const MAX_CONTROL_RATIO = 0.01;

/** Decodes report bytes, normalising line ends to `\n` and dropping the BOM. */
export function decodeTextBytes(bytes: Uint8Array): DecodeResult {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.length), bom.encoding);
    if (text === null || plausibility(text) < MIN_PLAUSIBLE) return { ok: false, code: 'UNKNOWN_ENCODING' };
    return { ok: true, text: normaliseLineEnds(text), encoding: bom.encoding };
  }
  if (looksBinary(bytes)) return { ok: false, code: 'BINARY' };

  // UTF-8 first: valid UTF-8 of any length is almost never GB18030 text by accident,
  // while GB18030 decodes many byte soups without error, so it only gets the leftovers.
  const utf8 = tryDecode(bytes, 'utf-8');
  const gb = utf8 === null ? tryDecode(bytes, 'gb18030') : null;
  const candidates: [string | null, TextEncodingName][] = [
    [utf8, 'utf-8'],
    [gb, 'gb18030'],
  ];
  for (const [text, encoding] of candidates) {
    if (text !== null && plausibility(text) >= MIN_PLAUSIBLE) {
      return { ok: true, text: normaliseLineEnds(text), encoding };
    }
  }
  return { ok: false, code: 'UNKNOWN_ENCODING' };
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function tryDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // fatal: an invalid sequence must reject the guess, not turn into U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes never occur in UTF-8/GB18030 text; other control bytes only rarely. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * MAX_CONTROL_RATIO;
}

/**
 * Share of characters in the ranges a report is written in. A wrong guess (binary
 * decoded as GB18030, UTF-16 without BOM) yields rare ideographs, private-use and
 * control characters instead.
 */
export function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text.slice(0, 20_000)) {
    total++;
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x0c ||
      (c >= 0xa0 && c < 0x250) || // Latin-1 and Latin Extended: ×、°、é
      (c >= 0x2000 && c < 0x2070) || // general punctuation: “”‘’—…
      (c >= 0x2100 && c < 0x2700) || // letterlike, numbers, arrows, symbols: ①②、℃、■
      (c >= 0x3000 && c < 0x3040) || // CJK punctuation: 、。《》【】
      (c >= 0x4e00 && c < 0xa000) || // CJK Unified Ideographs (basic block)
      (c >= 0xff00 && c < 0xfff0) // full-width forms: （），：；
    ) {
      good++;
    }
  }
  return total === 0 ? 1 : good / total;
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
