import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { defectDismissals } from '../db/schema';

export type DismissalRow = typeof defectDismissals.$inferSelect;
export type DismissalInsert = typeof defectDismissals.$inferInsert;

/** The findings of one review set aside by the reviewer, in the order of the findings. */
export function listDismissals(db: Db, unitId: string, reviewId: string): Promise<DismissalRow[]> {
  return db
    .select()
    .from(defectDismissals)
    .where(and(eq(defectDismissals.unitId, unitId), eq(defectDismissals.reviewId, reviewId)))
    .orderBy(asc(defectDismissals.defectIndex));
}

/** Sets a finding aside; null when it already was (the first dismissal stands). */
export async function insertDismissal(db: Db, r: DismissalInsert): Promise<DismissalRow | null> {
  const [row] = await db.insert(defectDismissals).values(r).onConflictDoNothing().returning();
  return row ?? null;
}

/** Restores a finding; the removed row, or null when it was not set aside. */
export async function deleteDismissal(
  db: Db,
  key: { unitId: string; reviewId: string; defectIndex: number },
): Promise<DismissalRow | null> {
  const [row] = await db
    .delete(defectDismissals)
    .where(
      and(
        eq(defectDismissals.unitId, key.unitId),
        eq(defectDismissals.reviewId, key.reviewId),
        eq(defectDismissals.defectIndex, key.defectIndex),
      ),
    )
    .returning();
  return row ?? null;
}
