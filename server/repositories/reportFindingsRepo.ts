import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ledgerClocks, rectifications } from '../db/schema';

/**
 * What the ledgers show went wrong in a year, for part 二 of the annual report, and the
 * court appearances of the 负责人 for part 三: read here so the composer states only records.
 */

/** Open clocks (not reminders) that fell due in the year or before `today`, counted per ledger kind. */
export async function overdueClocksByKind(db: Db, unitIds: string[], year: number, today: string) {
  const yearEnd = `${year}-12-31`;
  const before = today <= yearEnd ? today : `${year + 1}-01-01`;
  const rows = await db
    .select({ kind: ledgerClocks.kind, count: sql<number>`count(*)` })
    .from(ledgerClocks)
    .where(
      and(
        inArray(ledgerClocks.unitId, unitIds),
        eq(ledgerClocks.done, false),
        eq(ledgerClocks.reminder, false),
        lt(ledgerClocks.due, before),
        sql`${ledgerClocks.due} >= ${`${year}-01-01`}`,
      ),
    )
    .groupBy(ledgerClocks.kind)
    .orderBy(ledgerClocks.kind);
  return rows.map((r) => ({ kind: r.kind, count: Number(r.count) }));
}

/** 整改 items of the unit not yet closed, and how many of them are past their deadline. */
export async function openRectificationCounts(db: Db, unitId: string, today: string) {
  const [row] = await db
    .select({
      open: sql<number>`count(*)`,
      overdue: sql<number>`count(*) filter (where ${rectifications.deadline} < ${today})`,
    })
    .from(rectifications)
    .where(and(eq(rectifications.unitId, unitId), ne(rectifications.status, 'closed')));
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}
