import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A year with a digit typed twice or left out: 20244年 (five digits), 202年 (three digits that
 * begin as this century's years do). Sums of years (100年, 200余年) are not read: a
 * three-digit 20X年 is taken only where a year opens a clause or a date follows it.
 */
const FIVE_DIGITS = /(?<![\d.])(20[0-4]\d{2})年/g;
// The clause-opening test is a lookbehind after the digits, not before them: a pattern that
// opens with a lookbehind is tried at every position of the text (profiled: ten times slower
// than one that opens with the literal 20).
const THREE_DIGITS = /(20[0-4])(?<=(?:^|[，。；：、\n（(“])\d{3})年(?=度|，|以来|\d{1,2}月|是|全年)/gm;

export function findYearDigitDefects(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const re of [FIVE_DIGITS, THREE_DIGITS]) {
    for (const m of text.matchAll(re)) {
      const i = m.index ?? 0;
      if (i < from) continue;
      out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.yearDigits(m[0]), 'medium'));
    }
  }
  return out;
}
