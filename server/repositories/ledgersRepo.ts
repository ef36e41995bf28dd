import { and, asc, desc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { Measure, Period } from '../../core/indicators';
import type { Db } from '../db/client';
import { ledgerClocks, ledgerRecords, units } from '../db/schema';
import { measureRowsSql } from './indicatorsRepo';
import { todoColumns } from './ledgerClocksRepo';

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
  /** Any of these states. */
  states?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Field filters on `data`: field → accepted values (any of); `array` for multiselect fields. */
  fields?: Record<string, { values: (string | boolean)[]; array: boolean }>;
  clock?: { kind: 'overdue' | 'due_soon'; today: string; until: string } | undefined;
  /** Only the rows an indicator's measure counts in the period (a figure's drill-down). */
  measure?: { measure: Measure; period: Period } | undefined;
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
    // a 2-character phrase is its own single bigram: containment already decides it
    if ([...f.q].length !== 2) conds.push(sql`${ledgerRecords.searchText} ilike ${`%${likeLiteral(f.q)}%`}`);
  }
  if (f.states?.length === 1) conds.push(eq(ledgerRecords.state, f.states[0] as string));
  else if (f.states?.length) conds.push(inArray(ledgerRecords.state, f.states));
  if (f.measure) conds.push(sql`(${measureRowsSql(f.measure.measure, f.measure.period)})`);
  if (f.from) conds.push(sql`${ledgerRecords.eventDate} >= ${f.from}`);
  if (f.to) conds.push(sql`${ledgerRecords.eventDate} <= ${f.to}`);
  for (const [field, { values, array }] of Object.entries(f.fields ?? {})) {
    // Containment, so the jsonb_path_ops index answers it (a multiselect holds an array). With a
    // text search the bigram index is the selective one: a plain comparison of a single value
    // then keeps the planner from intersecting a large bitmap of, say, every 劳资 dispute.
    const tests = values.map((v) =>
      f.q && !array && typeof v === 'string'
        ? sql`${ledgerRecords.data}->>${field} = ${v}`
        : sql`${ledgerRecords.data} @> ${JSON.stringify({ [field]: array ? [v] : v })}::jsonb`,
    );
    conds.push(sql`(${sql.join(tests, sql` or `)})`);
  }
  if (f.clock) {
    const bound =
      f.clock.kind === 'overdue'
        ? sql`c.due < ${f.clock.today} and not c.reminder`
        : sql`c.due >= ${f.clock.today} and (c.due <= ${f.clock.until} or c.alert_on <= ${f.clock.today})`;
    conds.push(
      sql`exists (select 1 from ${ledgerClocks} c where c.unit_id = ${ledgerRecords.unitId} and c.record_id = ${ledgerRecords.id} and not c.done and ${bound})`,
    );
  }
  return conds;
}

/**
 * Counting stops here: past it the list says "1000+" instead of scanning every match of a
 * common word across a county's million rows to print an exact figure nobody pages through.
 */
export const COUNT_CAP = 1000;

export async function listRecords(
  db: Db,
  f: ListFilter,
): Promise<{ rows: LedgerRowWithUnit[]; total: number; totalExact: boolean }> {
  const dir = f.order === 'asc' ? asc : desc;
  const sortCol =
    f.sort === 'number'
      ? [dir(ledgerRecords.year), dir(ledgerRecords.seq)]
      : f.sort === 'updatedAt'
        ? [dir(ledgerRecords.updatedAt)]
        : [dir(ledgerRecords.eventDate), dir(ledgerRecords.id)];
  // The capped count rides in the page's own query (an uncorrelated subquery: computed once), so a
  // page is one round trip; on PGlite every statement costs about as much as a small query's work.
  const where = and(...listConditions(f));
  const counted = await db
    .select({
      ...withUnit,
      n: sql<number>`(select count(*) from (select 1 from ${ledgerRecords} where ${where} limit ${COUNT_CAP + 1}) capped)`,
    })
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(where)
    .orderBy(...sortCol)
    .limit(f.limit)
    .offset(f.offset);
  const rows = counted.map(({ n: _n, ...row }) => row);
  // no row to carry it: nothing matches, or the page lies past the last match
  const n = counted[0] ? Number(counted[0].n) : f.offset > 0 ? await countRecords(db, f) : 0;
  return { rows, total: Math.min(n, COUNT_CAP), totalExact: n <= COUNT_CAP };
}

async function countRecords(db: Db, f: ListFilter): Promise<number> {
  const capped = db
    .select({ one: sql`1` })
    .from(ledgerRecords)
    .where(and(...listConditions(f)))
    .limit(COUNT_CAP + 1)
    .as('capped');
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(capped);
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

/**
 * Every live record of the given kinds in a township, for ref fields. Referenced kinds are
 * registers (officers, matters, advisors): tens or hundreds of rows per township.
 */
export function refCandidates(db: Db, unitId: string, kinds: string[]) {
  if (kinds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: ledgerRecords.id,
      kind: ledgerRecords.kind,
      title: ledgerRecords.title,
      state: ledgerRecords.state,
      data: ledgerRecords.data,
    })
    .from(ledgerRecords)
    .where(
      and(
        eq(ledgerRecords.unitId, unitId),
        inArray(ledgerRecords.kind, kinds),
        isNull(ledgerRecords.deletedAt),
      ),
    )
    .limit(5000);
}

/** Titles of records by id (what a ref field shows). */
export async function recordTitles(db: Db, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await db
    .select({ id: ledgerRecords.id, title: ledgerRecords.title })
    .from(ledgerRecords)
    .where(inArray(ledgerRecords.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.title]));
}
