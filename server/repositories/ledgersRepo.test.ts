import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPUTE_TYPES } from '../../core/ledgers/kinds/dispute';
import type { Database } from '../db/client';
import { rowsOf } from '../db/rows';
import { testDatabase } from '../test/database';
import { COUNT_CAP, keyedPage, type ListFilter, listRecords, monthKeys } from './ledgersRepo';

/**
 * The list's newest-rows window (issue 17): whatever path answers, a page holds exactly the rows
 * a plain ordered query gives, and the total is exact, a lower bound or a labelled estimate.
 * 1,500 records in one township (more than the 1,000-row window), 12 in another, written in SQL.
 */
let database: Database;
const big = crypto.randomUUID();
const small = crypto.randomUUID();
const county = crypto.randomUUID();
const ROWS = 1500;
const TYPES = DISPUTE_TYPES.map((o) => o.value);

beforeAll(async () => {
  database = await testDatabase();
  const { db } = database;
  await db.execute(sql`
    insert into units (id, parent_id, name, level, code, path, created_at) values
      (${county}, null, '窗口县', 'county', '439997000000', ${`/${county}/`}, now()),
      (${big}, ${county}, '大镇', 'township', '439997101000', ${`/${county}/${big}/`}, now()),
      (${small}, ${county}, '小镇', 'township', '439997102000', ${`/${county}/${small}/`}, now())`);
  // every 9th record of the big township a 劳资 dispute; 'other' only on its five oldest, so a
  // filter on it finds nothing in the newest rows; 欠薪 in every 4th summary
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${big}::uuid, gen_random_uuid(), 'dispute', 2025, i, '纠' || i, '纠纷' || i, 'closed', date '2025-01-01' + (i / 5),
      jsonb_build_object('type', case when i <= 5 then 'other' when i % 9 = 0 then 'labour' else 'family' end),
      '[]'::jsonb, case when i % 4 = 0 then '因欠薪争执' else '因噪音争执' end, now(), now(), 1
    from generate_series(1, ${ROWS}) i`);
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${small}::uuid, gen_random_uuid(), 'dispute', 2025, i, '纠' || i, '纠纷' || i, 'closed', date '2025-03-01' + i,
      jsonb_build_object('type', (${`{${TYPES.join(',')}}`}::text[])[1 + i % ${TYPES.length}]), '[]'::jsonb, '因欠薪争执', now(), now(), 1
    from generate_series(1, 12) i`);
  await db.execute(sql`analyze ledger_records`);
});
afterAll(async () => {
  await database?.close();
});

const base = { kind: 'dispute', sort: 'eventDate', order: 'desc', limit: 20, offset: 0 } as const;
const typeIs = (v: string) => ({ type: { values: [v], array: false } });

/** What the page must be: every match, newest first, by a query with no index tricks. */
async function expected(f: ListFilter, where: string): Promise<string[]> {
  const ids = rowsOf<{ id: string }>(
    await database.db.execute(
      sql.raw(`select id from ledger_records where unit_id in (${f.unitIds.map((u) => `'${u}'`).join(',')})
        and ${where} order by event_date desc, id desc limit ${f.limit} offset ${f.offset}`),
    ),
  );
  return ids.map((r) => r.id);
}
const ids = (p: Awaited<ReturnType<typeof listRecords>>) => p.rows.map((r) => r.record.id);

describe('ledger list pages', () => {
  it('a broad filter over more rows than the window: the right page, counted while the estimate is small', async () => {
    const f: ListFilter = { ...base, unitIds: [big], fields: typeIs('labour') };
    const page = await listRecords(database.db, f);
    expect(ids(page)).toEqual(await expected(f, `data->>'type' = 'labour'`));
    // 166 labour records: the window's share estimates fewer than the cap, so they are counted
    expect([page.total, page.totalExact, page.totalEstimated]).toEqual([166, true, false]);
    const second = await listRecords(database.db, { ...f, offset: 20 });
    expect(ids(second)).toEqual(await expected({ ...f, offset: 20 }, `data->>'type' = 'labour'`));
  });

  it('a search over more rows than the window: the right page and an exact count', async () => {
    const f: ListFilter = { ...base, unitIds: [big], q: '欠薪' };
    const page = await listRecords(database.db, f);
    expect(ids(page)).toEqual(await expected(f, `search_text like '%欠薪%'`));
    // 375 matches: under the cap, so counted exactly after all
    expect([page.total, page.totalExact, page.totalEstimated]).toEqual([375, true, false]);
    const none = await listRecords(database.db, { ...f, q: '欠薪噪音' });
    expect([none.rows.length, none.total, none.totalExact]).toEqual([0, 0, true]);
  });

  it('a filter whose matches all lie past the window is answered by the indexes', async () => {
    const f: ListFilter = { ...base, unitIds: [big], fields: typeIs('other') };
    const page = await listRecords(database.db, f);
    expect(ids(page)).toEqual(await expected(f, `data->>'type' = 'other'`));
    expect([page.rows.length, page.total, page.totalExact, page.totalEstimated]).toEqual([5, 5, true, false]);
  });

  it('a scope smaller than the window is counted exactly from the window', async () => {
    const f: ListFilter = { ...base, unitIds: [small, big], limit: 3, fields: typeIs('labour') };
    const page = await listRecords(database.db, { ...f, unitIds: [small] });
    expect(ids(page)).toEqual(await expected({ ...f, unitIds: [small] }, `data->>'type' = 'labour'`));
    expect([page.total, page.totalExact, page.totalEstimated]).toEqual([1, true, false]);
    // the whole list of both: more than the cap would be, estimated; from each unit's newest rows
    // merged, and (past 16 units, as for a county) from one walk of the kind's date index
    const all = await listRecords(database.db, { ...base, unitIds: [big, small] });
    expect(ids(all)).toEqual(await expected({ ...base, unitIds: [big, small] }, 'true'));
    const many = [big, small, ...Array.from({ length: 15 }, () => crypto.randomUUID())];
    const county = await listRecords(database.db, { ...base, unitIds: many, offset: 20 });
    expect(ids(county)).toEqual(await expected({ ...base, unitIds: many, offset: 20 }, 'true'));
    expect(county.totalEstimated).toBe(true);
    expect(all.totalEstimated).toBe(true);
    expect(all.total).toBeGreaterThan(COUNT_CAP);
    expect(all.total).toBeLessThan(2000);
  });

  it('another order takes the indexed path and counts up to the cap', async () => {
    const f: ListFilter = { ...base, unitIds: [big], sort: 'number', order: 'asc' };
    const page = await listRecords(database.db, f);
    expect(page.rows.map((r) => r.record.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect([page.total, page.totalExact, page.totalEstimated]).toEqual([COUNT_CAP, false, false]);
  });

  it('a word common in the kind but rare in the scope is estimated, not counted across the kind', async () => {
    const { db } = database;
    const wide = crypto.randomUUID();
    const rare = crypto.randomUUID();
    await db.execute(sql`
      insert into units (id, parent_id, name, level, code, path, created_at) values
        (${wide}, ${county}, '宽镇', 'township', '439997103000', ${`/${county}/${wide}/`}, now()),
        (${rare}, ${county}, '稀镇', 'township', '439997104000', ${`/${county}/${rare}/`}, now())`);
    // 6,000 records with 宅基地 elsewhere; in this township 60 of 1,200, and 60 with 赡养 (nowhere else)
    await db.execute(sql`
      insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
      select ${wide}::uuid, gen_random_uuid(), 'dispute', 2025, i, '纠' || i, '纠纷' || i, 'closed', date '2025-01-01' + (i / 20),
        '{"type":"family"}'::jsonb, '[]'::jsonb, '因宅基地争执', now(), now(), 1
      from generate_series(1, 6000) i`);
    await db.execute(sql`
      insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
      select ${rare}::uuid, gen_random_uuid(), 'dispute', 2025, i, '纠' || i, '纠纷' || i, 'closed', date '2025-01-01' + (i / 5),
        '{"type":"family"}'::jsonb, '[]'::jsonb,
        case i % 20 when 0 then '因宅基地争执' when 10 then '因赡养争执' else '因噪音争执' end, now(), now(), 1
      from generate_series(1, 1200) i`);
    await db.execute(sql`analyze ledger_records`);
    const f: ListFilter = { ...base, unitIds: [rare], q: '宅基' };
    const page = await listRecords(db, f);
    expect(ids(page)).toEqual(await expected(f, `search_text like '%宅基%'`));
    // counting the 60 would read the kind's 6,060 matches: the window's share answers, labelled
    expect([page.totalExact, page.totalEstimated]).toEqual([false, true]);
    expect(page.total).toBeGreaterThanOrEqual(40);
    expect(page.total).toBeLessThanOrEqual(80);
    // a word as rare in the kind as in the scope is counted exactly
    const exact = await listRecords(db, { ...f, q: '赡养' });
    expect(ids(exact)).toEqual(await expected({ ...f, q: '赡养' }, `search_text like '%赡养%'`));
    expect([exact.total, exact.totalExact, exact.totalEstimated]).toEqual([60, true, false]);

    // past the newest 5,000 rows of a scope the walk stops at its marker row and the indexes answer:
    // a word absent from the 6,000 records, and a page deeper than the walk goes
    const absent: ListFilter = { ...base, unitIds: [wide], q: '噪音' };
    const none = await listRecords(db, absent);
    expect([none.rows.length, none.total, none.totalExact, none.totalEstimated]).toEqual([0, 0, true, false]);
    const deep: ListFilter = { ...base, unitIds: [wide], offset: 5000 };
    const far = await listRecords(db, deep);
    expect(ids(far)).toEqual(await expected(deep, 'true'));
    expect(far.rows).toHaveLength(20);
    expect([far.total, far.totalExact]).toEqual([COUNT_CAP, false]);
  });
});

describe('keyed pages: a search with filters answered from the exact keys', () => {
  // 20 townships (a county: past the few-unit merge), 6,000 法律明白人 records in all; the 120 grid
  // workers whose batch names 宅基 are all among the oldest 1,200 rows, so the newest-rows walk
  // finds too few and the keys answer. 10,500 more records, all 调解 mediators, exceed the keys' cap.
  const towns = Array.from({ length: 20 }, () => crypto.randomUUID());
  const village = crypto.randomUUID();
  const aide = { ...base, kind: 'legal_aide', unitIds: towns } as const;
  const role = (v: string) => ({ role: { values: [v], array: false } });
  const plain = `kind = 'legal_aide' and deleted_at is null`;

  beforeAll(async () => {
    const { db } = database;
    const county = crypto.randomUUID();
    await db.execute(
      sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${county}, null, '钥匙县', 'county', '439996000000', ${`/${county}/`}, now())`,
    );
    for (const [t, id] of towns.entries())
      await db.execute(
        sql`insert into units (id, parent_id, name, level, code, path, created_at) values (${id}, ${county}, ${`钥匙${t + 1}镇`}, 'township', ${`439996${100 + t}000`}, ${`/${county}/${id}/`}, now())`,
      );
    await db.execute(sql`
      insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
      select (${`{${towns.join(',')}}`}::uuid[])[1 + i % 20], gen_random_uuid(), 'legal_aide', 2025, i, '明' || i, '明白人' || i,
        case when i % 30 = 0 then 'left' else 'active' end, date '2024-01-01' + (i / 10),
        jsonb_build_object('role', case when i <= 1200 and i % 10 = 0 then 'grid' when i % 2 = 0 then 'mediator' else 'grid' end,
          'village', ${village}::text, 'name', '张' || i, 'phone', '1390000' || lpad(i::text, 4, '0')),
        '[]'::jsonb,
        case when i % 10 = 0 then '张' || i || ' 宅基地调处第' || i || '批' else '张' || i || ' 调解第' || i || '批' end, now(), now(), 1
      from generate_series(1, 6000) i`);
    await db.execute(sql`
      insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
      select (${`{${towns.join(',')}}`}::uuid[])[1 + i % 20], gen_random_uuid(), 'legal_aide', 2023, i, '明' || i, '明白人' || i,
        'active', date '2023-01-01' + (i / 40), '{"role":"representative"}'::jsonb, '[]'::jsonb, '调解代表第' || i || '批', now(), now(), 1
      from generate_series(1, 10500) i`);
    await db.execute(sql`analyze ledger_records`);
  });

  it('gives the page, order and exact total a plain query gives, newest first and by number', async () => {
    const f: ListFilter = { ...aide, q: '宅基', fields: role('grid') };
    const where = `${plain} and search_text like '%宅基%' and data->>'role' = 'grid'`;
    const keyed = await keyedPage(database.db, f);
    expect(keyed && ids(keyed)).toEqual(await expected(f, where));
    expect(keyed && [keyed.total, keyed.totalExact, keyed.totalEstimated]).toEqual([120, true, false]);
    // what the list answers is that page (the walk of the newest rows gives up)
    const page = await listRecords(database.db, { ...f, offset: 40 });
    expect(ids(page)).toEqual(await expected({ ...f, offset: 40 }, where));
    expect(page.total).toBe(120);
    // another order: the keys answer first
    const byNumber = await listRecords(database.db, { ...f, sort: 'number', order: 'asc' });
    expect(byNumber.rows.map((r) => r.record.seq)).toEqual(
      Array.from({ length: 20 }, (_, i) => 10 * (i + 1)),
    );
  });

  it('newest first, finds a page in the newest months and counts their matches as a lower bound', async () => {
    // odd records are grid workers whose batch says 调解: dense, so the newest month (2025-08) holds a page
    const f: ListFilter = { ...aide, q: '调解', fields: role('grid') };
    const where = `${plain} and search_text like '%调解%' and data->>'role' = 'grid'`;
    const keyed = await keyedPage(database.db, f);
    expect(keyed && ids(keyed)).toEqual(await expected(f, where));
    const [inMonth] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql.raw(
          `select count(*)::int as n from ledger_records where ${where} and event_date >= '2025-08-01'`,
        ),
      ),
    );
    expect(keyed && [keyed.total, keyed.totalExact, keyed.totalEstimated]).toEqual([
      inMonth?.n,
      false,
      false,
    ]);
    expect(inMonth?.n).toBeGreaterThan(20);
    // a page past that month's matches is looked for in the newest four
    const deeper = await keyedPage(database.db, { ...f, offset: 60 });
    expect(deeper && ids(deeper)).toEqual(await expected({ ...f, offset: 60 }, where));
    expect(deeper?.total).toBeGreaterThan(80);
  });

  it('names the months back from the newest across a year', () => {
    expect(monthKeys('legal_aide', '2026-02-14', 4)).toEqual([
      'legal_aide:@m=202602',
      'legal_aide:@m=202601',
      'legal_aide:@m=202512',
      'legal_aide:@m=202511',
    ]);
  });

  it('keys the state, the village and several values of one filter; a township scope is kept', async () => {
    const f: ListFilter = {
      ...aide,
      unitIds: [towns[0] as string],
      q: '宅基',
      states: ['left'],
      fields: { ...role('grid'), village: { values: [village], array: false } },
    };
    const keyed = await keyedPage(database.db, f);
    const where = `${plain} and search_text like '%宅基%' and data->>'role' = 'grid' and state = 'left'`;
    expect(keyed && ids(keyed)).toEqual(await expected(f, where));
    // i % 20 = 0 (the first township) and i % 30 = 0 (left), among the 120: i = 60, 120, … 1200
    expect(keyed?.total).toBe(20);
    const either: ListFilter = {
      ...aide,
      q: '宅基',
      fields: { role: { values: ['grid', 'mediator'], array: false } },
    };
    const both = await keyedPage(database.db, either);
    expect(both && ids(both)).toEqual(await expected(either, `${plain} and search_text like '%宅基%'`));
    // all 600 hold 宅基 and one of the roles; the newest month (2025-08: i = 5780 … 6000) holds a
    // page newest first; in another order all are read and counted
    expect(both && [both.total, both.totalExact]).toEqual([23, false]);
    const all = await keyedPage(database.db, { ...either, sort: 'number', order: 'asc' });
    expect(all && [all.total, all.totalExact]).toEqual([600, true]);
  });

  it('leaves to the plain indexes what the keys cannot answer', async () => {
    // a value outside the keys' pattern (a name is not an option code)
    expect(
      await keyedPage(database.db, {
        ...aide,
        q: '宅基',
        fields: { name: { values: ['张10'], array: false } },
      }),
    ).toBe(undefined);
    // nothing to key on, and more candidates than the cap (10,500 representatives holding 调解)
    expect(await keyedPage(database.db, { ...aide })).toBe(undefined);
    const many: ListFilter = { ...aide, q: '调解', fields: role('representative') };
    expect(await keyedPage(database.db, many)).toBe(undefined);
    const page = await listRecords(database.db, many);
    expect(ids(page)).toEqual(
      await expected(many, `${plain} and search_text like '%调解%' and data->>'role' = 'representative'`),
    );
    // a single character has no bigram: only the filter is keyed, the search is a row test
    const one: ListFilter = { ...aide, q: '宅', fields: role('grid'), sort: 'number', order: 'desc' };
    const paged = await listRecords(database.db, one);
    expect(paged.rows.map((r) => r.record.seq).slice(0, 3)).toEqual([1200, 1190, 1180]);
  });
});
