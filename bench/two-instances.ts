/**
 * Two `fazhi serve` instances on one PostgreSQL database, as behind a round-robin reverse proxy
 * (issue 17 "Beyond one machine"). Creates a fresh database on the server of DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres; it is dropped at the end), starts A (which
 * migrates and seeds the demo) and B, and logs in once as the demo township clerk and once as the
 * county reviewer: the same cookies go to both instances.
 *
 * 1. Load: GET requests (ledger list, 待办, indicators, county overview) sent alternately to A
 *    and B by a round-robin client, CONCURRENCY at a time: req/s, p50, p95.
 * 2. Staleness: ROUNDS times a dispute is registered on A (POST /api/ledgers/dispute, dated 60
 *    days back so its clock is overdue); from A's 201, B is asked (every 2 ms, each view on its
 *    own) until the record is in B's list (q=its words), B's 待办 (/api/todo), B's indicators
 *    (dispute.handled of the township) and B's county overview: ms from the 201 to sending the
 *    first request that showed it (p50, max), and how often the very first request did.
 *   npx tsx bench/two-instances.ts [requests=600] [rounds=10]
 */
import crypto from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { login, startServer, stopServer } from './lib.mjs';

const REQUESTS = Number(process.argv[2] ?? 600);
const ROUNDS = Number(process.argv[3] ?? 10);
const CONCURRENCY = 8;
const DEMO_PASSWORD = 'Bench-Demo-2026x';
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? Number.NaN;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const name = `fazhi_bench_2i_${crypto.randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(
  `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const env = { DATABASE_URL: url.toString(), FAZHI_DEMO_PASSWORD: DEMO_PASSWORD };
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
try {
  servers.push(await startServer(env)); // A migrates and seeds the demo
  servers.push(await startServer(env)); // B finds both done
  const [A, B] = servers as [(typeof servers)[0], (typeof servers)[0]];
  console.log(`two instances on PostgreSQL ${name}: A ${A.base}, B ${B.base}; load average ${load()}`);
  const clerk = await login(A.base, 'qingshi_clerk', DEMO_PASSWORD);
  const reviewer = await login(B.base, 'county_reviewer', DEMO_PASSWORD);
  const json = async <T>(base: string, path: string, cookie: string): Promise<T> => {
    const r = await fetch(base + path, { headers: { cookie } });
    if (!r.ok) throw new Error(`${path} on ${base}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const me = await json<{ unit: { id: string; parentId?: string | null } }>(B.base, '/api/me', clerk);
  const reviewerMe = await json<{ unit: { id: string } }>(A.base, '/api/me', reviewer);
  const township = me.unit.id;
  const countyId = reviewerMe.unit.id;

  const day = new Date(Date.now() + 8 * 3600_000 - 60 * 86_400_000).toISOString().slice(0, 10);
  const year = Number(day.slice(0, 4));
  const views = {
    list: (q: string) => [`/api/ledgers/dispute?q=${encodeURIComponent(q)}`, clerk] as const,
    todo: () => ['/api/todo', clerk] as const,
    indicators: () => [`/api/indicators?unit=${township}&year=${year}`, clerk] as const,
    overview: () => [`/api/indicators/overview?unit=${countyId}&year=${year}`, reviewer] as const,
  };

  // 1. load through a round-robin client
  const paths = [views.list('纠纷'), views.todo(), views.indicators(), views.overview()];
  let next = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const i = next++;
        if (i >= REQUESTS) return;
        const base = i % 2 === 0 ? A.base : B.base;
        const [path, cookie] = paths[i % paths.length] as readonly [string, string];
        const t = performance.now();
        const r = await fetch(base + path, { headers: { cookie } });
        await r.arrayBuffer();
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `load: ${REQUESTS} GETs (list, 待办, indicators, overview) round-robin over A and B, ${CONCURRENCY} at a time: ` +
      `${(REQUESTS / secs).toFixed(0)} req/s, p50 ${pct(latencies, 0.5).toFixed(1)} ms, p95 ${pct(latencies, 0.95).toFixed(1)} ms`,
  );

  // 2. staleness: write on A, poll B
  type Values = { values: Record<string, { value: number | null }> };
  type Overview = { townships: { unit: { id: string }; values: Record<string, number | null> }[] };
  const handledOnB = async () =>
    (await json<Values>(B.base, views.indicators()[0], clerk)).values['dispute.handled']?.value ?? 0;
  const overviewOnB = async () =>
    (await json<Overview>(B.base, views.overview()[0], reviewer)).townships.find(
      (t) => t.unit.id === township,
    )?.values['dispute.handled'] ?? 0;
  const seen: Record<'list' | 'todo' | 'indicators' | 'overview', number[]> = {
    list: [],
    todo: [],
    indicators: [],
    overview: [],
  };
  const firstTry = { list: 0, todo: 0, indicators: 0, overview: 0 };
  const LIMIT_MS = 30_000;
  for (let round = 0; round < ROUNDS; round++) {
    const words = `跨实例测试${round}号${crypto.randomBytes(3).toString('hex')}`;
    const [handled0, overview0] = [await handledOnB(), await overviewOnB()];
    const r = await fetch(`${A.base}/api/ledgers/dispute`, {
      method: 'POST',
      headers: { cookie: clerk, origin: A.base, 'content-type': 'application/json' },
      body: JSON.stringify({
        registeredOn: day,
        source: 'screening',
        type: 'neighbour',
        parties: [{ name: '当事人' }],
        summary: words,
        riskLevel: 'low',
      }),
    });
    if (r.status !== 201) throw new Error(`POST on A: ${r.status} ${await r.text()}`);
    const { id } = (await r.json()) as { id: string };
    const written = performance.now();
    const checks: Record<keyof typeof seen, () => Promise<boolean>> = {
      list: async () =>
        (await json<{ items: { id: string }[] }>(B.base, views.list(words)[0], clerk)).items.some(
          (x) => x.id === id,
        ),
      todo: async () =>
        (await json<{ items: { id: string }[] }>(B.base, '/api/todo', clerk)).items.some((x) => x.id === id),
      indicators: async () => (await handledOnB()) > handled0,
      overview: async () => (await overviewOnB()) > overview0,
    };
    // every view polled on its own, at once: the time a request was sent that already showed the write
    await Promise.all(
      (Object.entries(checks) as [keyof typeof seen, () => Promise<boolean>][]).map(async ([view, check]) => {
        for (let first = true; ; first = false) {
          const sent = performance.now();
          if (await check()) {
            seen[view].push(sent - written);
            if (first) firstTry[view]++;
            return;
          }
          if (sent - written > LIMIT_MS) {
            seen[view].push(Number.POSITIVE_INFINITY);
            return;
          }
          await new Promise((res) => setTimeout(res, 2));
        }
      }),
    );
  }
  console.log(
    `staleness: ms from A's 201 until a request to B was sent whose answer showed the write (${ROUNDS} writes, the four views polled at once):`,
  );
  for (const [view, ms] of Object.entries(seen) as [keyof typeof seen, number[]][]) {
    console.log(
      `  ${view.padEnd(10)} p50 ${pct(ms, 0.5).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms; the first request after the write saw it in ${firstTry[view]} of ${ROUNDS}`,
    );
  }
  console.log(`load average after: ${load()}`);
} finally {
  for (const s of servers) await stopServer(s.child);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
