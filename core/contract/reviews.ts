import { z } from 'zod';
import { type AnalysisResult, DEFECT_KINDS, SECTION_KEYS } from '../analyzer/types';
import { declared, instant } from './shape';

/**
 * self_repeat: the same township's report of an earlier year. same_unit_previous_year is
 * what reviews stored before self_repeat existed say for the year just before.
 */
export const COPY_KINDS = ['cross_unit', 'self_repeat', 'same_unit', 'same_unit_previous_year'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

export const ReviewUnit = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** False when the name written in the report matched no unit of the reviewer's county. */
  matched: z.boolean(),
});

export const FigureValue = z.strictObject({ value: z.number(), approx: z.boolean(), unit: z.string() });
export type FigureValue = z.infer<typeof FigureValue>;

/** One row of the review table (no text). */
export const ReviewSummary = z.strictObject({
  id: z.string(),
  batchId: z.string(),
  fileName: z.string(),
  format: z.string().nullable(),
  unit: ReviewUnit,
  /** The unit as written in the report. */
  reportUnit: z.string().nullable(),
  reportYear: z.number().nullable(),
  level: z.enum(['township', 'county', 'unknown']).nullable(),
  sections: z.record(z.enum(SECTION_KEYS), z.boolean()).nullable(),
  defectCount: z.number(),
  defectKinds: z.partialRecord(z.enum(DEFECT_KINDS), z.number()),
  copyCount: z.number(),
  /** false when the copy search ran out of time for this report: `copyCount` may be short. */
  copiesComplete: z.boolean(),
  indicators: z.record(z.string(), FigureValue),
  /** Chinese, when the file could not be read. */
  error: z.string().nullable(),
  /** The county's earlier upload of the very same file (same SHA-256), when this is a second copy. */
  duplicateOf: z.strictObject({ id: z.string(), fileName: z.string() }).nullable(),
  createdAt: instant,
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const ReviewBatch = z.strictObject({ batchId: z.string(), items: z.array(ReviewSummary) });
export type ReviewBatch = z.infer<typeof ReviewBatch>;

/** A passage this report shares with another one; start/end index this report's text. */
export const CopiedPassage = z.strictObject({
  otherId: z.string(),
  otherFile: z.string(),
  otherUnit: z.string().nullable(),
  kind: z.enum(COPY_KINDS),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
  otherQuote: z.string(),
  length: z.number(),
});
export type CopiedPassage = z.infer<typeof CopiedPassage>;

/** `copiesIncomplete`: the copy search did not finish for this report (see ReviewSummary.copiesComplete). */
export type ReviewResult = AnalysisResult & { copies: CopiedPassage[]; copiesIncomplete?: true };

/** A finding the reviewer set aside as a false alarm, by its index in the review's findings. */
export const DefectDismissal = z.strictObject({
  defectIndex: z.number(),
  reason: z.string().nullable(),
  dismissedAt: instant,
});
export type DefectDismissal = z.infer<typeof DefectDismissal>;

/** One report in full: the summary's identity fields plus its text and the analysis behind the table row. */
export const ReviewDetail = ReviewSummary.pick({
  id: true,
  batchId: true,
  fileName: true,
  format: true,
  unit: true,
  reportUnit: true,
  reportYear: true,
  error: true,
  createdAt: true,
}).extend({
  text: z.string().nullable(),
  result: declared<ReviewResult>(
    '分析结果（shared/spec/analysis-output.md，core/analyzer/types.ts AnalysisResult）及雷同段落 copies',
  ).nullable(),
  dismissed: z.array(DefectDismissal),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;
