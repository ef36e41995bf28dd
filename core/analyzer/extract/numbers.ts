/**
 * Numbers as reports write them: 1,000 / 3.5万 / 十二 / 两万 / 一百二十 / 二〇二四.
 */

/** Chinese numeral characters, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral's code unit: 0–9 for a digit, 10/100/1000 for a small unit,
 * 1e4/1e8 for a big one, -1 for any other. A switch on the code unit: a lookup of a
 * one-character string in an object (`c in UNITS`, as this read each character before) first
 * looks the string up in V8's string table, and this runs for every heading and Chinese figure.
 */
function numeralValue(c: number): number {
  switch (c) {
    case 0x96f6 /* 零 */:
    case 0x3007 /* 〇 */:
      return 0;
    case 0x4e00 /* 一 */:
      return 1;
    case 0x4e8c /* 二 */:
    case 0x4e24 /* 两 */:
      return 2;
    case 0x4e09 /* 三 */:
      return 3;
    case 0x56db /* 四 */:
      return 4;
    case 0x4e94 /* 五 */:
      return 5;
    case 0x516d /* 六 */:
      return 6;
    case 0x4e03 /* 七 */:
      return 7;
    case 0x516b /* 八 */:
      return 8;
    case 0x4e5d /* 九 */:
      return 9;
    case 0x5341 /* 十 */:
      return 10;
    case 0x767e /* 百 */:
      return 100;
    case 0x5343 /* 千 */:
      return 1000;
    case 0x4e07 /* 万 */:
      return 1e4;
    case 0x4ebf /* 亿 */:
      return 1e8;
    default:
      return -1;
  }
}

/**
 * A Chinese integer (十二, 一百零五, 两万, 二〇二四), or null. Read by code unit: a character
 * outside the tables (a surrogate half included) makes it null, as it did read by character.
 */
export function parseChineseInteger(s: string): number | null {
  // A lone 万 or 亿 (…万人次 after a figure the pattern did not take) is no number.
  if (s.length === 0 || numeralValue(s.charCodeAt(0)) >= 1e4) return null;
  // 二〇二四: digit by digit, no units.
  let units = false;
  for (let i = 0; i < s.length && !units; i++) units = numeralValue(s.charCodeAt(i)) >= 10;
  if (!units) {
    let v = 0;
    for (let i = 0; i < s.length; i++) {
      const d = numeralValue(s.charCodeAt(i));
      if (d < 0) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (let i = 0; i < s.length; i++) {
    const x = numeralValue(s.charCodeAt(i));
    if (x < 0) return null;
    if (x < 10) {
      digit = x;
      continue;
    }
    if (x < 1e4) {
      section += (digit < 0 ? 1 : digit) * x;
      digit = -1;
      continue;
    }
    total += (section + Math.max(digit, 0)) * x;
    section = 0;
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
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
