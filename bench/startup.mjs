// Cold first start on an empty data dir, restart on the same dir, and idle RSS, on PGlite (issue 17).
// Targets: cold ≤ 2 s, restart ≤ 1 s, idle RSS ≤ 180 MB. Each is timed from spawning `fazhi serve`
// (the bundle, with npm start's node flags) to /api/health answering 200; CPU ms (user + system of
// the server process) is printed beside the wall time because the machine is shared.
// Code paths: "demo template" = the empty data dir is a copy of the demo seeded by
// `fazhi db template` (what npm install runs); "live seed" = no demo template, the demo is seeded
// at first start (what every first start did before).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, loadAvg, rssMb, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const RUNS = Number(process.env.RUNS ?? 3);
// a private cache, so the figures do not depend on what another checkout left in node_modules/.cache
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-cache-'));
const t0 = performance.now();
const made = spawnSync(process.execPath, [BIN, 'db', 'template', '--quiet'], {
  env: { ...process.env, FAZHI_CACHE_DIR: cache },
  stdio: 'inherit',
});
if (made.status !== 0) process.exit(made.status ?? 1);
const templateMs = performance.now() - t0;
// the same cache without the demo template: the live-seed path
const emptyOnly = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-cache-'));
for (const e of fs.readdirSync(cache).filter((e) => !e.includes('-demo-')))
  fs.cpSync(path.join(cache, e), path.join(emptyOnly, e), { recursive: true });

const figures = { cold: [], liveSeed: [], restart: [], rss: [] };
for (let i = 0; i < RUNS; i++) {
  for (const [key, cacheDir] of [
    ['cold', cache],
    ['liveSeed', emptyOnly],
  ]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
    const env = { FAZHI_DATA_DIR: dir, DATABASE_URL: '', FAZHI_CACHE_DIR: cacheDir };
    const a = await startServer(env);
    figures[key].push({ ms: a.ms, cpu: a.cpuMs, load: loadAvg() });
    await stopServer(a.child);
    if (key === 'cold') {
      const b = await startServer(env);
      figures.restart.push({ ms: b.ms, cpu: b.cpuMs, load: loadAvg() });
      await new Promise((r) => setTimeout(r, 5000));
      figures.rss.push({ ms: rssMb(b.child.pid), cpu: 0, load: loadAvg() });
      await stopServer(b.child);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
fs.rmSync(cache, { recursive: true, force: true });
fs.rmSync(emptyOnly, { recursive: true, force: true });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0].toFixed(0)}  median ${s[Math.floor(s.length / 2)].toFixed(0)}  max ${s.at(-1).toFixed(0)}`;
};
const line = (label, key, unit, target) => {
  const f = figures[key];
  const cpu = f.some((x) => x.cpu) ? `   CPU ms ${stats(f.map((x) => x.cpu))}` : '';
  console.log(`  ${label.padEnd(44)} ${unit} ${stats(f.map((x) => x.ms))}${cpu}   target ${target}`);
  console.log(`  ${''.padEnd(44)} load average at each run: ${f.map((x) => x.load).join(' | ')}`);
};
console.log(`startup (PGlite, ${RUNS} runs, spawn → /api/health 200), load average now ${loadAvg()}`);
console.log(
  `  install step (fazhi db template: empty cluster + demo seeded once): ${templateMs.toFixed(0)} ms`,
);
line('cold first start, empty dir, demo template:', 'cold', 'ms', '≤ 2000');
line('cold first start, empty dir, live seed:', 'liveSeed', 'ms', '(the path before)');
line('restart on existing data dir:', 'restart', 'ms', '≤ 1000');
line('idle RSS 5 s after restart:', 'rss', 'MB', '≤ 180');
