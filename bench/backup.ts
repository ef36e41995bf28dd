/**
 * Backup and restore of the demo data set, through the command line an operator runs.
 *
 *   npx tsx bench/backup.ts                                              # PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/backup.ts   # and PostgreSQL
 *
 * PGlite: a server is started on a fresh data directory (it seeds the demo); `npx fazhi backup`
 * then goes through the server's control socket, while /api/health is polled every 50 ms to show
 * the pause users meet (PGlite has one connection: requests wait for the snapshot). The server is
 * stopped and the file restored into a new directory (cold: a new process, template copy, migrations).
 * PostgreSQL: the same against a new database (backup reads it directly; restore into another new one).
 * Prints wall time of each command (process start included), the file's size and rows, and health latency.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { BIN, startServer, stopServer } from './lib.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fzbench-'));

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; out: string; code: number | null }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ ms: performance.now() - t0, out, code }));
  });
}

function must(r: { out: string; code: number | null }, what: string) {
  if (r.code !== 0) throw new Error(`${what} failed: ${r.out}`);
}

async function pollHealth(base: string, until: Promise<unknown>): Promise<number[]> {
  const lat: number[] = [];
  let done = false;
  until.finally(() => (done = true));
  while (!done) {
    const t0 = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
    lat.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  return lat.sort((a, b) => a - b);
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? 0;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function bench(label: string, source: NodeJS.ProcessEnv, target: NodeJS.ProcessEnv) {
  const { child, base, ms } = await startServer({ ...source, FAZHI_DEMO: 'true' });
  console.log(`${label}: server up with the demo in ${s(ms)}`);
  const file = path.join(tmp, `${label}.jsonl.gz`);
  const backup = run(['backup', '--out', file], source);
  const health = await pollHealth(base, backup);
  const b = await backup;
  must(b, 'backup');
  const warm = await run(['backup', '--out', `${file}.2`], source);
  must(warm, 'second backup');
  await stopServer(child);
  const rows = /(\d+) 张表 (\d+) 行/.exec(b.out);
  console.log(
    `${label}: backup while serving  ${s(b.ms)} (second run ${s(warm.ms)})  file ${(fs.statSync(file).size / 1024).toFixed(0)} KB, ${rows?.[1]} tables ${rows?.[2]} rows` +
      `${b.out.includes('控制通道') ? '  [path: control socket]' : '  [path: direct snapshot]'}`,
  );
  console.log(
    `${label}: /api/health during backup  n=${health.length} p50 ${pct(health, 50).toFixed(0)} ms  p95 ${pct(health, 95).toFixed(0)} ms  max ${pct(health, 100).toFixed(0)} ms`,
  );
  const r = await run(['restore', file], target);
  must(r, 'restore');
  const v = await run(['audit', 'verify'], target);
  must(v, 'audit verify');
  console.log(
    `${label}: restore (cold, new process and empty target)  ${s(r.ms)}; audit verify ${s(v.ms)}: ${v.out.split('\n')[0]}`,
  );
}

try {
  await bench(
    'pglite',
    { FAZHI_DATA_DIR: path.join(tmp, 'src'), DATABASE_URL: '' },
    { FAZHI_DATA_DIR: path.join(tmp, 'dst'), DATABASE_URL: '' },
  );
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const names = ['fazhi_bench_bk_src', 'fazhi_bench_bk_dst'];
    for (const n of names) {
      await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.query(
        `CREATE DATABASE ${n} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
    }
    const at = (n: string) => {
      const u = new URL(url);
      u.pathname = `/${n}`;
      return { DATABASE_URL: u.toString(), FAZHI_DATA_DIR: '' };
    };
    try {
      await bench('postgresql', at(names[0] as string), at(names[1] as string));
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
      await admin.end();
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
