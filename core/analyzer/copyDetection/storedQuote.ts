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

/** The quote as stored: itself up to STORED_QUOTE_MAX characters, else its head and tail around a note of what was left out. */
export function storedQuote(quote: string): string {
  const chars = Array.from(quote);
  if (chars.length <= STORED_QUOTE_MAX) return quote;
  const left = chars.length - HEAD - TAIL;
  return `${chars.slice(0, HEAD).join('')}……（中间 ${left} 字从略，全段共 ${chars.length} 字）……${chars.slice(-TAIL).join('')}`;
}
