import type { Area, RecordFilter } from '../indicators/types';
import type { ReportPartKey } from './model';

/** One catalog key as computed from the ledgers for the report year, with last year beside it. */
export interface IndicatorFigure {
  value: number | null;
  numerator?: number;
  denominator?: number;
  previous: number | null;
}

/** A ledger record worth naming in the report (a major decision, a typical case, a meeting). */
export interface LedgerHighlight {
  /** which HighlightQuery produced it */
  query: string;
  kind: string;
  id: string;
  title: string;
  date: string | null;
  /** the record's fields the query asked for, as stored */
  fields: Record<string, unknown>;
}

/**
 * Which records the composer names, declared here so the server can fetch them with one
 * generic query per entry: the kind, a filter on states and fields, the date that puts a
 * record in the year, the field that titles it, the other fields wanted, and how many.
 */
export interface HighlightQuery {
  id: string;
  kind: string;
  where?: RecordFilter;
  /** the date field that puts a record in the report year */
  dateField: string;
  titleField: string;
  fields: readonly string[];
  limit: number;
}

/** A data-quality finding shown beside the figures (indicator query). */
export interface QualityFinding {
  kind: string;
  /** what is wrong: required fields empty, records never closed, entered late */
  what: 'missing' | 'unclosed' | 'late';
  message: string;
  count: number;
}

/**
 * What the ledgers show went wrong in the year beyond the figures: clocks that ran out with the
 * matter still open, per ledger kind, and 整改 items the county issued that are not yet closed.
 */
export interface LedgerFindings {
  overdue: readonly { kind: string; count: number }[];
  /** 整改 items still open or answered but not closed */
  openRectifications: number;
  /** of those, the ones past their deadline */
  overdueRectifications: number;
}

export interface ComposeInput {
  unit: { id: string; name: string; level: string };
  year: number;
  values: Readonly<Record<string, IndicatorFigure>>;
  highlights: readonly LedgerHighlight[];
  quality: readonly QualityFinding[];
  /** text the township wrote itself, per part; placed after the composed paragraphs */
  narrative?: Partial<Record<ReportPartKey, string>>;
  /**
   * Areas whose ledger the township confirmed complete for the year: only there may the
   * report say that something did not happen (未发生行政复议诉讼, 无一败诉).
   */
  confirmedAreas?: readonly Area[];
  /** overdue clocks and open 整改 items (part 二 states them with their causes) */
  findings?: LedgerFindings;
  /** hearings of the year's lawsuits and how many the 负责人 attended (part 三, 出庭应诉) */
  appearances?: { hearings: number; appeared: number };
  /** issued jointly by the township's 党委 and 人民政府 (督察工作规定第二十五条; a county setting) */
  joint?: boolean;
  /** the signing date, YYYY-MM-DD */
  signDate: string;
}
