/**
 * `bench/ledger-list.ts --http`: the list, 待办 and indicator figures of issue 17 as a user meets
 * them — `fazhi serve` (the bundle `npm start` runs) on a database of its own, real sessions, one
 * request at a time. See the header of bench/ledger-list.ts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { ledgerKind } from '../core/ledgers';
import type { FieldDef, LedgerKind } from '../core/ledgers/types';
import { openDatabase } from '../server/db/client';
import { getUnit } from '../server/repositories/unitsRepo';
import { buildUser, TEST_PASSWORD } from '../server/test/factories';
import { GIVEN, insertDisputes, SURNAMES, TYPES, WORDS, withoutLedgerIndexes } from './disputeRows';
import {
  ADMIN_PASSWORD,
  DEMO_PASSWORD,
  disputeBody,
  freePort,
  freshTarget,
  percentile,
  type ServerProcess,
  Session,
  startServer,
  stopServer,
} from './httpBench';

const RUNS = Number(process.env.RUNS ?? 40);
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** user + system CPU of a process, ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[11]) + Number(f[12])) * 10;
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export async function httpBench(n: number, townships: number): Promise<void> {
  // REUSE_URL: a database a previous run kept (KEEP=1), already loaded: straight to the timings
  const reuseUrl = process.env.REUSE_URL;
  const target = reuseUrl
    ? { kind: 'postgresql', env: { DATABASE_URL: reuseUrl } as NodeJS.ProcessEnv, drop: async () => {} }
    : await freshTarget('lists');
  const port = await freePort();
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  let server: ServerProcess = await startServer(target.env, port);
  console.log(`${target.kind}: first start (demo seeded) in ${server.startMs.toFixed(0)} ms`);
  try {
    // --- townships up to `townships`, through the admin API (audited like any other) ---------
    const admin = await new Session(server.base).login('admin', ADMIN_PASSWORD);
    const units = await admin.request<{ id: string; level: string; name: string }[]>('GET', '/api/units');
    const county = units.body.find((u) => u.level === 'county');
    if (!county) throw new Error('no county in the demo');
    const have = units.body.filter((u) => u.level === 'township').length;
    for (let i = have; i < townships && !reuseUrl; i++) {
      const r = await admin.request('POST', '/api/units', {
        parentId: county.id,
        name: `基准${i + 1}镇`,
        level: 'township',
        code: `4399993${String(i).padStart(2, '0')}000`,
      });
      if (r.status !== 201) throw new Error(`township ${i}: ${r.status} ${JSON.stringify(r.body)}`);
    }
    await stopServer(server.child);

    // --- the records, generated in the database (PGlite: one process at a time) --------------
    const dataDir = target.env.FAZHI_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-lists-'));
    const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL || undefined, dataDir });
    const { db } = database;
    const towns = rowsOf<{ id: string; name: string }>(
      await db.execute(sql`select id, name from units where level = 'township' order by code`),
    );
    const t0 = performance.now();
    const CHUNK = 250_000;
    let indexMs = 0;
    if (!reuseUrl) {
      indexMs = await withoutLedgerIndexes(db, async () => {
        for (let from = 1; from <= n; from += CHUNK) {
          const to = Math.min(n, from + CHUNK - 1);
          await insertDisputes(
            db,
            towns.map((t) => t.id),
            from,
            to,
            today,
          );
          process.stdout.write(`\r  inserted ${to.toLocaleString()} rows`);
        }
      });
    }
    if (!reuseUrl) await db.execute(sql`analyze`);
    const [count] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from ledger_records`),
    );
    console.log(
      `\n${count?.n.toLocaleString()} ledger rows in ${towns.length} townships (${reuseUrl ? 'reused' : `${n.toLocaleString()} generated in ${(performance.now() - t0).toFixed(0)} ms, of which ${indexMs.toFixed(0)} ms rebuilding indexes`}); load ${load()}`,
    );
    await database.close();
    if (!target.env.FAZHI_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });

    // --- restart: everything below is what a user meets ---------------------------------------
    server = await startServer(target.env, port);
    console.log(`restart in ${server.startMs.toFixed(0)} ms`);
    const pid = server.child.pid as number;
    const reviewer = await new Session(server.base).login('county_reviewer', DEMO_PASSWORD);
    const clerk = await new Session(server.base).login('qingshi_clerk', DEMO_PASSWORD);
    const qingshi = towns.find((t) => t.name.startsWith('青石'))?.id ?? '';
    const all = new Map<string, { cold: number; times: number[]; cpu: number[] }>();

    /** One request, its wall ms and the server's CPU ms; a non-200 answer stops the benchmark. */
    async function once(s: Session, url: string) {
      const c0 = cpuMs(pid);
      const r = await s.request('GET', url);
      if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
      return { ms: r.ms, cpu: cpuMs(pid) - c0, body: r.body };
    }
    async function measure(
      label: string,
      s: Session,
      url: (i: number) => string,
      before?: (i: number) => Promise<void>,
    ) {
      await before?.(-1);
      const cold = await once(s, url(0));
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 1; i <= RUNS; i++) {
        await before?.(i);
        const r = await once(s, url(i));
        times.push(r.ms);
        cpu.push(r.cpu);
      }
      all.set(label, { cold: cold.ms, times, cpu });
      const cpuPer = cpu.reduce((a, b) => a + b, 0) / RUNS;
      console.log(
        `${label.padEnd(62)} cold ${cold.ms.toFixed(0).padStart(5)} ms   p50 ${percentile(times, 50).toFixed(1).padStart(6)}   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   server CPU ${cpuPer.toFixed(1).padStart(5)} ms/req   load ${load()}`,
      );
      return cold.body;
    }

    const list = (q: Record<string, string>) =>
      `/api/ledgers/dispute?${new URLSearchParams({ pageSize: '20', ...q })}`;
    console.log(
      `\nover HTTP, ${RUNS} runs each after one cold request (server CPU: user+system of the server process)`,
    );
    await measure(
      'GET /api/indicators/overview (county, 50 townships)',
      reviewer,
      () => `/api/indicators/overview?unit=${county.id}&year=${year}`,
    );
    await measure('GET /api/todo (county_reviewer, 50 townships)', reviewer, () => '/api/todo');
    await measure('GET /api/todo (qingshi_clerk, one township)', clerk, () => '/api/todo');
    await measure('list: township, filter only (f.type)', clerk, (i) =>
      list({ 'f.type': TYPES[i % 9] as string }),
    );
    await measure('list: township, 2-character search', clerk, (i) =>
      list({ q: WORDS[i % WORDS.length] as string }),
    );
    await measure('list: county, common word + type filter', reviewer, (i) =>
      list({ q: '调解', 'f.type': TYPES[i % 9] as string }),
    );
    await measure('list: county, filter only (f.type)', reviewer, (i) =>
      list({ 'f.type': TYPES[i % 9] as string }),
    );
    let k = 0;
    await measure(
      'GET /api/indicators (qingshi) right after its own write',
      clerk,
      () => `/api/indicators?unit=${qingshi}&year=${year}`,
      async () => {
        const r = await clerk.request('POST', '/api/ledgers/dispute', disputeBody(++k, today));
        if (r.status !== 201) throw new Error(`write: ${r.status} ${JSON.stringify(r.body)}`);
      },
    );
    await measure(
      'GET /api/indicators/overview (county), warm',
      reviewer,
      () => `/api/indicators/overview?unit=${county.id}&year=${year}`,
    );
    // cold again: a new process, with the figures the last one computed stored in the database
    await stopServer(server.child);
    server = await startServer(target.env, port);
    const again = await new Session(server.base).login('county_reviewer', DEMO_PASSWORD);
    const c0 = cpuMs(server.child.pid as number);
    const r = await again.request('GET', `/api/indicators/overview?unit=${county.id}&year=${year}`);
    console.log(
      `${'GET /api/indicators/overview, first request after a restart'.padEnd(62)} ${r.status} ${r.ms.toFixed(0).padStart(5)} ms   server CPU ${cpuMs(server.child.pid as number) - c0} ms   load ${load()}`,
    );
  } finally {
    await stopServer(server.child);
    if (process.env.KEEP === '1' || reuseUrl) console.log('kept:', target.env);
    else await target.drop();
  }
}

// --- issue 16: any kind's list (`bench/ledger-list.ts N --kind a,b`) ---------------------------

const KIND_RUNS = Number(process.env.RUNS ?? 100);
const KIND_TOWNSHIPS = 50;
const VILLAGES = 4;

/** Words of the kinds' text fields, the dispute vocabulary's and the new kinds' own. */
const KIND_WORDS =
  `邻里 宅基地 排水 山林 土地 承包 工资 欠薪 赡养 婚姻 家庭 继承 房屋 噪音 养殖 污染 道路 通行 林权 合同 借款 债务 租金 交通 事故 赔偿 医疗 工伤 拆迁 补偿 征地 安置 低保 救助 物业 坟地 水源 灌溉 耕地 流转 分红 集体 调解 协议 村规 民约 自治 章程 备案 审查 示范 创建 复核 明白 培训 宣传 研判 管控 信访 风险 督察 整改 交办 销号 进度 计划`.split(
    ' ',
  );
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (xs: readonly string[]) => `array[${xs.map(lit).join(',')}]::text[]`;

/**
 * N records of each kind are generated in SQL (generate_series) from the kind's own declaration,
 * all kinds in the one table as in use (indexes dropped during the load and built once after): every select field that is a list filter
 * draws from its options, every village field names one of the township's villages, searchable
 * text is drawn from a vocabulary (so 2-character words hit the bigram index as real text does),
 * states cycle through the declared ones; 50 townships of one county, 4 villages each. Then
 * `fazhi serve` (the bundle `npm start` runs) starts on the database and a township clerk and a
 * county reviewer, signed in, ask GET /api/ledgers/<kind>: township, filter only (page 1);
 * township, 2-character search; county-wide, 2-character search + filter. Each prints cold and
 * warm p50/p95 over RUNS requests, the server's CPU per request and the load average. A new
 * database is made and dropped on a server (KEEP=1 keeps it; REUSE_URL=<its url> times a kept
 * one again without loading); PGlite gets a new directory, removed at the end.
 */
export async function kindListsBench(N: number, KINDS: string[]): Promise<void> {
  // the bundle `npm start` runs (a variable: the .mjs has no types to check)
  const buildServer = '../scripts/build-server.mjs';
  await import(buildServer);
  const RUNS = KIND_RUNS;
  const TOWNSHIPS = KIND_TOWNSHIPS;
  // REUSE_URL: a database a previous run kept (KEEP=1) with these kinds loaded: straight to the timings
  const reuseUrl = process.env.REUSE_URL;
  const target = reuseUrl
    ? { kind: 'postgresql', env: { DATABASE_URL: reuseUrl } as NodeJS.ProcessEnv, drop: async () => {} }
    : await freshTarget('kindlists');
  const engine = target.kind === 'postgresql' ? 'PostgreSQL' : 'PGlite';
  // --- the county, its townships and villages, two users -----------------------------------------
  // PGlite allows one process: the data is written with the server stopped, then closed for it
  const open = () =>
    openDatabase({
      databaseUrl: target.env.DATABASE_URL || undefined,
      dataDir: target.env.FAZHI_DATA_DIR ?? '',
    });
  const database = await open();
  const db = database.db;
  const towns: string[] = [];
  const villages: string[] = []; // township t's villages are t*VILLAGES … t*VILLAGES+VILLAGES-1
  let countyId: string;
  if (reuseUrl) {
    const unitRows = (
      (await db.execute(
        sql`select id, level from units where code like '439998%' order by code`,
      )) as unknown as { rows: { id: string; level: string }[] }
    ).rows;
    countyId = unitRows.find((u) => u.level === 'county')?.id ?? '';
    towns.push(...unitRows.filter((u) => u.level === 'township').map((u) => u.id));
    if (!countyId || towns.length !== TOWNSHIPS) throw new Error(`REUSE_URL: not a database this bench kept`);
  } else {
    countyId = crypto.randomUUID();
    const countyPath = `/${countyId}/`;
    await db.execute(
      sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${countyId}, null, '基准县', 'county', '439998000000', ${countyPath}, now())`,
    );
    for (let t = 0; t < TOWNSHIPS; t++) {
      const id = crypto.randomUUID();
      towns.push(id);
      const code6 = `439998${String(100 + t)}`;
      await db.execute(
        sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${id}, ${countyId}, ${`基准${t + 1}镇`}, 'township', ${`${code6}000`}, ${`${countyPath}${id}/`}, now())`,
      );
      for (let v = 0; v < VILLAGES; v++) {
        const vid = crypto.randomUUID();
        villages.push(vid);
        await db.execute(
          sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${vid}, ${id}, ${`基准${t + 1}镇${v + 1}村`}, 'village', ${`${code6}${String(201 + v)}`}, ${`${countyPath}${id}/${vid}/`}, now())`,
        );
      }
    }
  }
  const townUnit = await getUnit(db, towns[0] as string);
  const countyUnit = await getUnit(db, countyId);
  if (!townUnit || !countyUnit) throw new Error('units missing');
  const clerk = await buildUser(db, townUnit, 'township_clerk');
  const reviewer = await buildUser(db, countyUnit, 'county_reviewer');

  /** The SQL expression of one field's value for row i (null when the field is left empty). */
  function valueSql(f: FieldDef, dateField: string): string | null {
    const h = (salt: number) => `abs(hashint4(i + ${salt}))`;
    const salt = [...f.key].reduce((s, c) => s + c.charCodeAt(0), 0);
    switch (f.type) {
      case 'select':
        return `to_jsonb((${arr(f.options.filter((o) => !o.retired).map((o) => o.value))})[1 + ${h(salt)} % ${f.options.filter((o) => !o.retired).length}])`;
      case 'village':
        return `to_jsonb((${arr(villages)})[1 + (i % ${TOWNSHIPS}) * ${VILLAGES} + ${h(salt)} % ${VILLAGES}])`;
      case 'date':
        return f.key === dateField || f.required ? `to_jsonb((date '2025-01-01' + (i % 690))::text)` : null;
      case 'text':
      case 'textarea':
        if (f.personal === 'name' || /name|person|responsible|assigner/i.test(f.key))
          return `to_jsonb((${arr(SURNAMES)})[1 + ${h(salt)} % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + ${h(salt + 7)} % ${GIVEN.length}])`;
        if (f.searchable || f.required)
          return `to_jsonb((${arr(KIND_WORDS)})[1 + ${h(salt)} % ${KIND_WORDS.length}] || '和' || (${arr(KIND_WORDS)})[1 + ${h(salt + 3)} % ${KIND_WORDS.length}] || '事项第' || i || '号')`;
        return null;
      case 'integer':
        return f.required ? `to_jsonb(${f.min ?? 0} + i % 10)` : null;
      case 'boolean':
        return f.required ? `'false'::jsonb` : null;
      default:
        return null; // tables, refs, multiselects: not what a list filters or searches here
    }
  }

  /** N records of one kind, added to the table (its indexes are dropped around all kinds' rows). */
  async function generate(kind: LedgerKind): Promise<void> {
    const dateField = kind.list.dateField;
    const pairs = kind.fields
      .map((f) => [f.key, valueSql(f, dateField)] as const)
      .filter((p): p is readonly [string, string] => p[1] !== null);
    const data = `jsonb_strip_nulls(jsonb_build_object(${pairs.map(([k, v]) => `${lit(k)}, ${v}`).join(', ')}))`;
    const searchable = kind.fields.filter((f) => f.searchable && pairs.some(([k]) => k === f.key));
    const search = searchable.length
      ? `concat_ws(' ', ${searchable.map((f) => `d->>${lit(f.key)}`).join(', ')})`
      : `''`;
    const titleField = kind.list.titleField;
    const title = titleField ? `coalesce(d->>${lit(titleField)}, ${lit(kind.label)})` : lit(kind.label);
    const states = kind.states.map((s) => s.key);
    const CHUNK = 100_000;
    for (let from = 1; from <= N; from += CHUNK) {
      const to = Math.min(N, from + CHUNK - 1);
      await db.execute(
        sql.raw(`
        insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
        select (${`array[${towns.map((x) => `'${x}'::uuid`).join(',')}]`})[1 + (i % ${TOWNSHIPS})], gen_random_uuid(), ${lit(kind.kind)},
          2025 + (i % 2), i, ${lit(kind.numberPrefix)} || '〔' || (2025 + (i % 2)) || '〕' || i || '号', ${title},
          (${arr(states)})[1 + (i % ${states.length})], date '2025-01-01' + (i % 690), d, '[]'::jsonb, ${search}, now(), now(), 1
        from (select i, ${data} as d from generate_series(${from}, ${to}) as i) g`),
      );
      process.stdout.write(`\r  ${kind.kind}: ${to.toLocaleString()} rows`);
    }
    process.stdout.write('\n');
  }

  const f1 = (x: number) => x.toFixed(1);
  async function measure(label: string, s: Session, pid: number, url: (i: number) => string) {
    const c0 = cpuMs(pid);
    const cold = await s.request('GET', url(0));
    const coldCpu = cpuMs(pid) - c0;
    if (cold.status !== 200) throw new Error(`${url(0)}: ${cold.status} ${JSON.stringify(cold.body)}`);
    for (let i = 1; i <= 10; i++) await s.request('GET', url(i)); // warm-up
    const times: number[] = [];
    const c1 = cpuMs(pid);
    for (let i = 0; i < RUNS; i++) times.push((await s.request('GET', url(i + 11))).ms);
    const cpu = (cpuMs(pid) - c1) / RUNS;
    console.log(
      `  ${label.padEnd(44)} cold ${cold.ms.toFixed(0).padStart(5)} ms (CPU ${coldCpu.toFixed(0)})   warm p50 ${f1(percentile(times, 50)).padStart(6)} ms  p95 ${f1(percentile(times, 95)).padStart(6)} ms   server CPU ${f1(cpu)} ms/req   load ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
    );
  }

  const kinds = KINDS.map((name) => {
    const kind = ledgerKind(name);
    if (!kind) throw new Error(`no kind ${name}`);
    return kind;
  });
  try {
    if (!reuseUrl) {
      // every kind's rows in the one table, as in use (a kind's list reads its own among the
      // others'); the secondary indexes are dropped while the rows go in and built once after (as
      // the migrations define them): a bulk build is several times quicker than growing them row by row
      const t0 = performance.now();
      const indexes = (
        (await db.execute(
          sql`select indexname, indexdef from pg_indexes i where tablename = 'ledger_records' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
        )) as unknown as { rows: { indexname: string; indexdef: string }[] }
      ).rows;
      for (const ix of indexes) await db.execute(sql.raw(`drop index ${ix.indexname}`));
      for (const kind of kinds) await generate(kind);
      const t1 = performance.now();
      for (const ix of indexes) await db.execute(sql.raw(ix.indexdef));
      await db.execute(sql`analyze ledger_records`);
      console.log(
        `${engine}: ${N.toLocaleString()} rows of each of ${kinds.length} kinds in ${TOWNSHIPS} townships: inserted in ${((t1 - t0) / 1000).toFixed(0)} s, indexes built in ${((performance.now() - t1) / 1000).toFixed(0)} s; load ${(os.loadavg()[0] ?? 0).toFixed(2)}`,
      );
    } else console.log(`${engine}: reusing the kept database (${kinds.map((k) => k.kind).join(', ')})`);
    await database.close();
    const server = await startServer(target.env, await freePort());
    try {
      const pid = server.child.pid as number;
      const c = await new Session(server.base).login(clerk.username, TEST_PASSWORD);
      const r = await new Session(server.base).login(reviewer.username, TEST_PASSWORD);
      for (const kind of kinds) {
        console.log(`${kind.kind} (${kind.label}), ${N.toLocaleString()} rows:`);
        const filter = kind.fields.find((f) => f.filter && f.type === 'select');
        const base = `/api/ledgers/${kind.kind}?pageSize=20`;
        const opts = filter && filter.type === 'select' ? filter.options.filter((o) => !o.retired) : [];
        const fq = (i: number) =>
          filter ? `&f.${filter.key}=${encodeURIComponent(opts[i % opts.length]?.value ?? '')}` : '';
        const word = (i: number) => encodeURIComponent(KIND_WORDS[i % KIND_WORDS.length] as string);
        await measure(
          `township, filter only (${filter ? `f.${filter.key}` : 'none'})`,
          c,
          pid,
          (i) => `${base}${fq(i)}`,
        );
        await measure('township, 2-character search', c, pid, (i) => `${base}&q=${word(i)}`);
        await measure(
          'county-wide, 2-character search + filter',
          r,
          pid,
          (i) => `${base}&q=${word(i)}${fq(i)}`,
        );
      }
    } finally {
      await stopServer(server.child);
    }
  } finally {
    if (process.env.KEEP === '1' || reuseUrl) console.log('kept:', target.env);
    else await target.drop();
  }
}
