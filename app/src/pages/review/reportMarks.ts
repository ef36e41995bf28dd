import type { ReviewResult } from '../../api/reviews';
import { COPY_KIND_LABELS, defectKindLabel } from '../../locales/zh-CN';
import { formatFigure, indicatorName } from './reviewFormat';
import type { MarkSpan } from './segments';

/** What a highlighted span is; the order is the priority when spans overlap. */
export type MarkKind = 'defect' | 'copy' | 'indicator' | 'heading';

export interface MarkInfo {
  kind: MarkKind;
  /** Tooltip text. */
  tip: string;
}

/** Stable span ids, shared by the text (data-marks) and the side tabs (jump targets). */
export const markId = {
  defect: (i: number) => `d${i}`,
  copy: (i: number) => `c${i}`,
  indicator: (i: number) => `i${i}`,
  heading: (i: number) => `h${i}`,
};

const positioned = (x: { start?: number | undefined; end?: number | undefined }) =>
  typeof x.start === 'number' && typeof x.end === 'number' && x.end > x.start;

/**
 * Every span to highlight in a report, defects first, then copied passages, figures and
 * headings, so where they overlap the more important one colours the text.
 */
export function reportMarks(result: ReviewResult): { spans: MarkSpan[]; info: Map<string, MarkInfo> } {
  const spans: MarkSpan[] = [];
  const info = new Map<string, MarkInfo>();
  const add = (id: string, start: number, end: number, mark: MarkInfo) => {
    spans.push({ id, start, end });
    info.set(id, mark);
  };
  result.defects.forEach((d, i) => {
    if (positioned(d))
      add(markId.defect(i), d.start ?? 0, d.end ?? 0, {
        kind: 'defect',
        tip: `${defectKindLabel(d.kind)}：${d.message}`,
      });
  });
  result.copies.forEach((c, i) => {
    if (positioned(c))
      add(markId.copy(i), c.start, c.end, {
        kind: 'copy',
        tip: `${COPY_KIND_LABELS[c.kind] ?? '雷同'}：${c.otherUnit ?? ''}《${c.otherFile}》`,
      });
  });
  result.indicators.forEach((x, i) => {
    if (positioned(x))
      add(markId.indicator(i), x.start, x.end, {
        kind: 'indicator',
        tip: `${indicatorName(x.key)}：${formatFigure(x)}`,
      });
  });
  result.headings.forEach((h, i) => {
    if (positioned(h)) add(markId.heading(i), h.start, h.end, { kind: 'heading', tip: '' });
  });
  return { spans, info };
}
