/**
 * A province on one PostgreSQL (issue 17, "Beyond one machine"): 100 counties of 20 townships
 * (2,000 townships) and N dispute records spread over them (bench/disputeRows.ts, generated in the
 * database with the ledger indexes dropped during the load and rebuilt after), then the queries a
 * user meets, through the server's own repository and command code on a pool of its own: the
 * township list (filter only, 2-character search), the county list (common word + type), 待办 of a
 * county, a township's indicators, a county overview (cold: figures computed; warm: cached), and
 * a province-wide aggregate of every township (what a province dashboard would fan out). Prints
 * p50/p95 of each, the load average, and `EXPLAIN (ANALYZE, BUFFERS)` of every statement the
 * list and 待办 run. docs/scale.md reads these against Citus distribution by unit.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/province.ts --rows 2000000
 *
 * Needs about 1.1 GB of disk per million rows (records, bigram and jsonb indexes); check `df -h`.
 * The database is created fresh and dropped at the end (KEEP=1 keeps it).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { indicatorOverviewQuery, indicatorValuesQuery } from '../server/commands/indicators';
import { MEASURES } from '../server/commands/indicators/figures';
import { todoQuery } from '../server/commands/ledgers/todoQuery';
import type { Db } from '../server/db/client';
import { openDatabase } from '../server/db/client';
import * as schema from '../server/db/schema';
import { aggregateMeasures } from '../server/repositories/indicatorsRepo';
import { listRecords, subtreeUnitIds } from '../server/repositories/ledgersRepo';
import { insertDisputes, TYPES, WORDS, withoutLedgerIndexes } from './disputeRows';
import { freshTarget, percentile } from './httpBench';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('--rows', 10_000_000);
const COUNTIES = arg('--counties', 100);
const PER_COUNTY = arg('--townships', 20);
const RUNS = Number(process.env.RUNS ?? 30);
if (!process.env.DATABASE_URL)
  throw new Error('DATABASE_URL: the PostgreSQL server to load the province into');

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const target = await freshTarget('province');
const url = target.env.DATABASE_URL as string;
const database = await openDatabase({ databaseUrl: url, dataDir: '' });
const { db } = database;

// every statement the timed code runs, for EXPLAIN afterwards
const seen: { query: string; params: unknown[] }[] = [];
const pool = new pg.Pool({ connectionString: url, max: 4 });
// dropping the database at the end ends these connections from the server side
pool.on('error', () => undefined);
const logged = drizzle(pool, {
  schema,
  logger: { logQuery: (query, params) => void seen.push({ query, params }) },
}) as unknown as Db;

try {
  // --- units: counties, townships -----------------------------------------------------------
  const t0 = performance.now();
  await db.execute(sql`
    insert into units (id, parent_id, name, level, code, path, created_at)
    select id, null, '基准' || c || '县', 'county', '43' || lpad(c::text, 4, '0') || '000000', '/' || id || '/', now()
    from (select gen_random_uuid() as id, c from generate_series(1, ${COUNTIES}) c) x`);
  await db.execute(sql`
    insert into units (id, parent_id, name, level, code, path, created_at)
    select gen_random_uuid(), u.id, u.name || t || '镇', 'township', substr(u.code, 1, 6) || lpad(t::text, 3, '0') || '000', u.path, now()
    from units u cross join generate_series(1, ${PER_COUNTY}) t where u.level = 'county'`);
  await db.execute(sql`update units set path = path || id || '/' where level = 'township'`);
  const towns = rowsOf<{ id: string }>(
    await db.execute(sql`select id from units where level = 'township' order by code`),
  ).map((r) => r.id);
  const counties = rowsOf<{ id: string; path: string }>(
    await db.execute(sql`select id, path from units where level = 'county' order by code`),
  );

  // --- records: indexes off during the load, rebuilt once after -----------------------------
  const today = new Date().toISOString().slice(0, 10);
  const CHUNK = 250_000;
  const indexMs = await withoutLedgerIndexes(db, async () => {
    for (let from = 1; from <= N; from += CHUNK) {
      const to = Math.min(N, from + CHUNK - 1);
      await insertDisputes(db, towns, from, to, today);
      process.stdout.write(
        `\r  inserted ${to.toLocaleString()} rows, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    }
  });
  await db.execute(sql`analyze`);
  const size = rowsOf<{ s: string }>(
    await db.execute(sql`select pg_size_pretty(pg_database_size(current_database())) as s`),
  );
  console.log(
    `\n${N.toLocaleString()} records in ${towns.length} townships of ${counties.length} counties: loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s, of which ${(indexMs / 1000).toFixed(0)} s rebuilding the indexes; database ${size[0]?.s}; load ${load()}`,
  );

  // --- the queries ------------------------------------------------------------------------------
  const county = counties[0] as { id: string; path: string };
  const countyUnits = await subtreeUnitIds(db, county.path);
  const townIds = countyUnits.filter((id) => id !== county.id);
  const actor = {
    id: crypto.randomUUID(),
    role: 'county_reviewer' as const,
    unitId: county.id,
    unitPath: county.path,
  };
  const base = { kind: 'dispute', sort: 'eventDate' as const, order: 'desc' as const, limit: 20, offset: 0 };
  const year = Number(today.slice(0, 4));
  const plans = new Map<string, { query: string; params: unknown[] }[]>();

  async function timeIt(label: string, fn: (i: number) => Promise<unknown>, runs = RUNS) {
    const c0 = process.cpuUsage();
    const cold = performance.now();
    seen.length = 0;
    await fn(0);
    const coldMs = performance.now() - cold;
    plans.set(label, [...seen]);
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const t = performance.now();
      await fn(i);
      times.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(c0);
    console.log(
      `${label.padEnd(58)} first ${coldMs.toFixed(0).padStart(6)} ms   p50 ${percentile(times, 50).toFixed(1).padStart(7)}   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms   node CPU ${((cpu.user + cpu.system) / 1000 / (runs + 1)).toFixed(1)} ms/call   load ${load()}`,
    );
  }
  const town = (i: number) => townIds[i % townIds.length] as string;
  await timeIt('list: township, filter only', (i) =>
    listRecords(logged, {
      ...base,
      unitIds: [town(i)],
      fields: { type: { values: [TYPES[i % 9] as string], array: false } },
    }),
  );
  await timeIt('list: township, 2-character search', (i) =>
    listRecords(logged, { ...base, unitIds: [town(i)], q: WORDS[i % WORDS.length] }),
  );
  await timeIt('list: county (20 townships), common word + type', (i) =>
    listRecords(logged, {
      ...base,
      unitIds: countyUnits,
      q: '调解',
      fields: { type: { values: [TYPES[i % 9] as string], array: false } },
    }),
  );
  await timeIt('待办: county of 20 townships', () =>
    todoQuery({ db: logged, actor, now: new Date() }, { days: 3 }),
  );
  await timeIt('indicators: a township (a different one each call)', (i) =>
    indicatorValuesQuery({ db: logged, actor, now: new Date() }, { unitId: town(i), year }),
  );
  await timeIt('overview: one county (cold, then cached)', () =>
    indicatorOverviewQuery({ db: logged, actor, now: new Date() }, { unitId: county.id, year }),
  );
  await timeIt(
    'province: every measure of all 2,000 townships (fan-out)',
    () =>
      aggregateMeasures(logged, {
        unitIds: towns,
        periods: [{ from: `${year}-01-01`, to: `${year}-12-31`, asOf: today }],
        measures: MEASURES,
      }),
    2,
  );

  // --- plans ----------------------------------------------------------------------------------
  const client = await pool.connect();
  try {
    for (const label of [
      'list: township, filter only',
      'list: county (20 townships), common word + type',
      '待办: county of 20 townships',
    ]) {
      for (const s of plans.get(label) ?? []) {
        // the list's own EXPLAIN (its estimate) cannot be explained again
        if (!/ledger_|indicator_figures/.test(s.query) || /^\s*explain/i.test(s.query)) continue;
        const r = await client.query(`explain (analyze, buffers) ${s.query}`, s.params);
        console.log(`\n--- ${label}: ${s.query.slice(0, 160).replace(/\s+/g, ' ')}…`);
        for (const row of r.rows) console.log(row['QUERY PLAN']);
      }
    }
  } finally {
    client.release();
  }
} finally {
  await pool.end();
  await database.close();
  if (process.env.KEEP === '1') console.log('kept:', url);
  else await target.drop();
}
