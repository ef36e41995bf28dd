/**
 * What the HTTP benchmarks that run the real server share (bench/kill9.ts, bench/soak.ts): a
 * fresh database (a PGlite directory, or a new database on the server DATABASE_URL names), the
 * server as a child process (`fazhi serve`, the bundle `npm start` runs), and clients with a
 * real session cookie.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'bin/fazhi.mjs');
export const ADMIN_PASSWORD = 'Bench-Admin-2026';
export const DEMO_PASSWORD = 'Bench-Demo-2026';

/** The demo county's townships (server/demo/demoCounty.ts): their users are `<slug>_clerk`, `<slug>_leader`. */
export const DEMO_TOWNSHIPS = [
  { slug: 'qingshi', code: '439999101000' },
  { slug: 'liuxi', code: '439999102000' },
  { slug: 'yuntai', code: '439999201000' },
  { slug: 'donghu', code: '439999001000' },
  { slug: 'taoyuan', code: '439999103000' },
  { slug: 'jinsha', code: '439999202000' },
];

export interface Target {
  kind: 'pglite' | 'postgresql';
  /** The environment that points a server (or the CLI) at this database. */
  env: NodeJS.ProcessEnv;
  drop(): Promise<void>;
}

/** A new empty database: a new database on the server when DATABASE_URL is set, else a new PGlite directory. */
export async function freshTarget(tag: string): Promise<Target> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `fazhi_${tag}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    const u = new URL(url);
    u.pathname = `/${name}`;
    return {
      kind: 'postgresql',
      env: { DATABASE_URL: u.toString() },
      async drop() {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `fazhi-${tag}-`));
  return {
    kind: 'pglite',
    env: { DATABASE_URL: '', FAZHI_DATA_DIR: dir },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The node flags of `npm start`, so the benchmark runs what users run. */
function nodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return (pkg.scripts.start.match(/^node ((?:--\S+ )*)/)?.[1] ?? '').split(' ').filter(Boolean);
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Spawn → first /api/health 200. */
  startMs: number;
}

/** Spawns `fazhi serve` on `port` and resolves once /api/health answers 200. */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ServerProcess> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeFlags(), BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_LOG_LEVEL: 'warn',
      FAZHI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      FAZHI_DEMO_PASSWORD: DEMO_PASSWORD,
      // the benchmark's clients all log in from 127.0.0.1
      FAZHI_LOGIN_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // a benchmark that throws must not leave its server running (PGlite would keep the directory)
  const orphanGuard = () => child.kill('SIGKILL');
  process.on('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, base, startMs: performance.now() - t0 };
}

export function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/** One signed-in user: a cookie jar of one, sending our Origin like the browser does. */
export class Session {
  cookie = '';
  constructor(public base: string) {}

  async request<T = unknown>(method: string, url: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers.origin = this.base;
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const t0 = performance.now();
    const res = await fetch(this.base + url, {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const pair = c.split(';')[0] ?? '';
      if (pair.startsWith('fazhi_sid=') && pair !== 'fazhi_sid=') this.cookie = pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // HTML or a file: keep the text
    }
    return { status: res.status, body: parsed as T, ms: performance.now() - t0 };
  }

  async login(username: string, password: string): Promise<this> {
    const r = await this.request('POST', '/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}

/** A dispute as a clerk registers it; `n` makes each summary distinct. */
export function disputeBody(n: number, registeredOn: string) {
  return {
    registeredOn,
    source: 'visit',
    type: '邻里纠纷',
    parties: [{ name: `当事人${n}`, phone: `138${String(n % 1e8).padStart(8, '0')}` }],
    summary: `两户因排水沟堵塞引发邻里矛盾（第${n}件）`,
    riskLevel: 'low',
  };
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
