// Where a restart's time goes (issue 17): `fazhi serve` from the bundle with npm start's node
// flags, on a PGlite data dir a first (untimed) start seeded with the demo, FAZHI_BOOT_TRACE=true.
// Each phase is the time between two marks (server/bootTrace.ts, bin/fazhi.mjs), wall and CPU of
// the server process (user + system, all threads), median over RUNS restarts; "node bootstrap" is
// from the process's time origin to bin/fazhi.mjs's first line. Printed with the load average.
//   node bench/restart-breakdown.mjs            RUNS=5
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ADMIN_PASSWORD,
  BIN,
  cpuMs,
  freePort,
  loadAvg,
  median,
  NODE_FLAGS,
  startServer,
  stopServer,
} from './lib.mjs';

await import('../scripts/build-server.mjs');

const RUNS = Number(process.env.RUNS ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-breakdown-'));
const env = { FAZHI_DATA_DIR: dir, DATABASE_URL: '' };

/** Milliseconds from spawn to the process's time origin, and from spawn to the first health answer. */
const origins = [];
const toHealthy = [];

/** One traced restart: the marks the server printed once listening. */
async function tracedStart() {
  const port = await freePort();
  const t0 = performance.now();
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, BIN, 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      FAZHI_LOG_LEVEL: 'warn',
      FAZHI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      FAZHI_BOOT_TRACE: 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const marks = await new Promise((resolve, reject) => {
    child.stderr.on('data', (d) => {
      err += d;
      const m = /^FAZHI_BOOT_TRACE (.*) ([\d.]+)$/m.exec(err);
      if (m) {
        origins.push(Number(m[2]) - spawnedAt);
        resolve(JSON.parse(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
  // the first request after listening (what the restart benchmarks wait for): a database query
  const h0 = performance.now();
  const health = await fetch(`http://127.0.0.1:${port}/api/health`);
  if (!health.ok) throw new Error(`health ${health.status}`);
  await health.arrayBuffer();
  const healthMs = performance.now() - h0;
  const cpuAfter = cpuMs(child.pid);
  toHealthy.push(performance.now() - t0);
  await stopServer(child);
  const last = marks.at(-1);
  return [...marks, { phase: 'first GET /api/health answered', ms: last.ms + healthMs, cpuMs: cpuAfter }];
}

try {
  const first = await startServer(env);
  await stopServer(first.child);
  const runs = [];
  const loads = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(await tracedStart());
    loads.push(loadAvg());
  }
  const phases = runs[0].map((m) => m.phase);
  console.log(
    `restart breakdown (bundle, ${NODE_FLAGS.join(' ')}, PGlite demo data dir), median of ${RUNS} runs`,
  );
  console.log(
    `  ${'phase (ends at the mark)'.padEnd(48)} ${'wall ms'.padStart(8)} ${'CPU ms'.padStart(8)}   at (wall)`,
  );
  for (let i = 0; i < phases.length; i++) {
    const wall = median(runs.map((r) => r[i].ms - (i ? r[i - 1].ms : 0)));
    const cpu = median(runs.map((r) => r[i].cpuMs - (i ? r[i - 1].cpuMs : 0)));
    const at = median(runs.map((r) => r[i].ms));
    const label = i === 0 ? 'node bootstrap → bin/fazhi.mjs' : phases[i];
    console.log(
      `  ${label.padEnd(48)} ${wall.toFixed(1).padStart(8)} ${cpu.toFixed(1).padStart(8)}   ${at.toFixed(0)}`,
    );
  }
  console.log(
    `  spawn → the process's time origin ${median(origins).toFixed(0)} ms; spawn → health answered ${median(toHealthy).toFixed(0)} ms (medians; CPU is the process's user + system, all threads, from /proc at the health answer)`,
  );
  console.log(`  load average at each run: ${loads.join(' | ')}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
