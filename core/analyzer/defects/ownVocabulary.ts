import { CONFUSABLE } from './confusables';
import { LEXICON } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A two-character word decides nothing: a run of text crosses word boundaries (街道共作出
 * holds 共作, one confusable step from 工作). Only words of three or more characters are
 * trusted as the meant spelling.
 */
const MIN_WORD = 3;

/**
 * Every misspelling of a lexicon word reachable by one confusable character, mapped to the
 * word; a spelling that is itself a word, or that two words reach, is left out.
 */
interface Variant {
  right: string;
  /** position of the confusable character */
  k: number;
}
const VARIANTS: ReadonlyMap<string, Variant> = (() => {
  const m = new Map<string, Variant | null>();
  for (const w of LEXICON) {
    if (w.length < MIN_WORD) continue;
    for (let k = 0; k < w.length; k++) {
      for (const alt of CONFUSABLE.get(w[k] as string) ?? []) {
        const v = w.slice(0, k) + alt + w.slice(k + 1);
        if (LEXICON.has(v)) continue;
        m.set(v, m.has(v) && m.get(v)?.right !== w ? null : { right: w, k });
      }
    }
  }
  return new Map([...m].filter((e): e is [string, Variant] => e[1] !== null));
})();
const LENGTHS = [...new Set([...VARIANTS.keys()].map((v) => v.length))].sort((a, b) => b - a);
/** First characters of the variants, so most positions are passed over with one lookup. */
const FIRST = new Uint8Array(65536);
/** and their second characters: together they pass over nearly every position of a report */
const SECOND = new Uint8Array(65536);
for (const v of VARIANTS.keys()) {
  FIRST[v.charCodeAt(0)] = 1;
  SECOND[v.charCodeAt(1)] = 1;
}

/**
 * Wrong characters judged by the report's own vocabulary: a run that is one confusable
 * character (confusables.ts) away from a lexicon word (lexicon.ts) which the same report
 * writes correctly elsewhere. A writer who typed 办证大厅 once and 办政大厅 once most likely
 * meant the word both times; requiring the correct form in the same text keeps false alarms
 * rare. The variants are generated once, so a report is scanned in one pass.
 */
export function findOwnVocabularyTypos(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  // Inside 《…》 the report quotes another document's title, which its own vocabulary does not
  // govern (older titles say 法制 where later ones say 法治): a hint only.
  const titles = [...text.matchAll(/《[^》\n]*》/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inTitle = (i: number) => titles.some(([s, e]) => (s as number) < i && i < (e as number));
  for (let i = from; i < text.length; i++) {
    if (FIRST[text.charCodeAt(i)] !== 1 || SECOND[text.charCodeAt(i + 1)] !== 1) continue;
    for (const len of LENGTHS) {
      const v = text.slice(i, i + len);
      const found = VARIANTS.get(v);
      if (found === undefined || !text.includes(found.right)) continue;
      const { right, k } = found;
      // The character may belong to the next or previous word instead (规范行政: 规范 + 行政).
      const j = i + k;
      if (
        (k === len - 1 && LEXICON.has(text.slice(j, j + 2))) ||
        (k === 0 && LEXICON.has(text.slice(j - 1, j + 1)))
      )
        continue;
      out.push(at('typo', i, i + len, DEFECT_MESSAGES.ownVocabulary(v, right), inTitle(i) ? 'low' : 'high'));
      i += len - 1;
      break;
    }
  }
  return out;
}
