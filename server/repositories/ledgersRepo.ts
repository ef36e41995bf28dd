import { and, asc, desc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ledgerClocks, ledgerRecords, ledgerSettings, units, users } from '../db/schema';

export type LedgerRow = typeof ledgerRecords.$inferSelect;
export type LedgerRowWithUnit = { record: LedgerRow; unitName: string; unitPath: string };

const withUnit = { record: ledgerRecords, unitName: units.name, unitPath: units.path };

/** Ids of a unit subtree (the units table is small: a county has a few hundred). */
export async function subtreeUnitIds(db: Db, path: string): Promise<string[]> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${path}%`));
  return rows.map((r) => r.id);
}

/**
 * The next number of a kind in a unit and year. The transaction-scoped advisory lock makes
 * two concurrent registrations wait for each other instead of colliding on the unique index.
 */
export async function nextSeq(tx: Db, unitId: string, kind: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${unitId}:${kind}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${ledgerRecords.seq}), 0)::int` })
    .from(ledgerRecords)
    .where(and(eq(ledgerRecords.unitId, unitId), eq(ledgerRecords.kind, kind), eq(ledgerRecords.year, year)));
  return Number(row?.n ?? 0) + 1;
}

export function insertRecordRows(tx: Db, rows: (typeof ledgerRecords.$inferInsert)[]): Promise<LedgerRow[]> {
  return rows.length === 0 ? Promise.resolve([]) : tx.insert(ledgerRecords).values(rows).returning();
}

export async function insertClockRows(tx: Db, rows: (typeof ledgerClocks.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(ledgerClocks).values(rows);
}

export async function getRecord(db: Db, kind: string, id: string): Promise<LedgerRowWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(and(eq(ledgerRecords.id, id), eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt)));
  return row;
}

export async function findByReceipt(db: Db, receipt: string): Promise<LedgerRowWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(and(eq(ledgerRecords.receipt, receipt), isNull(ledgerRecords.deletedAt)));
  return row;
}

/** Applies a change only when nobody else has since: undefined on a stale version. */
export async function updateRecordVersioned(
  tx: Db,
  unitId: string,
  id: string,
  version: number,
  patch: Partial<typeof ledgerRecords.$inferInsert>,
): Promise<LedgerRow | undefined> {
  const [row] = await tx
    .update(ledgerRecords)
    .set({ ...patch, version: version + 1 })
    .where(
      and(
        eq(ledgerRecords.unitId, unitId),
        eq(ledgerRecords.id, id),
        eq(ledgerRecords.version, version),
        isNull(ledgerRecords.deletedAt),
      ),
    )
    .returning();
  return row;
}

export interface ListFilter {
  kind: string;
  unitIds: string[];
  q?: string | undefined;
  state?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Field filters on `data`: field → accepted values (any of). */
  fields?: Record<string, string[]>;
  clock?: { kind: 'overdue' | 'due_soon'; today: string; until: string } | undefined;
  sort: 'eventDate' | 'number' | 'updatedAt';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** Escapes LIKE wildcards so a user's % or _ matches itself. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function listConditions(f: ListFilter): SQL[] {
  const conds: SQL[] = [
    eq(ledgerRecords.kind, f.kind),
    inArray(ledgerRecords.unitId, f.unitIds),
    isNull(ledgerRecords.deletedAt),
  ];
  if (f.q) {
    // The GIN index narrows by 2-character substrings; ILIKE then checks the whole phrase.
    conds.push(sql`zh_bigrams(${ledgerRecords.searchText}) @> zh_bigrams(${f.q})`);
    conds.push(sql`${ledgerRecords.searchText} ilike ${`%${likeLiteral(f.q)}%`}`);
  }
  if (f.state) conds.push(eq(ledgerRecords.state, f.state));
  if (f.from) conds.push(sql`${ledgerRecords.eventDate} >= ${f.from}`);
  if (f.to) conds.push(sql`${ledgerRecords.eventDate} <= ${f.to}`);
  for (const [field, values] of Object.entries(f.fields ?? {})) {
    // Multiselect values are arrays: match when any selected value is among them.
    conds.push(
      sql`(${ledgerRecords.data}->>${field} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}) or ${ledgerRecords.data}->${field} ?| ${sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`})`,
    );
  }
  if (f.clock) {
    const bound =
      f.clock.kind === 'overdue'
        ? sql`c.due < ${f.clock.today} and not c.reminder`
        : sql`c.due >= ${f.clock.today} and c.due <= ${f.clock.until}`;
    conds.push(
      sql`exists (select 1 from ${ledgerClocks} c where c.unit_id = ${ledgerRecords.unitId} and c.record_id = ${ledgerRecords.id} and not c.done and ${bound})`,
    );
  }
  return conds;
}

export async function listRecords(
  db: Db,
  f: ListFilter,
): Promise<{ rows: LedgerRowWithUnit[]; total: number }> {
  const sortCol =
    f.sort === 'number'
      ? [
          f.order === 'asc' ? asc(ledgerRecords.year) : desc(ledgerRecords.year),
          f.order === 'asc' ? asc(ledgerRecords.seq) : desc(ledgerRecords.seq),
        ]
      : f.sort === 'updatedAt'
        ? [f.order === 'asc' ? asc(ledgerRecords.updatedAt) : desc(ledgerRecords.updatedAt)]
        : [f.order === 'asc' ? asc(ledgerRecords.eventDate) : desc(ledgerRecords.eventDate)];
  const rows = await db
    .select({ ...withUnit, total: sql<number>`count(*) over ()` })
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(and(...listConditions(f)))
    .orderBy(...sortCol, desc(ledgerRecords.id))
    .limit(f.limit)
    .offset(f.offset);
  const total = rows.length > 0 ? Number(rows[0]?.total) : f.offset > 0 ? await countRecords(db, f) : 0;
  return { rows: rows.map(({ total: _t, ...r }) => r), total };
}

async function countRecords(db: Db, f: ListFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(ledgerRecords)
    .where(and(...listConditions(f)));
  return Number(row?.n ?? 0);
}

/** Every matching record in pages, for exports: never more than `batch` rows in memory. */
export async function* iterateRecords(
  db: Db,
  f: ListFilter,
  batch = 2000,
): AsyncGenerator<LedgerRowWithUnit> {
  for (let offset = 0; ; offset += batch) {
    const rows = await db
      .select(withUnit)
      .from(ledgerRecords)
      .innerJoin(units, eq(units.id, ledgerRecords.unitId))
      .where(and(...listConditions(f)))
      .orderBy(desc(ledgerRecords.eventDate), desc(ledgerRecords.id))
      .limit(batch)
      .offset(offset);
    yield* rows;
    if (rows.length < batch) return;
  }
}

export interface ClockCacheRow {
  clock: string;
  due: string;
  done: boolean;
  provisional: boolean;
  reminder: boolean;
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
const todoColumns = {
  id: ledgerRecords.id,
  kind: ledgerRecords.kind,
  number: ledgerRecords.number,
  title: ledgerRecords.title,
  state: ledgerRecords.state,
  unitName: units.name,
};

/** Open clocks due on or before `until` (overdue ones included), soonest first, for 待办. */
export function dueClockRecords(db: Db, unitIds: string[], until: string, limit: number) {
  return db
    .select({
      ...todoColumns,
      clock: ledgerClocks.clock,
      due: ledgerClocks.due,
      provisional: ledgerClocks.provisional,
    })
    .from(ledgerClocks)
    .innerJoin(
      ledgerRecords,
      and(eq(ledgerRecords.unitId, ledgerClocks.unitId), eq(ledgerRecords.id, ledgerClocks.recordId)),
    )
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(and(...dueClockConditions(unitIds, until)))
    .orderBy(asc(ledgerClocks.due))
    .limit(limit);
}

function dueClockConditions(unitIds: string[], until: string): SQL[] {
  return [
    inArray(ledgerClocks.unitId, unitIds),
    eq(ledgerClocks.done, false),
    sql`${ledgerClocks.due} <= ${until}`,
  ];
}

/** How many open clocks are overdue (a reminder that has ended is not) and how many fall due by `until`. */
export async function countDueClocks(db: Db, unitIds: string[], today: string, until: string) {
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${ledgerClocks.due} < ${today} and not ${ledgerClocks.reminder})`,
      dueSoon: sql<number>`count(*) filter (where ${ledgerClocks.due} >= ${today})`,
    })
    .from(ledgerClocks)
    .where(and(...dueClockConditions(unitIds, until)));
  return { overdue: Number(row?.overdue ?? 0), dueSoon: Number(row?.dueSoon ?? 0) };
}

/** Records of one kind in the given states, for the "waiting for me" part of 待办. */
export function recordsInStates(
  db: Db,
  unitIds: string[],
  kind: string,
  states: string[],
  assignee: string,
  limit: number,
) {
  return db
    .select(todoColumns)
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(
      and(
        eq(ledgerRecords.kind, kind),
        inArray(ledgerRecords.unitId, unitIds),
        inArray(ledgerRecords.state, states),
        isNull(ledgerRecords.deletedAt),
        sql`(${ledgerRecords.assigneeId} is null or ${ledgerRecords.assigneeId} = ${assignee})`,
      ),
    )
    .orderBy(asc(ledgerRecords.eventDate))
    .limit(limit);
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

export async function sourceKeysTaken(
  db: Db,
  unitId: string,
  kind: string,
  keys: string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ k: ledgerRecords.sourceKey })
    .from(ledgerRecords)
    .where(
      and(
        eq(ledgerRecords.unitId, unitId),
        eq(ledgerRecords.kind, kind),
        inArray(ledgerRecords.sourceKey, keys),
      ),
    );
  return new Set(rows.flatMap((r) => (r.k ? [r.k] : [])));
}

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

/** Display names of the users who took a record's steps. */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function deleteClocksOf(tx: Db, records: { unitId: string; id: string }[]): Promise<void> {
  if (records.length === 0) return;
  await tx.delete(ledgerClocks).where(
    sql`(${ledgerClocks.unitId}, ${ledgerClocks.recordId}) in (${sql.join(
      records.map((r) => sql`(${r.unitId}::uuid, ${r.id}::uuid)`),
      sql`, `,
    )})`,
  );
}
