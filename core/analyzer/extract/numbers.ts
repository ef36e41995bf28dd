/**
 * Numbers as reports write them: 1,000 / 3.5万 / 十二 / 两万 / 一百二十 / 二〇二四.
 */

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

/** Chinese numeral characters, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

export function parseChineseInteger(s: string): number | null {
  // A lone 万 or 亿 (…万人次 after a figure the pattern did not take) is no number.
  if (s.length === 0 || (s[0] as string) in BIG_UNITS) return null;
  // 二〇二四: digit by digit, no units.
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

/** Parses an Arabic or Chinese number with an optional trailing 万/千. */
export function parseNumber(raw: string): number | null {
  // Most figures are plain digits: read them without a copy or a pattern.
  let plain = raw.length > 0 && raw.length <= 15;
  for (let i = 0; plain && i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    plain = c >= 0x30 && c <= 0x39;
  }
  if (plain) return Math.round(Number(raw) * 1e6) / 1e6;
  const s = raw.replaceAll(',', '');
  const m = /^(\d+(?:\.\d+)?)(万|千|亿)?$/.exec(s);
  if (m) {
    const base = Number(m[1]);
    const mult = m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : m[2] === '亿' ? 1e8 : 1;
    return Math.round(base * mult * 1e6) / 1e6;
  }
  return parseChineseInteger(s);
}
