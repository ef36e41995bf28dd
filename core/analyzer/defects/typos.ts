import { charTable } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { ALLOWED_REPEATS, KNOWN_TYPOS, type KnownTypo } from './typoList';

/**
 * Matches of /([\u4e00-\u9fa5]{2,4})\1/g as [start, word length]: at each position the
 * longest word first, as the greedy pattern tries, and the scan resumes after a match. Written
 * out because the backreference made the regular expression the costliest defect check.
 */
function repeatedWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i + 4 <= text.length) {
    const c = text.charCodeAt(i);
    let len = 0;
    // A word of length l repeats only if the character l further on equals the first.
    if (isHan(c)) {
      for (let l = 4; l >= 2 && len === 0; l--) {
        if (text.charCodeAt(i + l) === c && isRepeatAt(text, i, l)) len = l;
      }
    }
    if (len === 0) i++;
    else {
      out.push([i, len]);
      i += 2 * len;
    }
  }
  return out;
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fa5;

function isRepeatAt(text: string, i: number, len: number): boolean {
  if (i + 2 * len > text.length) return false;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(i + k);
    if (!isHan(c) || text.charCodeAt(i + len + k) !== c) return false;
  }
  return true;
}

/** Typos by their first character, so one pass over the text finds them all. */
const TYPOS_BY_FIRST = new Map<number, KnownTypo[]>();
for (const t of KNOWN_TYPOS) {
  const c = t.wrong.charCodeAt(0);
  TYPOS_BY_FIRST.set(c, [...(TYPOS_BY_FIRST.get(c) ?? []), t]);
}
/** Those first characters as a table: a map lookup at every character would cost more than the search. */
const TYPO_FIRST = charTable(KNOWN_TYPOS.map((t) => t.wrong[0]).join(''));

/**
 * Every occurrence of every known typo, grouped per typo in list order (as a search per
 * typo would give them), from one pass instead of one search of the whole text per typo.
 */
function knownTypoPositions(text: string): Map<KnownTypo, number[]> {
  const found = new Map<KnownTypo, number[]>();
  for (let i = 0; i < text.length; i++) {
    if (TYPO_FIRST[text.charCodeAt(i)] !== 1) continue;
    const list = TYPOS_BY_FIRST.get(text.charCodeAt(i)) ?? [];
    for (const t of list) if (text.startsWith(t.wrong, i)) found.set(t, [...(found.get(t) ?? []), i]);
  }
  const out = new Map<KnownTypo, number[]>();
  for (const t of KNOWN_TYPOS) {
    const positions = found.get(t);
    if (positions) out.set(t, positions);
  }
  return out;
}

const REPEATED_CHAR = /(的的(?!确)|了了(?!之)|在在|和和|是是(?!非))/g;
const DOUBLED_PUNCT = /[，。、；：]{2,}/g;
/** Chinese characters kept before a punctuation quote so a reader can find it. */
const LEAD = 4;

export function findTypos(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const [t, positions] of knownTypoPositions(text)) {
    for (const i of positions) {
      const end = i + t.wrong.length;
      if (t.notBefore?.test(text.slice(Math.max(0, i - 1), i))) continue;
      if (t.notAfter?.test(text.slice(end, end + 1))) continue;
      out.push(at('typo', i, end, DEFECT_MESSAGES.knownTypo(t.wrong, t.right)));
    }
  }
  for (const [i, len] of repeatedWords(text)) {
    const word = text.slice(i, i + len);
    if (ALLOWED_REPEATS.has(word) || /^(.)\1+$/.test(word)) continue;
    out.push(at('typo', i, i + 2 * len, DEFECT_MESSAGES.repeatedWord(word)));
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
