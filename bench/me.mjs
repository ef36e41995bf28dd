// Authenticated GET /api/me throughput with autocannon on loopback, 10 s, on PGlite and on PostgreSQL.
// Targets (issue 2): ≥ 1,000 req/s on PGlite, ≥ 3,000 req/s on PostgreSQL.
// Code paths, each on its own server: "cached" = the session resolved from this process's session
// cache (server/auth/sessionCache.ts, the default: a database read at most every 5 s per session);
// "db read" = FAZHI_SESSION_CACHE=off, every request reads its session from the database
// (sessionsRepo.findSession), what a request meets on a cache miss (issue 17). CPU ms per request
// of the server process and the load average are printed beside each: the machine is shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuMs, loadAvg, login, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const DURATION = Number(process.env.DURATION ?? 10);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function measure(label, env) {
  const s = await startServer(env);
  try {
    const cookie = await login(s.base);
    // warm-up: JIT, connection pool, plan caches
    await autocannon({ url: `${s.base}/api/me`, connections: 10, duration: 2, headers: { cookie } });
    const c0 = cpuMs(s.child.pid);
    const r = await autocannon({
      url: `${s.base}/api/me`,
      connections: 10,
      duration: DURATION,
      headers: { cookie },
    });
    const ok = r['2xx'];
    const cpu = (cpuMs(s.child.pid) - c0) / Math.max(1, r.requests.total);
    console.log(
      `  ${label.padEnd(22)} ${r.requests.average.toFixed(0).padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  2xx ${ok}  non-2xx ${r.non2xx}  CPU ${cpu.toFixed(2)} ms/request   load ${loadAvg()}`,
    );
    if (r.non2xx > 0) throw new Error(`${label}: ${r.non2xx} failed requests`);
  } finally {
    await stopServer(s.child);
  }
}

console.log(`GET /api/me with a session cookie, autocannon 10 connections, ${DURATION} s`);
const CACHE = [
  ['cached', {}],
  ['db read', { FAZHI_SESSION_CACHE: 'off' }],
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
for (const [label, env] of CACHE)
  await measure(`PGlite, ${label}`, { FAZHI_DATA_DIR: dir, DATABASE_URL: '', ...env });
fs.rmSync(dir, { recursive: true, force: true });

const name = `fazhi_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: PG_URL });
try {
  await admin.connect();
} catch (e) {
  console.log(`  PostgreSQL  skipped: cannot reach ${PG_URL} (${e.message})`);
  process.exit(0);
}
await admin.query(
  `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
);
try {
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  for (const [label, env] of CACHE)
    await measure(`PostgreSQL, ${label}`, { DATABASE_URL: url.toString(), ...env });
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
