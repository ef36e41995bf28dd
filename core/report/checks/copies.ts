import { type CopyDoc, findCopies } from '../../analyzer/copyDetection/findCopies';
import type { ReportDocument } from '../model';
import { blockOfSpan, describeBlock, type ReportTextMap } from './text';
import type { CheckContext, CheckFinding } from './types';

/**
 * Copied text, by the analyzer's copy detection run over this report, the other units'
 * reports of the year and the township's own report of last year in one batch (so
 * wording most reports share counts as boilerplate, not as a copy):
 * - a passage shared with another unit's report of this year: error, one per passage;
 * - passages repeated from last year's own report: one warning when they make up more
 *   than `ownThreshold` (default 30%) of this report's letters and digits.
 * Only text in paragraphs the township wrote (origin 'written') counts: composed and
 * suggested paragraphs use the composer's wording, the same for every township and
 * every year, and would read as copies whenever fewer reports than the boilerplate
 * cutoff are compared.
 */

const SELF = 'self';
const LAST = 'last-year';
const OTHER = 'other:';
const DEFAULT_THRESHOLD = 0.3;
const LONGEST_LISTED = 3;
const EXCERPT = 40;

/** Letters and digits, as copy detection counts them (punctuation and spaces are not). */
const KEPT = /[\p{Script=Han}A-Za-z0-9０-９Ａ-Ｚａ-ｚ]/u;

function keptCount(s: string): number {
  let n = 0;
  for (const c of s) if (KEPT.test(c)) n++;
  return n;
}

/** Letters and digits of [start, end) that lie in paragraphs the township wrote. */
function writtenKept(map: ReportTextMap, start: number, end: number): number {
  let n = 0;
  for (const b of map.blocks) {
    if (b.kind !== 'paragraph' || b.origin !== 'written' || b.end <= start || b.start >= end) continue;
    n += keptCount(map.text.slice(Math.max(start, b.start), Math.min(end, b.end)));
  }
  return n;
}

/** The first paragraph the township wrote that [start, end) reaches into. */
function writtenBlock(map: ReportTextMap, start: number, end: number) {
  return map.blocks.find(
    (b) => b.kind === 'paragraph' && b.origin === 'written' && b.end > start && b.start < end,
  );
}

/** A passage needs this many letters and digits in written paragraphs (copy detection's own minimum). */
const MIN_WRITTEN = 40;

const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT)}……` : s).replaceAll('\n', ' ');

export function copyChecks(map: ReportTextMap, doc: ReportDocument, ctx: CheckContext): CheckFinding[] {
  if (ctx.otherReports.length === 0 && !ctx.lastYear) return [];
  const docs: CopyDoc[] = [{ id: SELF, unit: doc.unit.name, year: doc.year, text: map.text }];
  ctx.otherReports.forEach((r, i) => {
    docs.push({ id: `${OTHER}${i}`, unit: r.unitName, year: doc.year, text: r.text });
  });
  if (ctx.lastYear) docs.push({ id: LAST, unit: doc.unit.name, year: doc.year - 1, text: ctx.lastYear.text });

  const out: CheckFinding[] = [];
  const repeated: { start: number; end: number; quote: string }[] = [];
  for (const pair of findCopies(docs).pairs) {
    const self = pair.a.id === SELF ? pair.a : pair.b.id === SELF ? pair.b : undefined;
    const other = self === pair.a ? pair.b : pair.a;
    if (!self) continue;
    if (other.id === LAST) {
      repeated.push({ start: self.start, end: self.end, quote: self.quote });
      continue;
    }
    if (!other.id.startsWith(OTHER) || pair.kind !== 'cross_unit') continue;
    if (writtenKept(map, self.start, self.end) < MIN_WRITTEN) continue;
    const unitName = ctx.otherReports[Number(other.id.slice(OTHER.length))]?.unitName ?? '其他单位';
    const b = writtenBlock(map, self.start, self.end) ?? blockOfSpan(map, self.start, self.end);
    out.push({
      severity: 'error',
      code: 'copied_cross_unit',
      message: `${describeBlock(b)}有一段文字（${pair.length}字）与${unitName}本年度报告相同：“${excerpt(self.quote)}”，请按本单位实际情况重写`,
      paragraphId: b?.paragraphId,
      quote: self.quote,
      span: [self.start, self.end],
    });
  }
  const last = repeatedFromLastYear(map, repeated, ctx.ownThreshold ?? DEFAULT_THRESHOLD);
  if (last) out.push(last);
  return out;
}

function repeatedFromLastYear(
  map: ReportTextMap,
  found: { start: number; end: number; quote: string }[],
  threshold: number,
): CheckFinding | undefined {
  const passages = found.filter((p) => writtenKept(map, p.start, p.end) > 0);
  if (passages.length === 0) return undefined;
  // the union of the passages on this report's side, so overlapping passages count once
  const sorted = [...passages].sort((x, y) => x.start - y.start || y.end - x.end);
  let repeated = 0;
  let to = -1;
  for (const p of sorted) {
    const from = Math.max(p.start, to);
    if (p.end > from) repeated += writtenKept(map, from, p.end);
    to = Math.max(to, p.end);
  }
  const total = keptCount(map.text);
  const share = total === 0 ? 0 : repeated / total;
  if (share <= threshold) return undefined;
  const longest = [...passages].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const listed = longest
    .slice(0, LONGEST_LISTED)
    .map((p) => `${describeBlock(writtenBlock(map, p.start, p.end))}“${excerpt(p.quote)}”`)
    .join('；');
  const top = longest[0] as (typeof longest)[number];
  const b = writtenBlock(map, top.start, top.end);
  return {
    severity: 'warning',
    code: 'repeated_last_year',
    message: `与本单位上年度报告相同的文字约占${Math.round(share * 100)}%（超过${Math.round(threshold * 100)}%），请结合本年度工作更新。最长的几段：${listed}`,
    paragraphId: b?.paragraphId,
    quote: top.quote,
    span: [top.start, top.end],
  };
}
