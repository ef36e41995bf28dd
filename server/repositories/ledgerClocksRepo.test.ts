import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { rowsOf } from '../db/rows';
import { testDatabase } from '../test/database';
import {
  countDueClocks,
  deleteClocksOf,
  dueClockRecords,
  insertClockRows,
  replaceClocks,
} from './ledgerClocksRepo';

/**
 * The open-clock counts 待办 reads (ledger_clock_counts, kept by a trigger, migration 0018) stay
 * equal to a count of the clocks themselves through every kind of write.
 */
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const clock = (
  unitId: string,
  due: string,
  extra: Partial<{ done: boolean; reminder: boolean; alertOn: string }> = {},
) => ({
  unitId,
  recordId: crypto.randomUUID(),
  clock: 'mediation',
  kind: 'dispute',
  due,
  done: false,
  provisional: false,
  reminder: false,
  ...extra,
});

/** The kept counts and a recount from ledger_clocks, for the given units. */
async function keptAndRecounted(units: string[]) {
  const list = sql.join(
    units.map((u) => sql`${u}::uuid`),
    sql`, `,
  );
  const kept = rowsOf<{ k: string }>(
    await database.db.execute(sql`select concat_ws('|', unit_id, due, reminder, alert_on, n) as k
      from ledger_clock_counts where unit_id in (${list}) order by 1`),
  ).map((r) => r.k);
  const recounted = rowsOf<{ k: string }>(
    await database.db.execute(sql`select concat_ws('|', unit_id, due, reminder, coalesce(alert_on, 'infinity'), count(*)) as k
      from ledger_clocks where not done and unit_id in (${list}) group by unit_id, due, reminder, coalesce(alert_on, 'infinity') order by 1`),
  ).map((r) => r.k);
  return { kept, recounted };
}

describe('open clock counts', () => {
  it('equal a recount after inserts, replacements, completions, deletions', async () => {
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    const rows = [
      clock(a, '2025-03-03'),
      clock(a, '2025-03-03'),
      clock(a, '2025-03-05', { reminder: true }),
      clock(a, '2025-03-10', { alertOn: '2025-03-01' }),
      clock(a, '2025-03-04', { done: true }),
      clock(b, '2025-03-03'),
    ];
    await insertClockRows(database.db, rows);
    let c = await keptAndRecounted([a, b]);
    expect(c.kept).toEqual(c.recounted);
    expect(c.kept).toHaveLength(4);

    // a record's clocks replaced: one moves to another day, then is done
    const first = rows[0] as (typeof rows)[number];
    const moved = { clock: 'mediation', due: '2025-03-07', done: false, provisional: false, reminder: false };
    await database.db.transaction((tx) =>
      replaceClocks(tx, a, first.recordId, 'dispute', [{ ...moved, alertOn: '2025-03-02' }]),
    );
    c = await keptAndRecounted([a, b]);
    expect(c.kept).toEqual(c.recounted);
    await database.db.execute(sql`update ledger_clocks set done = true where record_id = ${first.recordId}`);
    await database.db.execute(sql`update ledger_clocks set due = due + 1 where unit_id = ${b}`);
    c = await keptAndRecounted([a, b]);
    expect(c.kept).toEqual(c.recounted);

    await deleteClocksOf(
      database.db,
      rows.slice(1, 3).map((r) => ({ unitId: r.unitId, id: r.recordId })),
    );
    c = await keptAndRecounted([a, b]);
    expect(c.kept).toEqual(c.recounted);
    // no key is left behind at zero
    expect(c.kept.some((k) => k.endsWith('|0'))).toBe(false);
  });

  it('answer 待办 counts as a count of the clocks would', async () => {
    const u = crypto.randomUUID();
    await insertClockRows(database.db, [
      clock(u, '2025-03-01'), // overdue
      clock(u, '2025-03-02', { reminder: true }), // an ended reminder: not overdue
      clock(u, '2025-03-05'), // due soon
      clock(u, '2025-03-06'), // due soon, the last day
      clock(u, '2025-04-30', { alertOn: '2025-03-04' }), // further off, its window open
      clock(u, '2025-04-30', { alertOn: '2025-04-01' }), // window not yet open
      clock(u, '2025-03-05', { done: true }),
    ]);
    expect(await countDueClocks(database.db, [u], '2025-03-04', '2025-03-06')).toEqual({
      overdue: 1,
      dueSoon: 2,
      alerts: 1,
    });
    expect(await countDueClocks(database.db, [], '2025-03-04', '2025-03-06')).toEqual({
      overdue: 0,
      dueSoon: 0,
      alerts: 0,
    });
  });

  it('give 待办 the soonest due clocks with their records, as a scan of every open clock would', async () => {
    const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;
    /** units, each with records and clocks: ties on a day, done ones, an open 临期 window, one outside */
    async function fill(n: number) {
      const units = Array.from({ length: n }, () => crypto.randomUUID());
      let seq = 0;
      for (const [i, u] of units.entries()) {
        await database.db.execute(sql`insert into units (id, parent_id, name, level, code, path, created_at)
          values (${u}::uuid, null, ${`单位${i}`}, 'township', ${String(crypto.randomInt(1e11, 1e12))}, ${`/${u}/`}, now())`);
        const clocks = [
          clock(u, day(1 + (i % 5))),
          clock(u, day(3)),
          clock(u, day(3)),
          clock(u, day(6 + (i % 3))),
          clock(u, day(2), { done: true }),
          clock(u, '2025-04-30', { alertOn: day(2) }), // its window open: listed
          clock(u, '2025-04-30', { alertOn: '2025-04-01' }), // not yet: left out
        ];
        await database.db.execute(sql`insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
          select ${u}::uuid, k.id, 'dispute', 2025, ${seq} + k.n, '纠' || (${seq} + k.n), '纠纷' || k.n, 'accepted', date '2025-02-01', '{}'::jsonb, '[]'::jsonb, '纠纷', now(), now(), 3
          from unnest(${`{${clocks.map((c) => c.recordId).join(',')}}`}::uuid[]) with ordinality as k(id, n)`);
        seq += clocks.length;
        await insertClockRows(database.db, clocks);
      }
      return units;
    }
    /** the soonest `limit` open clocks (ties in key order), listed by due day, then as registered */
    const naive = async (units: string[], limit: number) =>
      rowsOf<{ id: string; due: string; clock: string }>(
        await database.db.execute(sql`select x.id, x.due, x.clock from (
            select c.unit_id, c.record_id::text as id, c.due::text as due, c.clock from ledger_clocks c
            where c.unit_id = any(${`{${units.join(',')}}`}::uuid[]) and not c.done and (c.due <= ${day(6)} or c.alert_on <= ${day(4)})
            order by c.due, c.unit_id, c.record_id, c.clock limit ${limit}) x
          join ledger_records r on r.unit_id = x.unit_id and r.id::text = x.id
          order by x.due, r.created_at, r.id, x.clock`),
      ).map((r) => ({ id: r.id, due: r.due, clock: r.clock }));
    // a township and its villages (merged per unit), then a county's many units (one walk)
    for (const units of [await fill(3), await fill(20)]) {
      for (const limit of [1, 7, 40, 500]) {
        const got = await dueClockRecords(database.db, units, day(4), day(6), limit);
        const want = await naive(units, limit);
        expect(got.map((r) => ({ id: r.id, due: r.due, clock: r.clock }))).toEqual(want);
        // four a unit, five where the later clock falls on the last day (every third unit)
        expect(got.length).toBe(Math.min(limit, units.length * 4 + Math.ceil(units.length / 3)));
      }
      const [first] = await dueClockRecords(database.db, units, day(4), day(6), 1);
      expect(first).toMatchObject({ kind: 'dispute', state: 'accepted', version: 3, provisional: false });
      expect(first?.title).toMatch(/^纠纷\d+$/);
    }
    expect(await dueClockRecords(database.db, [], day(4), day(6), 10)).toEqual([]);
  });
});
