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
  // How many items each level has had under its parent: after a repeated number (一、一、三、)
  // the next item agrees with its place, and the one mistake is not counted twice.
  const position = [0, 0, 0, 0, 0];
  let inlineLast = 0;
  let inlinePosition = 0;
  for (const e of events) {
    if (e.heading) {
      const h = e.heading;
      const prev = last[h.level] ?? 0;
      position[h.level] = (position[h.level] ?? 0) + 1;
      // 一、…一、…三、: the third heading agrees with its place after the repeated one.
      const inPlace = h.number === position[h.level] && prev === h.number - 2;
      // A lower level may start at 1 under any parent; only same-parent sequences are checked.
      const carried = through[h.level] ?? 0;
      if (prev === 0 && h.number === 1 && carried > 0) restarts[h.level] = true;
      const continued = prev === 0 && !restarts[h.level] && h.number > 1 && h.number === carried + 1;
      if (h.number !== prev + 1 && !continued && !inPlace)
        out.push({ start: h.start, end: h.end, expected: prev + 1, found: h.number });
      last[h.level] = h.number;
      through[h.level] = h.number;
      for (let l = h.level + 1; l <= 4; l++) {
        last[l] = 0;
        position[l] = 0;
      }
      inlineLast = 0;
      inlinePosition = 0;
    } else if (e.item) {
      const i = e.item;
      inlinePosition++;
      // 一是…一是…三是: the third item agrees with its place after the repeated one.
      const inPlace = i.number === inlinePosition && inlineLast === i.number - 2;
      if (i.number !== inlineLast + 1 && !(i.number === 1 && inlineLast > 0) && !inPlace) {
        out.push({ start: i.start, end: i.end, expected: inlineLast + 1, found: i.number });
      }
      if (i.number === 1 && inlineLast > 0) inlinePosition = 1;
      inlineLast = i.number;
    }
  }
  return out;
}
