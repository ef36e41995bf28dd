import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Period } from '../../../core/indicators';
import type { Database } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { aggregateMeasures } from '../../repositories/indicatorsRepo';
import { type TestDatabase, testDatabase } from '../../test/database';
import { MEASURES, unitFigures } from './figures';

/**
 * Stored figures (indicator_figures, migration 0018) are what an instance that restarts reads
 * instead of the records: whatever instance reads them, after whatever write, they equal the
 * figures recomputed from the records.
 */
let database: TestDatabase;
const opened: Database[] = [];
const town = crypto.randomUUID();
const period: Period = { from: '2025-01-01', to: '2025-12-31', asOf: '2025-06-30' };

/** A new instance: a Db of its own, so nothing of the others' process caches. */
async function instance(): Promise<Database> {
  const d = await database.reopen();
  opened.push(d);
  return d;
}

async function addDisputes(n: number, state: string) {
  await database.db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select ${town}::uuid, gen_random_uuid(), 'dispute', 2025, s, '纠' || s, '纠纷', ${state}, date '2025-03-01' + s,
      jsonb_build_object('registeredOn', (date '2025-03-01' + s)::text, 'type', 'family'), '[]'::jsonb, '纠纷', now(), now(), 1
    from generate_series((select coalesce(max(seq), 0) + 1 from ledger_records where unit_id = ${town}),
      (select coalesce(max(seq), 0) + ${n} from ledger_records where unit_id = ${town})) s`);
}

const recomputed = async () =>
  (await aggregateMeasures(database.db, { unitIds: [town], periods: [period], measures: MEASURES })).get(
    town,
  );
const served = async (d: Database) => (await unitFigures(d.db, [{ id: town }], [period])).get(town);

beforeAll(async () => {
  database = await testDatabase();
  await addDisputes(4, 'succeeded');
});
afterAll(async () => {
  for (const d of opened.reverse()) await d.close();
  await database?.close();
});

describe('stored indicator figures', () => {
  it('are read by another instance as computed, and equal a recomputation', async () => {
    const first = await served(await instance());
    expect(first?.get(0)?.get('dispute.handled')).toBe(4);
    const stored = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from indicator_figures where unit_id = ${town}`,
      ),
    );
    expect(stored[0]?.n).toBe(1);
    // a second instance: nothing in its memory, the stored row answers
    expect(await served(await instance())).toEqual(await recomputed());
  });

  it('are never served after a write, on any instance', async () => {
    const before = await instance();
    expect((await served(before))?.get(0)?.get('dispute.handled')).toBe(4);
    await addDisputes(3, 'mediating');
    await database.db.execute(
      sql`update ledger_records set state = 'failed' where unit_id = ${town} and seq = 1`,
    );
    const fresh = await recomputed();
    expect(fresh?.get(0)?.get('dispute.handled')).toBe(7);
    // the instance that cached the old figures, and a new one that finds them stored
    expect(await served(before)).toEqual(fresh);
    expect(await served(await instance())).toEqual(fresh);
  });

  it('after a write recompute only the parts it touched (a kind and month), and add up to the whole', async () => {
    const other = crypto.randomUUID();
    const add = (unit: string, kind: string, day: string, state: string, seq: number, data: object) =>
      database.db.execute(sql`
        insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
        values (${unit}::uuid, gen_random_uuid(), ${kind}, 2025, ${seq}, ${`P${seq}`}, '记录', ${state}, ${day}::date,
          ${JSON.stringify(data)}::jsonb, '[]'::jsonb, '记录', now(), now(), 1)`);
    await add(other, 'dispute', '2025-01-10', 'succeeded', 1, { registeredOn: '2025-01-10', type: 'family' });
    await add(other, 'dispute', '2025-02-10', 'succeeded', 2, { registeredOn: '2025-02-10', type: 'family' });
    await add(other, 'dispute', '2025-02-20', 'failed', 3, { registeredOn: '2025-02-20', type: 'family' });
    const whole = async () =>
      (await aggregateMeasures(database.db, { unitIds: [other], periods: [period], measures: MEASURES })).get(
        other,
      );
    const servedOther = async () =>
      (await unitFigures((await instance()).db, [{ id: other }], [period])).get(other);
    expect(await servedOther()).toEqual(await whole());
    const parts = rowsOf<{ month: number; figures: unknown }>(
      await database.db.execute(
        sql`select month, figures from indicator_parts where unit_id = ${other} and kind = 'dispute' order by month`,
      ),
    );
    // January and February 2025, one part each
    expect(parts.map((p) => Number(p.month))).toEqual([2025 * 12, 2025 * 12 + 1]);
    // mark January's stored part: a write in February must leave it as stored, not recompute it
    const markedId = 'dispute.handled';
    const [jan] = rowsOf<{ figures: unknown }>(
      await database.db.execute(
        sql`select figures from indicator_parts where unit_id = ${other} and kind = 'dispute' and month = ${2025 * 12}`,
      ),
    );
    const pairs = (typeof jan?.figures === 'string' ? JSON.parse(jan.figures) : jan?.figures) as [
      number,
      [string, unknown][],
    ][];
    const edited = pairs.map(([p, vs]) => [p, vs.map(([id, v]) => [id, id === markedId ? 99 : v])]);
    await database.db.execute(sql`update indicator_parts set figures = ${JSON.stringify(edited)}::jsonb
      where unit_id = ${other} and kind = 'dispute' and month = ${2025 * 12}`);
    await add(other, 'dispute', '2025-02-25', 'succeeded', 4, { registeredOn: '2025-02-25', type: 'family' });
    const after = await servedOther();
    const truth = await whole();
    // February recomputed (the new record counts: 3 there), January as stored (its marked figure)
    expect(truth?.get(0)?.get(markedId)).toBe(4);
    const janTrue = (
      await aggregateMeasures(database.db, {
        unitIds: [other],
        periods: [{ from: '2025-01-01', to: '2025-01-31', asOf: '2025-06-30' }],
        measures: MEASURES.filter((m) => m.id === markedId),
      })
    )
      .get(other)
      ?.get(0)
      ?.get(markedId);
    expect(after?.get(0)?.get(markedId)).toBe(Number(truth?.get(0)?.get(markedId)) - Number(janTrue) + 99);
    // a soft-deleted month: its part is empty, the sum is the rest
    await database.db.execute(
      sql`update ledger_records set deleted_at = now() where unit_id = ${other} and event_date >= '2025-02-01'`,
    );
    await database.db.execute(
      sql`delete from indicator_parts where unit_id = ${other} and month = ${2025 * 12}`,
    );
    expect(await servedOther()).toEqual(await whole());
    expect((await whole())?.get(0)?.get('dispute.handled')).toBe(1);
  });
});
