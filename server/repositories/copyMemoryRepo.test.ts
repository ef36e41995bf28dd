import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { copyCommon } from '../db/schema';
import { testDatabase } from '../test/database';
import { findInMemory, memorySize, rememberReports, STOCK_REPORTS } from './copyMemoryRepo';

/** Fingerprint lists written by hand: the repository stores and looks up integers, whatever text they came from. */
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const remember = (countyId: string, hashes: number[], unitId: string | null = null) =>
  rememberReports(database.db, [
    { countyId, reviewId: crypto.randomUUID(), unitId, reportYear: 2025, hashes: Int32Array.from(hashes) },
  ]);

describe('copy memory repository', () => {
  it('counts the reports remembered per county, a repeated report once', async () => {
    const county = crypto.randomUUID();
    const reviewId = crypto.randomUUID();
    const entry = {
      countyId: county,
      reviewId,
      unitId: null,
      reportYear: 2025,
      hashes: Int32Array.from([1, 2]),
    };
    await rememberReports(database.db, [entry]);
    await rememberReports(database.db, [entry]);
    await remember(county, [3]);
    expect(await memorySize(database.db, county)).toBe(2);
    expect(await memorySize(database.db, crypto.randomUUID())).toBe(0);
  });

  it('nominates the reports sharing fingerprints, most shared first, within the county only', async () => {
    const county = crypto.randomUUID();
    const elsewhere = crypto.randomUUID();
    await remember(county, [10, 11, 12, 13]);
    await remember(county, [10, 11, 99]);
    await remember(county, [13, 98]);
    await remember(county, [500, 501]);
    await remember(elsewhere, [10, 11, 12, 13]);
    const { candidates, rowsRead } = await findInMemory(database.db, county, [
      Int32Array.from([10, 11, 12, 13, 14]),
    ]);
    // One shared fingerprint is chance (MIN_SHARED): the report sharing only 13 is read, not nominated.
    expect(rowsRead).toBe(3);
    expect(candidates[0]?.map((c) => c.shared)).toEqual([4, 2]);
    const none = await findInMemory(database.db, crypto.randomUUID(), [Int32Array.from([10, 11])]);
    expect(none.candidates).toEqual([[]]);
  });

  it('a fingerprint in STOCK_REPORTS reports becomes stock wording and nominates nobody after', async () => {
    const county = crypto.randomUUID();
    for (let i = 0; i < STOCK_REPORTS + 3; i++) await remember(county, [7000 + i, 8000 + i, 42]);
    const first = await findInMemory(database.db, county, [Int32Array.from([42])]);
    expect(first.newlyCommon).toBe(1);
    expect(first.candidates).toEqual([[]]);
    const stored = await database.db
      .select()
      .from(copyCommon)
      .where(and(eq(copyCommon.countyId, county), eq(copyCommon.hash, 42)));
    expect(stored).toHaveLength(1);
    const again = await findInMemory(database.db, county, [Int32Array.from([42, 7001, 8001])]);
    expect(again.rowsRead).toBe(1);
    expect(again.candidates[0]?.map((c) => c.shared)).toEqual([2]);
  });
});
