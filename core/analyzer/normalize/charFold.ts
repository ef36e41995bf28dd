/**
 * Per-character folding so one set of patterns reads every report: full-width digits and
 * letters become ASCII, half-width Chinese punctuation becomes full-width (except inside
 * numbers such as 1,000 or 10:30), and spaces disappear unless they separate two ASCII words.
 */

const SPACE = /[\s\u00a0\u3000\ufeff\u200b-\u200d]/;
const ASCII_WORD = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

const TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Punctuation that stays half-width when it sits between two digits. */
const NUMERIC_INNER = new Set([',', ':']);

export function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Most characters are CJK; answer them without a regular expression.
  if (c > 0x20 && c < 0x7f) return false;
  if (c >= 0x4e00 && c < 0xfe00) return false;
  return SPACE.test(ch);
}

/** True for characters foldChar leaves alone, so the caller can skip it. */
export function isPlain(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c > 0x7f && (c < 0xff01 || c > 0xff5e)) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x7a);
}

/** Folds one character given its neighbours (already-folded previous, raw next). */
export function foldChar(ch: string, prev: string, next: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = String.fromCharCode(code - 0xfee0);
    // Full-width punctuation other than ％ and ． is already the Chinese form we want.
    if (/[0-9A-Za-z%.]/.test(ascii)) return ascii;
    if (ascii === '(' || ascii === ')') return ch;
    return ch;
  }
  if (ch in TO_FULL) {
    if (NUMERIC_INNER.has(ch) && DIGIT.test(prev) && DIGIT.test(next)) return ch;
    return TO_FULL[ch] ?? ch;
  }
  return ch;
}

/** A space survives only between two ASCII words ("Windows 10"), never next to Chinese. */
export function keepSpace(prev: string, next: string): boolean {
  return ASCII_WORD.test(prev) && ASCII_WORD.test(next) && !DIGIT.test(prev) && !DIGIT.test(next);
}

/** Width of a line on the page: CJK characters count 1, ASCII 0.5. */
export function visualWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // A surrogate pair is one character (as `for…of` would see it), counted once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    w += c < 0x2000 ? 0.5 : 1;
  }
  return w;
}
