import { DEFECT_KINDS, type DefectKind } from '../../../../core/analyzer/types';
import { indicatorDef } from '../../../../core/indicators';
import type { FigureValue } from '../../api/reviews';

/** Figures compared side by side in the review table, in column order. */
export const KEY_FIGURES = [
  'dispute.handled',
  'dispute.success_rate',
  'petition.closure_rate',
  'study.exam_pass_rate',
  'publicity.events',
] as const;

/** Catalog name of an indicator key; the key itself when the catalog does not know it. */
export const indicatorName = (key: string): string => indicatorDef(key)?.name ?? key;

/** 120件, 120余件 (written as approximate), 约95% (an approximate rate), — when absent. */
export function formatFigure(f: FigureValue | undefined): string {
  if (!f) return '—';
  const n = Number.isInteger(f.value) ? String(f.value) : String(Number(f.value.toFixed(2)));
  if (!f.approx) return `${n}${f.unit}`;
  return f.unit === '%' ? `约${n}%` : `${n}余${f.unit}`;
}

export type Severity = 'high' | 'medium' | 'low';

/**
 * How much a kind of defect matters to the county: wrong facts and missing statutory
 * parts must be corrected (high); wording slips should be (medium); the rest is advice.
 */
export const DEFECT_SEVERITY: Record<DefectKind, Severity> = {
  year_mismatch: 'high',
  unit_mismatch: 'high',
  rate_mismatch: 'high',
  part_exceeds_whole: 'high',
  missing_section: 'high',
  typo: 'medium',
  duplicated_text: 'medium',
  numbering: 'medium',
  other: 'low',
};

export const SEVERITY_COLORS: Record<Severity, string> = { high: 'red', medium: 'orange', low: 'blue' };

const severityOf = (kind: string): Severity => DEFECT_SEVERITY[kind as DefectKind] ?? 'low';

/** The tag colour for a report's defects: the worst kind present, green when there are none. */
export function defectTagColor(kinds: Partial<Record<string, number>>): string {
  const present = Object.entries(kinds).filter(([, n]) => (n ?? 0) > 0);
  if (present.length === 0) return 'green';
  const order: Severity[] = ['high', 'medium', 'low'];
  const worst = order.find((s) => present.some(([k]) => severityOf(k) === s)) ?? 'low';
  return SEVERITY_COLORS[worst];
}

export const defectColor = (kind: string): string => SEVERITY_COLORS[severityOf(kind)];

/** Kinds with counts in catalog order, e.g. for a tooltip: [['typo', 2], …]. */
export function defectKindCounts(kinds: Partial<Record<string, number>>): [DefectKind, number][] {
  return DEFECT_KINDS.flatMap((k) => {
    const n = kinds[k] ?? 0;
    return n > 0 ? [[k, n] as [DefectKind, number]] : [];
  });
}
