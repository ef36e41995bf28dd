import type { StoredResult } from '../commands/reviewBatchAnalyzer';
import type { DismissalRow } from '../repositories/defectDismissalsRepo';
import type { listReviews, ReviewRow } from '../repositories/reviewsRepo';

type ListRow = Awaited<ReturnType<typeof listReviews>>[number];

/** One row of the review table: what the county compares across townships, without the text. */
export function presentReviewSummary(r: ListRow) {
  const result = r.result as StoredResult | null;
  return {
    id: r.id,
    batchId: r.batchId,
    fileName: r.fileName,
    format: r.format,
    unit: { id: r.unitId, name: r.unitName, matched: r.matchedUnit },
    reportUnit: r.reportUnit,
    reportYear: r.reportYear,
    level: result?.level ?? null,
    sections: result?.sections ?? null,
    defectCount: result?.defects.length ?? 0,
    defectKinds: countBy(result?.defects.map((d) => d.kind) ?? []),
    copyCount: result?.copies.length ?? 0,
    copiesComplete: result?.copiesIncomplete !== true,
    indicators: Object.fromEntries(
      (result?.indicators ?? []).map((i) => [i.key, { value: i.value, approx: i.approx, unit: i.unit }]),
    ),
    error: r.error,
    duplicateOf: r.duplicateOf ? { id: r.duplicateOf.id, fileName: r.duplicateOf.fileName } : null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** The findings the reviewer set aside, by their index in the review's findings. */
export function presentDismissals(rows: readonly DismissalRow[]) {
  return rows.map((d) => ({
    defectIndex: d.defectIndex,
    reason: d.reason,
    dismissedAt: d.dismissedAt.toISOString(),
  }));
}

export function presentReview(r: ReviewRow, unitName: string, dismissed: readonly DismissalRow[] = []) {
  return {
    id: r.id,
    batchId: r.batchId,
    fileName: r.fileName,
    format: r.format,
    unit: { id: r.unitId, name: unitName, matched: r.matchedUnit },
    reportUnit: r.reportUnit,
    reportYear: r.reportYear,
    text: r.text,
    result: r.result as StoredResult | null,
    error: r.error,
    createdAt: r.createdAt.toISOString(),
    dismissed: presentDismissals(dismissed),
  };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
