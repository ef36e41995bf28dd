import { and, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
  copyMemory,
  copyMemoryCounts,
  defectDismissals,
  rectifications,
  reportReviews,
  units,
} from '../db/schema';

export type ReviewRow = typeof reportReviews.$inferSelect;

/**
 * Stores a review given with every column, and answers it as given: no RETURNING, since reading
 * back a large report's text and result (megabytes of JSON for a pathological one) cost PGlite,
 * on the server's own thread, about 0.3 s per file.
 */
export async function insertReview(db: Db, r: ReviewRow): Promise<ReviewRow> {
  await db.insert(reportReviews).values(r);
  return r;
}

/** A review with the path of the unit it belongs to, for the scope check. */
export async function getReview(db: Db, id: string) {
  const [row] = await db
    .select({ review: reportReviews, unitPath: units.path, unitName: units.name })
    .from(reportReviews)
    .innerJoin(units, eq(units.id, reportReviews.unitId))
    .where(eq(reportReviews.id, id));
  return row;
}

export interface ReviewFilter {
  scopePath: string | null;
  year?: number | undefined;
  batchId?: string | undefined;
  ids?: string[] | undefined;
}

/** Reviews in scope without their full text (the list never needs it), newest first. */
export function listReviews(db: Db, f: ReviewFilter) {
  const conds: SQL[] = [];
  if (f.scopePath) conds.push(like(units.path, `${f.scopePath}%`));
  if (f.year) conds.push(eq(reportReviews.reportYear, f.year));
  if (f.batchId) conds.push(eq(reportReviews.batchId, f.batchId));
  if (f.ids) conds.push(inArray(reportReviews.id, f.ids));
  return db
    .select({
      id: reportReviews.id,
      unitId: reportReviews.unitId,
      unitName: units.name,
      matchedUnit: reportReviews.matchedUnit,
      batchId: reportReviews.batchId,
      fileName: reportReviews.fileName,
      format: reportReviews.format,
      reportUnit: reportReviews.reportUnit,
      reportYear: reportReviews.reportYear,
      result: reportReviews.result,
      error: reportReviews.error,
      createdAt: reportReviews.createdAt,
      // the county's earliest report with the very same bytes (a second copy of one file)
      duplicateOf: sql<{ id: string; fileName: string } | null>`(
        select json_build_object('id', o.id, 'fileName', o.file_name)
        from report_reviews o
        where o.reviewer_unit_id = ${reportReviews.reviewerUnitId} and o.sha256 = ${reportReviews.sha256}
          and (o.created_at, o.id) < (${reportReviews.createdAt}, ${reportReviews.id})
        order by o.created_at, o.id
        limit 1)`,
    })
    .from(reportReviews)
    .innerJoin(units, eq(units.id, reportReviews.unitId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(reportReviews.createdAt), reportReviews.fileName)
    .limit(2000);
}

/** Earlier reports of the given units and year, for "repeated from last year" detection. */
export function textsOfUnitsInYear(db: Db, unitIds: string[], year: number) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: reportReviews.id,
      unitId: reportReviews.unitId,
      fileName: reportReviews.fileName,
      text: reportReviews.text,
    })
    .from(reportReviews)
    .where(
      and(
        inArray(reportReviews.unitId, unitIds),
        eq(reportReviews.reportYear, year),
        eq(reportReviews.matchedUnit, true),
        sql`${reportReviews.text} is not null`,
      ),
    );
}

/** How many 整改 items were issued from a review (a review with any is not deleted or moved). */
export async function rectificationsOfReview(db: Db, reviewId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(rectifications)
    .where(eq(rectifications.reviewId, reviewId));
  return Number(row?.n ?? 0);
}

/** Removes a review with what hangs on it: its dismissals and its place in the county's memory. */
export async function deleteReviewRows(db: Db, r: Pick<ReviewRow, 'unitId' | 'id' | 'reviewerUnitId'>) {
  await db
    .delete(defectDismissals)
    .where(and(eq(defectDismissals.unitId, r.unitId), eq(defectDismissals.reviewId, r.id)));
  const forgotten = await db
    .delete(copyMemory)
    .where(and(eq(copyMemory.countyId, r.reviewerUnitId), eq(copyMemory.reviewId, r.id)))
    .returning({ id: copyMemory.reviewId });
  if (forgotten.length > 0) {
    await db
      .update(copyMemoryCounts)
      .set({ reports: sql`greatest(${copyMemoryCounts.reports} - ${forgotten.length}, 0)` })
      .where(eq(copyMemoryCounts.countyId, r.reviewerUnitId));
  }
  await db.delete(reportReviews).where(and(eq(reportReviews.unitId, r.unitId), eq(reportReviews.id, r.id)));
}

/** Files a review under another unit (the township it is really about). */
export async function moveReview(
  db: Db,
  r: Pick<ReviewRow, 'unitId' | 'id' | 'reviewerUnitId'>,
  toUnitId: string,
): Promise<ReviewRow | undefined> {
  await db
    .update(defectDismissals)
    .set({ unitId: toUnitId })
    .where(and(eq(defectDismissals.unitId, r.unitId), eq(defectDismissals.reviewId, r.id)));
  await db
    .update(copyMemory)
    .set({ unitId: toUnitId })
    .where(and(eq(copyMemory.countyId, r.reviewerUnitId), eq(copyMemory.reviewId, r.id)));
  const [row] = await db
    .update(reportReviews)
    .set({ unitId: toUnitId, matchedUnit: true })
    .where(and(eq(reportReviews.unitId, r.unitId), eq(reportReviews.id, r.id)))
    .returning();
  return row;
}
