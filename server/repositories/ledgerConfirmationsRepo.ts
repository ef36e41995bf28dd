import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ledgerAreaConfirmations, users } from '../db/schema';

/** A unit's per-area confirmations for one year, with the confirming user's name. */
export function listAreaConfirmations(db: Db, unitId: string, year: number) {
  return db
    .select({
      area: ledgerAreaConfirmations.area,
      confirmedBy: ledgerAreaConfirmations.confirmedBy,
      confirmedByName: users.displayName,
      confirmedAt: ledgerAreaConfirmations.confirmedAt,
    })
    .from(ledgerAreaConfirmations)
    .leftJoin(users, eq(users.id, ledgerAreaConfirmations.confirmedBy))
    .where(and(eq(ledgerAreaConfirmations.unitId, unitId), eq(ledgerAreaConfirmations.year, year)));
}

/** Records a confirmation; confirming again keeps the first (who confirmed first stays on record). */
export async function insertAreaConfirmation(
  db: Db,
  row: typeof ledgerAreaConfirmations.$inferInsert,
): Promise<boolean> {
  const inserted = await db
    .insert(ledgerAreaConfirmations)
    .values(row)
    .onConflictDoNothing()
    .returning({ area: ledgerAreaConfirmations.area });
  return inserted.length > 0;
}

export async function deleteAreaConfirmation(
  db: Db,
  k: { unitId: string; year: number; area: string },
): Promise<boolean> {
  const deleted = await db
    .delete(ledgerAreaConfirmations)
    .where(
      and(
        eq(ledgerAreaConfirmations.unitId, k.unitId),
        eq(ledgerAreaConfirmations.year, k.year),
        eq(ledgerAreaConfirmations.area, k.area),
      ),
    )
    .returning({ area: ledgerAreaConfirmations.area });
  return deleted.length > 0;
}
