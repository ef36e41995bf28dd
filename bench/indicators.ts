/**
 * Indicators at scale. Generates a county of 50 townships (5 villages each) with N ledger
 * records of mixed kinds over three years (SQL generate_series; each kind's fields filled in
 * the way its computation reads them), then times the real commands behind
 * `GET /api/indicators` (all 61 keys of one township-year, with last year) and
 * `GET /api/indicators/overview` (every key for all 50 townships): each right after a write
 * (figures recomputed), and with nothing changed (figures from the per-unit cache).
 *
 *   npx tsx bench/indicators.ts [rows=100000]                      # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx bench/indicators.ts 1000000
 *
 * The PostgreSQL database must exist and be UTF-8 (see README); the script truncates the
 * ledger and unit tables (REUSE=1 keeps rows a previous run generated, if the count matches).
 * Targets: one township-year ≤ 50 ms, the overview of 50 townships ≤ 300 ms (p95, PostgreSQL).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { indicatorOverviewQuery, indicatorValuesQuery } from '../server/commands/indicators';
import { openDatabase } from '../server/db/client';

const N = Number(process.argv[2] ?? 100_000);
/** Digit-free names, as real ones are (the report analyzer reads a unit name only so). */
const SYLLABLES = '青柳云东桃金白石龙凤花竹松梅兰清河湖山溪';
const townName = (i: number) =>
  `${SYLLABLES[i % SYLLABLES.length]}${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]}镇`;
const TOWNSHIPS = 50;
const VILLAGES = 5;
const RUNS = Number(process.env.RUNS ?? 100);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-indicators-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const { db } = database;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

const existing = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ledger_records`));
const reuse = process.env.REUSE === '1' && Number(existing[0]?.n ?? 0) === N;
if (!reuse) await db.execute(sql`truncate ledger_records, ledger_clocks, units, users`);

// --- the county ------------------------------------------------------------------------------
const t0 = performance.now();
let countyId: string;
const towns: string[] = [];
if (reuse) {
  countyId = String(
    rowsOf<{ id: string }>(await db.execute(sql`select id from units where level = 'county'`))[0]?.id,
  );
  towns.push(
    ...rowsOf<{ id: string }>(
      await db.execute(sql`select id from units where level = 'township' order by code`),
    ).map((x) => x.id),
  );
} else {
  countyId = crypto.randomUUID();
  const countyPath = `/${countyId}/`;
  await db.execute(
    sql`insert into units (id, parent_id, name, level, code, path, population, created_at) values (${countyId}, null, '基准县', 'county', '439998000000', ${countyPath}, 500000, now())`,
  );
  for (let i = 0; i < TOWNSHIPS; i++) {
    const id = crypto.randomUUID();
    towns.push(id);
    const townPath = `${countyPath}${id}/`;
    await db.execute(
      sql`insert into units (id, parent_id, name, level, code, path, population, created_at) values (${id}, ${countyId}, ${townName(i)}, 'township', ${`439998${100 + i}000`}, ${townPath}, ${10000 + i * 100}, now())`,
    );
    for (let v = 0; v < VILLAGES; v++) {
      const vid = crypto.randomUUID();
      await db.execute(
        sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${vid}, ${id}, ${`${townName(i)}${SYLLABLES[v]}村`}, 'village', ${`439998${100 + i}${200 + v}`}, ${`${townPath}${vid}/`}, now())`,
      );
    }
  }
}
const countyPath = `/${countyId}/`;

// --- the records: kinds in realistic proportions ----------------------------------------------
/** kind, share of rows (of 100) */
const MIX: [string, number][] = [
  ['dispute', 30],
  ['petition', 12],
  ['hotline_item', 12],
  ['enforcement_case', 10],
  ['inspection', 8],
  ['publicity_event', 6],
  ['study_session', 6],
  ['disclosure', 5],
  ['contract_review', 2],
  ['npc_suggestion', 2],
  ['litigation_case', 1],
  ['meeting', 1],
  ['exam', 1],
  ['officer', 1],
  ['legal_advisor', 1],
  ['service_month', 1],
  ['mediation_committee', 1],
];
const slots = MIX.flatMap(([k, n]) => Array.from({ length: n }, () => k));
const arr = (xs: string[]) => sql.raw(`array[${xs.map((w) => `'${w}'`).join(',')}]::text[]`);
const townArr = sql.raw(`array[${towns.map((x) => `'${x}'::uuid`).join(',')}]`);
const STATES: Record<string, string[]> = {
  dispute: ['closed', 'closed', 'succeeded', 'failed', 'mediating', 'declined'],
  petition: ['replied', 'replied', 'final', 'accepted', 'not_accepted'],
  hotline_item: ['closed', 'replied', 'handling'],
  npc_suggestion: ['closed', 'replied', 'handling'],
  enforcement_case: ['closed', 'executed', 'served', 'investigating', 'revoked'],
  disclosure: ['published', 'published', 'pending'],
  officer: ['active', 'active', 'suspended', 'left'],
  legal_advisor: ['serving', 'serving', 'ended'],
  litigation_case: ['closed', 'concluded', 'answered'],
  mediation_committee: ['active', 'active', 'dissolved'],
};
const stateCase = sql.raw(
  `case k ${Object.entries(STATES)
    .map(([k, s]) => `when '${k}' then (array[${s.map((x) => `'${x}'`).join(',')}])[1 + i % ${s.length}]`)
    .join(' ')} else 'held' end`,
);

const t1 = performance.now();
const CHUNK = 100_000;
for (let from = 1; from <= N && !reuse; from += CHUNK) {
  const to = Math.min(N, from + CHUNK - 1);
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select (${townArr})[1 + (i % ${TOWNSHIPS})], gen_random_uuid(), k, extract(year from d)::int, i, k || i, k || i,
      ${stateCase}, d,
      jsonb_strip_nulls(case k
        when 'dispute' then jsonb_build_object('type', 'neighbour', 'source', 'screening', 'riskLevel', 'low',
          'parties', '[{"name":"当事人甲"},{"name":"当事人乙"}]'::jsonb, 'summary', '因宅基地界址发生争执，双方申请调解',
          'agreementOn', case when i % 3 = 0 then to_char(d + 10, 'YYYY-MM-DD') end)
        when 'petition' then jsonb_build_object('channel', (array['visit','letter','online','phone'])[1 + i % 4],
          'people', 1 + i % 6, 'subject', '土地承包', 'content', '要求解决土地承包经营权纠纷')
        when 'enforcement_case' then jsonb_build_object('caseName', '未经批准占用耕地', 'procedure', 'ordinary',
          'decisionType', (array['fine','fine','warning','license','confiscation'])[1 + i % 5],
          'decidedOn', to_char(d + 30, 'YYYY-MM-DD'), 'fineAmount', (i % 50) * 100, 'confiscatedAmount', (i % 7) * 100)
        when 'litigation_case' then jsonb_build_object('type', (array['litigation','reconsideration'])[1 + i % 2],
          'outcome', (array['upheld','revoked','dismissed'])[1 + i % 3])
        when 'publicity_event' then jsonb_build_object('title', '宪法宣传', 'forms', jsonb_build_array((array['desk','lecture','case','online'])[1 + i % 4]),
          'materials', i % 300, 'banners', i % 5, 'audience', i % 500, 'consultations', i % 30, 'onlinePosts', i % 3)
        when 'study_session' then jsonb_build_object('type', (array['central_group','pre_meeting','lecture','training','court','legal_aide'])[1 + i % 6],
          'topic', '学习民法典', 'attendance', 10 + i % 40)
        when 'exam' then jsonb_build_object('expected', 20, 'took', 18 + i % 3, 'passed', 17 + i % 3)
        when 'service_month' then jsonb_build_object('windows', 4 + i % 3, 'matters', i % 200, 'surveyed', 50, 'satisfied', 40 + i % 11)
        when 'officer' then jsonb_build_object('name', '执法员', 'expiresOn', to_char(d + 1500, 'YYYY-MM-DD'))
        when 'legal_advisor' then jsonb_build_object('type', 'advisor', 'contractTo', to_char(d + 700, 'YYYY-MM-DD'),
          'villages', jsonb_build_array((select id::text from units where parent_id = (${townArr})[1 + (i % ${TOWNSHIPS})] order by code offset i % ${VILLAGES} limit 1)))
        when 'disclosure' then jsonb_build_object('title', '财政收支公开', 'publishedOn', to_char(d + 5, 'YYYY-MM-DD'))
        when 'inspection' then jsonb_build_object('type', 'routine', 'object', '某商户', 'result', 'ok')
        else jsonb_build_object('title', '记录', 'content', '内容')
      end),
      case when k = 'enforcement_case' and i % 4 = 0 then '[{"action":"review_pass","on":"2025-01-01","payload":{}}]'::jsonb else '[]'::jsonb end,
      '', now(), now(), 1
    from (
      select i, (${arr(slots)})[1 + abs(hashint4(i)) % ${slots.length}] as k,
        date '2024-01-01' + ((i::bigint * 1050) / ${N})::int as d -- entered as the years go by
      from generate_series(${from}::int, ${to}::int) as i
    ) g`);
  process.stdout.write(`\r  inserted ${to.toLocaleString()} rows`);
}
await db.execute(sql`analyze ledger_records`);
await db.execute(sql`analyze units`);
console.log(
  `\n${engine}: ${N.toLocaleString()} ledger rows (${MIX.length} kinds, 2024–2026) in ${TOWNSHIPS} townships ready in ${(
    (performance.now() - t0) / 1000
  ).toFixed(1)} s (records ${((performance.now() - t1) / 1000).toFixed(1)} s)`,
);

// --- timing ----------------------------------------------------------------------------------
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** Times `fn`; `before` (untimed) prepares each run, e.g. writes so the cache must recompute. */
async function timeIt(
  label: string,
  fn: (i: number) => Promise<unknown>,
  runs = RUNS,
  before?: (i: number) => Promise<unknown>,
) {
  for (let i = 0; i < 5; i++) {
    await before?.(i);
    await fn(i); // warm-up
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.(i);
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  console.log(
    `${label.padEnd(66)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms`,
  );
}

const actor = {
  id: crypto.randomUUID(),
  role: 'county_reviewer' as const,
  unitId: countyId,
  unitPath: countyPath,
};
const ctx = { db, actor, now: new Date('2026-11-30T04:00:00Z') };

// Figures are cached per unit until a write to its records of the period's year or before bumps
// its ledger version (migration 0007): time a read right after a real write to a record of 2025
// in the township (a recomputation), and one with nothing changed.
const writeTo = (unitId: string | undefined) =>
  db.execute(
    sql`update ledger_records set updated_at = now() where (unit_id, id) = (select unit_id, id from ledger_records where unit_id = ${unitId} and event_date between '2025-01-01' and '2025-12-31' limit 1)`,
  );
// Every unit changed: what the first view after a start computes.
const everyUnitChanged = () => db.execute(sql`update ledger_versions set version = version + 1`);
// A write to this year's records leaves 2025's figures cached.
const writeThisYear = (unitId: string | undefined) =>
  db.execute(
    sql`update ledger_records set updated_at = now() where (unit_id, id) = (select unit_id, id from ledger_records where unit_id = ${unitId} and event_date >= '2026-01-01' limit 1)`,
  );
const sample = await indicatorValuesQuery(ctx, { unitId: towns[0], year: 2025 });
const show = [
  'dispute.handled',
  'dispute.success_rate',
  'petition.closure_rate',
  'enforcement.fines',
  'decision.advisor_coverage_rate',
];
console.log(
  `township 1, 2025: ${show.map((k) => `${k}=${sample.values[k]?.value} (${sample.values[k]?.previous})`).join(', ')}`,
);
const townshipYear = (i: number) => indicatorValuesQuery(ctx, { unitId: towns[i % TOWNSHIPS], year: 2025 });
await timeIt('GET /api/indicators, township written to just before', townshipYear, RUNS, (i) =>
  writeTo(towns[i % TOWNSHIPS]),
);
await timeIt('GET /api/indicators, unchanged since the last read', townshipYear);
const overview = await indicatorOverviewQuery(ctx, { unitId: countyId, year: 2025 });
console.log(
  `overview: ${overview.townships.length} townships, e.g. ${overview.townships[0]?.unit.name} dispute.handled=${overview.townships[0]?.values['dispute.handled']}`,
);
const countyYear = () => indicatorOverviewQuery(ctx, { unitId: countyId, year: 2025 });
const overviewRuns = Math.min(RUNS, 50);
await timeIt('GET /api/indicators/overview, every unit changed', countyYear, overviewRuns, everyUnitChanged);
await timeIt('GET /api/indicators/overview, one township written to', countyYear, overviewRuns, (i) =>
  writeTo(towns[i % TOWNSHIPS]),
);
await timeIt('GET /api/indicators/overview, unchanged since the last view', countyYear, overviewRuns);
await timeIt(
  'GET /api/indicators/overview, every township wrote 2026 records',
  countyYear,
  overviewRuns,
  () => Promise.all(towns.map(writeThisYear)),
);

await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
