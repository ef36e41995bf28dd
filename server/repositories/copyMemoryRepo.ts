import { and, eq, inArray, sql } from 'drizzle-orm';
import { memoryFingerprints } from '../../core/analyzer/copyDetection/memoryFingerprints';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { copyCommon, copyMemory, copyMemoryCounts, reportReviews, units } from '../db/schema';

/**
 * The county's memory of received reports (tables copy_memory and copy_common, see
 * server/db/schema.ts). Every query filters on the county (the receiving unit), so one
 * county's reports are never compared with another's.
 */

/** Most earlier reports verified on their full text for one new report (the ones sharing the most rare fingerprints). */
export const MAX_CANDIDATES = 10;

/**
 * A memory fingerprint in this many of a county's reports is stock wording to the
 * memory, whatever the county's size: it is not asked again, so a look-up reads fewer
 * than this many reports per fingerprint it asks. findCopies' evidence limit (5 reports
 * up to 5,000, 0.1% beyond) would do in a batch, not here: the limit counts the copies
 * themselves, and at 5 the fourth township copying a report no longer found it (tested);
 * at 20 (the evidence limit at 20,000 reports) look-ups read hundreds of reports. A
 * passage copied into 10 or more of a county's reports is nominated by its other
 * fingerprints only — by then it is the county's template.
 */
export const STOCK_REPORTS = 10;

/**
 * Rare fingerprints an earlier report must share to be verified. One is chance: in the
 * benchmark 19 of 20 fresh reports shared exactly one with some of 20,000 reports (6.5
 * such candidates each, each costing a verification on the full texts), while a report
 * copied from another shared 57 to 77 of its some 90. The price: a single copied passage
 * shorter than twice MEMORY_GUARANTEE (some 450 characters) may share only one and is
 * then not found through the memory (the previous-year report of the same township is
 * still compared whole, see reviewBatchAnalyzer).
 */
export const MIN_SHARED = 2;

/** An int4[] literal for a parameter: drizzle spreads a JS array into a list of parameters. */
const intArray = (xs: ArrayLike<number>) => `{${Array.from(xs).join(',')}}`;

export interface MemoryEntry {
  countyId: string;
  reviewId: string;
  /** The township the report matched; null when it matched none. */
  unitId: string | null;
  reportYear: number | null;
  hashes: Int32Array;
}

/** Remembers received reports (on upload, in the review's transaction). A report already remembered is left as it is. */
export async function rememberReports(db: Db, entries: MemoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const added = await db
    .insert(copyMemory)
    .values(
      entries.map((e) => ({
        countyId: e.countyId,
        reviewId: e.reviewId,
        unitId: e.unitId,
        reportYear: e.reportYear,
        hashes: Array.from(e.hashes),
      })),
    )
    .onConflictDoNothing()
    .returning({ countyId: copyMemory.countyId });
  const perCounty = new Map<string, number>();
  for (const a of added) perCounty.set(a.countyId, (perCounty.get(a.countyId) ?? 0) + 1);
  for (const [countyId, reports] of perCounty) {
    await db
      .insert(copyMemoryCounts)
      .values({ countyId, reports })
      .onConflictDoUpdate({
        target: copyMemoryCounts.countyId,
        set: { reports: sql`${copyMemoryCounts.reports} + excluded.reports` },
      });
  }
}

/** Reports the county has remembered. */
export async function memorySize(db: Db, countyId: string): Promise<number> {
  const [row] = await db
    .select({ n: copyMemoryCounts.reports })
    .from(copyMemoryCounts)
    .where(eq(copyMemoryCounts.countyId, countyId));
  return Number(row?.n ?? 0);
}

export interface MemoryCandidate {
  reviewId: string;
  unitId: string | null;
  reportYear: number | null;
  /** Rare fingerprints it shares with the new report. */
  shared: number;
}

export interface MemoryLookup {
  /** Per new report (same order as asked), the earlier reports worth verifying, most shared first. */
  candidates: MemoryCandidate[][];
  /** Fingerprints found to be common wording by this look-up (now stored as such). */
  newlyCommon: number;
  /** Remembered reports the look-up read (for the benchmark). */
  rowsRead: number;
}

/**
 * Earlier reports of the county sharing rare memory fingerprints with each new report:
 * the county's stock wording is dropped first (copy_common), the remaining
 * fingerprints of all new reports are looked up at once through the GIN index, and the
 * look-up's own rows give each fingerprint's document frequency. A fingerprint in
 * STOCK_REPORTS reports or more is stored in copy_common, so no later look-up fetches
 * its reports again — which bounds a look-up to fewer than that many rows per
 * fingerprint (the benchmark's phrasing has 24-character grams in 20–200 of 20,000
 * reports, below the common-wording limit; left in, they made a look-up read a thousand
 * rows). Once stored, a fingerprint stays.
 * `exclude` are reviews not to return (the new ones, when already remembered).
 */
export async function findInMemory(
  db: Db,
  countyId: string,
  reports: Int32Array[],
  exclude: string[] = [],
): Promise<MemoryLookup> {
  const all = new Set<number>();
  for (const r of reports) for (const h of r) all.add(h);
  const empty: MemoryLookup = { candidates: reports.map(() => []), newlyCommon: 0, rowsRead: 0 };
  if (all.size === 0) return empty;
  const asked = intArray([...all]);
  // One statement: the county's stock wording among the asked fingerprints (by copy_common's
  // primary key), and the reports sharing any of the others (by the GIN index). The overlap is
  // asked with the array as a sub-select (an InitPlan): the planner cannot see its values, so it
  // takes the operator's default selectivity (1 %: DEFAULT_OVERLAP_SEL in PostgreSQL's
  // src/backend/utils/adt/array_selfuncs.c; EXPLAIN estimates 202 of 20,000 rows) and reads the
  // GIN index, on PGlite and PostgreSQL alike (docs/performance.md §5). Given the literal
  // array instead it guessed a fifth of the rows and scanned the table or the county's primary
  // key, testing the overlap row by row (120-210 ms at 1,000 reports on PGlite), which took
  // `set local enable_seqscan = off` in a transaction of its own: five statements, now one.
  // The county is filtered on the few rows the overlap returns (a materialized CTE). The rows'
  // whole fingerprint lists come back (some 90 integers each) and are intersected here:
  // intersecting in SQL cost 0.35 ms a row on PGlite.
  const rows = rowsOf(
    await db.execute(sql`
      with stock as materialized (
        select coalesce(array_agg(hash), '{}'::int4[]) as hashes from copy_common
        where county_id = ${countyId} and hash = any(${asked}::int4[])
      ), hit as materialized (
        select m.county_id, m.review_id, m.unit_id, m.report_year, m.hashes
        from copy_memory m
        where m.hashes && (select coalesce(array_agg(h), '{}'::int4[])
          from unnest(${asked}::int4[]) h, stock where h <> all(stock.hashes))
      )
      select review_id::text as review_id, unit_id::text as unit_id, report_year, hashes,
        (select hashes from stock) as stock
      from hit
      where county_id = ${countyId} and review_id <> all(${`{${exclude.join(',')}}`}::uuid[])`),
  );
  // Every row carries the stock wording found; with no row there is nothing to nominate.
  for (const h of parseIntArray(rows[0]?.stock)) all.delete(h);
  if (all.size === 0) return empty;
  const found = rows.map((r) => ({
    reviewId: String(r.review_id),
    unitId: r.unit_id === null || r.unit_id === undefined ? null : String(r.unit_id),
    reportYear: r.report_year === null || r.report_year === undefined ? null : Number(r.report_year),
    shared: parseIntArray(r.hashes).filter((h) => all.has(h)),
  }));
  const df = new Map<number, number>();
  for (const f of found) for (const h of f.shared) df.set(h, (df.get(h) ?? 0) + 1);
  // The new reports count too: a sentence all of them carry is stock wording as well.
  for (const r of reports) for (const h of r) if (df.has(h)) df.set(h, (df.get(h) ?? 0) + 1);
  const stock = [...df].filter(([, k]) => k >= STOCK_REPORTS).map(([h]) => h);
  if (stock.length > 0) {
    await db
      .insert(copyCommon)
      .values(stock.map((hash) => ({ countyId, hash })))
      .onConflictDoNothing();
  }
  const candidates = reports.map((r) => {
    const mine = new Set(r);
    const list: MemoryCandidate[] = [];
    for (const f of found) {
      let shared = 0;
      for (const h of f.shared) if (mine.has(h) && (df.get(h) ?? 0) < STOCK_REPORTS) shared++;
      if (shared >= MIN_SHARED)
        list.push({ reviewId: f.reviewId, unitId: f.unitId, reportYear: f.reportYear, shared });
    }
    list.sort((a, b) => b.shared - a.shared || a.reviewId.localeCompare(b.reviewId));
    return list.slice(0, MAX_CANDIDATES);
  });
  return { candidates, newlyCommon: stock.length, rowsRead: found.length };
}

/** PGlite hands back an int4[] as an array, node-postgres too; a text form is parsed as a fallback. */
function parseIntArray(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(Number);
  if (typeof v === 'string') return v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
  return [];
}

/** Texts of remembered reports, for verification, within the county only. */
export function memoryTexts(db: Db, countyId: string, reviewIds: string[]) {
  if (reviewIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: reportReviews.id,
      unitId: reportReviews.unitId,
      matchedUnit: reportReviews.matchedUnit,
      unitName: units.name,
      reportUnit: reportReviews.reportUnit,
      reportYear: reportReviews.reportYear,
      fileName: reportReviews.fileName,
      text: reportReviews.text,
    })
    .from(reportReviews)
    .innerJoin(units, eq(units.id, reportReviews.unitId))
    .where(and(eq(reportReviews.reviewerUnitId, countyId), inArray(reportReviews.id, reviewIds)));
}

/**
 * Stores as stock wording every memory fingerprint in at least STOCK_REPORTS of the
 * county's reports (as findInMemory would, one look-up at a time): after a bulk load
 * (the benchmark) or the backfill, so the first look-up does not meet thousands of
 * reports through a stock sentence.
 */
export async function rebuildCommonWording(db: Db, countyId: string): Promise<number> {
  const limit = STOCK_REPORTS;
  const res = rowsOf(
    await db.execute(sql`
      insert into copy_common (county_id, hash)
      select ${countyId}::uuid, h from copy_memory m, unnest(m.hashes) h
      where m.county_id = ${countyId}
      group by h having count(*) >= ${limit}
      on conflict do nothing
      returning hash`),
  );
  return res.length;
}

/**
 * Remembers the reviews stored before the memory existed (or by a version that did not
 * fill it): run by `serve` at start, in the background, in chunks of `chunk`; then
 * rebuilds each touched county's common wording. Returns the reports added.
 */
export async function backfillCopyMemory(db: Db, chunk = 200): Promise<number> {
  let added = 0;
  const counties = new Set<string>();
  for (;;) {
    const rows = await db
      .select({
        id: reportReviews.id,
        unitId: reportReviews.unitId,
        matchedUnit: reportReviews.matchedUnit,
        reviewerUnitId: reportReviews.reviewerUnitId,
        reportYear: reportReviews.reportYear,
        text: reportReviews.text,
      })
      .from(reportReviews)
      .where(
        sql`${reportReviews.text} is not null and not exists (select 1 from copy_memory m
          where m.county_id = ${reportReviews.reviewerUnitId} and m.review_id = ${reportReviews.id})`,
      )
      .limit(chunk);
    if (rows.length === 0) break;
    await rememberReports(
      db,
      rows.map((r) => ({
        countyId: r.reviewerUnitId,
        reviewId: r.id,
        unitId: r.matchedUnit ? r.unitId : null,
        reportYear: r.reportYear,
        hashes: memoryFingerprints(r.text ?? ''),
      })),
    );
    for (const r of rows) counties.add(r.reviewerUnitId);
    added += rows.length;
  }
  for (const c of counties) await rebuildCommonWording(db, c);
  return added;
}
