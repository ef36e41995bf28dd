import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { ALLOWED_REPEATS, KNOWN_TYPOS } from './typoList';

const REPEATED_WORD = /([\u4e00-\u9fa5]{2,4})\1/g;
const REPEATED_CHAR = /(的的(?!确)|了了(?!之)|在在|和和|是是(?!非))/g;
const DOUBLED_PUNCT = /[，。、；：]{2,}/g;
/** Chinese characters kept before a punctuation quote so a reader can find it. */
const LEAD = 4;

export function findTypos(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const t of KNOWN_TYPOS) {
    for (let i = text.indexOf(t.wrong); i >= 0; i = text.indexOf(t.wrong, i + 1)) {
      const end = i + t.wrong.length;
      if (t.notBefore?.test(text.slice(Math.max(0, i - 1), i))) continue;
      if (t.notAfter?.test(text.slice(end, end + 1))) continue;
      out.push(at('typo', i, end, DEFECT_MESSAGES.knownTypo(t.wrong, t.right)));
    }
  }
  for (const m of text.matchAll(REPEATED_WORD)) {
    const word = m[1] ?? '';
    if (ALLOWED_REPEATS.has(word) || /^(.)\1+$/.test(word)) continue;
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.repeatedWord(word)));
  }
  for (const m of text.matchAll(REPEATED_CHAR)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.repeatedWord(m[0].slice(0, 1))));
  }
  for (const m of text.matchAll(DOUBLED_PUNCT)) {
    const i = m.index ?? 0;
    let s = i;
    while (s > 0 && i - s < LEAD && /[\u4e00-\u9fa5\d]/.test(text[s - 1] ?? '')) s--;
    out.push(at('typo', s, i + m[0].length, DEFECT_MESSAGES.doubledPunctuation(m[0])));
  }
  return out;
}
