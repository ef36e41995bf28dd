/**
 * Report PDFs over HTTP (issue 14 finding 4, issue 15 §19): the real server started in-process
 * on a fresh database, three published reports of a generated township, and timed requests:
 *
 *   - first:  GET /api/public/reports/:id/pdf for a version never converted (code path: the
 *             converter through the queue, then stored in report_pdfs)
 *   - cached: the same again, p50/p95 over RUNS (code path: one report_pdfs read), publicly and
 *             by a logged-in clerk on /api/reports/:id/pdf (a real session cookie)
 *   - burst:  BURST requests at once for BURST different unconverted versions: how many were
 *             served, how many refused with 503 (queue FAZHI_PDF_QUEUE, default 4 waiting), and
 *             the slowest served one.
 *
 *   npx tsx bench/report-pdf.ts                          # PGlite; LibreOffice, else Chromium
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/report-pdf.ts
 *   FAZHI_PDF_CONVERTER=chromium npx tsx bench/report-pdf.ts
 *
 * With DATABASE_URL the script creates and drops its own database. Target: a cached PDF in
 * well under 2 s (issue 17), whatever the first one took.
 */
import type { AddressInfo } from 'node:net';
import { pdfMakerFor } from '../server/commands/reports/reportPdfMaker';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { buildServer } from '../server/http/app';
import { buildAnnualReport, buildCounty, buildUser, TEST_PASSWORD } from '../server/test/factories';
import { freshTarget } from './httpBench';

const RUNS = Number(process.env.RUNS ?? 20);
const BURST = Number(process.env.BURST ?? 6);

const target = await freshTarget('pdf');
const env = { ...process.env, ...target.env, FAZHI_LOG_LEVEL: 'silent', FAZHI_DEMO: 'false' };
const config = { ...loadConfig(env), staticDir: '/nonexistent' };
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const { db } = database;
const converter = await pdfMakerFor(db, config.pdf).converter;
if (!converter) {
  console.error('no PDF converter on this machine (LibreOffice or Chromium): nothing to measure');
  await database.close();
  await target.drop();
  process.exit(2);
}
const app = await buildServer({ config, database, now: () => new Date(), logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const county = await buildCounty(db);
const reports = [];
for (let i = 0; i < BURST + 1; i++)
  reports.push(await buildAnnualReport(db, county.townA, 'published', 2000 + i));
const clerk = await buildUser(db, county.townA, 'township_clerk');
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ username: clerk.username, password: TEST_PASSWORD }),
});
const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';

async function timed(url: string, headers: Record<string, string> = {}) {
  const t = performance.now();
  const res = await fetch(base + url, { headers });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - t, status: res.status, how: res.headers.get('x-fazhi-pdf'), bytes };
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;
const f = (ms: number) => `${ms.toFixed(0)} ms`;

const [one] = reports;
const first = await timed(`/api/public/reports/${one?.id}/pdf`);
const cachedPublic: number[] = [];
const cachedStaff: number[] = [];
for (let i = 0; i < RUNS; i++) {
  cachedPublic.push((await timed(`/api/public/reports/${one?.id}/pdf`)).ms);
  cachedStaff.push((await timed(`/api/reports/${one?.id}/pdf`, { cookie })).ms);
}
const burst = await Promise.all(reports.slice(1).map((r) => timed(`/api/public/reports/${r.id}/pdf`)));
const served = burst.filter((b) => b.status === 200);

console.log(`report PDF on ${target.kind}, converter ${converter.engine} (${converter.program})`);
console.log(
  `  first (converted, stored):  ${f(first.ms)}  status ${first.status} ${first.how}, ${first.bytes} bytes`,
);
console.log(
  `  cached, public:             p50 ${f(pct(cachedPublic, 50))}  p95 ${f(pct(cachedPublic, 95))}  (${RUNS} runs)`,
);
console.log(
  `  cached, clerk's session:    p50 ${f(pct(cachedStaff, 50))}  p95 ${f(pct(cachedStaff, 95))}  (${RUNS} runs)`,
);
console.log(
  `  burst of ${BURST} unconverted:     ${served.length} served (slowest ${f(Math.max(...served.map((b) => b.ms)))}), ${burst.filter((b) => b.status === 503).length} refused with 503 (queue ${config.pdf.waiting} waiting)`,
);

await app.close();
await database.close();
await target.drop();
