import { codeUnits } from '../codeUnits';
import { hasCharBit } from '../spans';
import { termEndsAt, termStartsAt } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { gatePairSlots, pairCandidates } from './pairCandidates';
import { ALLOWED_REPEATS, KNOWN_TYPOS, type KnownTypo } from './typoList';

/**
 * Length of the word repeated at i, as /([\u4e00-\u9fa5]{2,4})\1/ tries it there: the longest
 * word first. Written out because the backreference made the regular expression the
 * costliest defect check.
 */
function repeatAt(u: Uint16Array, n: number, i: number): number {
  const c = u[i] as number;
  // A word of length l repeats only if the character l further on equals the first; most
  // positions fail all three tests here (the zero padding stands in for "past the end").
  if (!isHan(c) || (u[i + 2] !== c && u[i + 3] !== c && u[i + 4] !== c)) return 0;
  for (let l = 4; l >= 2; l--) if (u[i + l] === c && isRepeatAt(u, n, i, l)) return l;
  return 0;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

function isRepeatAt(u: Uint16Array, n: number, i: number, len: number): boolean {
  if (i + 2 * len > n) return false;
  for (let k = 0; k < len; k++) {
    const c = u[i + k] as number;
    if (!isHan(c) || u[i + len + k] !== c) return false;
  }
  return true;
}

/** Typos by their first character, so one pass over the text finds them all (scanText). */
const TYPOS_BY_FIRST = new Map<number, KnownTypo[]>();
for (const t of KNOWN_TYPOS) {
  const c = t.wrong.charCodeAt(0);
  TYPOS_BY_FIRST.set(c, [...(TYPOS_BY_FIRST.get(c) ?? []), t]);
}
/** A pair's bit in TYPO_PAIRS: two pairs may share one, the comparison decides. */
const pairBit = (c0: number, c1: number) => (c0 * 31 + c1) & 0xffff;
/**
 * The typos' first two characters as a 65,536-bit set (8 KB): one load per position turns
 * away the positions that start none, where tests of the first and the second character
 * alone took one or two loads and let through common pairs (依法, 行政, 信息) that start none.
 */
const TYPO_PAIRS = new Uint32Array(0x10000 >>> 5);
for (const t of KNOWN_TYPOS) {
  const b = pairBit(t.wrong.charCodeAt(0), t.wrong.charCodeAt(1));
  TYPO_PAIRS[b >>> 5] = (TYPO_PAIRS[b >>> 5] as number) | (1 << (b & 31));
}
gatePairSlots(TYPO_PAIRS);

/** What the per-character pass finds. */
interface TypoScan {
  /** every occurrence of every known typo, grouped per typo in list order (as a search per typo would give them) */
  known: Map<KnownTypo, number[]>;
  /** matches of the repeated-word pattern's global scan, as [start, word length] */
  repeats: [number, number][];
}

/**
 * One pass over the code units for both per-character checks, instead of one pass each
 * (and one search of the whole text per typo before that). The repeated-word scan resumes
 * after each repeat, as the regular expression's global scan did.
 */
function scanText(text: string): TypoScan {
  const found = new Map<KnownTypo, number[]>();
  const repeats: [number, number][] = [];
  scanInto(text, found, repeats);
  return { known: inListOrder(found), repeats };
}

/**
 * The loop of scanText, in a function that ends with it. V8 compiles the loop on stack (OSR)
 * during its first call, before the code after it has run: any call or `new` there has no type
 * feedback yet, and the compiled code deoptimized at it on every report (1,999 of 2,000, issue
 * 12 round 6), running the rest of each call in the interpreter. Here nothing follows the loop.
 */
function scanInto(text: string, found: Map<KnownTypo, number[]>, repeats: [number, number][]): void {
  const u = codeUnits(text);
  const n = text.length;
  // The positions that start a known typo's pair or a repeat's first character, among others
  // (pairCandidates.ts): the rest start neither.
  const { at, length } = pairCandidates(text);
  let repeatFrom = 0;
  for (let k = 0; k < length; k++) {
    const i = at[k] as number;
    const c = u[i] as number;
    if (hasCharBit(TYPO_PAIRS, pairBit(c, u[i + 1] as number))) {
      for (const t of TYPOS_BY_FIRST.get(c) ?? []) {
        if (text.startsWith(t.wrong, i)) found.set(t, [...(found.get(t) ?? []), i]);
      }
    }
    if (i >= repeatFrom && i + 4 <= n) {
      const len = repeatAt(u, n, i);
      if (len > 0) {
        repeats.push([i, len]);
        repeatFrom = i + 2 * len;
      }
    }
  }
}

/** The typos found, in list order (a search per typo gave them so). */
function inListOrder(found: Map<KnownTypo, number[]>): Map<KnownTypo, number[]> {
  const known = new Map<KnownTypo, number[]>();
  for (const t of KNOWN_TYPOS) {
    const positions = found.get(t);
    if (positions) known.set(t, positions);
  }
  return known;
}

const REPEATED_CHAR = /(的的(?!确)|了了(?!之)|在在|和和|是是(?!非))/g;
const DOUBLED_PUNCT = /[，。、；：]{2,}/g;
/** Two equal Chinese characters at `i` (the other half of an AABB word). */
const isPair = (text: string, i: number) =>
  i >= 0 && /[\u4e00-\u9fa5]/.test(text[i] ?? '') && text[i] === text[i + 1];
/**
 * A word written twice where one term ends and the next begins: 谁执法谁普法普法责任制 (the slogan,
 * then 普法责任制, quotation marks left out). Both copies belong to terms of the genre's lexicon
 * longer than the word, so neither is a slip.
 */
function closesAndOpensTerms(text: string, i: number, len: number): boolean {
  return termEndsAt(text, i + len, len + 1) && termStartsAt(text, i + len, len + 1);
}
/** Chinese characters kept before a punctuation quote so a reader can find it. */
const LEAD = 4;

export function findTypos(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  const { known, repeats } = scanText(text);
  for (const [t, positions] of known) {
    for (const i of positions) {
      const end = i + t.wrong.length;
      if (t.notBefore?.test(text.slice(Math.max(0, i - 1), i))) continue;
      if (t.notAfter?.test(text.slice(end, end + 1))) continue;
      out.push(at('typo', i, end, DEFECT_MESSAGES.knownTypo(t.wrong, t.right)));
    }
  }
  for (const [i, len] of repeats) {
    const word = text.slice(i, i + len);
    if (ALLOWED_REPEATS.has(word) || /^(.)\1+$/.test(word)) continue;
    if (closesAndOpensTerms(text, i, len)) continue;
    out.push(at('typo', i, i + 2 * len, DEFECT_MESSAGES.repeatedWord(word)));
  }
  for (const m of text.matchAll(REPEATED_CHAR)) {
    const i = m.index ?? 0;
    // AABB reduplication (实实在在, 是是非非) doubles every character on purpose.
    if (isPair(text, i - 2) || isPair(text, i + 2)) continue;
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
