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
/**
 * The variant lengths that start with each pair of first characters (key: two UTF-16 units).
 * One Map lookup passes over nearly every position of a report, and where a pair does start
 * a variant only its own lengths are sliced (profiled: per-length slicing was the hot spot).
 */
const BY_PAIR: ReadonlyMap<number, readonly number[]> = (() => {
  const m = new Map<number, Set<number>>();
  for (const v of VARIANTS.keys()) {
    const key = v.charCodeAt(0) * 65536 + v.charCodeAt(1);
    const set = m.get(key) ?? new Set<number>();
    set.add(v.length);
    m.set(key, set);
  }
  return new Map([...m].map(([k, set]) => [k, [...set].sort((a, b) => b - a)]));
})();
/** First characters of the variants, so most positions are passed over without a Map lookup. */
const FIRST = new Uint8Array(65536);
for (const v of VARIANTS.keys()) FIRST[v.charCodeAt(0)] = 1;

/**
 * Fixed terms of the national documents (the 2021–2025 outline, the 普法 plans, the statutory
 * report outline) of five or more characters, or 法制审核 (重大执法决定法制审核, one of the three
 * enforcement systems). One confusable character off such a term is a typo even where the
 * report never writes the term correctly; 法治/法制 alone stay out, both being in use.
 */
const STANDALONE: ReadonlySet<string> = new Set(
  '法制审核 合法性审查 谁执法谁普法 尊法学法守法用法 执法全过程记录 行政执法公示 重大行政决策 规范性文件 公共法律服务 便民服务中心 法律明白人'.split(
    ' ',
  ),
);

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
    if (FIRST[text.charCodeAt(i)] !== 1) continue;
    const lengths = BY_PAIR.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    if (lengths === undefined) continue;
    for (const len of lengths) {
      const v = text.slice(i, i + len);
      const found = VARIANTS.get(v);
      if (found === undefined) continue;
      const standalone = STANDALONE.has(found.right);
      if (!standalone && !text.includes(found.right)) continue;
      const { right, k } = found;
      // The character may belong to the next or previous word instead (规范行政: 规范 + 行政).
      const j = i + k;
      if (
        (k === len - 1 && LEXICON.has(text.slice(j, j + 2))) ||
        (k === 0 && LEXICON.has(text.slice(j - 1, j + 1)))
      )
        continue;
      // Without the correct form in the same text the check is surer of the term than of the writer.
      const confidence = inTitle(i) ? 'low' : standalone && !text.includes(right) ? 'medium' : 'high';
      out.push(at('typo', i, i + len, DEFECT_MESSAGES.ownVocabulary(v, right), confidence));
      i += len - 1;
      break;
    }
  }
  return out;
}
