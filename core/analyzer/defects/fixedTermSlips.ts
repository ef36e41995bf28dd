import { charBits, hasCharBit } from '../spans';
import { LEXICON } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { STANDALONE } from './ownVocabulary';
import { isDictionaryWord } from './wordTypos';

/**
 * Fixed terms long enough (six characters or more: 理论学习中心组, 党政主要负责人, 执法全过程记录)
 * that one wrong inner character leaves no other phrase of the genre. The confusable check
 * (ownVocabulary.ts) only tries the characters a same-sound or similar-shape list offers; a
 * slip of the input method's letters gives others (学些 for 学习: xuexie typed for xuexi), and
 * published reports show them.
 */
const MIN_LENGTH = 6;
const TERMS = [...STANDALONE].filter((w) => w.length >= MIN_LENGTH);

/**
 * The terms by their first two and by their last two characters: one changed inner character
 * leaves one of the two pairs as written (the first pair when it is the third or later, the
 * last pair otherwise), so a report is scanned by one lookup per position for each.
 */
function byPair(at: (w: string) => number): ReadonlyMap<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of TERMS) {
    const k = at(w);
    const list = m.get(k);
    if (list) list.push(w);
    else m.set(k, [w]);
  }
  return m;
}
/** Two characters as one number, so that scanning makes no string per position. */
const pairKey = (c0: number, c1: number) => c0 * 0x10000 + c1;
const BY_HEAD = byPair((w) => pairKey(w.charCodeAt(0), w.charCodeAt(1)));
const BY_TAIL = byPair((w) => pairKey(w.charCodeAt(w.length - 2), w.charCodeAt(w.length - 1)));

/**
 * The one inner position where the text at `start` differs from `term`, or -1 (none, more than
 * one, or at an edge); compared in place, as most calls meet the term written correctly.
 */
function oneInnerSlip(text: string, start: number, term: string): number {
  if (start < 0 || start + term.length > text.length) return -1;
  let k = -1;
  for (let i = 0; i < term.length; i++) {
    if (text.charCodeAt(start + i) === term.charCodeAt(i)) continue;
    if (k >= 0 || i === 0 || i === term.length - 1) return -1;
    k = i;
  }
  return k;
}

const HEAD_FIRST = charBits(TERMS.map((w) => w.charAt(0)).join(''));
const HEAD_SECOND = charBits(TERMS.map((w) => w.charAt(1)).join(''));
const TAIL_FIRST = charBits(TERMS.map((w) => w.charAt(w.length - 2)).join(''));
const TAIL_LAST = charBits(TERMS.map((w) => w.charAt(w.length - 1)).join(''));

const HAN = /^[\u4e00-\u9fa5]$/;

/**
 * A fixed term written with one wrong inner character, any character: 理论学些中心组. Left alone
 * where the character makes a word with a neighbour inside the term (党委主要负责人, 法制政府建设
 * are other phrases in use) or the run is itself a lexicon term. `medium` unless the report
 * writes the term correctly elsewhere.
 */
export function findFixedTermSlips(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  const seen = new Set<number>();
  const check = (start: number, term: string) => {
    if (start < from || seen.has(start)) return;
    const k = oneInnerSlip(text, start, term);
    if (k < 0) return;
    const run = text.slice(start, start + term.length);
    const c = run[k] as string;
    if (!HAN.test(c) || LEXICON.has(run)) return;
    if (isDictionaryWord(run.slice(k - 1, k + 1)) || isDictionaryWord(run.slice(k, k + 2))) return;
    seen.add(start);
    const confidence = text.includes(term) ? 'high' : 'medium';
    const message =
      confidence === 'high' ? DEFECT_MESSAGES.ownVocabulary(run, term) : DEFECT_MESSAGES.fixedTerm(run, term);
    out.push(at('typo', start, start + term.length, message, confidence));
  };
  for (let i = from; i + 1 < text.length; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    // Most positions start no term and end none: two bit tests turn them away before the lookups.
    if (hasCharBit(HEAD_FIRST, c0) && hasCharBit(HEAD_SECOND, c1)) {
      const heads = BY_HEAD.get(pairKey(c0, c1));
      if (heads) for (const term of heads) check(i, term);
    }
    if (hasCharBit(TAIL_LAST, c1) && hasCharBit(TAIL_FIRST, c0)) {
      const tails = BY_TAIL.get(pairKey(c0, c1));
      if (tails) for (const term of tails) check(i + 2 - term.length, term);
    }
  }
  return out;
}
