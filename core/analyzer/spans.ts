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
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

const SENTENCE_END = /[。！？；\n]/;
const CLAUSE_END = /[，。！？；：\n]/;

/** Start of the sentence that contains `pos` (just after the previous 。！？； or line break). */
export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !SENTENCE_END.test(text[i] ?? '')) i--;
  return i + 1;
}

/** End of the sentence that contains `pos`, including its closing mark. */
export function sentenceEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !SENTENCE_END.test(text[i] ?? '')) i++;
  return i < text.length && text[i] !== '\n' ? i + 1 : i;
}

/** Start of the clause (comma-delimited) that contains `pos`. */
export function clauseStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !CLAUSE_END.test(text[i] ?? '')) i--;
  return i + 1;
}

export function clauseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !CLAUSE_END.test(text[i] ?? '')) i++;
  return i;
}
