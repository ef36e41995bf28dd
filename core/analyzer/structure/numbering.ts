import type { Heading } from '../types';
import type { InlineItem } from './headings';

/** A break in a numbered sequence: a skipped, repeated or restarted number. */
export interface NumberingBreak {
  start: number;
  end: number;
  expected: number;
  found: number;
}

/**
 * Each level counts from 1 under its parent; a parent heading resets its children, and
 * any heading resets the inline 一是/二是 list. Many reports number a level straight through
 * the whole text instead (1. 2. under （一）, then 3. under （二）): the first child under a new
 * parent may also continue the count of the previous parent's children.
 */
export function numberingBreaks(
  headings: readonly Heading[],
  inline: readonly InlineItem[],
): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  const last = [0, 0, 0, 0, 0];
  // The last number of each level, not reset by a parent.
  const through = [0, 0, 0, 0, 0];
  // Whether a level restarted at 1 under a later parent: then the report does not number through.
  const restarts = [false, false, false, false, false];
  const events = [
    ...headings.map((h) => ({ at: h.start, heading: h as Heading | null, item: null as InlineItem | null })),
    ...inline.map((i) => ({ at: i.start, heading: null as Heading | null, item: i as InlineItem | null })),
  ].sort((a, b) => a.at - b.at);
  let inlineLast = 0;
  for (const e of events) {
    if (e.heading) {
      const h = e.heading;
      const prev = last[h.level] ?? 0;
      // A lower level may start at 1 under any parent; only same-parent sequences are checked.
      const carried = through[h.level] ?? 0;
      if (prev === 0 && h.number === 1 && carried > 0) restarts[h.level] = true;
      const continued = prev === 0 && !restarts[h.level] && h.number > 1 && h.number === carried + 1;
      if (h.number !== prev + 1 && !continued)
        out.push({ start: h.start, end: h.end, expected: prev + 1, found: h.number });
      last[h.level] = h.number;
      through[h.level] = h.number;
      for (let l = h.level + 1; l <= 4; l++) last[l] = 0;
      inlineLast = 0;
    } else if (e.item) {
      const i = e.item;
      if (i.number !== inlineLast + 1 && !(i.number === 1 && inlineLast > 0)) {
        out.push({ start: i.start, end: i.end, expected: inlineLast + 1, found: i.number });
      }
      inlineLast = i.number;
    }
  }
  return out;
}
