import { chineseDate } from '../calendar/dates';
import type {
  FigureToken,
  RenderedBlock,
  RenderedReport,
  ReportDocument,
  ReportParagraph,
  Segment,
} from './model';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings never run past 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 2026-01-20 → 2026年1月20日 (成文日期 in Arabic numerals, no leading zeros): the calendar's one rule. */
export { chineseDate } from '../calendar/dates';

/**
 * The number a rounded figure is written with, rounded down so "40余" never claims more
 * than the ledgers hold: tens below 100 (43 → 40), two significant digits above (1,234 →
 * 1,200). Below 10 nothing is rounded.
 */
export function roundedDown(n: number): number {
  if (n < 10) return n;
  const step = n < 100 ? 10 : 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.floor(n / step) * step;
}

/** Decimals kept: rates to one (96.5%), sums of money in 万元 to two (3.65万元); a trailing 0 is dropped. */
function formatNumber(n: number, decimals = 1): string {
  if (Number.isInteger(n)) return String(n);
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f);
}

/** The value as written, e.g. 12次, 40余次, 2.3万余人次, 96.5%. */
export function renderFigure(f: FigureToken): string {
  if (f.measure === '%') return `${formatNumber(f.value)}%`;
  const base = f.style === 'exact' ? f.value : roundedDown(f.value);
  // a rounded figure that lost nothing is written exactly: "40余" would overstate 40
  const marker = f.style !== 'exact' && base !== f.value ? f.style : '';
  if (base >= 10_000 && base % 1000 === 0) {
    return `${formatNumber(base / 10_000)}万${marker}${f.measure}`;
  }
  return `${formatNumber(base, f.measure === '万元' ? 2 : 1)}${marker}${f.measure}`;
}

export function segmentText(s: Segment): string {
  return s.t === 'text' ? s.text : renderFigure(s);
}

export function paragraphText(p: ReportParagraph): string {
  return p.segments.map(segmentText).join('');
}

/** Numbering applied (一、 / （一）), figures written out, empty paragraphs left out. */
export function renderReport(doc: ReportDocument): RenderedReport {
  const blocks: RenderedBlock[] = [];
  const para = (p: ReportParagraph) => {
    const text = paragraphText(p).trim();
    if (text) blocks.push({ kind: 'paragraph', text, paragraphId: p.id });
  };
  doc.opening.forEach(para);
  let partNo = 0;
  for (const part of doc.parts) {
    const hasText = [...part.intro, ...part.sections.flatMap((s) => s.paragraphs)].some(
      (p) => paragraphText(p).trim() !== '',
    );
    // 其他需要报告的情况 is written only when there is something to report
    if (!hasText && part.key === 'other') continue;
    partNo += 1;
    blocks.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(partNo)}、${part.heading}` });
    part.intro.forEach(para);
    let sectionNo = 0;
    for (const section of part.sections) {
      if (!section.paragraphs.some((p) => paragraphText(p).trim() !== '')) continue;
      sectionNo += 1;
      blocks.push({ kind: 'heading', level: 2, text: `（${chineseOrdinal(sectionNo)}）${section.heading}` });
      section.paragraphs.forEach(para);
    }
  }
  return { title: doc.title, blocks, signature: doc.signature };
}

/** The report as plain text, in the order a reader meets it: for the analyzer and the checks. */
export function reportPlainText(r: RenderedReport): string {
  return [
    r.title,
    ...r.blocks.map((b) => b.text),
    ...(r.signature.party ? [r.signature.party] : []),
    r.signature.unit,
    chineseDate(r.signature.date),
  ].join('\n');
}
