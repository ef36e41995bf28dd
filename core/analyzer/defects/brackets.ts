import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** Characters shown either side of a lone bracket so a reader can find it. */
const SIDE = 10;
/** A closing bracket after an item number is the item's mark (1）…，2）…; 一）), not a pair's half. */
const ITEM_NUMBER = /(?:^|[，。；：、\s])[\d一二三四五六七八九十]{1,3}$/;

/**
 * Whether the （ at `open` of the last paragraph was left open by the writer, not by the copy's
 * end: the paragraph goes on past a 》 that closes a title opened before the （ (《…规划（2021—2025年》),
 * or past a second （ (the writer began another pair before closing the first).
 */
function closedOffBeforeEnd(t: string, open: number): boolean {
  const title = t.lastIndexOf('《', open);
  const titleEnd = title >= 0 ? t.indexOf('》', title) : -1;
  if (titleEnd > open) return true;
  return t.indexOf('（', open + 1) >= 0;
}

/**
 * Round brackets that do not pair up within a body paragraph: （2021—2025年 with no ）, or a ）
 * with no （ before it (…作出决定3项）。). Half-width brackets are folded to full width before
 * this runs. Table rows are not judged, nor the last paragraph of a cut-off copy, except for a （
 * the paragraph itself shows open (closedOffBeforeEnd): the copy may stop inside a pair, but not
 * after the title around it closed or another pair began.
 */
export function findBracketDefects(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  const last = paras[paras.length - 1];
  for (const p of paras) {
    const t = p.text;
    if (p.start < bodyStart || t.includes('|') || (!t.includes('（') && !t.includes('）'))) continue;
    const isLast = p === last;
    let open = -1;
    for (let k = 0; k < t.length; k++) {
      const c = t[k];
      if (c === '（') {
        // （（ is a doubled mark, reported by marks.ts; nesting is not the genre's usage.
        if (open >= 0) break;
        open = k;
      } else if (c === '）') {
        if (open >= 0) {
          open = -1;
        } else if (
          // A paragraph opening with ） is a heading that lost its number (headingMarks.ts).
          !isLast &&
          k > 0 &&
          t[k - 1] !== '）' &&
          !ITEM_NUMBER.test(t.slice(Math.max(0, k - 5), k))
        ) {
          out.push(
            at(
              'typo',
              p.start + Math.max(0, k - SIDE),
              p.start + k + 1,
              DEFECT_MESSAGES.strayBracket(),
              'medium',
            ),
          );
          break;
        }
      }
    }
    if (open >= 0 && (!isLast || closedOffBeforeEnd(t, open))) {
      out.push(
        at(
          'typo',
          p.start + open,
          p.start + Math.min(t.length, open + SIDE + 1),
          DEFECT_MESSAGES.unclosedBracket(),
          'medium',
        ),
      );
    }
  }
  return out;
}
