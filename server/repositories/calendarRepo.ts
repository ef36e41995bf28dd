import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { calendarOverrides } from '../db/schema';

export type CalendarOverrideRow = typeof calendarOverrides.$inferSelect;

export function listCalendarOverrides(db: Db) {
  return db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.year));
}

/**
 * A digest of every override, whole: equal digests mean equal schedules. The table holds a row
 * per year (a few dozen at most), so this costs one small read, and lets every instance on one
 * database rebuild its calendar as soon as any of them saved a change.
 */
export async function calendarOverridesDigest(db: Db): Promise<string> {
  const [row] = rowsOf<{ digest: string }>(
    await db.execute(
      sql`select md5(coalesce(string_agg(c::text, '|' order by c.year), '')) as digest from calendar_overrides c`,
    ),
  );
  return row?.digest ?? '';
}

export async function getCalendarOverride(db: Db, year: number): Promise<CalendarOverrideRow | undefined> {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.year, year));
  return row;
}

/** Inserts or replaces a year's schedule; the caller has checked the version. */
export async function saveCalendarOverride(
  db: Db,
  row: typeof calendarOverrides.$inferInsert,
): Promise<CalendarOverrideRow> {
  const [saved] = await db
    .insert(calendarOverrides)
    .values(row)
    .onConflictDoUpdate({
      target: calendarOverrides.year,
      set: {
        holidays: row.holidays,
        workdays: row.workdays,
        note: row.note,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
        version: row.version,
      },
    })
    .returning();
  if (!saved) throw new Error('upsert returned nothing');
  return saved;
}

export async function deleteCalendarOverride(db: Db, year: number): Promise<void> {
  await db.delete(calendarOverrides).where(eq(calendarOverrides.year, year));
}
