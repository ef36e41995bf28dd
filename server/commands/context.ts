import type { Actor } from '../../core/policy';
import type { Db } from '../db/client';

/** What every command receives: the database, the acting user and the time (never read from the clock inside). */
export interface CommandContext {
  db: Db;
  actor: Actor;
  now: Date;
}

/**
 * The machine's operator (command line, demo seeding, batch jobs): a system administrator
 * placed at a unit, with the all-zero id no user has.
 */
export function operatorAt(unit: { id: string; path: string }): Actor {
  return { id: '00000000-0000-0000-0000-000000000000', role: 'admin', unitId: unit.id, unitPath: unit.path };
}
