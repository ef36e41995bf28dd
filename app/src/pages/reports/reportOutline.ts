import { chinaDayOfIso } from '../../../../core/calendar';
import type { ReportCheck } from '../../../../core/report/checks/types';
import { reportDeadlines } from '../../../../core/report/deadlines';
import type { ReportDocument, ReportParagraph, ReportPartKey } from '../../../../core/report/model';
import { chineseOrdinal, paragraphText, renderFigure } from '../../../../core/report/render';
import { REPORT_STATUSES, type ReportStatus } from '../../../../core/report/workflow';
import type { DeadlineState, ReportDeadlineView, ReportListItem, StaleFigure } from '../../api/reports';

/** One line of the editor, in reading order: the document as the renderer numbers it, plus where to add. */
export type OutlineEntry =
  | { type: 'paragraph'; paragraph: ReportParagraph; part?: ReportPartKey; sectionId?: string }
  | { type: 'part'; part: ReportPartKey; text: string; empty: boolean }
  | { type: 'section'; part: ReportPartKey; sectionId: string; text: string }
  | { type: 'add'; part: ReportPartKey; heading: string; sections: { id: string; heading: string }[] };

const hasText = (ps: readonly ReportParagraph[]) => ps.some((p) => paragraphText(p).trim() !== '');

/**
 * The editor's view of the document: numbered as `renderReport` numbers it (一、 / （一）),
 * empty paragraphs and subsections left out, and after each part a place to add a paragraph.
 * 其他需要报告的情况 is shown even when empty (unnumbered), so something can be added to it.
 */
export function reportOutline(doc: ReportDocument): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const para = (paragraph: ReportParagraph, part?: ReportPartKey, sectionId?: string) => {
    if (paragraphText(paragraph).trim() === '') return;
    out.push({
      type: 'paragraph',
      paragraph,
      ...(part ? { part } : {}),
      ...(sectionId ? { sectionId } : {}),
    });
  };
  for (const p of doc.opening) para(p);
  let partNo = 0;
  for (const part of doc.parts) {
    const empty = !hasText([...part.intro, ...part.sections.flatMap((s) => s.paragraphs)]);
    const shown = !(empty && part.key === 'other');
    if (shown) partNo += 1;
    out.push({
      type: 'part',
      part: part.key,
      text: shown ? `${chineseOrdinal(partNo)}、${part.heading}` : part.heading,
      empty: !shown,
    });
    for (const p of part.intro) para(p, part.key);
    let sectionNo = 0;
    for (const section of part.sections) {
      if (!hasText(section.paragraphs)) continue;
      sectionNo += 1;
      out.push({
        type: 'section',
        part: part.key,
        sectionId: section.id,
        text: `（${chineseOrdinal(sectionNo)}）${section.heading}`,
      });
      for (const p of section.paragraphs) para(p, part.key, section.id);
    }
    out.push({
      type: 'add',
      part: part.key,
      heading: part.heading,
      sections: part.sections.map((s) => ({ id: s.id, heading: s.heading })),
    });
  }
  return out;
}

/** A paragraph's text in pieces, the figures whose ledger value has changed marked with it. */
export function paragraphPieces(
  paragraph: ReportParagraph,
  stale: readonly StaleFigure[],
): { text: string; stale?: StaleFigure }[] {
  const mine = stale.filter((s) => s.paragraphId === paragraph.id);
  return paragraph.segments.map((s) => {
    if (s.t === 'text') return { text: s.text };
    const hit = mine.find((m) => m.key === s.key);
    return hit ? { text: renderFigure(s), stale: hit } : { text: renderFigure(s) };
  });
}

/** The DOM id of a paragraph, a part or a subsection, for the checks to scroll to. */
export const paragraphAnchor = (id: string) => `report-p-${id}`;
export const partAnchor = (part: string) => `report-part-${part}`;
export const sectionAnchor = (id: string) => `report-section-${id}`;

export function checkAnchor(c: ReportCheck): string | null {
  if (c.paragraphId) return paragraphAnchor(c.paragraphId);
  if (c.sectionId) return sectionAnchor(c.sectionId);
  if (c.part) return partAnchor(c.part);
  return null;
}

export function groupChecks(checks: readonly ReportCheck[]) {
  return {
    errors: checks.filter((c) => c.severity === 'error'),
    warnings: checks.filter((c) => c.severity === 'warning'),
  };
}

/** The Steps index of a status: 草稿 0 … 已公开 4. */
export const statusStep = (status: ReportStatus) => Math.max(0, REPORT_STATUSES.indexOf(status));

export const STATUS_COLORS: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  reported: 'blue',
  published: 'success',
};

export const DEADLINE_TAGS: Record<DeadlineState, { label: string; color: string }> = {
  open: { label: '未到期', color: 'default' },
  overdue: { label: '已逾期', color: 'error' },
  done: { label: '按期完成', color: 'success' },
  done_late: { label: '逾期完成', color: 'warning' },
};

/**
 * A list row's deadlines: the server's when it sends them; otherwise worked out here with the
 * default 报送 date (the county may have set another one, which only the detail page knows).
 */
export function rowDeadlines(
  row: Pick<ReportListItem, 'year' | 'reportedAt' | 'publishedAt' | 'deadlines'> | { year: number },
  today: string,
): ReportDeadlineView[] {
  if ('deadlines' in row && row.deadlines) return row.deadlines;
  const done = {
    submit: 'reportedAt' in row ? chinaDayOfIso(row.reportedAt) : null,
    publish: 'publishedAt' in row ? chinaDayOfIso(row.publishedAt) : null,
  };
  return reportDeadlines(row.year).map((d) => {
    const doneOn = done[d.key];
    const state: DeadlineState = doneOn
      ? doneOn <= d.due
        ? 'done'
        : 'done_late'
      : today > d.due
        ? 'overdue'
        : 'open';
    return { ...d, state, doneOn };
  });
}
