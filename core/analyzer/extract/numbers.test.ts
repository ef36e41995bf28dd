import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['1,200', 1200],
    ['3.5万', 35000],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两万', 20000],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['二〇二四', 2024],
  ])('%s → %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('refuses text that is not a number', () => {
    expect(parseNumber('十x')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

/** parseChineseInteger as it read before its switch on code units: the reference the switch must match. */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
function referenceChineseInteger(s: string): number | null {
  if (s.length === 0 || (s[0] as string) in BIG_UNITS) return null;
  if (![...s].some((c) => c in SMALL_UNITS || c in BIG_UNITS)) {
    let v = 0;
    for (const c of s) {
      const d = DIGITS[c];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big === undefined) return null;
    total += (section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

describe('parseChineseInteger', () => {
  it('reads headings, dates and counts', () => {
    expect(parseChineseInteger('十二')).toBe(12);
    expect(parseChineseInteger('二〇二四')).toBe(2024);
    expect(parseChineseInteger('一万零五')).toBe(10005);
    expect(parseChineseInteger('三亿二千万')).toBe(320000000);
    expect(parseChineseInteger('万')).toBeNull();
    expect(parseChineseInteger('十x')).toBeNull();
    expect(parseChineseInteger('一😀')).toBeNull();
  });
  it('answers as the table-based reading on every string of up to three characters, and on longer ones', () => {
    const chars = [...'零〇一二两三四五六七八九十百千万亿', 'x', '1', '\ud83d', '😀'];
    const strings: string[] = [''];
    for (const a of chars) {
      strings.push(a);
      for (const b of chars) {
        strings.push(a + b);
        for (const c of chars) strings.push(a + b + c);
      }
    }
    let seed = 7;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const n = 4 + (k % 6);
      for (let i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += chars[seed % (chars.length - 3)];
      }
      strings.push(s);
    }
    for (const s of strings) expect(parseChineseInteger(s), s).toBe(referenceChineseInteger(s));
  });
});
