import { ledgerKind } from '../../../core/ledgers';
import type { Db } from '../../db/client';
import { deleteClocksOf, insertClockRows, openClockRecords } from '../../repositories/ledgerClocksRepo';
import { getUnit } from '../../repositories/unitsRepo';
import { clockRows, type LedgerEnv, ledgerEnv } from './ledgerContext';

const PAGE = 500;

/**
 * Recomputes the cached clocks of every record that still has an open one, after the holiday
 * table or a county setting changed. Records are read in key order, a page per transaction,
 * so 待办 never waits long behind it. Returns how many records were recomputed.
 */
export async function clockRecomputer(db: Db, now: Date): Promise<number> {
  const envs = new Map<string, LedgerEnv>();
  const envOf = async (unitId: string) => {
    let env = envs.get(unitId);
    if (!env) {
      const unit = await getUnit(db, unitId);
      env = await ledgerEnv(db, unit?.path ?? `/${unitId}/`, now);
      envs.set(unitId, env);
    }
    return env;
  };
  let after = { unitId: '00000000-0000-0000-0000-000000000000', id: '00000000-0000-0000-0000-000000000000' };
  let count = 0;
  for (;;) {
    const page = await openClockRecords(db, after.unitId, after.id, PAGE);
    if (page.length === 0) return count;
    const rows: ReturnType<typeof clockRows> = [];
    for (const { record } of page) {
      const kind = ledgerKind(record.kind);
      if (kind) rows.push(...clockRows(kind, record, await envOf(record.unitId)));
    }
    await db.transaction(async (tx) => {
      await deleteClocksOf(
        tx,
        page.map((p) => ({ unitId: p.record.unitId, id: p.record.id })),
      );
      await insertClockRows(tx, rows);
    });
    count += page.length;
    const last = page.at(-1)?.record;
    if (!last || page.length < PAGE) return count;
    after = { unitId: last.unitId, id: last.id };
  }
}
