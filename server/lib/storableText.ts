/** Helpers for text that must fit PostgreSQL: no NUL, no UTF-16 half without its pair (issue 14 §1.7). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** String.prototype.toWellFormed (ES2024, beyond our TypeScript lib): broken pairs become U+FFFD. */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** A file name or spreadsheet text made storable: NUL and other control characters dropped, broken pairs replaced. */
export function storableText(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped
  return wellFormed(s).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
