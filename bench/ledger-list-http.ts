/**
 * `bench/ledger-list.ts --http`: the list, 待办 and indicator figures of issue 17 as a user meets
 * them — `fazhi serve` (the bundle `npm start` runs) on a database of its own, real sessions, one
 * request at a time. See the header of bench/ledger-list.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/db/client';
import { insertDisputes, TYPES, WORDS, withoutLedgerIndexes } from './disputeRows';
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
