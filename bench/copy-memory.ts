/**
 * The county's copy memory at scale (issue 12 §4). Fills one county with N remembered
 * reports (default 20,000: synthetic report-like texts of ~10,000 characters from
 * reportProse, which shares official phrasing across reports, so common wording
 * exists), then times checking a new report against all of them:
 *
 * - repository level: memoryFingerprints → findInMemory (copy_common, then the GIN
 *   look-up in copy_memory) → memoryTexts → findCopiesParallel on the new report and its
 *   candidates (the steps reviewBatchAnalyzer's copiesFor runs);
 * - over HTTP with a real session: POST /api/reviews with one .txt file, the whole
 *   upload (read, analyze, copy check, store the review, its memory row and audit).
 *   Cold: the first upload after a restart (the database reopened, the analysis worker ended),
 *   COLD times straight away and COLD times PAGE_TO_UPLOAD ms (default 1,000) after the 审查
 *   page's list request, which starts the worker as the page opens; warm: the next uploads.
 * - over HTTP, a batch: BATCHES uploads (default 3) of 50 fresh files each (the upload limit):
 *   analysis on the worker pool, copy detection over the batch on the analysis worker
 *   (findCopiesInWorker: 50 reports are below PARALLEL_MIN_REPORTS), one memory look-up for
 *   all 50, then 50 reviews stored.
 *
 * Half the checked reports are fresh (nothing to find), half copy a remembered report
 * with the town's name changed (the copy must be found: the script fails otherwise).
 * Prints p50/p95 per line, labelled with the code path it times, and the bytes the
 * memory adds per report (pg_total_relation_size of copy_memory and copy_common, which
 * include their indexes and TOAST, over the reports remembered). Targets: ≤ 200 ms p95,
 * ≤ 5 KB per report.
 *
 *   npx tsx bench/copy-memory.ts [reports=20000]                      # embedded PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/fazhi_bench_copy npx tsx bench/copy-memory.ts
 *
 * The PostgreSQL database must exist (createdb) and is filled from scratch; drop it after.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { findCopies } from '../core/analyzer/copyDetection/findCopies';
import { MEMORY_VERIFY, memoryFingerprints } from '../core/analyzer/copyDetection/memoryFingerprints';
import { reportProse, seededRandom } from '../core/analyzer/copyDetection/syntheticReports';
import { closeAnalysisWorkers } from '../server/analysisPool';
import { hashPassword } from '../server/auth/password';
import { insertUnitAudited } from '../server/commands/unitCreator';
import { loadConfig } from '../server/config';
import { closeCopyDetectionWorkers, findCopiesParallel } from '../server/copyDetectionWorkers';
import { type Database, openDatabase } from '../server/db/client';
import { buildServer } from '../server/http/app';
import {
  findInMemory,
  memoryTexts,
  rebuildCommonWording,
  rememberReports,
  STOCK_REPORTS,
} from '../server/repositories/copyMemoryRepo';
import { insertReview } from '../server/repositories/reviewsRepo';
import type { UnitRow } from '../server/repositories/unitsRepo';
import { insertUser } from '../server/repositories/usersRepo';

const N = Number(process.argv[2] ?? 20_000);
const RUNS = Number(process.env.RUNS ?? 40);
const CHARS = 10_000;
/** Remembered reports also stored with their text, the sources the checked copies take from. */
const SOURCES = 200;
const PASSWORD = 'Bench-Copy-2026';
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
// DATA_DIR (PGlite) keeps the filled county between runs: a run finding N reports there
// skips the fill and only rebuilds the stock wording.
const keep = process.env.DATA_DIR;
const dataDir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-copymem-'));
const open = () => openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });

const rowsOf = (res: unknown): Record<string, unknown>[] =>
  (Array.isArray(res) ? res : (res as { rows: Record<string, unknown>[] }).rows) ?? [];
const ms = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}
/**
 * p50/p95 of wall time, and this process's CPU time per run (user + system; with PGlite the
 * database runs in this process too): on a shared machine the wall clock also counts
 * waiting for a core, the CPU time does not.
 */
function line(label: string, times: number[], cpuMs?: number) {
  const cpu = cpuMs === undefined ? '' : `   CPU ${(cpuMs / times.length).toFixed(1)} ms/run`;
  console.log(
    `${label.padEnd(78)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   (n=${times.length})${cpu}`,
  );
}
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

// --- the county ------------------------------------------------------------------------------
let database: Database = await open();
let db = database.db;
const COUNTY_CODE = '439997000000';
const [kept] = rowsOf(
  await db.execute(
    sql`select u.id::text as id, (select reports from copy_memory_counts c where c.county_id = u.id) as n from units u where u.code = ${COUNTY_CODE}`,
  ),
);
const reuse = Boolean(keep) && Number(kept?.n) >= N;
if (!reuse && keep) {
  await db.execute(
    sql`truncate copy_memory, copy_memory_counts, copy_common, report_reviews, audit_log, audit_heads, sessions, users, units`,
  );
}
if (process.env.DATABASE_URL) {
  await db.execute(
    sql`truncate copy_memory, copy_memory_counts, copy_common, report_reviews, audit_log, audit_heads, sessions, users, units`,
  );
}
const now = new Date();
const county = reuse
  ? ((await db.query.units.findFirst({ where: (u, { eq }) => eq(u.code, COUNTY_CODE) })) as UnitRow)
  : await insertUnitAudited(
      db,
      { name: '基准县', code: COUNTY_CODE, level: 'county', parent: null },
      null,
      now,
    );
const FIRST = '青龙白石桃花金沙云河柳溪梅岭松竹';
const SECOND = '山湾桥坪冲塘';
const towns: UnitRow[] = [];
for (let i = 0; i < 30 && reuse; i++) {
  const town = await db.query.units.findFirst({
    where: (u, { eq }) => eq(u.code, `439997${String(100 + i)}000`),
  });
  towns.push(town as UnitRow);
}
for (let i = 0; i < 30 && !reuse; i++) {
  const name = `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}镇`;
  towns.push(
    await insertUnitAudited(
      db,
      { name, code: `439997${String(100 + i)}000`, level: 'township', parent: county },
      null,
      now,
    ),
  );
}
const username = 'bench_copy_reviewer';
if (!reuse)
  await insertUser(db, {
    id: crypto.randomUUID(),
    unitId: county.id,
    username,
    displayName: '基准审查员',
    role: 'county_reviewer',
    phone: '13800000000',
    passwordHash: await hashPassword(PASSWORD),
    status: 'active',
    createdAt: now,
    updatedAt: now,
  });

// --- N remembered reports --------------------------------------------------------------------
const rng = seededRandom(2026);
const townOf = (i: number) => towns[i % towns.length] as UnitRow;
const yearOf = (i: number) => 2010 + (Math.floor(i / towns.length) % 16);
const sources: { id: string; town: UnitRow; text: string }[] = [];
let t = performance.now();
const CHUNK = 500;
let totalFingerprints = 0;
if (reuse) {
  for (const r of rowsOf(
    await db.execute(
      sql`select id::text as id, unit_id::text as unit, text from report_reviews where reviewer_unit_id = ${county.id} and file_name not like '%-%' order by file_name limit ${SOURCES}`,
    ),
  ))
    sources.push({
      id: String(r.id),
      town: towns.find((x) => x.id === r.unit) as UnitRow,
      text: String(r.text),
    });
  await db.execute(sql`delete from copy_common where county_id = ${county.id}`);
}
for (let from = 0; from < N && !reuse; from += CHUNK) {
  const entries = [];
  for (let i = from; i < Math.min(N, from + CHUNK); i++) {
    const town = townOf(i);
    const text = reportProse(rng, CHARS, town.name, yearOf(i));
    const id = crypto.randomUUID();
    const hashes = memoryFingerprints(text);
    totalFingerprints += hashes.length;
    entries.push({ countyId: county.id, reviewId: id, unitId: town.id, reportYear: yearOf(i), hashes });
    if (i % Math.floor(N / SOURCES) === 0 && sources.length < SOURCES) {
      sources.push({ id, town, text });
      await insertReview(db, {
        unitId: town.id,
        id,
        batchId: crypto.randomUUID(),
        reviewerUnitId: county.id,
        matchedUnit: true,
        fileName: `${town.name}${yearOf(i)}.txt`,
        format: 'txt',
        sizeBytes: text.length * 3,
        sha256: crypto.createHash('sha256').update(text).digest('hex'),
        reportUnit: town.name,
        reportYear: yearOf(i),
        text,
        result: { defects: [], indicators: [], copies: [] },
        error: null,
        createdBy: county.id,
        createdAt: now,
      });
    }
  }
  await rememberReports(db, entries);
  process.stdout.write(`\r  remembered ${Math.min(N, from + CHUNK).toLocaleString()} reports`);
}
const fillTime = ms(t);
t = performance.now();
const common = await rebuildCommonWording(db, county.id);
await db.execute(sql`analyze copy_memory`);
await db.execute(sql`analyze copy_common`);
console.log(
  reuse
    ? `${engine}: reusing ${N.toLocaleString()} remembered reports; ${common} stock-wording fingerprints (in ≥ ${STOCK_REPORTS} reports) found again in ${ms(t)}`
    : `\n${engine}: ${N.toLocaleString()} reports of ~${CHARS.toLocaleString()} characters remembered in ${fillTime} ` +
        `(${(totalFingerprints / N).toFixed(1)} memory fingerprints per report; ${SOURCES} stored with their text); ` +
        `${common} stock-wording fingerprints (in ≥ ${STOCK_REPORTS} reports) found in ${ms(t)}`,
);

// --- size ------------------------------------------------------------------------------------
async function sizes() {
  const [row] = rowsOf(
    await db.execute(sql`select
      pg_total_relation_size('copy_memory')::bigint as total,
      pg_relation_size('copy_memory')::bigint as heap,
      pg_relation_size('copy_memory_hashes_idx')::bigint as gin,
      pg_relation_size('copy_memory_county_id_review_id_pk')::bigint as pkey,
      pg_total_relation_size('copy_common')::bigint as common,
      (select count(*) from copy_memory)::bigint as reports`),
  );
  const n = Number(row?.reports);
  const per = (k: string) => (Number(row?.[k]) / n).toFixed(0);
  const all = (Number(row?.total) + Number(row?.common)) / n;
  console.log(
    `index size: ${(all / 1024).toFixed(2)} KB per report (target ≤ 5 KB) — copy_memory heap ${per('heap')} B, ` +
      `GIN ${per('gin')} B, primary key ${per('pkey')} B, with TOAST/FSM ${per('total')} B; copy_common ${per('common')} B; ${n.toLocaleString()} reports`,
  );
}
await sizes();

// --- what is checked -------------------------------------------------------------------------
/** Report k to check: even k fresh (nothing to find), odd k a remembered source with the town renamed. */
function checked(k: number): { text: string; sourceId: string | null; town: UnitRow } {
  const r = seededRandom(900_000 + k);
  if (k % 2 === 0) {
    const town = townOf(k);
    return { text: reportProse(r, CHARS, town.name, 2026), sourceId: null, town };
  }
  const src = sources[k % sources.length] as (typeof sources)[number];
  const town = towns.find((x) => x.id !== src.town.id && x.name !== src.town.name) as UnitRow;
  return { text: src.text.replaceAll(src.town.name, town.name), sourceId: src.id, town };
}
function expectFound(k: number, sourceId: string | null, otherIds: string[]) {
  if (sourceId && !otherIds.includes(sourceId))
    throw new Error(`check ${k}: the copied source ${sourceId} was not found`);
}

// --- repository level ------------------------------------------------------------------------
const repoTimes: number[] = [];
const lookupTimes: number[] = [];
let repoCpu = 0;
const stats = { fresh: 0, copy: 0, rows: 0, freshShared: [] as number[], copyShared: [] as number[] };
for (let k = 0; k < RUNS; k++) {
  const c = checked(k);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const fp = memoryFingerprints(c.text);
  const memory = await findInMemory(db, county.id, [fp]);
  const t1 = performance.now();
  const found = await memoryTexts(
    db,
    county.id,
    (memory.candidates[0] ?? []).map((x) => x.reviewId),
  );
  const docs = [
    { id: 'new', unit: c.town.name, year: 2026, text: c.text },
    ...found.map((f) => ({ id: f.id, unit: f.unitName, year: f.reportYear, text: f.text ?? '' })),
  ];
  const { pairs } = docs.length > 1 ? await findCopiesParallel(docs, MEMORY_VERIFY) : { pairs: [] };
  repoTimes.push(performance.now() - t0);
  repoCpu += cpuSince(cpu0);
  lookupTimes.push(t1 - t0);
  const cands = memory.candidates[0] ?? [];
  stats.rows += memory.rowsRead;
  if (c.sourceId) {
    stats.copy += cands.length;
    stats.copyShared.push(cands.find((x) => x.reviewId === c.sourceId)?.shared ?? 0);
  } else {
    stats.fresh += cands.length;
    stats.freshShared.push(Math.max(0, ...cands.map((x) => x.shared)));
  }
  expectFound(
    k,
    c.sourceId,
    pairs.map((p) => (p.a.id === 'new' ? p.b.id : p.a.id)),
  );
}
line('memoryFingerprints + findInMemory (copy_common, GIN look-up)', lookupTimes);
line('… + memoryTexts + findCopiesParallel (→ findCopies below 200 reports)', repoTimes, repoCpu);
console.log(
  `  per check: ${(stats.rows / RUNS).toFixed(1)} remembered reports read; candidates verified: ` +
    `${((2 * stats.fresh) / RUNS).toFixed(1)} for a fresh report (most shared ${stats.freshShared.sort((a, b) => a - b).join(',')}), ` +
    `${((2 * stats.copy) / RUNS).toFixed(1)} for a copy (its source shares ${stats.copyShared.sort((a, b) => a - b).join(',')})`,
);

// Verification alone, for scale: findCopies on the new report and one source.
{
  const times: number[] = [];
  for (let k = 1; k < RUNS; k += 2) {
    const c = checked(k);
    const src = sources.find((s) => s.id === c.sourceId);
    const t0 = performance.now();
    findCopies([
      { id: 'new', unit: c.town.name, year: 2026, text: c.text },
      { id: 'src', unit: src?.town.name ?? '', year: 2020, text: src?.text ?? '' },
    ]);
    times.push(performance.now() - t0);
  }
  line('findCopies alone (core, calling thread): new report + its copied source', times);
}

// --- over HTTP -------------------------------------------------------------------------------
async function startApp() {
  const config = { ...loadConfig({ FAZHI_LOG_LEVEL: 'silent' }), staticDir: '/nonexistent' };
  const app = await buildServer({ config, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  return { app, base, cookie };
}

let httpCpu = 0;
async function uploadOnce(base: string, cookie: string, k: number): Promise<number> {
  const c = checked(k);
  const form = new FormData();
  form.append('files', new Blob([c.text]), `${c.town.name}2026-${k}.txt`);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await fetch(`${base}/api/reviews`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body: form,
  });
  const elapsed = performance.now() - t0;
  httpCpu += cpuSince(cpu0);
  const body = (await r.json()) as { items: { id: string; copyCount: number }[] };
  if (r.status !== 201) throw new Error(`upload ${k}: ${r.status} ${JSON.stringify(body)}`);
  if (c.sourceId) {
    const id = body.items[0]?.id;
    const detail = (await (await fetch(`${base}/api/reviews/${id}`, { headers: { cookie } })).json()) as {
      result: { copies: { otherId: string }[] };
    };
    expectFound(
      k,
      c.sourceId,
      detail.result.copies.map((x) => x.otherId),
    );
  }
  return elapsed;
}

const BATCHES = Number(process.env.BATCHES ?? 3);
const BATCH_FILES = 50;
const batchTimes: number[] = [];
let batchCpu = 0;
/** One upload of BATCH_FILES fresh reports (nothing copied: each is checked against the memory and the batch). */
async function uploadBatch(base: string, cookie: string, b: number): Promise<number> {
  const form = new FormData();
  for (let f = 0; f < BATCH_FILES; f++) {
    const town = townOf(f);
    const text = reportProse(seededRandom(3_000_000 + b * 1000 + f), CHARS, town.name, 2026);
    form.append('files', new Blob([text]), `${town.name}2026-batch${b}-${f}.txt`);
  }
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await fetch(`${base}/api/reviews`, {
    method: 'POST',
    headers: { cookie, origin: base },
    body: form,
  });
  const elapsed = performance.now() - t0;
  httpCpu += cpuSince(cpu0);
  const body = (await r.json()) as { items: unknown[] };
  if (r.status !== 201 || body.items.length !== BATCH_FILES)
    throw new Error(`batch ${b}: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
  return elapsed;
}

const coldTimes: number[] = [];
const coldAfterPage: number[] = [];
const warmTimes: number[] = [];
const COLD = Number(process.env.COLD ?? 5);
/** Milliseconds between opening the 审查 page and the upload: a reviewer choosing a file takes longer. */
const PAGE_TO_UPLOAD = Number(process.env.PAGE_TO_UPLOAD ?? 1000);
for (let round = 0; round < 2 * COLD; round++) {
  // Cold: a restart. The database reopened (PGlite: a new instance over the data directory), a new
  // server, and no analysis worker (a new process has none; this one's are ended).
  await closeAnalysisWorkers();
  await database.close();
  database = await open();
  db = database.db;
  const { app, base, cookie } = await startApp();
  if (round % 2 === 0) {
    coldTimes.push(await uploadOnce(base, cookie, 1000 + round + 1));
  } else {
    // the reviewer opens the 审查 page (its list request starts the analysis worker), then uploads
    const page = await fetch(`${base}/api/reviews`, { headers: { cookie } });
    if (page.status !== 200) throw new Error(`review list: ${page.status}`);
    await page.arrayBuffer();
    await new Promise((r) => setTimeout(r, PAGE_TO_UPLOAD));
    coldAfterPage.push(await uploadOnce(base, cookie, 1000 + round + 1));
  }
  if (round === 2 * COLD - 1) {
    httpCpu = 0;
    for (let k = 0; k < RUNS; k++) warmTimes.push(await uploadOnce(base, cookie, 2000 + k));
    const warmCpu = httpCpu;
    for (let b = 0; b < BATCHES; b++) batchTimes.push(await uploadBatch(base, cookie, b));
    batchCpu = httpCpu - warmCpu;
    httpCpu = warmCpu;
  }
  await app.close();
}
line(
  `POST /api/reviews (reviewBatchAnalyzer, HTTP, real session), cold: first upload after a restart, nothing before it`,
  coldTimes,
);
line(
  `POST /api/reviews, cold: first upload after a restart, ${PAGE_TO_UPLOAD} ms after the 审查 page's list (GET /api/reviews)`,
  coldAfterPage,
);
line('POST /api/reviews (reviewBatchAnalyzer, HTTP, real session), warm', warmTimes, httpCpu);
if (batchTimes.length > 0)
  line(
    `POST /api/reviews, ${BATCH_FILES} files a batch (analysis pool, findCopiesInWorker, one memory look-up)`,
    batchTimes,
    batchCpu,
  );
console.log(
  `  load average while measuring: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${os.availableParallelism()} cores`,
);
await sizes();
await closeCopyDetectionWorkers();
await database.close();
// the temporary directory is made on PostgreSQL too (empty there)
if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
