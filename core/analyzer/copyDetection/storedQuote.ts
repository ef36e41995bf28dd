/**
 * Longest quote of a copied passage kept with a review. A passage is found on the full
 * texts and its offsets stay exact (start/end/length), but what is stored and sent to the
 * reviewer is its opening and its close: a report copied whole from another shared passages
 * of 88,000 characters each, stored twice per pair (10 MB of JSON for two files, which took
 * PGlite, on the server's own thread, 2.3 s to write — the server stopped answering meanwhile).
 * The whole passage is one click away, in the report's text at its offsets.
 */
export const STORED_QUOTE_MAX = 1200;
const HEAD = 900;
const TAIL = 200;

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/** Characters (code points) in `s`: a surrogate pair is one. */
function charCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) {
      n--;
      i++;
    }
  }
  return n;
}

/** UTF-16 index just after the first `chars` characters of `s`. */
function afterChars(s: string, chars: number): number {
  let i = 0;
  for (let k = 0; k < chars && i < s.length; k++)
    i += isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

/** UTF-16 index where the last `chars` characters of `s` begin. */
function beforeLastChars(s: string, chars: number): number {
  let i = s.length;
  for (let k = 0; k < chars && i > 0; k++)
    i -= i >= 2 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2)) ? 2 : 1;
  return i;
}

/**
 * The quote as stored: itself up to STORED_QUOTE_MAX characters, else its head and tail around a
 * note of what was left out. Walks only the quote's ends (and counts its characters once), since
 * passages of a report copied whole run to 100,000 characters and there may be hundreds of them;
 * idempotent: a stored quote is shorter than the limit.
 */
export function storedQuote(quote: string): string {
  // UTF-16 units are never fewer than characters
  if (quote.length <= STORED_QUOTE_MAX) return quote;
  const total = charCount(quote);
  if (total <= STORED_QUOTE_MAX) return quote;
  const head = quote.slice(0, afterChars(quote, HEAD));
  const tail = quote.slice(beforeLastChars(quote, TAIL));
  return `${head}……（中间 ${total - HEAD - TAIL} 字从略，全段共 ${total} 字）……${tail}`;
}
