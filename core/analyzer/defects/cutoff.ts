import { codeUnits } from '../codeUnits';
import type { NormalizedText } from '../normalize/normalize';
import type { Paragraph } from '../spans';
import { charTable, sentenceEnd, sentenceStart } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const STOP = /[。；]/;
/** Marks a paragraph may end with; a table, as a `…$` pattern is tried at every position. */
const TERMINAL = charTable('。！？；：”');
const HEADING = /^(（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、])/;
/** A heading, or an item of an 一是/二是 list, that opens the next paragraph. */
const NEXT_HEADING =
  /^(?:（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|\d+[.、．]|[一二三四五六七八九十]是)/;
/** A heading line alone ((一)加强组织领导): short, one clause, no sentence of its own. */
const HEADING_ONLY = /^[^，。；]{0,30}$/;
/** Characters a paragraph needs before its missing full stop is reported. */
const MIN_BODY = 30;

/**
 * Position (in the paragraph) of a “ that is never closed inside it, or -1. Reads the
 * text's code units: the paragraph's own string is a slice, slower to read per character.
 */
function unclosedQuote(u: Uint16Array, p: Paragraph): number {
  let open = -1;
  for (let i = 0; i < p.end - p.start; i++) {
    const c = u[p.start + i];
    if (c === 0x201c /* “ */) {
      if (open >= 0) return open;
      open = i;
    } else if (c === 0x201d /* ” */) open = -1;
  }
  return open;
}

/** Characters a quotation closed by a mistyped “ may hold (“宪法宣传周“活动). */
const SHORT_QUOTE = 20;

/**
 * “宪法宣传周“活动: the quotation is closed, with the opening mark typed for the closing one,
 * when a second “ follows within a short name and no ” comes after it in the paragraph. The
 * sentence goes on; the quotation-mark check reports the wrong mark (a typo), not a cut.
 */
function closedByOpeningMark(t: string, q: number): boolean {
  const r = t.indexOf('“', q + 1);
  return r > q && r - q <= SHORT_QUOTE && t.indexOf('”', r + 1) < 0 && r + 1 < t.length;
}

/**
 * “宪法宣传周”“民法典宣传月、“国家安全日”: a short quotation with no clause break before the next “ is an item
 * of a list of quoted names that lost its ”. The quotation-mark check reports the mark (a typo); the sentence
 * itself goes on, so it is no cut.
 */
function listItemLostClosingMark(t: string, q: number): boolean {
  const r = t.indexOf('“', q + 1);
  if (r < 0 || r - q > SHORT_QUOTE) return false;
  for (let i = q + 1; i < r; i++) if ('，。；：！？'.includes(t[i] as string)) return false;
  return true;
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
  const u = codeUnits(text);
  // Whether each paragraph states a sentence: asked of each paragraph and of its successor.
  const hasStop = paras.map((p) => STOP.test(p.text));
  paras.forEach((p, n) => {
    if (p.start < bodyStart) return;
    const q = unclosedQuote(u, p);
    if (q >= 0 && !closedByOpeningMark(p.text, q) && !listItemLostClosingMark(p.text, q)) {
      // In a copy cut off mid-sentence, a quotation open in the last paragraph is the cut itself.
      if (norm.truncated && n === paras.length - 1) return;
      const pos = p.start + q;
      out.push(at('other', sentenceStart(text, pos), sentenceEnd(text, pos), DEFECT_MESSAGES.cutSentence()));
      return;
    }
    const next = paras[n + 1];
    // …积极营造法治建设氛围 / （二）…: a body paragraph of sentences that ends on a word right
    // before the next heading lost its full stop (the copy goes on, so nothing was cut).
    if (
      next &&
      p.text.includes('。') &&
      p.text.length >= MIN_BODY &&
      /[\u4e00-\u9fa5]$/.test(p.text) &&
      NEXT_HEADING.test(next.text) &&
      !HEADING_ONLY.test(p.text)
    ) {
      const last = Math.max(p.text.lastIndexOf('，'), p.text.lastIndexOf('。'), p.text.lastIndexOf('；'));
      const from = p.start + Math.max(last + 1, p.text.length - 16);
      // A hint (low): on public reports read outside the corpus both findings were real, but on
      // the held-out summary it added a false alarm and no hit (docs/analyzer-accuracy.md).
      out.push(at('typo', from, p.end, DEFECT_MESSAGES.paragraphStop(text.slice(from, p.end)), 'low'));
      return;
    }
    if (
      next &&
      hasStop[n] &&
      TERMINAL[p.text.charCodeAt(p.text.length - 1)] !== 1 &&
      !HEADING.test(next.text) &&
      hasStop[n + 1]
    ) {
      out.push(
        at('other', sentenceStart(text, p.end), sentenceEnd(text, next.start), DEFECT_MESSAGES.cutSentence()),
      );
    }
  });
  if (norm.truncated && text.length > 0) {
    out.push(at('other', sentenceStart(text, text.length), text.length, DEFECT_MESSAGES.truncated(), 'low'));
  }
  return out;
}
