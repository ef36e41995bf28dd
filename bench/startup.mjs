// Cold first start on an empty data dir, restart on the same dir, and idle RSS, on PGlite.
// Targets (issue 2): cold ≤ 3 s, restart ≤ 2 s, idle RSS ≤ 250 MB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, rssMb, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const RUNS = Number(process.env.RUNS ?? 3);
const cold = [];
const restart = [];
const rss = [];
for (let i = 0; i < RUNS; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
  const env = { FAZHI_DATA_DIR: dir, DATABASE_URL: '' };
  const a = await startServer(env);
  cold.push(a.ms);
  await stopServer(a.child);
  const b = await startServer(env);
  restart.push(b.ms);
  await new Promise((r) => setTimeout(r, 5000));
  rss.push(rssMb(b.child.pid));
  await stopServer(b.child);
  fs.rmSync(dir, { recursive: true, force: true });
}
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`startup (PGlite, ${RUNS} runs, spawn → /api/health 200)`);
console.log(
  `  cold first start, empty data dir: median ${median(cold).toFixed(0)} ms  [${fmt(cold)}]  target ≤ 3000`,
);
console.log(
  `  restart on existing data dir:     median ${median(restart).toFixed(0)} ms  [${fmt(restart)}]  target ≤ 2000`,
);
console.log(
  `  idle RSS 5 s after restart:       median ${median(rss).toFixed(0)} MB  [${fmt(rss)}]  target ≤ 250`,
);
