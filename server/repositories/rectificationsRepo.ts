import { and, asc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rectifications, reportReviews, units } from '../db/schema';

export type RectificationRow = typeof rectifications.$inferSelect;

export async function insertRectification(
  db: Db,
  r: typeof rectifications.$inferInsert,
): Promise<RectificationRow> {
  const [row] = await db.insert(rectifications).values(r).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

const withContext = {
  item: rectifications,
  unitPath: units.path,
  unitName: units.name,
  fileName: reportReviews.fileName,
  reportYear: reportReviews.reportYear,
};

export async function getRectification(db: Db, id: string) {
  const [row] = await db
    .select(withContext)
    .from(rectifications)
    .innerJoin(units, eq(units.id, rectifications.unitId))
    .innerJoin(reportReviews, eq(reportReviews.id, rectifications.reviewId))
    .where(eq(rectifications.id, id));
  return row;
}

export type RectificationWithContext = NonNullable<Awaited<ReturnType<typeof getRectification>>>;

export function listRectifications(
  db: Db,
  f: {
    scopePath: string | null;
    status?: string | undefined;
    /** any of these (待办 asks for the open and the answered ones) */
    statuses?: RectificationRow['status'][] | undefined;
    reviewId?: string | undefined;
  },
) {
  const conds: SQL[] = [];
  if (f.scopePath) conds.push(like(units.path, `${f.scopePath}%`));
  if (f.status) conds.push(eq(rectifications.status, f.status as RectificationRow['status']));
  if (f.statuses) conds.push(inArray(rectifications.status, f.statuses));
  if (f.reviewId) conds.push(eq(rectifications.reviewId, f.reviewId));
  return db
    .select(withContext)
    .from(rectifications)
    .innerJoin(units, eq(units.id, rectifications.unitId))
    .innerJoin(reportReviews, eq(reportReviews.id, rectifications.reviewId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(rectifications.deadline), asc(rectifications.createdAt))
    .limit(1000);
}

/** Moves an item on only when nobody else has since: returns undefined on a stale version. */
export async function updateRectificationVersioned(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof rectifications.$inferInsert>,
): Promise<RectificationRow | undefined> {
  const [row] = await db
    .update(rectifications)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(rectifications.id, id), eq(rectifications.version, version)))
    .returning();
  return row;
}
