import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** The same opening or closing mark twice: never right (nested quotes use ‘’). */
const DOUBLED = /““|””|《《|》》|（（|））|‘‘|’’/g;
const LEAD = 2;
const TAIL = 12;
/** No title runs over a sentence stop or a comma: such a pair is two titles each missing a mark. */
const NOT_IN_TITLE = /[，。；！？]/;
/** Last characters of a document's name (…法, …条例, …纲要, …意见 …). */
const TITLE_END = /[法例定要见知划案典则纲录编书告报规论述]$/;

/**
 * Title marks typed with other keys: <<民法典>> (two less-than signs), or the single angle
 * brackets 〈民法典〉 outside a title (GB/T 15834-2011 4.15: 〈〉 only inside 《》). An empty
 * title (《》) is found in the pairing loop below.
 */
const ASCII_TITLE = /<<[^<>\n]{1,40}>>|<[\u4e00-\u9fa5][^<>\n]{0,38}>/g;

function otherTitleMarks(text: string, bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  if (text.includes('<'))
    for (const m of text.matchAll(ASCII_TITLE)) {
      const i = m.index ?? 0;
      if (i < bodyStart) continue;
      // Inside 《…》 the inner title takes the single marks 〈〉 (GB/T 15834-2011 4.15.3).
      const open = text.lastIndexOf('《', i);
      const inner = open > text.lastIndexOf('》', i) && open > text.lastIndexOf('\n', i);
      const message = inner
        ? DEFECT_MESSAGES.nestedAsciiTitleMarks(m[0])
        : DEFECT_MESSAGES.asciiTitleMarks(m[0]);
      out.push(at('typo', i, i + m[0].length, message, 'medium'));
    }
  // 〈 outside 《…》: the nearest 《 or 》 before it is a closing one, or there is none.
  for (let i = text.indexOf('〈', bodyStart); i >= 0; i = text.indexOf('〈', i + 1)) {
    const open = text.lastIndexOf('《', i);
    const close = text.lastIndexOf('》', i);
    const lineStart = text.lastIndexOf('\n', i);
    if (open > close && open > lineStart) continue;
    const end = text.indexOf('〉', i);
    const to = end > i && end - i <= 40 ? end + 1 : Math.min(text.length, i + 12);
    out.push(at('typo', i, to, DEFECT_MESSAGES.singleTitleMarks(text.slice(i, to)), 'medium'));
  }
  return out;
}

/**
 * A body's name in title marks (成立《青禾县复议咨询委员会》): 《》 mark the names of books,
 * documents, periodicals and works (GB/T 15834-2011 标点符号用法 4.15), not of organizations. Only
 * names that end in a body's word and not in a document's (《…委员会工作规则》 is a document).
 */
const BODY_IN_TITLE =
  /《[^《》\n]{2,30}?(?:委员会|领导小组|工作小组|办公室|工作站|服务中心|调解室|工作室|协会)》/g;

function bodyInTitleMarks(text: string, bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  if (!text.includes('》')) return out;
  for (const m of text.matchAll(BODY_IN_TITLE)) {
    const i = m.index ?? 0;
    if (i >= bodyStart)
      out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.bodyInTitleMarks(m[0]), 'medium'));
  }
  return out;
}

/** Doubled quotation and title marks, and title marks that do not pair up within a paragraph. */
export function findMarkDefects(text: string, paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [...otherTitleMarks(text, bodyStart), ...bodyInTitleMarks(text, bodyStart)];
  for (const m of text.matchAll(DOUBLED)) {
    const i = m.index ?? 0;
    if (i < bodyStart) continue;
    const s = Math.max(0, i - LEAD);
    out.push(
      at('typo', s, Math.min(text.length, i + m[0].length + TAIL), DEFECT_MESSAGES.doubledMark(m[0]), 'high'),
    );
  }
  const last = paras[paras.length - 1];
  for (const p of paras) {
    // Most paragraphs hold no title mark; a native search skips them faster than the loop below.
    if (p.start < bodyStart || (!p.text.includes('《') && !p.text.includes('》'))) continue;
    let open = -1;
    for (let k = 0; k < p.text.length; k++) {
      const c = p.text[k];
      if (c === '《') {
        if (open >= 0 && p.text[k - 1] !== '《') {
          out.push(at('typo', p.start + open, p.start + k, DEFECT_MESSAGES.unclosedTitleMark(), 'medium'));
        }
        open = k;
      } else if (c === '》') {
        if (open >= 0 && open === k - 1) {
          const s = Math.max(0, k - 1 - LEAD);
          out.push(at('typo', p.start + s, p.start + k + 1, DEFECT_MESSAGES.emptyMarks('《》'), 'medium'));
        } else if (open >= 0 && NOT_IN_TITLE.test(p.text.slice(open, k))) {
          // 《民法典宣传活动，组织学习行政处罚法》: the side whose name ends as a title is right.
          const closeRight = TITLE_END.test(p.text.slice(0, k));
          const from = closeRight ? open : Math.max(open + 1, k - TAIL);
          const to = closeRight ? Math.min(k, open + TAIL) : k + 1;
          out.push(
            at(
              'typo',
              p.start + from,
              p.start + to,
              closeRight ? DEFECT_MESSAGES.unclosedTitleMark() : DEFECT_MESSAGES.strayTitleMark(),
              'medium',
            ),
          );
        } else if (open < 0 && p.text[k - 1] !== '》') {
          out.push(
            at(
              'typo',
              p.start + Math.max(0, k - TAIL),
              p.start + k + 1,
              DEFECT_MESSAGES.strayTitleMark(),
              'medium',
            ),
          );
        }
        open = -1;
      }
    }
    // A title left open at the end of the last paragraph is the cut of a truncated copy.
    if (open >= 0 && p !== last) {
      out.push(
        at(
          'typo',
          p.start + open,
          Math.min(p.end, p.start + open + TAIL),
          DEFECT_MESSAGES.unclosedTitleMark(),
          'medium',
        ),
      );
    }
  }
  return out;
}

/**
 * Chinese quotation marks that do not pair up within a paragraph: a “ opened again before it
 * closed, or a ” with no “ before it (“枫桥经验 工作法”…”). Doubled marks (““) are reported above.
 */
export function findQuoteDefects(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  // The last paragraph of a cut-off copy may stop inside a quotation: there only a quotation left open at its
  // end is no finding; a second “ before the first is closed, or a ” with none open, still is.
  const last = paras[paras.length - 1];
  for (const p of paras) {
    if (p.start < bodyStart || (!p.text.includes('“') && !p.text.includes('”'))) continue;
    let open = -1;
    for (let k = 0; k < p.text.length; k++) {
      const c = p.text[k];
      if (c === '“') {
        if (open >= 0 && p.text[k - 1] !== '“') {
          // “宪法宣传周“活动: no ” follows, so this “ was typed for the closing mark.
          const closing = k - open <= 20 && !p.text.includes('”', k + 1);
          out.push(
            at(
              'typo',
              p.start + open,
              p.start + k + (closing ? 1 : 0),
              closing ? DEFECT_MESSAGES.openingForClosingQuote() : DEFECT_MESSAGES.unpairedQuote(),
              'medium',
            ),
          );
          open = -1;
          break;
        }
        open = k;
      } else if (c === '”') {
        if (open < 0 && p.text[k - 1] !== '”') {
          out.push(
            at(
              'typo',
              p.start + Math.max(0, k - TAIL),
              p.start + k + 1,
              DEFECT_MESSAGES.unpairedQuote(),
              'medium',
            ),
          );
          break;
        }
        open = -1;
      }
    }
    if (open >= 0 && p !== last) {
      out.push(
        at(
          'typo',
          p.start + open,
          Math.min(p.end, p.start + open + TAIL),
          DEFECT_MESSAGES.unpairedQuote(),
          'medium',
        ),
      );
    }
  }
  return out;
}
