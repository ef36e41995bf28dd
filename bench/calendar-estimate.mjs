// GET /api/calendar/working-days over HTTP with an admin session, on PGlite: a deadline through a
// published year (2026) against one through years nobody has published yet, whose holidays the
// server estimates from 《全国年节及纪念日放假办法》 with tyme4ts (core/calendar/statutoryHolidays.ts).
// cold = the first request that reaches a year after start (the year's table is built then);
// warm = the median of 200 sequential requests once it is built.
//   node bench/calendar-estimate.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { login, startServer, stopServer } from './lib.mjs';

await import('../scripts/build-server.mjs');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-cal-'));
const s = await startServer({ FAZHI_DATA_DIR: dir, DATABASE_URL: '' });
try {
  const cookie = await login(s.base);
  const get = async (from, days) => {
    const t0 = performance.now();
    const r = await fetch(`${s.base}/api/calendar/working-days?from=${from}&days=${days}`, {
      headers: { cookie },
    });
    const body = await r.json();
    if (!r.ok) throw new Error(`${r.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - t0, body };
  };
  const median = async (from, days) => {
    const runs = [];
    for (let i = 0; i < 200; i++) runs.push((await get(from, days)).ms);
    runs.sort((a, b) => a - b);
    return runs[100];
  };
  await get('2026-03-02', 15); // first request of the process: routes, session, calendar load
  const published = await median('2026-09-25', 15);
  const first = await get('2028-01-20', 5);
  const colds = [];
  for (let y = 2029; y <= 2036; y++) colds.push((await get(`${y}-01-20`, 5)).ms);
  const warm = await median('2028-01-20', 5);
  console.log('GET /api/calendar/working-days, admin session, PGlite');
  console.log(`  published 2026, warm median:             ${published.toFixed(2)} ms`);
  console.log(
    `  estimated 2028, cold (first estimated year, tyme4ts first use): ${first.ms.toFixed(2)} ms → due ${first.body.due}, provisional ${first.body.provisional}`,
  );
  console.log(
    `  estimated 2029–2036, cold, median of 8 years: ${colds.sort((a, b) => a - b)[4].toFixed(2)} ms`,
  );
  console.log(`  estimated 2028, warm median:             ${warm.toFixed(2)} ms`);
} finally {
  await stopServer(s.child);
  fs.rmSync(dir, { recursive: true, force: true });
}
