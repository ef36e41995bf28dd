import { ledgerKind } from '../../core/ledgers';
import { insertRecords } from '../commands/ledgers/ledgerCommands';
import { ledgerEnv, villagesOf } from '../commands/ledgers/ledgerContext';
import type { Db } from '../db/client';
import { appendAudit } from '../repositories/auditRepo';
import type { LedgerRow } from '../repositories/ledgersRepo';
import type { UnitRow } from '../repositories/unitsRepo';
import { seedEnforcement } from './enforcementDemo';
import { demoGovernanceRecords } from './governanceDemo';
import { seedGrassroots } from './grassrootsDemo';
import { type DemoRecord, demoLedgerRecords } from './ledgerDemo';
import { demoTaskRecords } from './tasksDemo';

/**
 * A year of ledger records for one demo township, built by replaying the real workflow
 * (ledgerDemo.ts, governanceDemo.ts) and stored through the same insert path as an import, with
 * one audit record.
 */
export async function seedLedgers(db: Db, town: UnitRow, seed: number, now: Date): Promise<number> {
  const env = await ledgerEnv(db, town.path, now);
  const villages = await villagesOf(db, town.id);
  const demo = { seed, township: { name: town.name, villages }, today: env.today, calendar: env.calendar };
  // governance records carry the warnings their steps recorded (a short legality review)
  const records: (DemoRecord & { warnings?: Record<number, string> })[] = [
    ...demoLedgerRecords(demo),
    ...demoGovernanceRecords(demo),
    ...demoTaskRecords(demo),
  ];
  const byKind = new Map<string, typeof records>();
  for (const r of records) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r]);
  let count = 0;
  const stored: LedgerRow[] = [];
  await db.transaction(async (tx) => {
    for (const [key, list] of byKind) {
      const kind = ledgerKind(key);
      if (!kind) continue;
      // oldest first, so record numbers follow the order of registration
      list.sort((a, b) =>
        String(a.data[kind.list.dateField]).localeCompare(String(b.data[kind.list.dateField])),
      );
      const rows = await insertRecords(
        tx,
        kind,
        town.id,
        list.map((r) => ({
          values: r.data,
          state: r.state,
          createdBy: null,
          events: r.events.map((e, i) => ({
            ...e,
            at: `${e.on}T02:00:00.000Z`,
            ...(r.warnings?.[i] ? { warning: r.warnings[i] } : {}),
          })),
        })),
        env,
        now,
      );
      count += rows.length;
      stored.push(...rows);
    }
    // the grassroots kinds link to the disputes and petitions just stored (grassrootsDemo.ts)
    count += await seedGrassroots(tx, town, demo, stored, env, now);
    // officers and matters first: the cases, inspections and trainings name them (enforcementDemo.ts)
    count += await seedEnforcement(tx, town, seed, env, now);
    await appendAudit(tx, {
      unitId: town.id,
      actorId: null,
      action: 'ledger.demo_seed',
      entity: 'unit',
      entityId: town.id,
      after: { records: count },
      at: now,
    });
  });
  return count;
}
