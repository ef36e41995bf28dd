/**
 * A reusable Uint16Array copy of a text's UTF-16 code units. The per-character scans over
 * the whole normalised text (repeated words, known typos, clause hashing) read a typed array
 * about twice as fast as `charCodeAt`, and reusing one buffer spares an allocation per call.
 */

/** Zeros kept after the text, so a scan may look a few characters ahead without a bounds test. */
export const PAD = 8;

let scratch = new Uint16Array(1 << 15);
let filledFor: string | null = null;

/**
 * Node's Buffer, where there is one and the processor is little-endian: its UTF-16LE write
 * copies a string's code units natively, as they are (unpaired surrogates too), into the
 * scratch array's memory. A loop of `charCodeAt` cost about 33 instructions a character, some
 * 330,000 per 10,000-character report (cachegrind, issue 12 round 9). Elsewhere the loop.
 */
interface Utf16Writer {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}
type BufferFrom = (buffer: ArrayBuffer, byteOffset: number, length: number) => Utf16Writer;
const bufferFrom: BufferFrom | null = (() => {
  const B = (globalThis as { Buffer?: { from: BufferFrom } }).Buffer;
  if (typeof B?.from !== 'function' || new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) return null;
  return (buffer, byteOffset, length) => B.from(buffer, byteOffset, length);
})();
/** A Buffer over scratch's memory (bufferFrom), made again when scratch grows. */
let writer: Utf16Writer | null = null;

/**
 * The code units of `text`, followed by at least PAD zeros (0 is never a character the
 * scans look for). The array is shared: read it before the next call, never keep it.
 */
export function codeUnits(text: string): Uint16Array {
  // The same string is asked for by several defect checks in a row: copy it once.
  if (text === filledFor) return scratch;
  const need = text.length + PAD;
  if (scratch.length < need) {
    scratch = new Uint16Array(need * 2);
    writer = null;
  }
  if (bufferFrom !== null) {
    writer ??= bufferFrom(scratch.buffer, scratch.byteOffset, scratch.byteLength);
    writer.write(text, 0, text.length * 2, 'utf16le');
  } else copyInto(scratch, text);
  scratch.fill(0, text.length, need);
  filledFor = text;
  return scratch;
}

/**
 * The copy loop, in a function that ends with it: V8 compiles a long loop on stack (OSR) while
 * the code after it has not run yet, and that code, with no type feedback, deoptimized the
 * compiled function at every new text (up to 1,300 times in 2,000 reports under tsx).
 */
function copyInto(into: Uint16Array, text: string): void {
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i);
}
