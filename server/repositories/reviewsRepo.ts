import { and, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reportReviews, units } from '../db/schema';

export type ReviewRow = typeof reportReviews.$inferSelect;
export type ReviewInsert = typeof reportReviews.$inferInsert;

export async function insertReview(db: Db, r: ReviewInsert): Promise<ReviewRow> {
  const [row] = await db.insert(reportReviews).values(r).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
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
