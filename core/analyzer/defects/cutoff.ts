import type { NormalizedText } from '../normalize/normalize';
import type { Paragraph } from '../spans';
import { sentenceEnd, sentenceStart } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const TERMINAL = /[。！？；：”]$/;
const HEADING = /^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、])/;

/** Position of a “ that is never closed inside the paragraph, or -1. */
function unclosedQuote(p: Paragraph): number {
  let open = -1;
  for (let i = 0; i < p.text.length; i++) {
    const ch = p.text[i];
    if (ch === '“') {
      if (open >= 0) return open;
      open = i;
    } else if (ch === '”') open = -1;
  }
  return open;
}

/**
 * A sentence that breaks off and resumes with unrelated words: a quotation that never
 * closes, or a body paragraph that stops without punctuation before more body text.
 */
export function findCutSentences(
  norm: NormalizedText,
  paras: readonly Paragraph[],
  bodyStart: number,
): NormDefect[] {
  const text = norm.text;
  const out: NormDefect[] = [];
  paras.forEach((p, n) => {
    if (p.start < bodyStart) return;
    const q = unclosedQuote(p);
    if (q >= 0) {
      const pos = p.start + q;
      out.push(at('other', sentenceStart(text, pos), sentenceEnd(text, pos), DEFECT_MESSAGES.cutSentence()));
      return;
    }
    const next = paras[n + 1];
    if (
      next &&
      /[。；]/.test(p.text) &&
      !TERMINAL.test(p.text) &&
      !HEADING.test(next.text) &&
      /[。；]/.test(next.text)
    ) {
      out.push(
        at('other', sentenceStart(text, p.end), sentenceEnd(text, next.start), DEFECT_MESSAGES.cutSentence()),
      );
    }
  });
  if (norm.truncated && text.length > 0) {
    out.push(at('other', sentenceStart(text, text.length), text.length, DEFECT_MESSAGES.truncated()));
  }
  return out;
}
