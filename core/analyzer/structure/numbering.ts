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
 * any heading resets the inline 一是/二是 list.
 */
export function numberingBreaks(
  headings: readonly Heading[],
  inline: readonly InlineItem[],
): NumberingBreak[] {
  const out: NumberingBreak[] = [];
  const last = [0, 0, 0, 0, 0];
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
      if (h.number !== prev + 1)
        out.push({ start: h.start, end: h.end, expected: prev + 1, found: h.number });
      last[h.level] = h.number;
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
