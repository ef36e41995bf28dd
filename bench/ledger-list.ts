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

const N = Number(process.argv[2] ?? 100_000);
const TOWNSHIPS = 50;
const RUNS = 200;

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
/** Words of dispute summaries, common and rare; names are rarer still. */
const WORDS =
  `邻里 宅基地 排水沟 山林 土地 承包 工资 欠薪 赡养 抚养 离婚 彩礼 婚姻 家庭 继承 房屋 漏水 噪音 养殖 污染 道路 通行 界址 林权 合同 借款 债务 货款 租金 交通 事故 赔偿 医疗 工伤 劳务 拆迁 补偿 征地 安置 低保 救助 物业 停车 装修 围墙 坟地 水源 灌溉 果园 鱼塘 耕地 流转 分红 集体 村组 调解 协商 协议 履行 回访`.split(
    ' ',
  );
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌'.split('');
const arr = (xs: string[]) => sql.raw(`array[${xs.map((w) => `'${w}'`).join(',')}]::text[]`);
const TYPES = [
  'family',
  'neighbour',
  'land',
  'homestead',
  'labour',
  'contract',
  'damage',
  'expropriation',
  'other',
];
const STATES = ['accepted', 'mediating', 'succeeded', 'failed', 'closed', 'closed', 'closed', 'closed'];

t = performance.now();
const CHUNK = 100_000;
for (let from = 1; from <= N && !reuse; from += CHUNK) {
  const to = Math.min(N, from + CHUNK - 1);
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select
      (${sql.raw(`array[${towns.map((x) => `'${x}'::uuid`).join(',')}]`)})[1 + (i % ${TOWNSHIPS})],
      gen_random_uuid(), 'dispute', 2025 + (i % 2), i, '纠〔' || (2025 + (i % 2)) || '〕' || i || '号',
      name1 || '与' || name2 || '纠纷',
      (${arr(STATES)})[1 + (i % ${STATES.length})],
      date '2025-01-01' + (i % 690),
      jsonb_build_object('type', (${arr(TYPES)})[1 + ((i * 7) % ${TYPES.length})], 'riskLevel', 'low', 'source', 'screening',
        'parties', jsonb_build_array(jsonb_build_object('name', name1), jsonb_build_object('name', name2)), 'summary', summary),
      '[]'::jsonb,
      name1 || ' ' || name2 || ' ' || summary,
      now(), now(), 1
    from (
      select i,
        (${arr(SURNAMES)})[1 + abs(hashint4(i)) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 7)) % ${GIVEN.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 13)) % ${GIVEN.length}] as name1,
        (${arr(SURNAMES)})[1 + abs(hashint4(i + 1)) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 17)) % ${GIVEN.length}] as name2,
        '因' || (${arr(WORDS)})[1 + abs(hashint4(i * 3)) % ${WORDS.length}] || '和' || (${arr(WORDS)})[1 + abs(hashint4(i * 5)) % ${WORDS.length}]
          || '问题发生争执，双方就' || (${arr(WORDS)})[1 + abs(hashint4(i * 11)) % ${WORDS.length}] || '事项申请调解' as summary
      from generate_series(${from}::int, ${to}::int) as i
    ) g`);
  // open records get a clock due around now, so 待办 has realistic work
  await db.execute(sql`
    insert into ledger_clocks (unit_id, record_id, clock, kind, due, done, provisional, reminder)
    select unit_id, id, 'mediation', 'dispute', current_date - 40 + (seq % 80), false, false, false
    from ledger_records where seq between ${from} and ${to} and state in ('accepted', 'mediating')`);
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
