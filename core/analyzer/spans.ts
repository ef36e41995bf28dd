/**
 * Positions inside the normalised text, and the paragraph/sentence geometry every
 * stage shares. Computed once per analysis so no stage rescans the whole text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  text: string;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // indexOf finds the breaks faster than a character loop.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return out;
}

/** Up to this length a string is searched by a character loop (lastIndexOfWord, hasWordIn). */
const SHORT_SEARCH = 64;

/**
 * `s.lastIndexOf(word)`. On the short contexts of a figure (a clause, the few characters
 * before it) a loop back from the end over the code units answers in a few dozen steps; each
 * call of a string search built-in cost more than that (String.prototype.lastIndexOf is a call
 * into the runtime, indexOf a built-in with its own setup per call). A longer string is
 * searched forward by indexOf, which skips ahead fast. Overlapping occurrences count, as there.
 */
export function lastIndexOfWord(s: string, word: string): number {
  // The empty word is found everywhere, last at the end (and indexOf would never pass the end).
  if (word === '') return s.length;
  if (s.length <= SHORT_SEARCH) return lastInRange(s, 0, s.length, word);
  let last = -1;
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) last = i;
  return last;
}

/** The last start of a non-empty `word` lying wholly inside text[from, to), or -1 (a loop back from the end). */
function lastInRange(text: string, from: number, to: number, word: string): number {
  const first = word.charCodeAt(0);
  const n = word.length;
  outer: for (let i = to - n; i >= from; i--) {
    if (text.charCodeAt(i) !== first) continue;
    for (let k = 1; k < n; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * `text.slice(from, to).includes(word)` for positions 0 ≤ from in the text, without the slice
 * and without a search built-in (see lastIndexOfWord): the tests a figure's clause or sentence
 * is put to. A loop bounded by the range: indexOf from `from` would run on to the text's end
 * whenever the range lacks the word.
 */
export function hasWordIn(text: string, from: number, to: number, word: string): boolean {
  if (word === '') return true;
  return lastInRange(text, from, Math.min(text.length, to), word) >= 0;
}

/**
 * hasWordIn searched forward from `from`: the same answer, found sooner when the word tends to
 * stand near the range's start (a sentence's 全年 or 2024年 before its figures).
 */
export function hasWordFrom(text: string, from: number, to: number, word: string): boolean {
  if (word === '') return true;
  const first = word.charCodeAt(0);
  const n = word.length;
  const last = Math.min(text.length, to) - n;
  outer: for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) !== first) continue;
    for (let k = 1; k < n; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

/** A lookup table over UTF-16 code units: `table[c] === 1` for each character of `chars`. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/**
 * A set of UTF-16 code units as bits (8 KB, against charTable's 64 KB): for sets holding
 * ideographs, which a scan looks up at nearly every character of a report. A report's few
 * thousand distinct ideographs spread the lookups over a table's ideograph range, and on a
 * loaded machine the 20 KB that range takes in a byte table falls out of the caches between
 * one report's checks (profiled: each check alone ran far faster than all of them in turn).
 */
export function charBits(chars: string): Uint32Array {
  const t = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    t[c >>> 5] = (t[c >>> 5] as number) | (1 << (c & 31));
  }
  return t;
}

/** Whether `bits` (charBits) holds the code unit `c`. */
export function hasCharBit(bits: Uint32Array, c: number): boolean {
  return ((bits[c >>> 5] as number) & (1 << (c & 31))) !== 0;
}

/**
 * A CJK unified ideograph (U+4E00–U+9FA5), most of a report's characters. A walk whose table
 * holds only marks answers these by a range test first: each 64 KB table's ideograph range
 * spans 20 KB, and a report's few thousand distinct characters looked up in a dozen such
 * tables miss the processor's caches (profiled: a second analysis of the same text ran in
 * little more than half the time of the first).
 */
export function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

// Tables, not regular expressions: these walks run once per figure, a character at a time.
// Both hold marks only, so an ideograph never ends a sentence or a clause.
const SENTENCE_END = charTable('。！？；\n');
const CLAUSE_END = charTable('，。！？；：\n');
/** SENTENCE_END[c] === 1 (an ideograph is never one). */
const endsSentence = (c: number) => !isIdeograph(c) && SENTENCE_END[c] === 1;
const endsClause = (c: number) => !isIdeograph(c) && CLAUSE_END[c] === 1;

/** Start of the sentence that contains `pos` (just after the previous 。！？； or line break). */
export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !endsSentence(text.charCodeAt(i))) i--;
  return i + 1;
}

/** End of the sentence that contains `pos`, including its closing mark. */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !endsSentence(text.charCodeAt(i))) i++;
  return i < text.length && text.charCodeAt(i) !== 10 ? i + 1 : i;
}

/** Start of the clause (comma-delimited) that contains `pos`. */
export function clauseStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !endsClause(text.charCodeAt(i))) i--;
  return i + 1;
}

export function clauseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !endsClause(text.charCodeAt(i))) i++;
  return i;
}
