import type { Paragraph } from '../spans';
import type { InlineItem } from '../structure/headings';
import { numberingBreaks } from '../structure/numbering';
import { type Heading, SECTION_KEYS, type SectionKey } from '../types';
import { DEFECT_MESSAGES, SECTION_NAMES } from './messages';
import { at, type NormDefect } from './normDefect';

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function numeral(level: Heading['level'] | 0, n: number): string {
  const cn = n <= 10 ? (CN[n] ?? String(n)) : n < 20 ? `十${CN[n - 10] ?? ''}` : String(n);
  if (level === 1) return `${cn}、`;
  if (level === 2) return `（${cn}）`;
  if (level === 3) return `${n}.`;
  if (level === 4) return `（${n}）`;
  return `${cn}是`;
}

/** A paragraph that opens with a numbering mark of any level. */
const NUMBERED =
  /^(?:[一二三四五六七八九十]{1,3}[、是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])/;
/**
 * A heading written without its number: a short line with no sentence stop, or the short
 * title sentence a run-in heading starts with (强化学习培训。组织班子成员…), holding no figure
 * and no list.
 */
const BARE_LINE = /^[\u4e00-\u9fa5“”]{4,30}$/;
const RUN_IN = /^([\u4e00-\u9fa5“”]{4,14}[，,]?[\u4e00-\u9fa5“”]{0,14})[。：]/;

function bareHeading(p: Paragraph): { start: number; end: number } | null {
  if (NUMBERED.test(p.text)) return null;
  if (BARE_LINE.test(p.text)) return { start: p.start, end: p.end };
  const m = RUN_IN.exec(p.text);
  return m && p.text.length > (m[0] as string).length
    ? { start: p.start, end: p.start + (m[1] as string).length }
    : null;
}

/**
 * A number skipped by one ((一) … (三)) where exactly one paragraph between the two headings
 * reads as a heading of its own: that heading lost its number. The finding quotes it, not the
 * heading after it, which is numbered right.
 */
function lostNumber(
  b: { expected: number; found: number },
  h: Heading,
  headings: readonly Heading[],
  paras: readonly Paragraph[],
): { start: number; end: number } | null {
  if (b.found !== b.expected + 1) return null;
  // The heading before the gap: the same level's previous one, or for a lost first number
  // ((二) right under 一、) the parent heading.
  let prev: Heading | undefined;
  for (const x of headings) {
    if (x.start >= h.start) break;
    if (x.level < h.level) prev = b.expected === 1 ? x : undefined;
    else if (x.level === h.level) prev = x;
  }
  if (!prev) return null;
  if (b.expected === 1 ? prev.level >= h.level : prev.number !== b.expected - 1) return null;
  const from = prev.start;
  const bare = paras.filter((p) => p.start > from && p.start < h.start).map(bareHeading);
  const found = bare.filter((x) => x !== null);
  return found.length === 1 ? (found[0] ?? null) : null;
}

export function findStructureDefects(
  headings: readonly Heading[],
  inline: readonly InlineItem[],
  present: Record<SectionKey, boolean>,
  paras: readonly Paragraph[] = [],
): NormDefect[] {
  const out: NormDefect[] = [];
  for (const k of SECTION_KEYS) {
    if (!present[k])
      out.push({
        kind: 'missing_section',
        message: DEFECT_MESSAGES.missingSection(SECTION_NAMES[k]),
        span: null,
      });
  }
  // A Map keyed by start: a linear scan per break was quadratic on multi-megabyte uploads.
  // The first heading at a start wins, as Array.find did.
  const byStart = new Map<number, Heading>();
  for (const x of headings) if (!byStart.has(x.start)) byStart.set(x.start, x);
  for (const b of numberingBreaks(headings, inline)) {
    const h = byStart.get(b.start);
    const lost = h && h.level >= 1 && h.level <= 4 ? lostNumber(b, h, headings, paras) : null;
    if (h && lost) {
      out.push(
        at('numbering', lost.start, lost.end, DEFECT_MESSAGES.lostNumber(numeral(h.level, b.expected))),
      );
      continue;
    }
    const level = h ? h.level : 0;
    const end = h ? Math.min(h.end, h.start + 20) : b.end;
    out.push(
      at(
        'numbering',
        b.start,
        end,
        DEFECT_MESSAGES.numbering(numeral(level, b.expected), numeral(level, b.found)),
      ),
    );
  }
  return out;
}
