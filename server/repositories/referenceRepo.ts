// The reference data every request reads (unit tree, ledger settings, holiday overrides) and the
// one version that every write to them bumps (migration 0017, statement triggers).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { calendarOverrides, ledgerSettings, units } from '../db/schema';

/**
 * The version as a SQL expression, to ride in another statement (the list page) so that the rows
 * and the version come from one snapshot. No row yet (nothing written since migration) is '0'.
 */
export const referenceVersionSql: SQL<string> = sql<string>`(select coalesce((select version::text from reference_version), '0'))`;

export async function referenceVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ v: string }>(await db.execute(sql`select ${referenceVersionSql} as v`));
  return row?.v ?? '0';
}

export type ReferenceUnit = typeof units.$inferSelect;
export type SettingRow = { unitId: string; key: string; value: number };
export type OverrideRow = { year: number; holidays: string[]; workdays: string[] };

/**
 * Everything, with the version read first: a write committed between the version and the rows is
 * in the rows but not the version, so the next check reloads once more, never less.
 */
export async function loadReference(db: Db): Promise<{
  version: string;
  units: ReferenceUnit[];
  settings: SettingRow[];
  overrides: OverrideRow[];
}> {
  const version = await referenceVersion(db);
  const unitRows = await db.select().from(units);
  const settings = await db
    .select({ unitId: ledgerSettings.unitId, key: ledgerSettings.key, value: ledgerSettings.value })
    .from(ledgerSettings);
  const overrides = await db
    .select({
      year: calendarOverrides.year,
      holidays: calendarOverrides.holidays,
      workdays: calendarOverrides.workdays,
    })
    .from(calendarOverrides)
    .orderBy(calendarOverrides.year);
  return { version, units: unitRows, settings, overrides };
}
