// Throughput of one ledger list page over HTTP with a real session (issue 17):
// `GET /api/ledgers/dispute?pageSize=20` on the demo county, 10 connections, PGlite by default
// (DATABASE_URL=postgres://… for a server: a new database is made and dropped).
// Code path: the bundle `npm start` runs (fazhi serve, npm start's node flags), session cookie →
// auth hook → route → list versions → (list cache hit: kept bytes | 304 | miss: repository →
// presenter → response schema); MODES below names the path each block of figures times.
// Cold = the first request after start; warm = autocannon for DURATION seconds after a warm-up.
// Targets: ≥ 1,500 req/s PGlite, ≥ 3,000 PostgreSQL. The machine is shared: the load average is
// printed beside each figure, and the ratio to a bare route (/api/health) on the same server.
// REQUESTS=n makes each warm run exactly n requests instead of DURATION seconds: on a loaded
// machine a few seconds hold too few requests for the CPU per request to mean anything.
//   node bench/list-throughput.mjs            DURATION=10 CONNECTIONS=10 REQUESTS=n PROFILE=dir (--cpu-prof) MODES=kept,304,made
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuMs, loadAvg, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const REQUESTS = Number(process.env.REQUESTS ?? 0);
const DEMO_PASSWORD = 'Bench-Demo-2026';
const PATHS = ['/api/ledgers/dispute?pageSize=20'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-list-'));
let env = { FAZHI_DATA_DIR: dataDir, DATABASE_URL: '', FAZHI_DEMO_PASSWORD: DEMO_PASSWORD };
let dropDb = async () => {};
if (process.env.DATABASE_URL) {
  const name = `fazhi_bench_list_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env = { ...env, DATABASE_URL: url.toString() };
  dropDb = async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
const profile = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
const kind = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
// The code paths timed, each on a server of its own over the same data (MODES=kept,304,made):
//   kept  the list cache on (npm start's default): every warm request is a cache hit — versions
//         checked (PGlite: held until a write notifies; PostgreSQL: one statement), bytes sent as kept
//   304   the same server, the client sending the ETag it was given: If-None-Match → 304, no body
//   made  FAZHI_LIST_CACHE=off: every request reads the versions and the page, presents and
//         serializes it — what the first request after a write costs with the cache on
const MODES = (process.env.MODES ?? 'kept,304,made').split(',');
let server = await startServer(env, profile);
let serverCache = 'on';

async function login(username) {
  const r = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.base },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!r.ok) throw new Error(`login ${username}: ${r.status}`);
  return r.headers.getSetCookie()[0].split(';')[0];
}

/**
 * autocannon for `duration` s, with the server's CPU time per answered request: on a shared
 * machine req/s mostly measures the queue for a core, CPU ms per request what a request costs
 * (1000 / it is the rate one core to itself would serve).
 */
async function run(url, headers, duration) {
  const c0 = cpuMs(server.child.pid);
  const res = await new Promise((resolve, reject) => {
    const size = REQUESTS && duration >= DURATION ? { amount: REQUESTS } : { duration };
    autocannon({ url, connections: CONNECTIONS, ...size, headers }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
  });
  res.cpuPerRequest = (cpuMs(server.child.pid) - c0) / Math.max(1, res.requests.total);
  return res;
}
const perCore = (r) =>
  `CPU ${r.cpuPerRequest.toFixed(2)} ms/request (≈ ${(1000 / r.cpuPerRequest).toFixed(0)} req/s on a core of its own)`;

console.log(
  `ledger list over HTTP (${kind}, demo county, ${CONNECTIONS} connections, ${REQUESTS ? `${REQUESTS} requests` : `${DURATION} s`} a run, node flags ${process.env.NODE_FLAGS ?? "npm start's"})`,
);
const bare = await run(`${server.base}/api/health`, {}, Math.min(DURATION, 5));
console.log(
  `  GET /api/health (one database probe): ${bare.requests.average.toFixed(0)} req/s, p50 ${bare.latency.p50} ms, ${perCore(bare)}   load ${loadAvg()}`,
);
// the server is stopped however the run ends: a failed request must not leave it running
try {
  for (const mode of MODES) {
    const cache = mode === 'made' ? 'off' : 'on';
    if (cache !== serverCache) {
      await stopServer(server.child);
      server = await startServer({ ...env, FAZHI_LIST_CACHE: cache }, profile);
      serverCache = cache;
    }
    console.log(
      mode === 'kept'
        ? '  [kept] list cache on: warm requests are cache hits (versions checked, kept bytes sent)'
        : mode === '304'
          ? '  [304] list cache on, If-None-Match with the ETag given: 304 answers, no body'
          : '  [made] FAZHI_LIST_CACHE=off: every request reads versions + page, presents, serializes (a miss)',
    );
    for (const user of ['qingshi_clerk', 'county_reviewer']) {
      const cookie = await login(user);
      for (const p of PATHS) {
        const url = `${server.base}${p}`;
        const t0 = performance.now();
        const first = await fetch(url, { headers: { cookie } });
        const body = await first.json();
        const coldMs = performance.now() - t0;
        if (!first.ok) throw new Error(`${p}: ${first.status} ${JSON.stringify(body)}`);
        const etag = first.headers.get('etag');
        const headers = mode === '304' ? { cookie, 'if-none-match': etag } : { cookie };
        await run(url, headers, 2); // warm-up
        const r = await run(url, headers, DURATION);
        // autocannon counts a 304 as non-2xx: there, anything else is the failure
        const bad = (mode === '304' ? r.requests.total - r['3xx'] : r.non2xx) + r.errors;
        const n = r.requests.total;
        console.log(
          `    ${user} GET ${p} (${body.items.length} items of ${body.total}${body.totalExact ? '' : '+'}), cold first request ${coldMs.toFixed(1)} ms`,
        );
        console.log(
          `      warm: ${r.requests.average.toFixed(0)} req/s (${((100 * r.requests.average) / bare.requests.average).toFixed(1)} % of /api/health, ${n} requests), p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${bad ? `, ${bad} failed` : ''}, ${perCore(r)}   load ${loadAvg()}`,
        );
      }
    }
  }
} finally {
  await stopServer(server.child);
  await dropDb();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
