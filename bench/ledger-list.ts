/**
 * Ledger list and 待办 at scale. Generates a county of 50 townships with N dispute records
 * (SQL generate_series: words drawn from a vocabulary, so 2-character searches hit the bigram
 * index the way real summaries do) and open clocks, then times the real repository and command
 * code: the list with a field filter and a text search, and 待办 for the county.
 *
 *   npx tsx bench/ledger-list.ts [rows=100000]                      # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx bench/ledger-list.ts 1000000
 *
 * The PostgreSQL database must exist and be UTF-8 with a UTF-8 ctype (see README); the script
 * drops and recreates its data (REUSE=1 keeps rows a previous run generated, if the count
 * matches). Prints p50/p95 of each query over repeated runs.
 *
 * Over HTTP, what a user meets (issue 17): `--http` makes a database of its own on the server
 * DATABASE_URL names (or a PGlite directory without it), starts `fazhi serve` on it (the demo
 * county is seeded as on any first start), adds townships through the admin API up to 50, generates
 * N dispute records spread over them with the same SQL (and open clocks), restarts the server and
 * times, with real sessions (county_reviewer, qingshi_clerk): the township list (filter only,
 * 2-character search), the county list (common word + type filter), 待办, the county overview and a
 * township's figures right after its own write. Each is printed cold (first request after the
 * restart) and warm (p50/p95 of RUNS), with the server's CPU ms per request and the load average.
 * The database is dropped at the end (KEEP=1 keeps it and prints its URL).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/ledger-list.ts 1000000 --http
 *
 * Any kind's list (issue 16: each new kind keeps the framework's list figures at 1M rows): `--kind`
 * generates N records of each named kind from its declaration and times, over HTTP with real
 * sessions, the township list (filter only, 2-character search) and the county-wide list (search +
 * filter), cold and warm p50/p95 with the load average (RUNS, default 100; header of
 * kindListsBench in bench/ledger-list-http.ts):
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/ledger-list.ts 1000000 --kind new
 *   npx tsx bench/ledger-list.ts 20000 --kind village_rule,legal_aide          # PGlite, smaller
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { ledgerKind } from '../core/ledgers';
import { todoQuery } from '../server/commands/ledgers/todoQuery';
import { openDatabase } from '../server/db/client';
import { listRecords, subtreeUnitIds } from '../server/repositories/ledgersRepo';
import { GIVEN, insertDisputes, SURNAMES, TYPES, WORDS } from './disputeRows';

const N = Number(process.argv[2] ?? 100_000);
const TOWNSHIPS = 50;
const RUNS = 200;

// issue 16: the list of any kind (`--kind village_rule,legal_aide`; `--kind new` for the six it added)
const kindArg = process.argv.indexOf('--kind');
if (kindArg > 0) {
  const { kindListsBench } = await import('./ledger-list-http');
  const kinds = String(process.argv[kindArg + 1]);
  await kindListsBench(
    N,
    (kinds === 'new'
      ? 'village_rule,model_village,legal_aide,risk_assessment,assigned_task,admin_mediation'
      : kinds
    ).split(','),
  );
  process.exit(0);
}

if (process.argv.includes('--http')) {
  const { httpBench } = await import('./ledger-list-http');
  await httpBench(N, TOWNSHIPS);
  process.exit(0);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-list-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const { db } = database;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

// --- the county ------------------------------------------------------------------------------
let t = performance.now();
const existing = await db.execute<{ n: number }>(sql`select count(*)::int as n from ledger_records`);
const existingRows = Number((existing as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
const reuse = process.env.REUSE === '1' && existingRows === N;
if (!reuse) await db.execute(sql`truncate ledger_records, ledger_clocks, units, users`);
const countyId = reuse ? await onlyCounty() : crypto.randomUUID();
const countyPath = `/${countyId}/`;

async function onlyCounty(): Promise<string> {
  const r = await db.execute<{ id: string }>(sql`select id from units where level = 'county' limit 1`);
  return String((r as unknown as { rows: { id: string }[] }).rows[0]?.id);
}
if (!reuse) {
  await db.execute(
    sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${countyId}, null, '基准县', 'county', '439998000000', ${countyPath}, now())`,
  );
}
const towns: string[] = [];
if (reuse) {
  const r = await db.execute<{ id: string }>(
    sql`select id from units where level = 'township' order by code`,
  );
  towns.push(...(r as unknown as { rows: { id: string }[] }).rows.map((x) => x.id));
}
for (let i = 0; i < TOWNSHIPS && !reuse; i++) {
  const id = crypto.randomUUID();
  towns.push(id);
  await db.execute(
    sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${id}, ${countyId}, ${`基准${i + 1}镇`}, 'township', ${`439998${String(100 + i)}000`}, ${`${countyPath}${id}/`}, now())`,
  );
}

// --- the records -----------------------------------------------------------------------------
t = performance.now();
const CHUNK = 100_000;
const today = new Date().toISOString().slice(0, 10);
for (let from = 1; from <= N && !reuse; from += CHUNK) {
  const to = Math.min(N, from + CHUNK - 1);
  await insertDisputes(db, towns, from, to, today);
  process.stdout.write(`\r  inserted ${to.toLocaleString()} rows`);
}
if (reuse) console.log(`reusing ${N.toLocaleString()} rows from the previous run`);
await db.execute(sql`analyze ledger_records`);
await db.execute(sql`analyze ledger_clocks`);
console.log(
  `\n${engine}: ${N.toLocaleString()} dispute rows in ${TOWNSHIPS} townships generated and indexed in ${ms(t)}`,
);

// --- timing ----------------------------------------------------------------------------------
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

async function timeIt(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  console.log(
    `${label.padEnd(58)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
  );
}

const kind = ledgerKind('dispute');
if (!kind) throw new Error('dispute kind missing');
const countyUnits = await subtreeUnitIds(db, countyPath);
const oneTown = [towns[0] as string];
const base = { kind: 'dispute', sort: 'eventDate' as const, order: 'desc' as const, limit: 20, offset: 0 };
const total = async (unitIds: string[], extra: object) =>
  (await listRecords(db, { ...base, unitIds, ...extra })).total;

console.log(
  `matches: county "欠薪"+type=labour ${await total(countyUnits, { q: '欠薪', fields: { type: { values: ['labour'], array: false } } })}, township "赡养" ${await total(oneTown, { q: '赡养' })}, county name "赵伟" ${await total(countyUnits, { q: '赵伟' })}`,
);
await timeIt('list: township, type filter + 2-char word search', (i) =>
  listRecords(db, {
    ...base,
    unitIds: [towns[i % TOWNSHIPS] as string],
    q: WORDS[i % WORDS.length],
    fields: { type: { values: [TYPES[i % 9] as string], array: false } },
  }),
);
await timeIt('list: county (50 townships), type filter + 2-char word', (i) =>
  listRecords(db, {
    ...base,
    unitIds: countyUnits,
    q: WORDS[i % WORDS.length],
    fields: { type: { values: [TYPES[i % 9] as string], array: false } },
  }),
);
await timeIt('list: county, search a person (2-3 characters)', (i) =>
  listRecords(db, {
    ...base,
    unitIds: countyUnits,
    q: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
  }),
);
await timeIt('list: township, filter only (no search), page 1', (i) =>
  listRecords(db, {
    ...base,
    unitIds: [towns[i % TOWNSHIPS] as string],
    fields: { type: { values: [TYPES[i % 9] as string], array: false } },
  }),
);

const actor = {
  id: crypto.randomUUID(),
  role: 'county_reviewer' as const,
  unitId: countyId,
  unitPath: countyPath,
};
const todo = await todoQuery({ db, actor, now: new Date() }, { days: 3 });
console.log(`待办 for the county: ${todo.items.length} items (${JSON.stringify(todo.counts)})`);
await timeIt('待办: county of 50 townships (GET /api/todo command)', () =>
  todoQuery({ db, actor, now: new Date() }, { days: 3 }),
);

await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
