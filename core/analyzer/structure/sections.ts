import type { Paragraph } from '../spans';
import { type Heading, SECTION_KEYS, type SectionKey } from '../types';

/**
 * The four statutory parts (domain rules §2) found by what headings say, not by their
 * exact wording: reports write 存在的不足 / 问题和原因 / 短板弱项 for the same part.
 */

const CUES: Record<SectionKey, RegExp> = {
  first_responsible_person: /第一责任人|主要负责人.{0,6}履[行职]|履行.{0,12}法治建设.{0,6}职责|述法/,
  shortcomings:
    /存在的?(主要)?(问题|不足|困难|短板|差距)|(问题|困难)(和|与|及)(不足|原因|短板|建议)|不足(之处)?(和|与|及)(原因|问题)|不足$|短板弱项|薄弱环节|差距和不足/,
  next_year_plan:
    /下一?(步|年|年度|阶段)|明年|今后|(工作|主要)(思路|打算|计划|安排|重点|目标)|(思路|打算|计划|安排)$|努力方向|工作谋划|展望/,
  measures_and_results:
    /举措|成效|措施|做法|工作开展情况|工作情况|开展情况|主要工作|取得的?成[效绩]|工作成果|进展情况|推进情况|落实情况/,
};

/** Which part a heading opens, most specific cue first. */
export function sectionOfHeading(text: string): SectionKey | undefined {
  const body = text.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.]?/, '');
  for (const key of [
    'first_responsible_person',
    'shortcomings',
    'next_year_plan',
    'measures_and_results',
  ] as const) {
    if (CUES[key].test(body)) return key;
  }
  return undefined;
}

export interface SectionRange {
  key: SectionKey;
  start: number;
  end: number;
}

/**
 * Marks headings with their part and returns the parts' ranges. Top-level headings that
 * name no part but come before the shortcomings are the measures part (reports often
 * title each measure instead of the whole part).
 */
export function findSections(
  headings: Heading[],
  paras: readonly Paragraph[],
  textLength: number,
  bodyStart: number,
): { present: Record<SectionKey, boolean>; ranges: SectionRange[] } {
  const present = Object.fromEntries(SECTION_KEYS.map((k) => [k, false])) as Record<SectionKey, boolean>;
  const ranges: SectionRange[] = [];
  const top = headings.filter((h) => h.level === 1);
  for (const h of headings) {
    const key = sectionOfHeading(h.text);
    // Below the top level only the responsible-person part is a part of its own.
    if (key && (h.level === 1 || key === 'first_responsible_person' || top.length === 0)) h.section = key;
  }
  let seenLater = false;
  for (const h of top) {
    if (h.section === 'shortcomings' || h.section === 'next_year_plan') seenLater = true;
    if (!h.section && !seenLater) h.section = 'measures_and_results';
  }
  const nextStart = nextPeerStarts(headings, textLength);
  headings.forEach((h, i) => {
    if (h.section === undefined) return;
    ranges.push({ key: h.section, start: h.start, end: nextStart[i] ?? textLength });
    present[h.section] = true;
  });
  if (!present.first_responsible_person) {
    present.first_responsible_person = paras.some(
      (p) => /第一责任人/.test(p.text) && /履行|履职|职责/.test(p.text) && p.start >= bodyStart,
    );
  }
  if (!present.shortcomings)
    present.shortcomings = paras.some((p) => p.start >= bodyStart && deficiencyWords(p.text) >= 3);
  if (!present.measures_and_results && top.length === 0) {
    const bodyChars = paras.reduce((n, p) => n + (p.start >= bodyStart ? p.text.length : 0), 0);
    present.measures_and_results = bodyChars > 300;
  }
  return { present, ranges };
}

const DEFICIENCY =
  /不够|不足|有待|欠缺|缺乏|薄弱|不高|滞后|不强|淡薄|参差不齐|不到位|不完善|不健全|短板|差距|不及时|不规范|较慢|进程慢/g;

/** A paragraph naming several weaknesses is the shortcomings part even without its heading. */
function deficiencyWords(s: string): number {
  return new Set(s.match(DEFICIENCY) ?? []).size;
}

/**
 * For each heading, where the first later heading of the same or a higher level starts (the end
 * of its part). One sweep with a stack of still-open headings: linear, where searching forward
 * from every heading was quadratic and froze the server on a report of many short sections
 * (issue 14 §1.1).
 */
function nextPeerStarts(headings: readonly Heading[], textLength: number): number[] {
  const order = headings
    .map((_, i) => i)
    .sort((a, b) => (headings[a]?.start ?? 0) - (headings[b]?.start ?? 0));
  const out: number[] = headings.map(() => textLength);
  const open: number[] = [];
  for (const i of order) {
    const h = headings[i] as Heading;
    // a heading closes every open one of its level or below that started strictly before it
    const keep: number[] = [];
    while (open.length) {
      const j = open[open.length - 1] as number;
      const o = headings[j] as Heading;
      if (o.level < h.level) break;
      open.pop();
      if (o.start < h.start) out[j] = h.start;
      else keep.push(j); // same start: not "later", stays open
    }
    open.push(...keep.reverse());
    open.push(i);
  }
  return out;
}

/** Ranges cut into disjoint pieces, each with the part of its innermost range, for binary search. */
interface SectionIndex {
  length: number;
  bounds: number[];
  keys: (SectionKey | undefined)[];
}

const indexes = new WeakMap<readonly SectionRange[], SectionIndex>();
/** The array sectionAt was last asked about and its index (held until another array is asked about). */
let lastRanges: readonly SectionRange[] | null = null;
let lastIndex: SectionIndex | undefined;

/**
 * Builds the pieces in one sweep over the range boundaries with a heap of open ranges, ordered as
 * the linear scan chose: the latest start wins, and of equal starts the later range.
 */
function buildIndex(ranges: readonly SectionRange[]): SectionIndex {
  const points = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const byStart = ranges.map((_, i) => i).sort((a, b) => (ranges[a]?.start ?? 0) - (ranges[b]?.start ?? 0));
  const heap: number[] = [];
  const before = (a: number, b: number) => {
    const ra = ranges[a] as SectionRange;
    const rb = ranges[b] as SectionRange;
    return ra.start !== rb.start ? ra.start > rb.start : a > b;
  };
  const push = (x: number) => {
    heap.push(x);
    let c = heap.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!before(heap[c] as number, heap[p] as number)) break;
      [heap[c], heap[p]] = [heap[p] as number, heap[c] as number];
      c = p;
    }
  };
  const pop = () => {
    const last = heap.pop() as number;
    if (!heap.length) return;
    heap[0] = last;
    let p = 0;
    for (;;) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < heap.length && before(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && before(heap[r] as number, heap[m] as number)) m = r;
      if (m === p) return;
      [heap[m], heap[p]] = [heap[p] as number, heap[m] as number];
      p = m;
    }
  };
  const keys: (SectionKey | undefined)[] = [];
  let k = 0;
  for (const at of points) {
    while (k < byStart.length && (ranges[byStart[k] as number] as SectionRange).start <= at)
      push(byStart[k++] as number);
    while (heap.length && (ranges[heap[0] as number] as SectionRange).end <= at) pop();
    keys.push(heap.length ? ranges[heap[0] as number]?.key : undefined);
  }
  return { length: ranges.length, bounds: points, keys };
}

/**
 * The part that contains `pos`, preferring the innermost marked heading. Called for every figure
 * and year of a report: a binary search over an index built once per `ranges` array, not a scan.
 */
export function sectionAt(ranges: readonly SectionRange[], pos: number): SectionKey | undefined {
  // The ranges asked last, with their index: an analysis asks of one array a few hundred times
  // in a row, and the WeakMap's lookup cost more than the binary search.
  let index = ranges === lastRanges ? lastIndex : indexes.get(ranges);
  if (!index || index.length !== ranges.length) {
    index = buildIndex(ranges);
    indexes.set(ranges, index);
  }
  lastRanges = ranges;
  lastIndex = index;
  const { bounds, keys } = index;
  // the last boundary at or before pos
  let lo = 0;
  let hi = bounds.length - 1;
  if (hi < 0 || pos < (bounds[0] as number)) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((bounds[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return keys[lo];
}
