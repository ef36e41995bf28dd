import type { ReportPartKey } from '../model';

/**
 * What `checkReport` finds. `severity: 'error'` blocks submitting the report for review;
 * a warning is shown and may be left as it is (see checks.ts for which is which).
 */
export interface ReportCheck {
  severity: 'error' | 'warning';
  /** stable, for the UI to group and link: see CHECK_CODES */
  code: CheckCode;
  /** Chinese, for the township clerk: what is wrong and where */
  message: string;
  paragraphId?: string;
  /** the text concerned, as written in the report */
  quote?: string;
  /** where a check has no paragraph (a heading, a missing part): the part and section it concerns */
  part?: ReportPartKey;
  sectionId?: string;
}

export const CHECK_CODES = [
  'missing_part',
  'unit_name',
  'year',
  'rate',
  'part_whole',
  'figure_mismatch',
  'figure_stale',
  'copied_cross_unit',
  'repeated_last_year',
  'typo',
  'duplicated_text',
  'numbering',
  'text_break',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface CheckContext {
  /** current ledger values by catalog key; empty once the report is frozen */
  values: Readonly<Record<string, { value: number | null; numerator?: number; denominator?: number }>>;
  /** other units' reports of the same year */
  otherReports: readonly { unitName: string; text: string }[];
  /** the township's own report of the year before */
  lastYear?: { text: string };
  /** share (0–1) of text repeated unchanged from last year's report above which to warn; default 0.3 */
  ownThreshold?: number;
  /** names of the county's other units (柳溪镇 …): any of them in the report is an error */
  otherUnitNames?: readonly string[];
}

/** A check with the span of the plain text it concerns, for ordering and de-duplication. */
export interface CheckFinding extends ReportCheck {
  span?: [number, number];
}
