import { codeUnits } from '../codeUnits';
import { hasCharBit } from '../spans';
import { LEXICON } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';
import { STANDALONE } from './ownVocabulary';
import { gatePairSlots, pairCandidates, pairSlot } from './pairCandidates';
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
 * The terms by the slot of their first two and of their last two characters: one changed inner
 * character leaves one of the two pairs as written (the first pair when it is the third or
 * later, the last pair otherwise), so a report is scanned by one lookup per position for each.
 * Keyed by the slot, a small integer (a key of both code units, above 2^30, is a heap number,
 * and hashing it was a fifth of this check's time); the scan compares the pair itself.
 */
function bySlot(first: (w: string) => number): ReadonlyMap<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of TERMS) {
    const k = pairSlot(w.charCodeAt(first(w)), w.charCodeAt(first(w) + 1));
    const list = m.get(k);
    if (list) list.push(w);
    else m.set(k, [w]);
  }
  return m;
}
const BY_HEAD = bySlot(() => 0);
const BY_TAIL = bySlot((w) => w.length - 2);

/**
 * The slots of the terms' head and tail pairs as one 65,536-bit set (8 KB): one load per
 * position turns away the positions that start no head and end no tail (four tests of
 * single-character sets took two loads or more, and a map lookup).
 */
const PAIR_GATE = new Uint32Array(0x10000 >>> 5);
for (const k of [...BY_HEAD.keys(), ...BY_TAIL.keys()])
  PAIR_GATE[k >>> 5] = (PAIR_GATE[k >>> 5] as number) | (1 << (k & 31));
gatePairSlots(PAIR_GATE);

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
  // The code units the other per-character checks copied (codeUnits.ts): a typed array reads
  // faster than charCodeAt, which dispatches on the string's representation at every call.
  const u = codeUnits(text);
  // The positions whose pair some check looks for (pairCandidates.ts), PAIR_GATE's among them.
  const { at: cand, length } = pairCandidates(text);
  for (let k = 0; k < length; k++) {
    const i = cand[k] as number;
    if (i < from) continue;
    if (i + 1 >= text.length) break;
    const c0 = u[i] as number;
    const c1 = u[i + 1] as number;
    // Most positions start no term and end none: one bit test turns them away before the lookups.
    const slot = pairSlot(c0, c1);
    if (!hasCharBit(PAIR_GATE, slot)) continue;
    const heads = BY_HEAD.get(slot);
    if (heads)
      for (const term of heads) if (term.charCodeAt(0) === c0 && term.charCodeAt(1) === c1) check(i, term);
    const tails = BY_TAIL.get(slot);
    if (tails)
      for (const term of tails) {
        const n = term.length;
        if (term.charCodeAt(n - 2) === c0 && term.charCodeAt(n - 1) === c1) check(i + 2 - n, term);
      }
  }
  return out;
}
