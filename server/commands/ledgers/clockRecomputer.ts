import { ledgerKind } from '../../../core/ledgers';
import type { Db } from '../../db/client';
import { deleteClocksOf, insertClockRows, openClockRecords } from '../../repositories/ledgerClocksRepo';
import { getUnit } from '../../repositories/unitsRepo';
import { clockRows, type LedgerEnv, ledgerEnv } from './ledgerContext';

const PAGE = 500;

/**
 * Recomputes the cached clocks of every record that still has an open one, after the holiday
 * table or a county setting changed. It runs inside the caller's transaction, the one that saves
 * the change: a setting saved while its recompute failed left 待办 disagreeing with the setting
 * (issue 14 §1.5). Records are read in key order a page at a time to bound memory. Returns how
 * many records were recomputed.
 */
export async function clockRecomputer(tx: Db, now: Date): Promise<number> {
  const envs = new Map<string, LedgerEnv>();
  const envOf = async (unitId: string) => {
    let env = envs.get(unitId);
    if (!env) {
      const unit = await getUnit(tx, unitId);
      env = await ledgerEnv(tx, unit?.path ?? `/${unitId}/`, now);
      envs.set(unitId, env);
    }
    return env;
  };
  let after = { unitId: '00000000-0000-0000-0000-000000000000', id: '00000000-0000-0000-0000-000000000000' };
  let count = 0;
  for (;;) {
    const page = await openClockRecords(tx, after.unitId, after.id, PAGE);
    if (page.length === 0) return count;
    const rows: ReturnType<typeof clockRows> = [];
    for (const { record } of page) {
      const kind = ledgerKind(record.kind);
      if (kind) rows.push(...clockRows(kind, record, await envOf(record.unitId)));
    }
    await deleteClocksOf(
      tx,
      page.map((p) => ({ unitId: p.record.unitId, id: p.record.id })),
    );
    await insertClockRows(tx, rows);
    count += page.length;
    const last = page.at(-1)?.record;
    if (!last || page.length < PAGE) return count;
    after = { unitId: last.unitId, id: last.id };
  }
}
