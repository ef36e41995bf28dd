import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ledgerRecords } from '../../db/schema';

// The litigation ledger's own query, read by the annual report's part 三 (负责人出庭应诉): it
// names the kind and its step, so it lives in the kind's home, not in shared code.

/**
 * Hearings of administrative lawsuits held in the year (the litigation ledger's repeatable
 * 登记开庭 step) and how many the 负责人 attended in person (行政诉讼法第三条第三款).
 */
export async function courtAppearances(db: Db, unitIds: string[], year: number) {
  const [row] = await db
    .select({
      hearings: sql<number>`count(*)`,
      appeared: sql<number>`count(*) filter (where (e.value -> 'payload' ->> 'headAppeared') = 'true')`,
    })
    .from(sql`${ledgerRecords}, jsonb_array_elements(${ledgerRecords.events}) as e(value)`)
    .where(
      and(
        inArray(ledgerRecords.unitId, unitIds),
        eq(ledgerRecords.kind, 'litigation_case'),
        isNull(ledgerRecords.deletedAt),
        sql`e.value ->> 'action' = 'hearing'`,
        sql`left(e.value ->> 'on', 4) = ${String(year)}`,
      ),
    );
  return { hearings: Number(row?.hearings ?? 0), appeared: Number(row?.appeared ?? 0) };
}
