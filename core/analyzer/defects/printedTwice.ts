import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** Shorter paragraphs (一、, a date) repeat for good reasons. */
const MIN_CHARS = 4;

/**
 * A heading or paragraph printed twice in a row, as page breaks of a copied PDF or web page
 * leave them. Before the body (a page title followed by the same document title) it is page
 * furniture, not the report's mistake, and is left alone.
 */
export function findPrintedTwice(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (let n = 1; n < paras.length; n++) {
    const p = paras[n] as Paragraph;
    const prev = paras[n - 1] as Paragraph;
    if (prev.start < bodyStart || p.text.trim().length < MIN_CHARS) continue;
    if (p.text.trim() === prev.text.trim()) {
      out.push(at('duplicated_text', p.start, p.end, DEFECT_MESSAGES.printedTwice(), 'high'));
    }
  }
  return out;
}
