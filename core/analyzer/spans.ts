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

/** A lookup table over UTF-16 code units: `table[c] === 1` for each character of `chars`. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

// Tables, not regular expressions: these walks run once per figure, a character at a time.
const SENTENCE_END = charTable('。！？；\n');
const CLAUSE_END = charTable('，。！？；：\n');

/** Start of the sentence that contains `pos` (just after the previous 。！？； or line break). */
export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && SENTENCE_END[text.charCodeAt(i)] !== 1) i--;
  return i + 1;
}

/** End of the sentence that contains `pos`, including its closing mark. */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && SENTENCE_END[text.charCodeAt(i)] !== 1) i++;
  return i < text.length && text.charCodeAt(i) !== 10 ? i + 1 : i;
}

/** Start of the clause (comma-delimited) that contains `pos`. */
export function clauseStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && CLAUSE_END[text.charCodeAt(i)] !== 1) i--;
  return i + 1;
}

export function clauseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && CLAUSE_END[text.charCodeAt(i)] !== 1) i++;
  return i;
}
