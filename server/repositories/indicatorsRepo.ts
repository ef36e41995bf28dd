import { and, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import {
  fieldOf,
  type Measure,
  type MeasureValue,
  type PeopleRule,
  type Period,
} from '../../core/indicators';
import { ledgerKind } from '../../core/ledgers';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { ledgerClocks, ledgerRecords, units } from '../db/schema';

/**
 * Indicator figures in aggregate SQL: one query per ledger kind, each measure (and each
 * period: this year and the same period last year) a `count(*) filter (where …)` or
 * `sum(…) filter (where …)` column. Equality tests are jsonb containment, as in the lists.
 */

export interface MeasureRef {
  id: string;
  measure: Measure;
}

/** Field names come from declarations; refuse anything else before it reaches SQL text. */
function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad field name ${name}`);
  return name;
}

const text = (field: string) => sql.raw(`(data->>'${ident(field)}')`);
const num = (field: string) =>
  sql.raw(
    `coalesce(case when jsonb_typeof(data->'${ident(field)}') = 'number' then (data->>'${ident(field)}')::numeric end, 0)`,
  );

function contains(kind: string, field: string, value: string | boolean): SQL {
  const def = ledgerKind(kind);
  const multi = def ? fieldOf(def, field)?.type === 'multiselect' : false;
  return sql`data @> ${JSON.stringify({ [field]: multi ? [value] : value })}::jsonb`;
}

const anyOf = (kind: string, field: string, values: readonly (string | boolean)[]) =>
  sql`(${sql.join(
    values.map((v) => contains(kind, field, v)),
    sql` or `,
  )})`;

/** The record took the step (with a payload holding `equals`): jsonb containment on the event list. */
function eventSql(e: NonNullable<NonNullable<Measure['where']>['event']>): SQL {
  return sql`events @> ${JSON.stringify([{ action: e.action, ...(e.equals ? { payload: e.equals } : {}) }])}::jsonb`;
}

/** The record runs one of the clocks, settled by the count day or done on time (cached clocks). */
function clockSql(c: NonNullable<NonNullable<Measure['where']>['clock']>, asOf: string): SQL {
  const keys = sql.join(
    c.keys.map((k) => sql`${k}`),
    sql`, `,
  );
  const doneOn = c.dates?.length
    ? sql.raw(`coalesce(${c.dates.map((f) => `nullif(data->>'${ident(f)}', '')`).join(', ')})`)
    : sql`null`;
  const test =
    c.test === 'settled'
      ? sql`(c.done or c.due <= ${asOf}::date)`
      : sql`c.done and ${doneOn} <= to_char(c.due, 'YYYY-MM-DD')`;
  return sql`exists (select 1 from ${ledgerClocks} c where c.unit_id = ${ledgerRecords.unitId} and c.record_id = ${ledgerRecords.id} and c.clock in (${keys}) and ${test})`;
}

/** Per record: the people listed in the table (matching the rule) when it lists any, else `typed`. */
function peopleSql(rule: PeopleRule, typed: SQL): SQL {
  const t = sql.raw(`data->'${ident(rule.table)}'`);
  const match = Object.entries(rule.equals ?? {}).map(
    ([k, v]) => sql`p.value @> ${JSON.stringify({ [k]: v })}::jsonb`,
  );
  const where = match.length ? sql` where ${sql.join(match, sql` and `)}` : sql``;
  return sql`(case when jsonb_typeof(${t}) = 'array' and jsonb_array_length(${t}) > 0
    then (select count(*) from jsonb_array_elements(${t}) as p(value)${where})
    else ${typed} end)`;
}

/** The record test of a measure (its filters), without the period (`asOf` for clock tests). */
function filterSql(m: Measure, asOf: string): SQL[] {
  const w = m.where ?? {};
  const conds: SQL[] = [];
  if (w.states)
    conds.push(
      sql`state in (${sql.join(
        w.states.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  for (const [f, v] of Object.entries(w.equals ?? {})) conds.push(contains(m.ledger, f, v));
  for (const [f, vs] of Object.entries(w.in ?? {})) conds.push(anyOf(m.ledger, f, vs));
  for (const [f, vs] of Object.entries(w.notIn ?? {})) conds.push(sql`not ${anyOf(m.ledger, f, vs)}`);
  for (const f of w.present ?? []) conds.push(sql`coalesce(${text(f)}, '') <> ''`);
  if (w.anyPresent)
    conds.push(
      sql`(${sql.join(
        w.anyPresent.map((f) => sql`coalesce(${text(f)}, '') not in ('', '[]')`),
        sql` or `,
      )})`,
    );
  if (w.event) conds.push(eventSql(w.event));
  if (w.clock) conds.push(clockSql(w.clock, asOf));
  return conds;
}

/** The test that puts a record in the period for this measure. */
function periodSql(m: Measure, p: Period): SQL {
  const rule = m.period ?? { mode: 'within' as const };
  const field = rule.field;
  if (rule.mode === 'within')
    return field
      ? sql`${text(field)} between ${p.from} and ${p.to}`
      : sql`event_date between ${p.from}::date and ${p.to}::date`;
  const start = field ? sql`${text(field)} <= ${p.asOf}` : sql`event_date <= ${p.asOf}::date`;
  const ends = rule.endFields.map((e) => sql`(coalesce(${text(e)}, '') = '' or ${text(e)} >= ${p.asOf})`);
  return sql.join([start, ...ends], sql` and `);
}

/**
 * The rows a measure counts in a period, as one condition on `ledger_records` (the kind
 * included): the same test the figures are aggregated with, so a figure's drill-down list
 * (ledgersRepo.listRecords with `measure`) holds exactly the rows behind it.
 */
export function measureRowsSql(m: Measure, p: Period): SQL {
  return sql.join([sql`kind = ${m.ledger}`, ...filterSql(m, p.asOf), periodSql(m, p)], sql` and `);
}

/** The aggregate column of a measure over the rows passing `cond`. */
function aggregateSql(m: Measure, cond: SQL): SQL {
  const fields = m.fields ?? [];
  switch (m.aggregate) {
    case 'count':
      return sql`count(*) filter (where ${cond})`;
    case 'sum': {
      const typed = fields.length ? sql`(${sql.join(fields.map(num), sql` + `)})` : sql`0`;
      const value = m.people ? peopleSql(m.people, typed) : typed;
      return sql`coalesce(sum(${value}) filter (where ${cond}), 0)`;
    }
    case 'max':
      return sql`coalesce(max(greatest(${sql.join(fields.map(num), sql`, `)})) filter (where ${cond}), 0)`;
    case 'events':
      return sql`coalesce(sum(jsonb_array_length(jsonb_path_query_array(events, '$[*] ? (@.action == $a)', jsonb_build_object('a', ${m.action ?? ''}::text)))) filter (where ${cond}), 0)`;
    case 'distinct':
      return sql`coalesce(jsonb_agg(${sql.raw(`data->'${ident(fields[0] ?? '')}'`)}) filter (where ${cond}), '[]'::jsonb)`;
  }
}

function toValue(m: Measure, v: unknown): MeasureValue {
  if (m.aggregate !== 'distinct') return Number(v ?? 0);
  const nested = (typeof v === 'string' ? JSON.parse(v) : v) as unknown[];
  const out = new Set<string>();
  for (const x of nested ?? [])
    for (const y of Array.isArray(x) ? x : [x]) if (typeof y === 'string') out.add(y);
  return [...out].sort();
}

/** Figures of one unit by period index, then measure id. */
export type UnitFigures = Map<number, Map<string, MeasureValue>>;
/** Figures by unit id; a unit without records in the periods has no entry. */
export type MeasureTable = Map<string, UnitFigures>;

interface AggregateRequest {
  periods: Period[];
  measures: MeasureRef[];
  /** data-quality counts over the first period, read in the same scan (ids `quality:<kind>:<what>`) */
  quality?: QualityRequest;
}

/** The columns of one kind's aggregate query, and its bounds on the main date. */
function kindAggregate(kind: string, refs: MeasureRef[], p: AggregateRequest) {
  const cols: { id: string; period: number; measure: Measure | null }[] = [];
  const select: SQL[] = [];
  const q = p.quality?.kinds.find((k) => k.kind === kind);
  if (q && p.quality) {
    for (const [what, test] of Object.entries(qualityTests(q, p.quality.staleBefore))) {
      const inPeriod = sql`event_date between ${p.periods[0]?.from}::date and ${p.periods[0]?.to}::date`;
      select.push(sql`count(*) filter (where ${inPeriod} and (${test})) as ${sql.raw(`c${cols.length}`)}`);
      cols.push({ id: `quality:${kind}:${what}`, period: 0, measure: null });
    }
  }
  p.periods.forEach((period, pi) => {
    for (const r of refs) {
      const cond = sql.join([periodSql(r.measure, period), ...filterSql(r.measure, period.asOf)], sql` and `);
      select.push(sql`${aggregateSql(r.measure, cond)} as ${sql.raw(`c${cols.length}`)}`);
      cols.push({ id: r.id, period: pi, measure: r.measure });
    }
  });
  return { cols, select, ...kindBounds(refs, p.periods) };
}

/**
 * A kind's bounds on the main date: dates of a record never precede its main date, so the
 * period's end bounds every kind; the start bounds it only when every measure is dated by the
 * main date in the period.
 */
function kindBounds(refs: MeasureRef[], periods: Period[]) {
  const mainOnly = refs.every(
    (r) => !r.measure.period || (r.measure.period.mode === 'within' && !r.measure.period.field),
  );
  const to = periods.map((x) => x.to).sort()[periods.length - 1] as string;
  const from = mainOnly ? (periods.map((x) => x.from).sort()[0] as string) : undefined;
  return { from, to };
}

/** One row of a kind's aggregate as figures by period, then measure id. */
function decode(
  cols: ReturnType<typeof kindAggregate>['cols'],
  row: Record<string, unknown>,
  into: UnitFigures,
) {
  cols.forEach((c, i) => {
    const values = into.get(c.period) ?? new Map<string, MeasureValue>();
    into.set(c.period, values);
    values.set(c.id, c.measure ? toValue(c.measure, row[`c${i}`]) : Number(row[`c${i}`] ?? 0));
  });
}

const byKindOf = (measures: MeasureRef[]) => {
  const byKind = new Map<string, MeasureRef[]>();
  for (const m of measures) byKind.set(m.measure.ledger, [...(byKind.get(m.measure.ledger) ?? []), m]);
  return byKind;
};

/**
 * Every measure for the given units and periods by unit: one query per kind. Callers add the
 * units of a subtree up (records live on townships, villages may carry some).
 */
export async function aggregateMeasures(
  db: Db,
  p: AggregateRequest & { unitIds: string[] },
): Promise<MeasureTable> {
  const table: MeasureTable = new Map();
  if (p.unitIds.length === 0 || p.periods.length === 0) return table;
  const queries = [...byKindOf(p.measures)].map(async ([kind, refs]) => {
    const { cols, select, from, to } = kindAggregate(kind, refs, p);
    const where = and(
      sql`kind = ${kind}`,
      inArray(ledgerRecords.unitId, p.unitIds),
      isNull(ledgerRecords.deletedAt),
      sql`event_date <= ${to}::date`,
      from ? sql`event_date >= ${from}::date` : undefined,
    );
    const query = sql`select unit_id::text as g, ${sql.join(select, sql`, `)} from ${ledgerRecords} where ${where} group by unit_id`;
    return { cols, rows: rowsOf(await db.execute(query)) };
  });
  for (const { cols, rows } of await Promise.all(queries)) {
    for (const row of rows) {
      const g = String(row.g);
      const byPeriod: UnitFigures = table.get(g) ?? new Map();
      table.set(g, byPeriod);
      decode(cols, row, byPeriod);
    }
  }
  return table;
}

/** A part of a unit's figures: the records of one kind whose main date falls in one month. */
export interface Part {
  unitId: string;
  kind: string;
  /** year * 12 + month - 1 */
  month: number;
}
export const partId = (p: Part) => `${p.unitId}|${p.kind}|${p.month}`;
const monthOf = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthStart = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;

/** The kinds figures are computed for, each with the first month its measures can count. */
export function partKinds(p: AggregateRequest): Map<string, number> {
  return new Map(
    // the bounds alone: building every kind's aggregate SQL to read them cost a ms a request
    [...byKindOf(p.measures)].map(([kind, refs]) => {
      const { from } = kindBounds(refs, p.periods);
      return [kind, from ? monthOf(from) : Number.NEGATIVE_INFINITY];
    }),
  );
}

/**
 * The figures of the given parts, by partId: one query per kind over the parts' units and the
 * span of their months, grouped by unit and month (a part with no live record has empty figures).
 */
export async function aggregateParts(
  db: Db,
  p: AggregateRequest & { parts: Part[] },
): Promise<Map<string, UnitFigures>> {
  const out = new Map<string, UnitFigures>(p.parts.map((x) => [partId(x), new Map()]));
  if (p.parts.length === 0 || p.periods.length === 0) return out;
  const byKind = byKindOf(p.measures);
  const kinds = [...new Set(p.parts.map((x) => x.kind))].filter((k) => byKind.has(k));
  const queries = kinds.map(async (kind) => {
    const parts = p.parts.filter((x) => x.kind === kind);
    const { cols, select, from, to } = kindAggregate(kind, byKind.get(kind) ?? [], p);
    const months = parts.map((x) => x.month);
    const first = monthStart(Math.min(...months));
    const after = monthStart(Math.max(...months) + 1);
    const where = and(
      sql`kind = ${kind}`,
      inArray(ledgerRecords.unitId, [...new Set(parts.map((x) => x.unitId))]),
      isNull(ledgerRecords.deletedAt),
      sql`event_date >= ${first}::date and event_date < ${after}::date`,
      sql`event_date <= ${to}::date`,
      from ? sql`event_date >= ${from}::date` : undefined,
    );
    const query = sql`select unit_id::text as g, (extract(year from event_date)::int * 12 + extract(month from event_date)::int - 1) as m,
      ${sql.join(select, sql`, `)} from ${ledgerRecords} where ${where} group by 1, 2`;
    return { kind, cols, rows: rowsOf(await db.execute(query)) };
  });
  for (const { kind, cols, rows } of await Promise.all(queries)) {
    for (const row of rows) {
      const figures = out.get(partId({ unitId: String(row.g), kind, month: Number(row.m) }));
      // a part outside those asked for (the span covers months of other units): not needed
      if (figures) decode(cols, row, figures);
    }
  }
  return out;
}

/** A count or sum measure by month of the date that decides its period. */
export async function monthlyMeasure(
  db: Db,
  p: { unitIds: string[]; period: Period; measure: Measure },
): Promise<Map<string, number>> {
  const m = p.measure;
  if (p.unitIds.length === 0) return new Map();
  const field = m.period?.field;
  const month = field ? sql`substr(${text(field)}, 1, 7)` : sql`to_char(event_date, 'YYYY-MM')`;
  const cond = sql.join([periodSql(m, p.period), ...filterSql(m, p.period.asOf)], sql` and `);
  const query = sql`select ${month} as m, ${aggregateSql(m, cond)} as v from ${ledgerRecords}
    where ${and(
      sql`kind = ${m.ledger}`,
      inArray(ledgerRecords.unitId, p.unitIds),
      isNull(ledgerRecords.deletedAt),
      sql`event_date <= ${p.period.to}::date`,
    )} and ${cond} group by 1`;
  return new Map(rowsOf(await db.execute(query)).map((r) => [String(r.m), Number(r.v ?? 0)]));
}

/** Units of a subtree with what the indicator pages show of them. */
export function subtreeUnits(db: Db, path: string) {
  return db
    .select({
      id: units.id,
      name: units.name,
      level: units.level,
      code: units.code,
      path: units.path,
    })
    .from(units)
    .where(like(units.path, `${path}%`));
}

/**
 * The version of each unit's records dated up to the end of `year` ('0' before any): a sum of
 * the per-year versions of migration 0007, which only grow, so it changes with every write to
 * those years and with no other.
 */
export async function ledgerVersions(db: Db, unitIds: string[], year: number): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = rowsOf(
    await db.execute(sql`select unit_id::text as id, sum(version)::text as v from ledger_versions
      where ${inArray(sql`unit_id`, unitIds)} and year <= ${year} group by unit_id`),
  );
  return new Map(rows.map((r) => [String(r.id), String(r.v)]));
}

export interface QualityKind {
  kind: string;
  /** required fields of the record */
  required: string[];
  /** states that are not final (empty for kinds without a workflow) */
  open: string[];
}

export interface QualityRequest {
  /** records still open whose main date is before this day count as never closed */
  staleBefore: string;
  kinds: QualityKind[];
}

/**
 * Data-quality tests: a required field left empty, a record still open long after its date,
 * a record entered more than 30 days after its date. The figures are only as good as these.
 */
function qualityTests(k: QualityKind, staleBefore: string): Record<'missing' | 'unclosed' | 'late', SQL> {
  return {
    missing: k.required.length
      ? sql.join(
          k.required.map((f) => sql.raw(`coalesce(data->>'${ident(f)}', '') in ('', '[]')`)),
          sql` or `,
        )
      : sql`false`,
    unclosed: k.open.length
      ? sql`state in (${sql.join(
          k.open.map((s) => sql`${s}`),
          sql`, `,
        )}) and event_date < ${staleBefore}::date`
      : sql`false`,
    late: sql`(created_at at time zone 'Asia/Shanghai')::date - event_date > 30`,
  };
}

/** How long a unit's figures for other periods are kept after a newer count day (days). */
const FIGURES_KEPT_DAYS = 7;

/**
 * Figures stored for these units under `key`, each with the version it was computed under
 * (indicator_figures, migration 0018). The caller compares versions: a row under an older one is
 * stale.
 */
export async function storedFigures(
  db: Db,
  unitIds: string[],
  key: string,
): Promise<Map<string, { version: string; figures: UnitFigures }>> {
  if (unitIds.length === 0) return new Map();
  const rows = rowsOf<{ unit_id: string; version: string; figures: unknown }>(
    await db.execute(sql`select unit_id::text as unit_id, version, figures from indicator_figures
      where ${inArray(sql`unit_id`, unitIds)} and key = ${key}`),
  );
  return new Map(rows.map((r) => [r.unit_id, { version: r.version, figures: figuresOf(r.figures) }]));
}

/** Stores figures just computed, and drops the units' figures of count days a week older. */
export async function storeFigures(
  db: Db,
  key: string,
  asOf: string,
  entries: { unitId: string; version: string; figures: UnitFigures }[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    unit_id: e.unitId,
    version: e.version,
    figures: figuresJson(e.figures),
  }));
  // one statement (a round trip less on every recompute): the delete never meets a row the insert
  // writes, which all carry this key (a key names its count day, so its rows are never older)
  await db.execute(sql`
    with stored as (
      insert into indicator_figures (unit_id, key, version, as_of, figures)
      select r.unit_id, ${key}, r.version, ${asOf}::date, r.figures
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(unit_id uuid, version text, figures jsonb)
      order by r.unit_id
      on conflict (unit_id, key) do update set version = excluded.version, as_of = excluded.as_of, figures = excluded.figures
      returning 1)
    delete from indicator_figures
    where ${inArray(
      sql`unit_id`,
      entries.map((e) => e.unitId),
    )} and key <> ${key} and as_of < ${asOf}::date - ${FIGURES_KEPT_DAYS}::int`);
}

const figuresJson = (f: UnitFigures) => [...f].map(([p, v]) => [p, [...v]]);
const figuresOf = (raw: unknown): UnitFigures => {
  // PostgreSQL answers jsonb parsed, PGlite as its text; kept as [period, [[measure, value], …]] pairs
  const pairs = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [number, [string, MeasureValue][]][];
  return new Map(pairs.map(([p, v]) => [p, new Map(v)]));
};

/**
 * Every part of these units' figures that has records (or had: ledger_part_versions, migration
 * 0020) among `kinds`, from each kind's first month to `lastMonth`, with its current version and
 * its figures when stored under `key` at that version (else undefined: to compute). One statement.
 */
export async function partsOf(
  db: Db,
  unitIds: string[],
  key: string,
  kinds: Map<string, number>,
  lastMonth: number,
): Promise<{ part: Part; version: string; figures: UnitFigures | undefined }[]> {
  if (unitIds.length === 0 || kinds.size === 0) return [];
  const rows = rowsOf<{ unit_id: string; kind: string; month: number; version: string; figures: unknown }>(
    await db.execute(sql`select v.unit_id::text as unit_id, v.kind, v.month, v.version::text as version, p.figures
      from ledger_part_versions v
      left join indicator_parts p on p.unit_id = v.unit_id and p.key = ${key} and p.kind = v.kind
        and p.month = v.month and p.version = v.version
      where ${inArray(sql`v.unit_id`, unitIds)} and ${inArray(sql`v.kind`, [...kinds.keys()])} and v.month <= ${lastMonth}`),
  );
  return rows
    .filter((r) => Number(r.month) >= (kinds.get(r.kind) ?? 0))
    .map((r) => ({
      part: { unitId: r.unit_id, kind: r.kind, month: Number(r.month) },
      version: r.version,
      figures: r.figures == null ? undefined : figuresOf(r.figures),
    }));
}

/** Stores parts just computed, and drops the units' parts of count days a week older. */
export async function storeParts(
  db: Db,
  key: string,
  asOf: string,
  entries: { part: Part; version: string; figures: UnitFigures }[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e) => ({
    unit_id: e.part.unitId,
    kind: e.part.kind,
    month: e.part.month,
    version: e.version,
    figures: figuresJson(e.figures),
  }));
  // one statement, as in storeFigures
  await db.execute(sql`
    with stored as (
      insert into indicator_parts (unit_id, key, kind, month, version, as_of, figures)
      select r.unit_id, ${key}, r.kind, r.month, r.version, ${asOf}::date, r.figures
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(unit_id uuid, kind text, month integer, version bigint, figures jsonb)
      order by r.unit_id, r.kind, r.month
      on conflict (unit_id, key, kind, month) do update set version = excluded.version, as_of = excluded.as_of, figures = excluded.figures
      returning 1)
    delete from indicator_parts
    where ${inArray(sql`unit_id`, [...new Set(entries.map((e) => e.part.unitId))])}
      and key <> ${key} and as_of < ${asOf}::date - ${FIGURES_KEPT_DAYS}::int`);
}
