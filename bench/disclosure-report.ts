/**
 * The 政府信息公开工作年度报告 of a township-year with 2,000 requests (plus 200 proactive
 * disclosures and 20 复议诉讼案件 about disclosure), drafted over HTTP by a signed-in clerk
 * against `fazhi serve` started as users start it. Target (issue 16): drafting ≤ 500 ms.
 *
 *   npx tsx bench/disclosure-report.ts                                               # PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/disclosure-report.ts
 *
 * Code paths timed (each prints p50/p95, and the server's CPU per request from /proc: the machine
 * is shared, so wall times under load are not the idle figure; the load average is printed):
 * - draft (cold): POST /api/disclosure-reports, the first request of its kind after the server
 *   started (one report per township-year, so one sample per run); the server is the bundle
 *   `npm start` runs (built first: from source, tsx would compile on first use);
 * - draft (warm): POST /api/disclosure-reports/:id/refresh, the same composition from the
 *   ledger rows (repository → core composeTables → save with audit), repeated;
 * - view (warm): GET /api/disclosure-reports/:id (checks recomputed, trace left out);
 * - .docx (cold: the first after start, which loads the docx package; warm): GET …/:id/docx.
 * PROFILE=dir writes the server's CPU profile (--cpu-prof); KEEP=1 keeps the database.
 */
import os from 'node:os';
import type { RecordData } from '../core/ledgers';
import { insertRecords } from '../server/commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../server/commands/ledgers/ledgerContext';
import { openDatabase } from '../server/db/client';
import { buildCounty, buildUser, TEST_PASSWORD } from '../server/test/factories';
import { freshTarget, percentile, Session, stopServer } from './httpBench';
import { cpuMs, startServer } from './lib.mjs';

// the bundle `npm start` runs (bin/fazhi.mjs falls back to tsx, which compiles on first use)
const buildServer = '../scripts/build-server.mjs';
await import(buildServer);

const N = Number(process.env.REQUESTS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 30);
const YEAR = 2025;
const target = await freshTarget('disc');

// --- data, written in-process before the server starts (PGlite allows one process) -------------
const database = await openDatabase({
  databaseUrl: target.env.DATABASE_URL || undefined,
  // a server database needs no directory; PGlite gets the fresh one freshTarget made
  dataDir: target.env.FAZHI_DATA_DIR ?? '',
});
const { db } = database;
const now = new Date(`${YEAR + 1}-01-10T02:00:00Z`);
const county = await buildCounty(db, now);
const town = county.townA;
const clerk = await buildUser(db, town, 'township_clerk');
const TYPES = [
  'natural',
  'natural',
  'natural',
  'business',
  'research',
  'public_interest',
  'legal_service',
  'other_org',
];
const OUTCOMES = ['provided', 'already_public', 'partial', 'not_exist', 'repeated', 'other'];
const pad = (n: number) => String(n).padStart(2, '0');
const requests: { state: string; values: RecordData }[] = Array.from({ length: N }, (_, i) => {
  const receivedOn = `${YEAR}-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`;
  const base: RecordData = {
    receivedOn,
    receiptMethod: 'online',
    applicant: `申请人${i}`,
    content: `申请公开第${i}项政府信息`,
    applicantType: TYPES[i % TYPES.length],
  };
  if (i % 10 === 0) return { state: 'received', values: base };
  const withheld = i % 9 === 0;
  return {
    state: 'answered',
    values: {
      ...base,
      answeredOn: `${YEAR}-${pad((i % 12) + 1)}-${pad((i % 27) + 2)}`,
      outcome: withheld ? 'withheld' : OUTCOMES[i % OUTCOMES.length],
      ...(withheld ? { reportOutcome: 'w_third' } : {}),
      answerText: '依法答复',
    },
  };
});
const tData = performance.now();
const env = await ledgerEnv(db, town.path, now);
for (let i = 0; i < requests.length; i += 500) {
  await db.transaction((tx) =>
    insertRecords(
      tx,
      requireKind('disclosure_request'),
      town.id,
      requests.slice(i, i + 500).map((r) => ({ ...r, createdBy: null })),
      env,
      now,
    ),
  );
}
await db.transaction((tx) =>
  insertRecords(
    tx,
    requireKind('disclosure'),
    town.id,
    Array.from({ length: 200 }, (_, i) => ({
      state: 'published',
      values: {
        formedOn: `${YEAR}-${pad((i % 12) + 1)}-01`,
        title: `公开信息${i}`,
        category: 'social_assistance',
        publishedOn: `${YEAR}-${pad((i % 12) + 1)}-05`,
      },
      createdBy: null,
    })),
    env,
    now,
  ),
);
await db.transaction((tx) =>
  insertRecords(
    tx,
    requireKind('litigation_case'),
    town.id,
    Array.from({ length: 20 }, (_, i) => ({
      state: 'answered',
      values: {
        receivedOn: `${YEAR}-${pad((i % 12) + 1)}-10`,
        type: 'litigation',
        counterparty: `原告${i}`,
        organ: '基准县人民法院',
        disputedAct: '政府信息公开答复',
        aboutDisclosure: true,
        answeredOn: `${YEAR}-${pad((i % 12) + 1)}-12`,
      },
      createdBy: null,
    })),
    env,
    now,
  ),
);
await database.close();
console.log(
  `data: ${N} requests, 200 disclosures, 20 cases in ${Math.round(performance.now() - tData)} ms (${target.kind})`,
);

// --- over HTTP -----------------------------------------------------------------------------------
// PROFILE=dir writes a CPU profile of the server (--cpu-prof) on exit
const profile = process.env.PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE}`] : [];
const server = await startServer(target.env, profile);
const pid = server.child.pid as number;
/** wall ms and the server's CPU ms (user + system, /proc) of one request */
async function timed<T>(run: () => Promise<T & { ms: number }>): Promise<T & { ms: number; cpu: number }> {
  const c0 = cpuMs(pid);
  const r = await run();
  return { ...r, cpu: cpuMs(pid) - c0 };
}
try {
  const s = await new Session(server.base).login(clerk.username, TEST_PASSWORD);
  const load0 = os.loadavg()[0] ?? 0;
  const cold = await timed(() =>
    s.request<{
      id: string;
      version: number;
      document: { tables: { requests: Record<string, number> } };
    }>('POST', '/api/disclosure-reports', { year: YEAR }),
  );
  if (cold.status !== 201) throw new Error(`draft: ${cold.status} ${JSON.stringify(cold.body)}`);
  const id = cold.body.id;
  let version = cold.body.version;
  const refresh: number[] = [];
  const refreshCpu: number[] = [];
  const view: number[] = [];
  const docx: number[] = [];
  const docxCpu: number[] = [];
  const coldDocx = await timed(() => s.request('GET', `/api/disclosure-reports/${id}/docx`));
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() =>
      s.request<{ version: number }>('POST', `/api/disclosure-reports/${id}/refresh`, { version }),
    );
    if (r.status !== 200) throw new Error(`refresh: ${r.status}`);
    version = r.body.version;
    refresh.push(r.ms);
    refreshCpu.push(r.cpu);
    view.push((await s.request('GET', `/api/disclosure-reports/${id}`)).ms);
    const d = await timed(() => s.request('GET', `/api/disclosure-reports/${id}/docx`));
    docx.push(d.ms);
    docxCpu.push(d.cpu);
  }
  const f = (xs: number[]) =>
    `p50 ${percentile(xs, 50).toFixed(0)} ms, p95 ${percentile(xs, 95).toFixed(0)} ms`;
  console.log(`new requests counted: ${cold.body.document.tables.requests['req.new.total']}`);
  const cpu = (xs: number[]) => `server CPU p50 ${percentile(xs, 50).toFixed(0)} ms`;
  console.log(
    `load average at start ${load0.toFixed(2)}, at end ${(os.loadavg()[0] ?? 0).toFixed(2)} (2 cores)`,
  );
  console.log(
    `draft (cold, POST /api/disclosure-reports, first after start): ${cold.ms.toFixed(0)} ms, server CPU ${cold.cpu.toFixed(0)} ms`,
  );
  console.log(
    `draft (warm, POST …/refresh, same composition, ${RUNS} runs): ${f(refresh)}; ${cpu(refreshCpu)}`,
  );
  console.log(`  cold / warm CPU ratio: ${(cold.cpu / percentile(refreshCpu, 50)).toFixed(2)}`);
  console.log(`view (warm, GET …/:id): ${f(view)}`);
  console.log(
    `docx (cold, first GET …/:id/docx): ${coldDocx.ms.toFixed(0)} ms, server CPU ${coldDocx.cpu.toFixed(0)} ms`,
  );
  console.log(`docx (warm, GET …/:id/docx): ${f(docx)}; ${cpu(docxCpu)}`);
} finally {
  await stopServer(server.child);
  if (process.env.KEEP) console.log(`kept ${JSON.stringify(target.env)}`);
  else await target.drop();
}
