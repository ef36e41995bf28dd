// County settings of the ledgers (deadline lengths and the like), applied down the unit tree.
import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ledgerSettings } from '../db/schema';

/** Settings apply down the tree: a county's value covers its townships. */
export async function settingsFor(db: Db, unitIds: string[]): Promise<Record<string, number>> {
  if (unitIds.length === 0) return {};
  const rows = await db.select().from(ledgerSettings).where(inArray(ledgerSettings.unitId, unitIds));
  const order = new Map(unitIds.map((id, i) => [id, i]));
  // nearer units (later in the path) override farther ones
  rows.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export async function saveSetting(tx: Db, row: typeof ledgerSettings.$inferInsert): Promise<void> {
  await tx
    .insert(ledgerSettings)
    .values(row)
    .onConflictDoUpdate({
      target: [ledgerSettings.unitId, ledgerSettings.key],
      set: { value: row.value, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}
