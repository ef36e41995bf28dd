import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { calendarOverrides } from '../db/schema';

export type CalendarOverrideRow = typeof calendarOverrides.$inferSelect;

export function listCalendarOverrides(db: Db) {
  return db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.year));
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
