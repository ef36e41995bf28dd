import { and, asc, desc, eq, getTableColumns, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Measure, Period } from '../../core/indicators';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { ledgerClocks, ledgerRecords, units } from '../db/schema';
import { measureRowsSql } from './indicatorsRepo';
import { referenceVersionSql } from './referenceRepo';

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

/**
 * Newest first, in the null order of the date indexes (DESC NULLS LAST, migrations 0003/0004): a
 * plain `desc` means NULLS FIRST, which no index provides, so the planner sorted every match —
 * and every row of a county — to return 20 (the columns are never null; the order is the same).
 */
const NEWEST_FIRST = [
  sql`${ledgerRecords.eventDate} desc nulls last`,
  sql`${ledgerRecords.id} desc nulls last`,
];

/** Escapes LIKE wildcards so a user's % or _ matches itself. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kind, units and not deleted: the list's scope, before any search or filter. */
function scopeConditions(f: ListFilter): SQL[] {
  return [
    eq(ledgerRecords.kind, f.kind),
    inArray(ledgerRecords.unitId, f.unitIds),
    isNull(ledgerRecords.deletedAt),
  ];
}

/**
 * The scope and every search and filter. `rowTests`: the search as a plain ILIKE, for rows
 * already fetched (the newest of the scope): there the bigram containment would only compute
 * each row's bigrams to decide what the ILIKE decides anyway.
 */
function listConditions(f: ListFilter, rowTests = false): SQL[] {
  const conds: SQL[] = scopeConditions(f);
  if (f.q) {
    // The GIN index narrows by 2-character substrings; ILIKE then checks the whole phrase.
    // (bigrams keyed by kind, migration 0023: other kinds' matches are not in the kind's entries)
    if (!rowTests)
      conds.push(
        sql`zh_kind_bigrams(${ledgerRecords.kind}, ${ledgerRecords.searchText}) @> zh_kind_bigrams(${f.kind}, ${f.q})`,
      );
    // a 2-character phrase is its own single bigram: containment already decides it
    if (rowTests || [...f.q].length !== 2) {
      conds.push(sql`${ledgerRecords.searchText} ilike ${`%${likeLiteral(f.q)}%`}`);
    }
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

/** An exact count of a page's matches is taken only when the kind has at most this many (estimated). */
const EXACT_COUNT_READS = 5 * COUNT_CAP;

/** How many of a scope's newest rows a page looks through first (20 pages' worth, within these bounds). */
const WINDOW_MIN = 1000;
const WINDOW_MAX = 5000;
/** Up to this many units a window is merged from each unit's own newest rows. */
const FEW_UNITS = 16;

/** Estimated totals are shown to two significant figures (约 5,400 条), not as a false exact count. */
const roughly = (n: number) => {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(n, 1))) - 1);
  return Math.round(n / unit) * unit;
};

export interface ListPage {
  rows: LedgerRowWithUnit[];
  total: number;
  /** False when `total` is not the exact number of matches: a lower bound (1000+) or an estimate. */
  totalExact: boolean;
  /** `total` is an estimate from the newest rows of the scope (约 N 条). */
  totalEstimated: boolean;
  /** The reference data's version in the page's own snapshot; undefined when no row came back. */
  referenceVersion: string | undefined;
}

/**
 * A page of a list. Newest first (the default order), it looks first through the newest rows of
 * the scope only — `window` of them, through the (kind, unit, date) indexes, so a page of a
 * common word or a broad filter reads a few thousand rows, not every match of a million. When the
 * window holds the whole page, that page is the right one (any match outside it is older than
 * every row in it); the total is then exact if the window is the whole scope, else estimated from
 * the share of matches in the window times the planner's estimate of the scope, and counted
 * exactly (up to COUNT_CAP) only when that estimate is small. When the window does not hold the
 * page (rare matches, deep pages, another order), the search and filter indexes answer as before.
 */
export async function listRecords(db: Db, f: ListFilter): Promise<ListPage> {
  if (f.sort === 'eventDate' && f.order === 'desc') {
    const keys = f.unitIds.length > FEW_UNITS ? keyConditions(f) : undefined;
    const keyedFirst = keys !== undefined && (await estimateRows(db, and(...keys))) <= KEYED_FIRST;
    const page = (keyedFirst ? await keyedPage(db, f) : undefined) ?? (await windowPage(db, f));
    if (page) return page;
    // the keys, when already asked, had no page: not asked twice
    if (keyedFirst) return indexedPage(db, f);
  }
  return (await keyedPage(db, f)) ?? indexedPage(db, f);
}

/**
 * A county's newest-first list asks the keys first when the planner expects at most this many
 * candidates in all: a rare word-and-filter pair, which the walk of the newest rows would read
 * thousands of rows to find (or give up on), where the keys read the newest month's few. Commoner
 * ones are walked (§19): their newest month alone can hold thousands of candidates.
 */
const KEYED_FIRST = 5000;

/** The most candidates a keyed page reads; past it the plain indexes answer. */
const KEYED_MAX = 10_000;

/**
 * A filter value zh_kind_fields (migration 0025) keeps as a key, by the same pattern: option codes,
 * short numeric codes, village ids (yes/no values are keyed as true/false).
 */
const KEYED_VALUE =
  /^(?:[a-z][a-z0-9_]{0,39}|[0-9]{1,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Every key of a record (zh_kind_keys, migration 0025): bigrams, field values, state, month. */
const RECORD_KEYS = sql`zh_kind_keys(${ledgerRecords.kind}, ${ledgerRecords.searchText}, ${ledgerRecords.data}, ${ledgerRecords.state}, ${ledgerRecords.eventDate})`;

/** Records holding any of these keys (one key: holding it). */
function holdsAny(keys: string[]): SQL {
  const list = sql`array[${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[]`;
  return keys.length === 1 ? sql`${RECORD_KEYS} @> ${list}` : sql`${RECORD_KEYS} && ${list}`;
}

/**
 * The list's search, field filters and states as conditions the keys answer alone; undefined when
 * there is nothing to key on or a filter has a value the keys do not hold.
 */
function keyConditions(f: ListFilter): SQL[] | undefined {
  const conds: SQL[] = [];
  // a single character has no bigram: the search is then only a row test
  if (f.q && [...f.q].length >= 2) conds.push(sql`${RECORD_KEYS} @> zh_kind_bigrams(${f.kind}, ${f.q})`);
  for (const [field, { values }] of Object.entries(f.fields ?? {})) {
    const texts = values.map(String);
    if (texts.length === 0 || !texts.every((v) => KEYED_VALUE.test(v))) return undefined;
    conds.push(holdsAny(texts.map((v) => `${f.kind}:${field}=${v}`)));
  }
  if (f.states?.length) conds.push(holdsAny(f.states.map((s) => `${f.kind}:@state=${s}`)));
  return conds.length ? conds : undefined;
}

/** How many of the newest months a newest-first keyed page looks in, in turn, before all of them. */
const MONTH_STEPS = [1, 4, 16];

/** The month keys (YYYYMM) of the `n` months ending with `last`. */
export function monthKeys(kind: string, last: string, n: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const t = y * 12 + (m - 1) - i;
    return `${kind}:@m=${Math.floor(t / 12) * 100 + (t % 12) + 1}`;
  });
}

/**
 * A page from the keys alone: the records holding the search's bigrams and the filters' keys (at
 * most KEYED_MAX + 1, in no order), then the scope, every test, the order and a count over those
 * candidates in one statement. For a search with filters where the newest rows hold too few
 * matches (a word and a role across a county of a million 法律明白人): the plain plan combined the
 * scope index over the kind's rows with the lossy jsonb index, whose recheck recomputed every
 * candidate's bigrams (issue 16, docs/performance.md §19).
 * Newest first, it looks in the newest month of the kind, then the newest 4 and 16: a page found
 * there is the right one (every other match is older), and its total a lower bound (共 N+ 条), the
 * matches of those months. Then in all months, counted exactly. Undefined when the planner expects
 * more candidates than KEYED_MAX, when there were, or when nothing matched: the plain indexes
 * answer, as before.
 */
export async function keyedPage(db: Db, f: ListFilter): Promise<ListPage | undefined> {
  const keys = keyConditions(f);
  if (!keys) return undefined;
  if (f.sort === 'eventDate' && f.order === 'desc') {
    const newest = await newestDate(db, f.kind);
    if (newest)
      for (const n of MONTH_STEPS) {
        const inMonths = [...keys, holdsAny(monthKeys(f.kind, newest, n))];
        // a step the planner expects past the cap would read KEYED_MAX rows only to give up
        if ((await estimateRows(db, and(...inMonths))) > KEYED_MAX) break;
        const got = await keyedQuery(db, f, inMonths);
        if (got === 'capped') break;
        if (got && got.matched >= f.offset + f.limit)
          return {
            ...got.page,
            total: Math.min(got.matched, COUNT_CAP),
            totalExact: false,
            totalEstimated: false,
          };
      }
  }
  if ((await estimateRows(db, and(...keys))) > KEYED_MAX) return undefined;
  const got = await keyedQuery(db, f, keys);
  if (!got || got === 'capped') return undefined;
  return { ...got.page, total: Math.min(got.matched, COUNT_CAP), totalExact: got.matched <= COUNT_CAP };
}

/** The date of the kind's newest record (the top of its date index), undefined when it has none. */
async function newestDate(db: Db, kind: string): Promise<string | undefined> {
  const [newest] = await db
    .select({ date: ledgerRecords.eventDate })
    .from(ledgerRecords)
    .where(and(eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt)))
    .orderBy(...NEWEST_FIRST)
    .limit(1);
  return newest?.date;
}

/** One keyed statement: the page, the matches among the candidates; 'capped' past KEYED_MAX. */
async function keyedQuery(
  db: Db,
  f: ListFilter,
  keys: SQL[],
): Promise<{ page: ListPage; matched: number } | 'capped' | undefined> {
  const candidates = sql`(with k as materialized (select * from ${ledgerRecords} where ${and(...keys)} limit ${KEYED_MAX + 1})
    select k.*, (select count(*) from k) as candidates from k) as ledger_records`;
  const got = await derivedPage(
    db,
    f,
    candidates,
    'candidates',
    and(...listConditions(f, true)),
    sortOrder(f),
  );
  const first = got[0];
  if (!first) return undefined;
  if (Number(first.extra) > KEYED_MAX) return 'capped';
  const rows = got.map(({ matched: _m, extra: _e, rv: _rv, ...row }) => row);
  const matched = Number(first.matched);
  return {
    page: { rows, total: matched, totalExact: true, totalEstimated: false, referenceVersion: first.rv },
    matched,
  };
}

/** The list's order, as the page asked for it. */
function sortOrder(f: ListFilter): SQL[] {
  const dir = f.order === 'asc' ? asc : desc;
  return f.sort === 'number'
    ? [dir(ledgerRecords.year), dir(ledgerRecords.seq)]
    : f.sort === 'updatedAt'
      ? [dir(ledgerRecords.updatedAt)]
      : f.order === 'asc'
        ? [sql`${ledgerRecords.eventDate} asc nulls first`, sql`${ledgerRecords.id} asc nulls first`]
        : NEWEST_FIRST;
}

/**
 * The scope's newest `size` rows, each with how many the window holds (`scanned`). A few units (a
 * township and its villages): each unit's newest from the (kind, unit, date) index, merged — an
 * index cannot give several units' rows in one date order. Many units (a county): one walk of
 * the (kind, date, id) index, skipping other units' rows.
 */
function newestRows(f: ListFilter, size: number): SQL {
  const order = sql`order by event_date desc nulls last, id desc nulls last limit ${size}`;
  const rows =
    f.unitIds.length <= FEW_UNITS
      ? sql`select x.* from unnest(${`{${f.unitIds.join(',')}}`}::uuid[]) as s(unit_id)
          cross join lateral (select * from ${ledgerRecords} r where r.kind = ${f.kind} and r.unit_id = s.unit_id
            and r.deleted_at is null order by r.event_date desc nulls last, r.id desc nulls last limit ${size}) x ${order}`
      : sql`select * from ${ledgerRecords} where ${and(...scopeConditions(f))} ${order}`;
  // aliased as the table itself, so the list's conditions (written against ledger_records) apply to it
  return sql`(select w.*, count(*) over () as scanned from (${rows}) w) as ledger_records`;
}

/** The record's columns read from the window (a derived table named ledger_records), decoded as the table's. */
const windowColumns = Object.fromEntries(
  Object.entries(getTableColumns(ledgerRecords)).map(([key, col]) => [
    key,
    sql`ledger_records.${sql.identifier(col.name)}`.mapWith(col),
  ]),
) as { [K in keyof LedgerRow]: SQL.Aliased<LedgerRow[K]> | SQL<LedgerRow[K]> };

async function windowPage(db: Db, f: ListFilter): Promise<ListPage | undefined> {
  // a first window of 20 pages' worth; when it holds neither the page nor the whole scope (the
  // newest rows are of another sort — say a week of other records — than most), one of WINDOW_MAX
  const first = Math.min(WINDOW_MAX, Math.max(WINDOW_MIN, 20 * (f.offset + f.limit)));
  // a scope the first window holds whole is counted in it, exactly; a larger one is walked newest
  // first only as far as the page needs (streamOf)
  const scope = await estimateRows(db, and(...scopeConditions(f)));
  if (scope <= first)
    return (
      (await windowOf(db, f, first)) ?? (first < WINDOW_MAX ? await windowOf(db, f, WINDOW_MAX) : undefined)
    );
  return streamOf(db, f, scope);
}

/**
 * A page of a large scope: its newest rows (up to WINDOW_MAX) are numbered in date order as they
 * come off the indexes and the search and filters applied to them, and the walk stops as soon as
 * the page is full — a filter that one row in nine passes reads some 180 rows for page one, not a
 * window of 1,000 counted whole. The page is right for the same reason as the window's (any match
 * further on is older); the total is the share of matches in the rows walked times the planner's
 * estimate of the scope, or an exact count when that is small (as in windowOf). The row after the
 * last the walk may read always passes, as a marker: if it comes back, the page is not within
 * reach of the newest rows and the indexes answer (undefined).
 */
async function streamOf(db: Db, f: ListFilter, scope: number): Promise<ListPage | undefined> {
  const end = WINDOW_MAX + 1;
  const tests = listConditions(f, true).slice(3);
  const where = tests.length ? sql`where (${and(...tests)}) or pos = ${end}` : sql``;
  const matches = sql`(select * from ${numberedRows(f, end)} ${where}
    order by event_date desc nulls last, id desc nulls last limit ${f.limit} offset ${f.offset}) as ledger_records`;
  const got = await db
    .select({
      record: windowColumns,
      unitName: units.name,
      unitPath: units.path,
      pos: sql<number>`ledger_records.pos`,
      rv: referenceVersionSql,
    })
    .from(matches)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .orderBy(...NEWEST_FIRST);
  if (got.some((r) => Number(r.pos) === end)) return undefined;
  const rows = got.map(({ pos: _p, rv: _rv, ...row }) => row);
  const referenceVersion = got[0]?.rv;
  if (rows.length < f.limit) {
    // the walk ended inside the scope's newest rows: every match was seen
    if (rows.length === 0 && f.offset > 0) return undefined;
    const n = f.offset + rows.length;
    return { rows, total: n, totalExact: true, totalEstimated: false, referenceVersion };
  }
  const walked = Number(got[got.length - 1]?.pos ?? 1);
  return totalFrom(db, f, rows, referenceVersion, f.offset + rows.length, walked, scope);
}

/**
 * The scope's newest `size` rows in date order, numbered (`pos`) as they come: for a few units
 * each unit's newest from its (kind, unit, date) index, merged as they are read (a Merge Append
 * of one index scan a unit: nothing is read past what the caller takes); for many, one walk of
 * the (kind, date, id) index.
 */
function numberedRows(f: ListFilter, size: number): SQL {
  const order = sql`order by event_date desc nulls last, id desc nulls last`;
  const rows =
    f.unitIds.length <= FEW_UNITS
      ? sql.join(
          f.unitIds.map(
            (u) =>
              sql`(select * from ${ledgerRecords} r where r.kind = ${f.kind} and r.unit_id = ${u}
                and r.deleted_at is null order by r.event_date desc nulls last, r.id desc nulls last limit ${size})`,
          ),
          sql` union all `,
        )
      : sql`select * from ${ledgerRecords} where ${and(...scopeConditions(f))}`;
  return sql`(select w.*, row_number() over (${order}) as pos from (select * from (${rows}) u ${order} limit ${size}) w) as ledger_records`;
}

/** The total of a full page whose `matched` matches were found among the scope's newest `scanned` rows. */
async function totalFrom(
  db: Db,
  f: ListFilter,
  rows: LedgerRowWithUnit[],
  referenceVersion: string | undefined,
  matched: number,
  scanned: number,
  scope: number,
): Promise<ListPage> {
  const estimate = roughly((matched / scanned) * scope);
  if (estimate > COUNT_CAP)
    return { rows, total: estimate, totalExact: false, totalEstimated: true, referenceVersion };
  // An exact count reads every match of the search and filters in the whole kind (the bigram and
  // jsonb indexes do not know the unit) and keeps the scope's: a word common across the county but
  // rare in one township would read tens of thousands of rows to print a figure under 1,000. Both
  // the planner's estimate of the kind's matches and the scope's share of matches carried over to
  // the whole kind must stay under the budget (the planner knows little of a word outside its
  // most common ones, and then guesses low).
  const [kind, , live, ...tests] = listConditions(f);
  if (
    tests.length > 0 &&
    ((matched / scanned) * (await estimateRows(db, and(kind, live))) > EXACT_COUNT_READS ||
      (await estimateRows(db, and(kind, live, ...tests))) > EXACT_COUNT_READS)
  )
    return {
      rows,
      total: roughly(Math.max(estimate, matched)),
      totalExact: false,
      totalEstimated: true,
      referenceVersion,
    };
  const n = await countRecords(db, f);
  return {
    rows,
    total: Math.min(n, COUNT_CAP),
    totalExact: n <= COUNT_CAP,
    totalEstimated: false,
    referenceVersion,
  };
}

/**
 * A page of a derived table named ledger_records (a window of the newest rows, or keyed
 * candidates): its rows with their units, how many passed `where` (before the page's limit), one
 * column of the derived table's own (`extra`), and the reference data's version in the statement's
 * snapshot (see indexedPage).
 */
function derivedPage(db: Db, f: ListFilter, from: SQL, extra: string, where: SQL | undefined, order: SQL[]) {
  return db
    .select({
      record: windowColumns,
      unitName: units.name,
      unitPath: units.path,
      matched: sql<number>`count(*) over ()`,
      extra: sql<number>`ledger_records.${sql.identifier(extra)}`,
      rv: referenceVersionSql,
    })
    .from(from)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(where)
    .orderBy(...order)
    .limit(f.limit)
    .offset(f.offset);
}

async function windowOf(db: Db, f: ListFilter, size: number): Promise<ListPage | undefined> {
  // one row more than the window: whether the scope ends inside it
  const counted = await derivedPage(
    db,
    f,
    newestRows(f, size + 1),
    'scanned',
    and(...listConditions(f, true).slice(3)),
    NEWEST_FIRST,
  );
  const first = counted[0];
  if (!first) return undefined;
  const matched = Number(first.matched);
  const scanned = Number(first.extra);
  const whole = scanned <= size;
  if (!whole && counted.length < f.limit) return undefined;
  const rows = counted.map(({ matched: _m, extra: _e, rv: _rv, ...row }) => row);
  const referenceVersion = first.rv;
  if (whole) return { rows, total: matched, totalExact: true, totalEstimated: false, referenceVersion };
  return totalFrom(
    db,
    f,
    rows,
    referenceVersion,
    matched,
    scanned,
    await estimateRows(db, and(...scopeConditions(f))),
  );
}

/**
 * Planner estimates already asked for, per database: a list page asks for its scope's each time
 * (kind and units), and the answer only moves when the statistics do (ANALYZE, autovacuum), so
 * it is asked again after ESTIMATE_USES uses rather than on every page — one round trip less a
 * page. Keyed by the statement and its parameters; emptied when it grows past ESTIMATES_KEPT.
 */
const estimates = new WeakMap<Db, Map<string, { rows: number; uses: number }>>();
const ESTIMATE_USES = 200;
const ESTIMATES_KEPT = 2000;
const dialect = new PgDialect();

/** The planner's estimate of the rows a condition selects (EXPLAIN, nothing read). */
async function estimateRows(db: Db, where: SQL | undefined): Promise<number> {
  const statement = sql`explain (format json) select 1 from ${ledgerRecords} where ${where}`;
  const q = dialect.sqlToQuery(statement);
  const key = JSON.stringify([q.sql, q.params]);
  const kept = estimates.get(db) ?? new Map<string, { rows: number; uses: number }>();
  estimates.set(db, kept);
  const hit = kept.get(key);
  if (hit && ++hit.uses < ESTIMATE_USES) return hit.rows;
  const plan = rowsOf<{ 'QUERY PLAN': unknown }>(await db.execute(statement));
  // PostgreSQL answers the plan as parsed JSON, PGlite as its text
  const raw = plan[0]?.['QUERY PLAN'];
  const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: { 'Plan Rows': number } }[];
  const rows = Number(json[0]?.Plan['Plan Rows'] ?? 0);
  if (kept.size >= ESTIMATES_KEPT) kept.clear();
  kept.set(key, { rows, uses: 0 });
  return rows;
}

async function indexedPage(db: Db, f: ListFilter): Promise<ListPage> {
  const sortCol = sortOrder(f);
  // The capped count rides in the page's own query (an uncorrelated subquery: computed once), so a
  // page is one round trip; on PGlite every statement costs about as much as a small query's work.
  // So does the reference data's version: the caller checks the units and settings it used with it.
  const where = and(...listConditions(f));
  const counted = await db
    .select({
      ...withUnit,
      n: sql<number>`(select count(*) from (select 1 from ${ledgerRecords} where ${where} limit ${COUNT_CAP + 1}) capped)`,
      rv: referenceVersionSql,
    })
    .from(ledgerRecords)
    .innerJoin(units, eq(units.id, ledgerRecords.unitId))
    .where(where)
    .orderBy(...sortCol)
    .limit(f.limit)
    .offset(f.offset);
  const rows = counted.map(({ n: _n, rv: _rv, ...row }) => row);
  // no row to carry it: nothing matches, or the page lies past the last match
  const n = counted[0] ? Number(counted[0].n) : f.offset > 0 ? await countRecords(db, f) : 0;
  return {
    rows,
    total: Math.min(n, COUNT_CAP),
    totalExact: n <= COUNT_CAP,
    totalEstimated: false,
    referenceVersion: counted[0]?.rv,
  };
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
      .orderBy(...NEWEST_FIRST)
      .limit(batch)
      .offset(offset);
    yield* rows;
    if (rows.length < batch) return;
  }
}

/**
 * Records in a state that waits for the user, for 待办: up to `limit` of each kind, oldest first,
 * kinds in the order given — one statement for every kind (a county reviewer's two, a clerk's
 * twelve), each part walking the (kind, unit, date) index, instead of one round trip a kind.
 */
export async function recordsAwaiting(
  db: Db,
  unitIds: string[],
  kinds: { kind: string; states: string[] }[],
  assignee: string,
  limit: number,
) {
  if (kinds.length === 0 || unitIds.length === 0) return [];
  // one array parameter, not a list of hundreds: planning twelve parts of a county's 69-unit list
  // cost more than running them (uuids of our own units: the literal needs no quoting)
  const scope = sql`${`{${unitIds.join(',')}}`}::uuid[]`;
  const parts = kinds.map(
    (
      { kind, states },
      i,
    ) => sql`(select ${i} as k, r.id, r.kind, r.number, r.version, r.title, r.state, r.event_date, u.name as unit_name
      from ${ledgerRecords} r join ${units} u on u.id = r.unit_id
      where r.kind = ${kind} and r.unit_id = any(${scope}) and ${inArray(sql`r.state`, states)}
        and r.deleted_at is null and (r.assignee_id is null or r.assignee_id = ${assignee})
      order by r.event_date limit ${limit})`,
  );
  const rows = rowsOf<{
    id: string;
    kind: string;
    number: string;
    version: number | string;
    title: string;
    state: string;
    unit_name: string;
  }>(await db.execute(sql`select * from (${sql.join(parts, sql` union all `)}) a order by k, event_date`));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    number: r.number,
    // the version a batch step from 待办 is taken on; raw SQL may answer an int column as text
    version: Number(r.version),
    title: r.title,
    state: r.state,
    unitName: r.unit_name,
  }));
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
