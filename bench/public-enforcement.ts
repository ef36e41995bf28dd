/**
 * The public enforcement page (行政执法公示) at scale: a township with 10,000 published decisions
 * (plus 4 neighbours with 5,000 each, and officers and matters), generated with SQL, served by
 * the real server started in-process, and timed over HTTP: time to first byte of
 * GET /api/public/units/<code>/enforcement (first page), of a search, and of a deep page.
 * Target (issue): first byte ≤ 100 ms at p95, search ≤ 50 ms.
 *
 *   npx tsx bench/public-enforcement.ts [decisions=10000]                        # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx bench/public-enforcement.ts
 *
 * The PostgreSQL database must exist and be UTF-8 with a UTF-8 ctype (see README); the script
 * empties its tables first.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { buildServer } from '../server/http/app';
import { PublicEnforcement } from '../server/kinds/enforcement/publicEnforcement';

const N = Number(process.argv[2] ?? 10_000);
const NEIGHBOURS = 4;
const RUNS = 300;

// KEEP=<dir>: keep the PGlite directory and reuse its rows on the next run (PostgreSQL: KEEP=1)
const keep = process.env.KEEP;
const dataDir =
  keep && !process.env.DATABASE_URL ? keep : fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-public-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const { db } = database;
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';

// --- data ------------------------------------------------------------------------------------
const t = performance.now();
const rowsOf = async <T>(q: ReturnType<typeof sql>) => (await db.execute(q)) as unknown as { rows: T[] };
const existing = await rowsOf<{ n: number }>(
  sql`select count(*)::int as n from ledger_records where kind = 'enforcement_case'`,
);
const reuse = Boolean(keep) && Number(existing.rows[0]?.n) === N * (1 + NEIGHBOURS / 2);

async function generate() {
  await db.execute(sql`truncate ledger_records, ledger_clocks, units, users cascade`);
  const countyId = crypto.randomUUID();
  const countyPath = `/${countyId}/`;
  await db.execute(
    sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${countyId}, null, '基准县', 'county', '439998000000', ${countyPath}, now())`,
  );
  for (let i = 0; i <= NEIGHBOURS; i++) {
    const id = crypto.randomUUID();
    const code = `439998${100 + i}000`;
    towns.push({ id, code });
    await db.execute(
      sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${id}, ${countyId}, ${`基准${i + 1}镇`}, 'township', ${code}, ${`${countyPath}${id}/`}, now())`,
    );
  }
  await registers(towns[0]?.id as string);
  await cases(towns[0]?.id as string, N, 1);
  for (const town of towns.slice(1)) {
    await registers(town.id);
    await cases(town.id, N / 2, 1);
  }
  await db.execute(sql`analyze ledger_records`);
}

const WORDS =
  `占道经营 违法建设 无证经营 焚烧秸秆 乱倒垃圾 非法采砂 破坏耕地 占用林地 噪声扰民 超限运输 违规养殖 私设广告 擅自施工 污水直排 露天烧烤 违规燃放 损坏绿化 非法捕捞 违规用火 占用河道`.split(
    ' ',
  );
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌'.split('');
const arr = (xs: string[]) => sql.raw(`array[${xs.map((w) => `'${w}'`).join(',')}]::text[]`);
const FACTS =
  '经执法人员现场检查并调取相关证据材料查明，当事人在未取得相关许可的情况下实施了上述行为，持续时间较长，影响周边群众正常生活，经责令改正后仍未按期整改，违反了有关法律法规的规定，依法应予处罚。';

async function cases(unitId: string, n: number, from: number) {
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${unitId}::uuid, gen_random_uuid(), 'enforcement_case', 2025 + (i % 2), i, '执〔' || (2025 + (i % 2)) || '〕' || i || '号',
      what || '案', 'closed', date '2025-01-01' + (i % 500),
      jsonb_build_object(
        'filedOn', (date '2025-01-01' + (i % 500))::text, 'caseName', party || what || '案', 'procedure', 'ordinary',
        'source', 'patrol', 'partyType', case when i % 3 = 0 then 'organisation' else 'person' end,
        'partyName', party, 'partyIdNumber', '439999199001011234', 'partyPhone', '13800001234',
        'partyAddress', '基准县基准镇某村' || (i % 12) || '组', 'facts', ${FACTS}::text, 'major', false,
        'officers', jsonb_build_array(gen_random_uuid()::text, gen_random_uuid()::text),
        'noticeOn', (date '2025-01-01' + (i % 500) + 10)::text, 'intendedDecision', '拟处以罚款',
        'decidedOn', (date '2025-01-01' + (i % 500) + 20)::text,
        'decisionNumber', '基综执罚决〔' || (2025 + (i % 2)) || '〕' || i || '号',
        'decisionType', 'fine', 'fineAmount', 200 + (i % 50) * 100, 'decisionSummary', '责令改正并处罚款',
        'servedOn', (date '2025-01-01' + (i % 500) + 22)::text, 'serviceMethod', 'direct',
        'publishedOn', (date '2025-01-01' + (i % 500) + 24)::text,
        'publicSummary', '当事人' || what || '，依据有关规定责令改正，并处罚款' || (200 + (i % 50) * 100) || '元',
        'closedOn', (date '2025-01-01' + (i % 500) + 40)::text),
      '[{"action":"investigate","on":"2025-01-02","payload":{}},{"action":"notify","on":"2025-01-11","payload":{}},{"action":"decide","on":"2025-01-21","payload":{}},{"action":"serve","on":"2025-01-23","payload":{}},{"action":"publish","on":"2025-01-25","payload":{}},{"action":"close","on":"2025-02-10","payload":{}}]'::jsonb,
      party || ' ' || what || ' ' || ${FACTS}::text,
      now(), now(), 1
    from (
      select i,
        (${arr(SURNAMES)})[1 + abs(hashint4(i)) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 7)) % ${GIVEN.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 13)) % ${GIVEN.length}] as party,
        (${arr(WORDS)})[1 + abs(hashint4(i * 3)) % ${WORDS.length}] as what
      from generate_series(${from}::int, ${from + n - 1}::int) as i
    ) g`);
}

async function registers(unitId: string) {
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${unitId}::uuid, gen_random_uuid(), 'officer', 2024, i, '执人〔2024〕' || i || '号', '执法人员' || i, 'active', date '2024-01-01',
      jsonb_build_object('name', '执法人员' || i, 'certNumber', 'JB' || lpad(i::text, 8, '0'), 'department', '综合行政执法办公室',
        'fields', jsonb_build_array('comprehensive'), 'issuedOn', '2024-01-01', 'expiresOn', case when i = 1 then '2024-12-31' else '2099-12-31' end,
        'phone', '13800001234'),
      '[]'::jsonb, '执法人员' || i, now(), now(), 1
    from generate_series(1, 10) as i`);
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${unitId}::uuid, gen_random_uuid(), 'enforcement_matter', 2024, i, '事项〔2024〕' || i || '号', '事项' || i, 'active', date '2024-01-01',
      jsonb_build_object('name', '对' || (${arr(WORDS)})[i] || '的行政处罚', 'type', 'penalty',
        'legalBasis', '《中华人民共和国行政处罚法》第' || i || '条', 'department', '综合行政执法办公室', 'listedOn', '2024-01-01'),
      '[]'::jsonb, '事项' || i, now(), now(), 1
    from generate_series(1, 12) as i`);
}

const towns: { id: string; code: string }[] = [];
if (reuse) {
  const r = await rowsOf<{ id: string; code: string }>(
    sql`select id, code from units where level = 'township' order by code`,
  );
  towns.push(...r.rows);
} else {
  await generate();
}
const target = towns[0] as { id: string; code: string };

console.log(
  `${engine}: ${N.toLocaleString()} published decisions in the township (+${NEIGHBOURS}×${(N / 2).toLocaleString()} next door) ${reuse ? 'reused' : `generated in ${(performance.now() - t).toFixed(0)} ms`}`,
);

// --- the real server, in-process ----------------------------------------------------------------
const config = { ...loadConfig({ FAZHI_LOG_LEVEL: 'silent' }), staticDir: '/nonexistent' };
const app = await buildServer({ config, database, now: () => new Date(), logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as AddressInfo).port;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Milliseconds until the response's first byte (headers), and the whole body. */
function ttfb(url: string): Promise<{ ms: number; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    http
      .get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
        const ms = performance.now() - t0;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ ms, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      })
      .on('error', reject);
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

const baseUrl = `/api/public/units/${target.code}/enforcement`;
async function timeIt(label: string, url: (i: number) => string, budget: number) {
  for (let i = 0; i < 10; i++) await ttfb(url(i)); // warm-up
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = await ttfb(url(i));
    if (r.status !== 200) throw new Error(`${url(i)} → ${r.status} ${r.body.slice(0, 200)}`);
    times.push(r.ms);
    bytes = r.body.length;
  }
  const p95 = percentile(times, 95);
  console.log(
    `${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   (target ≤ ${budget} ms${p95 <= budget ? '' : ', MISSED'}; ${RUNS} requests, ${bytes.toLocaleString()} chars)`,
  );
}

const first = JSON.parse((await ttfb(baseUrl)).body) as { total: number; decisions: unknown[] };
const searched = JSON.parse((await ttfb(`${baseUrl}?q=${encodeURIComponent(WORDS[0] as string)}`)).body) as {
  total: number;
};
console.log(
  `first page: ${first.decisions.length} of ${first.total.toLocaleString()} decisions; search "${WORDS[0]}": ${searched.total} matches`,
);
await timeIt('TTFB: first page (20 decisions)', () => baseUrl, 100);
await timeIt(
  'TTFB: search a 4-character word',
  (i) => `${baseUrl}?q=${encodeURIComponent(WORDS[i % WORDS.length] as string)}`,
  50,
);
await timeIt(
  'TTFB: search a decision number',
  (i) => `${baseUrl}?q=${encodeURIComponent(`〔2026〕${1 + ((i * 37) % N)}号`)}`,
  50,
);
await timeIt('TTFB: page 200 (deep paging)', () => `${baseUrl}?page=200`, 100);

// a miss: the first visitor after start (or after 5 idle minutes) waits for the township's page to load
const cold: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  await new PublicEnforcement(db).page(target.code, { page: 1, pageSize: 20 }, new Date());
  cold.push(performance.now() - t0);
}
console.log(
  `${'cold load of a township page (cache miss)'.padEnd(44)} p50 ${percentile(cold, 50).toFixed(1).padStart(6)} ms   max ${Math.max(
    ...cold,
  )
    .toFixed(1)
    .padStart(6)} ms   (20 loads; later visits are served from it for 30 s, then reloaded in the background)`,
);

agent.destroy();
await app.close();
await database.close();
if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
