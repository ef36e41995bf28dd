/**
 * The annual report (法治政府建设年度报告) as a document model. The composer builds it from
 * indicator values and ledger highlights; the server stores it as JSON; the editor changes
 * paragraphs; the exporters render it (.docx, HTML, plain text for the analyzer).
 *
 * Figures stay live tokens bound to their indicator until the report is frozen at approval,
 * so the text can be refreshed from the ledgers and a hand-edited figure can be told apart.
 */

/** The statutory parts in their statutory order (domain-rules §2). */
export const REPORT_PARTS = [
  'measures_and_results',
  'shortcomings',
  'first_responsible_person',
  'next_year_plan',
  'other',
] as const;
export type ReportPartKey = (typeof REPORT_PARTS)[number];

/** How a figure is written: exact (12次) or rounded down with 余/多 (40余次), as the township chose. */
export type FigureStyle = 'exact' | '余' | '多';

/** A figure bound to a catalog key. `value` is what the ledgers said when it was last refreshed. */
export interface FigureToken {
  t: 'figure';
  key: string;
  value: number;
  /** the measure word written after the number (次, 场, 件, 人次, %) */
  measure: string;
  style: FigureStyle;
  /** for a rate: the counts it was made of, so the check can recompute it */
  numerator?: number;
  denominator?: number;
}

export interface TextRun {
  t: 'text';
  text: string;
}

export type Segment = TextRun | FigureToken;

/** Where a paragraph came from: composed from data, suggested for the township to accept, or written by hand. */
export type ParagraphOrigin = 'data' | 'suggested' | 'written';

export interface ReportParagraph {
  /** stable within a report, so edits, checks and links can name it */
  id: string;
  segments: Segment[];
  origin: ParagraphOrigin;
  /**
   * For a composed or suggested paragraph the township rewrote: the text as it was composed,
   * so what the township itself added can be told from the composer's wording.
   */
  basis?: string;
}

/** A subsection: （一）行政执法 … Its heading is written without the （一） numbering. */
export interface ReportSection {
  id: string;
  heading: string;
  paragraphs: ReportParagraph[];
}

/** A part: 一、主要举措和成效 … Its heading is written without the 一、 numbering. */
export interface ReportPart {
  key: ReportPartKey;
  heading: string;
  /** paragraphs before the first subsection */
  intro: ReportParagraph[];
  sections: ReportSection[];
}

export interface ReportDocument {
  unit: { id: string; name: string };
  /** the year the report covers */
  year: number;
  /** e.g. 青石镇人民政府关于2025年法治政府建设工作情况的报告 */
  title: string;
  /** the opening paragraphs before 一、 */
  opening: ReportParagraph[];
  parts: ReportPart[];
  /** 落款: the issuing body and the signing date (YYYY-MM-DD) */
  signature: ReportSignature;
}

/**
 * 落款. In a joint issue by the township's 党委 and 人民政府 (督察工作规定第二十五条) the 党委
 * signs first (`party`), then the government (`unit`), over one date (GB/T 9704 §7.3.5.1).
 */
export interface ReportSignature {
  unit: string;
  date: string;
  party?: string;
}

/** A report flattened for rendering: numbering applied, figures written out. */
export type RenderedBlock =
  | { kind: 'heading'; level: 1 | 2; text: string; paragraphId?: undefined }
  | { kind: 'paragraph'; text: string; paragraphId: string };

export interface RenderedReport {
  title: string;
  blocks: RenderedBlock[];
  signature: ReportSignature;
}
