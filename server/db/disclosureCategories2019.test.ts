import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_CATEGORIES } from '../../core/ledgers/kinds/disclosure';
import { insertRecords } from '../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../commands/ledgers/ledgerContext';
import { testNow } from '../test/clock';
import { testDatabase } from '../test/database';
import { buildCounty } from '../test/factories';
import type { Database } from './client';
import { MIGRATIONS_DIR } from './client';
import { ledgerRecords } from './schema';

/**
 * 0012: disclosure records under the 2008 proactive categories move to the 2019 ones
 * (《政府信息公开条例》 Art. 20/21). The database is migrated already, so each old record is written
 * as 2008-era data was (the old key in `data.category`) and the migration's SQL is run on it again:
 * what it does to such a record is what it did on upgrade.
 */
const TAG = '0012_disclosure_categories_2019';
const MAPPED: Record<string, string> = {
  rural_revitalisation: 'agri_policy',
  land_planning: 'homestead',
  expropriation: 'land_expropriation',
  welfare: 'social_assistance',
  public_works: 'procurement',
  family_planning: 'livelihood',
  general: 'organisation',
  finance: 'finance', // a key the 2019 list kept
  other: 'other',
};

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function runMigration() {
  const text = fs.readFileSync(path.join(MIGRATIONS_DIR, `${TAG}.sql`), 'utf8');
  await database.db.execute(sql.raw(text));
}

describe(`migration ${TAG}`, () => {
  it('is in the journal, so every database applies it', () => {
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.map((e) => e.tag)).toContain(TAG);
  });

  it('maps each 2008 key to a 2019 category and leaves other kinds alone', async () => {
    const db = database.db;
    const { townA } = await buildCounty(db);
    const kind = requireKind('disclosure');
    const env = await ledgerEnv(db, townA.path, testNow());
    const olds = Object.keys(MAPPED);
    const rows = await db.transaction((tx) =>
      insertRecords(
        tx,
        kind,
        townA.id,
        olds.map((_old, i) => ({
          values: { formedOn: '2018-06-01', title: `旧公开事项${i}`, category: 'other' },
          state: 'published',
          createdBy: null,
        })),
        env,
        testNow(),
      ),
    );
    // the 2008-era data: the old key, as records entered before the 2019 list still hold it
    for (const [i, row] of rows.entries()) {
      await db
        .update(ledgerRecords)
        .set({ data: { ...row.data, category: olds[i] } })
        .where(and(eq(ledgerRecords.unitId, townA.id), eq(ledgerRecords.id, row.id)));
    }
    // another kind's field called 'category' with an old key is not a disclosure record
    const dispute = requireKind('dispute');
    const [other] = await db.transaction((tx) =>
      insertRecords(
        tx,
        dispute,
        townA.id,
        [
          {
            values: {
              registeredOn: '2026-03-02',
              source: 'screening',
              type: 'neighbour',
              summary: '测试',
              riskLevel: 'low',
              category: 'welfare',
            },
            state: dispute.initialState,
            createdBy: null,
          },
        ],
        env,
        testNow(),
      ),
    );

    await runMigration();
    const after = await db
      .select({ id: ledgerRecords.id, data: ledgerRecords.data, version: ledgerRecords.version })
      .from(ledgerRecords)
      .where(eq(ledgerRecords.unitId, townA.id));
    const byId = new Map(after.map((r) => [r.id, r]));
    const current = new Set(DISCLOSURE_CATEGORIES.map((o) => o.value));
    for (const [i, row] of rows.entries()) {
      const old = olds[i] as string;
      const now = byId.get(row.id);
      expect(now?.data.category, old).toBe(MAPPED[old]);
      expect(current.has(String(now?.data.category)), old).toBe(true);
      expect(now?.data.title).toBe(`旧公开事项${i}`); // the rest of the record is untouched
      // re-classed records get a new version (a stale edit form is refused); kept keys do not
      expect(now?.version, old).toBe(old === 'finance' || old === 'other' ? row.version : row.version + 1);
    }
    expect(byId.get(other?.id ?? '')?.data.category).toBe('welfare');

    // a second run changes nothing
    await runMigration();
    const again = await db
      .select({ id: ledgerRecords.id, version: ledgerRecords.version })
      .from(ledgerRecords)
      .where(eq(ledgerRecords.unitId, townA.id));
    expect(new Map(again.map((r) => [r.id, r.version]))).toEqual(
      new Map(after.map((r) => [r.id, r.version])),
    );
  });
});
