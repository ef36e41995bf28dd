// A ledger record's clocks as cached for 待办 and recomputation (see ledgerClocks in the schema).
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { ledgerClocks, ledgerRecords, units } from '../db/schema';

export async function insertClockRows(tx: Db, rows: (typeof ledgerClocks.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(ledgerClocks).values(rows);
}

export interface ClockCacheRow {
  clock: string;
  due: string;
  done: boolean;
  provisional: boolean;
  reminder: boolean;
  alertOn: string;
}

/** Replaces a record's cached clocks (see ledgerClocks in the schema). */
export async function replaceClocks(
  tx: Db,
  unitId: string,
  recordId: string,
  kind: string,
  clocks: ClockCacheRow[],
): Promise<void> {
  await tx
    .delete(ledgerClocks)
    .where(and(eq(ledgerClocks.unitId, unitId), eq(ledgerClocks.recordId, recordId)));
  if (clocks.length > 0) {
    await tx.insert(ledgerClocks).values(clocks.map((c) => ({ ...c, unitId, recordId, kind })));
  }
}

/** What 待办 shows of a record: no data or events, which are the heavy columns. */
export const todoColumns = {
  id: ledgerRecords.id,
  kind: ledgerRecords.kind,
  number: ledgerRecords.number,
  title: ledgerRecords.title,
  state: ledgerRecords.state,
  /** the version a batch step from 待办 is taken on (stale: the server says so for that row) */
  version: ledgerRecords.version,
  unitName: units.name,
};

/** Up to this many units 待办 reads each unit's soonest clocks from (unit_id, due) and merges them. */
const FEW_UNITS = 16;

/**
 * Open clocks that are overdue, fall due by `until`, or have entered their own 临期 window
 * (a certificate expiring in 60 days), soonest first, for 待办. One statement: the kept counts
 * (ledger_clock_counts, migration 0018) give the day by which `limit` clocks fall due, so the
 * clocks read are those up to that day only — each unit's from the (unit_id, due) index for a
 * township and its villages, the open clocks' due index for a county — and only then their
 * records are joined (the narrow columns 待办 shows), not every due clock of a county.
 */
export async function dueClockRecords(
  db: Db,
  unitIds: string[],
  today: string,
  until: string,
  limit: number,
) {
  if (unitIds.length === 0) return [];
  // uuids of our own units: an array literal of them needs no quoting
  const ids = sql`${`{${unitIds.join(',')}}`}::uuid[]`;
  const open = sql`not c.done and c.due <= (select due from cutoff) and (c.due <= ${until} or c.alert_on <= ${today})`;
  const clocks =
    unitIds.length <= FEW_UNITS
      ? sql`select x.* from unnest(${ids}) as s(unit_id) cross join lateral (
          select c.unit_id, c.record_id, c.clock, c.due, c.provisional from ${ledgerClocks} c
          where c.unit_id = s.unit_id and ${open} order by c.due, c.record_id, c.clock limit ${limit}) x
        order by x.due, x.unit_id, x.record_id, x.clock limit ${limit}`
      : sql`select c.unit_id, c.record_id, c.clock, c.due, c.provisional from ${ledgerClocks} c
        where c.unit_id = any(${ids}) and ${open} order by c.due, c.unit_id, c.record_id, c.clock limit ${limit}`;
  const rows = rowsOf<{
    id: string;
    kind: string;
    number: string;
    title: string;
    state: string;
    version: number | string;
    unit_name: string;
    clock: string;
    due: string;
    provisional: boolean;
  }>(
    await db.execute(sql`
      with cutoff as materialized (
        select coalesce(max(due) filter (where before < ${limit}), 'infinity'::date) as due from (
          select due, coalesce(sum(sum(n)) over (order by due rows between unbounded preceding and 1 preceding), 0) as before
          from ledger_clock_counts where unit_id = any(${ids}) and (due <= ${until} or alert_on <= ${today})
          group by due) d),
      c as materialized (${clocks})
      select r.id, r.kind, r.number, r.title, r.state, r.version, u.name as unit_name, c.clock, c.due::text as due, c.provisional
      from c join ${ledgerRecords} r on r.unit_id = c.unit_id and r.id = c.record_id
      join ${units} u on u.id = r.unit_id
      order by c.due, r.created_at, r.id, c.clock`),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    number: r.number,
    title: r.title,
    state: r.state,
    // raw SQL may answer an int column as text
    version: Number(r.version),
    unitName: r.unit_name,
    clock: r.clock,
    due: r.due,
    provisional: r.provisional,
  }));
}

/**
 * How many open clocks are overdue (a reminder that has ended is not), how many fall due by
 * `until`, and how many are further off but inside their kind's own 临期 window (提醒) — kept
 * apart so 「3个工作日内到期」 counts only what it says (issue 15 §8). Read from the per-unit, per-day
 * counts a trigger keeps beside the clocks (ledger_clock_counts, migration 0018): a county's
 * figures are a few rows a township and day, not every open clock.
 */
export async function countDueClocks(db: Db, unitIds: string[], today: string, until: string) {
  if (unitIds.length === 0) return { overdue: 0, dueSoon: 0, alerts: 0 };
  const [row] = rowsOf<{ overdue: string | null; due_soon: string | null; alerts: string | null }>(
    await db.execute(sql`
      select sum(n) filter (where due < ${today} and not reminder) as overdue,
        sum(n) filter (where due >= ${today} and due <= ${until}) as due_soon,
        sum(n) filter (where due > ${until}) as alerts
      from ledger_clock_counts
      where ${inArray(sql`unit_id`, unitIds)} and (due <= ${until} or alert_on <= ${today})`),
  );
  return {
    overdue: Number(row?.overdue ?? 0),
    dueSoon: Number(row?.due_soon ?? 0),
    alerts: Number(row?.alerts ?? 0),
  };
}

/** Records with clocks not yet done, in pages by id: what a holiday-table change must recompute. */
export function openClockRecords(db: Db, afterUnit: string, afterId: string, limit: number) {
  return db
    .select({ record: ledgerRecords })
    .from(ledgerRecords)
    .where(
      and(
        isNull(ledgerRecords.deletedAt),
        sql`(${ledgerRecords.unitId}, ${ledgerRecords.id}) > (${afterUnit}::uuid, ${afterId}::uuid)`,
        sql`exists (select 1 from ${ledgerClocks} c where c.unit_id = ${ledgerRecords.unitId} and c.record_id = ${ledgerRecords.id} and not c.done)`,
      ),
    )
    .orderBy(asc(ledgerRecords.unitId), asc(ledgerRecords.id))
    .limit(limit);
}

/**
 * Deletes the cached clocks of the given records. The keys travel as two array parameters joined
 * by unnest, not as a row-value list `(unit_id, record_id) in (($1,$2), …)`: PGlite 0.5.16 answers
 * that list with no rows at all from about 300 pairs on (docs/pglite-report.md), so the delete
 * removed nothing and the re-insert hit the primary key (issue 14 §1.5).
 */
export async function deleteClocksOf(tx: Db, records: { unitId: string; id: string }[]): Promise<void> {
  if (records.length === 0) return;
  // uuids from our own rows: an array literal of them needs no quoting
  const unitIds = `{${records.map((r) => r.unitId).join(',')}}`;
  const ids = `{${records.map((r) => r.id).join(',')}}`;
  await tx.execute(sql`
    delete from ${ledgerClocks} c
    using unnest(${unitIds}::uuid[], ${ids}::uuid[]) as k(unit_id, record_id)
    where c.unit_id = k.unit_id and c.record_id = k.record_id`);
}
