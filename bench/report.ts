/**
 * The annual report at scale, on the county bench/indicators.ts generates (50 townships,
 * ledger rows of mixed kinds over three years; 1,000,000 rows ≈ 20,000 per township-year).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/fazhi_bench_ind npx tsx bench/report.ts
 *   (run bench/indicators.ts against the same database first; this script only reads)
 *
 * Prints: compose + .docx for one township-year (p50/p95 over RUNS), and the round trip for
 * every township (compose → .docx → read back → analyze), in total and how many read back
 * with every part, the right unit and year and every figure equal to the computed one.
 * Targets: compose + .docx ≤ 500 ms; the round trip for 50 townships ≤ 30 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { analyzeText } from '../core/analyzer/analyzeText';
import { operatorAt } from '../server/commands/context';
import { composeFromLedgers } from '../server/commands/reports/reportDraftOnly';
import { openDatabase } from '../server/db/client';
import { units } from '../server/db/schema';
import { readReport } from '../server/io/readReport';
import { reportToDocx } from '../server/io/reportDocx/reportDocx';
import type { UnitRow } from '../server/repositories/unitsRepo';

const RUNS = Number(process.env.RUNS ?? 20);
const YEAR = Number(process.env.YEAR ?? new Date().getUTCFullYear() - 1);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-report-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const { db } = database;
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

const townships: UnitRow[] = await db
  .select()
  .from(units)
  .where(eq(units.level, 'township'))
  .orderBy(units.code);
if (townships.length === 0) {
  console.error('no townships: run bench/indicators.ts against this database first');
  process.exit(2);
}
// counties generated before township names were digit-free: name them as real ones are named
if (townships.some((t) => /\d/.test(t.name))) {
  const SYLLABLES = '青柳云东桃金白石龙凤花竹松梅兰清河湖山溪';
  for (const [i, t] of townships.entries()) {
    t.name = `${SYLLABLES[i % SYLLABLES.length]}${SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]}镇`;
    await db.update(units).set({ name: t.name }).where(eq(units.id, t.id));
  }
}
const first = townships[0] as UnitRow;
const perTown = rowsOf<{ n: number }>(
  await db.execute(
    sql`select count(*)::int as n from ledger_records where unit_id = ${first.id} and event_date between ${`${YEAR}-01-01`}::date and ${`${YEAR}-12-31`}::date`,
  ),
)[0]?.n;
const allRows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ledger_records`))[0]
  ?.n;
const now = new Date(`${YEAR + 1}-01-20T02:00:00Z`);
const actorAt = operatorAt;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

// --- one township-year: compose + .docx ----------------------------------------------------------
// "after a write": a record of the township changed just before, so its figures are computed
// afresh (the indicator cache follows the ledgers); "unchanged": figures from that cache.
const touch = () =>
  db.execute(
    sql`update ledger_records set updated_at = now() where (unit_id, id) in (select unit_id, id from ledger_records where unit_id = ${first.id} and event_date between ${`${YEAR}-01-01`}::date and ${`${YEAR}-12-31`}::date limit 1)`,
  );
let bytes = 0;
async function timeCompose(fresh: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    if (fresh) await touch();
    const t = performance.now();
    const { rendered } = await composeFromLedgers({ db, actor: actorAt(first), now }, first, YEAR);
    const docx = await reportToDocx(rendered);
    if (i >= 2) times.push(performance.now() - t); // two warm-up runs
    bytes = docx.length;
  }
  return times;
}
const fresh = await timeCompose(true);
const cached = await timeCompose(false);
console.log(
  `engine ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}; ledger rows ${allRows}; ${first.name} rows in ${YEAR}: ${perTown}`,
);
for (const [label, times] of [
  ['after a write', fresh],
  ['unchanged', cached],
] as const) {
  console.log(
    `compose + .docx, one township-year, ${label}: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${RUNS} runs, ${bytes} bytes)`,
  );
}

// --- the round trip for every township ----------------------------------------------------------
const t0 = performance.now();
let good = 0;
const problems: string[] = [];
for (const unit of townships) {
  const { rendered, values } = await composeFromLedgers({ db, actor: actorAt(unit), now }, unit, YEAR);
  const docx = await reportToDocx(rendered);
  const read = await readReport({ name: 'r.docx', data: docx });
  if (!('text' in read)) {
    problems.push(`${unit.name}: ${read.error}`);
    continue;
  }
  const a = analyzeText(read.text);
  const sectionsOk = Object.values(a.sections).every(Boolean);
  const wrong = a.indicators.filter((x) => {
    const v = values[x.key]?.value;
    return v === null || v === undefined || Math.abs(v - x.value) > 0.0501;
  });
  const ok =
    sectionsOk &&
    a.report_year === YEAR &&
    a.unit?.includes(unit.name) &&
    a.defects.length === 0 &&
    wrong.length === 0;
  if (ok) good++;
  else
    problems.push(
      `${unit.name}: sections ${sectionsOk}, year ${a.report_year}, unit ${a.unit}, defects ${a.defects.map((d) => d.message).join('；') || 0}, wrong figures ${wrong.map((x) => `${x.key}=${x.value} vs ${values[x.key]?.value} «${x.quote}»`).join('；') || 0}`,
    );
}
const total = performance.now() - t0;
console.log(
  `round trip for ${townships.length} townships: ${(total / 1000).toFixed(2)} s (${(total / townships.length).toFixed(0)} ms each); read back right: ${good}/${townships.length}`,
);
for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
