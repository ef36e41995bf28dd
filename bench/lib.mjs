// Helpers shared by the benchmarks: start the real server as a child process and wait for health.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BIN = path.join(ROOT, 'bin/fazhi.mjs');
export const ADMIN_PASSWORD = 'Bench-Admin-2026';

/** The node flags `npm start` uses, read from package.json so the benchmark runs what users run. */
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const NODE_FLAGS = (
  process.env.NODE_FLAGS ??
  pkg.scripts.start.match(/^node ((?:--\S+ )*)/)?.[1] ??
  ''
)
  .split(' ')
  .filter(Boolean);

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `fazhi serve` and resolves when /api/health answers 200, with the elapsed milliseconds.
 * `baseFlags` replaces npm start's node flags (bench/restart.mjs compares them).
 */
export async function startServer(env, extraFlags = [], baseFlags = NODE_FLAGS) {
  const port = await freePort();
  const t0 = performance.now();
  const flags = [...baseFlags, ...extraFlags];
  const child = spawn(process.execPath, [...flags, BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_LOG_LEVEL: 'warn',
      FAZHI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { child, base, port, ms: performance.now() - t0, cpuMs: cpuMs(child.pid) };
}

export function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * CPU time (user + system, all threads) a process has used so far, in ms. On a loaded machine the
 * wall time mostly measures the queue for a core; this is the steadier figure beside it.
 */
export function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in 1/100 s
}

/** The 1-, 5- and 15-minute load averages, printed beside every figure: the machine is shared. */
export function loadAvg() {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function login(base, username = 'admin', password = ADMIN_PASSWORD) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login failed: ${r.status}`);
  return r.headers.getSetCookie()[0].split(';')[0];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
