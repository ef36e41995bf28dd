/** The analyzer's JSON contract (shared/spec/analysis-output.md); field names are snake_case on purpose. */

export type UnitLevelGuess = 'township' | 'county' | 'unknown';

export const SECTION_KEYS = [
  'measures_and_results',
  'first_responsible_person',
  'shortcomings',
  'next_year_plan',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const DEFECT_KINDS = [
  'year_mismatch',
  'unit_mismatch',
  'rate_mismatch',
  'part_exceeds_whole',
  'missing_section',
  'typo',
  'duplicated_text',
  'numbering',
  'other',
] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface ExtractedIndicator {
  key: string;
  value: number;
  approx: boolean;
  /** the catalog unit of the key */
  unit: string;
  /** the measure word as written (场次, 名, 起 …) */
  measure: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * How sure the analyzer is that a defect is a real mistake (docs/defects.md): `high` checks
 * rarely misfire, `medium` ones need a reader's glance, `low` ones are hints (a text cut off,
 * a usage some style guides prefer).
 */
export const DEFECT_CONFIDENCES = ['high', 'medium', 'low'] as const;
export type DefectConfidence = (typeof DEFECT_CONFIDENCES)[number];

export interface Defect {
  kind: DefectKind;
  quote: string;
  /** Chinese explanation for the reviewer */
  message: string;
  start?: number;
  end?: number;
  /** added after the first contract version: absent in older stored analyses */
  confidence?: DefectConfidence;
}

export interface Heading {
  /** 1 = 一、 2 = （一） 3 = 1. 4 = （1） */
  level: 1 | 2 | 3 | 4;
  number: number;
  text: string;
  start: number;
  end: number;
  /** the statutory part the heading opens, when it names one */
  section?: SectionKey;
}

export interface SigningBlock {
  unit: string;
  date: string | null;
  start: number;
  end: number;
}

export interface AnalysisResult {
  file?: string;
  unit: string | null;
  /** when `unit` is null: why, in Chinese (no title, header, opening, signature or page data names it) */
  unit_note?: string;
  level: UnitLevelGuess;
  report_year: number | null;
  sections: Record<SectionKey, boolean>;
  indicators: ExtractedIndicator[];
  defects: Defect[];
  title: string | null;
  doc_number: string | null;
  signer: string | null;
  signatures: SigningBlock[];
  signing_dates: string[];
  headings: Heading[];
  truncated: boolean;
}
