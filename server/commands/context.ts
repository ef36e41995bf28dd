import type { Actor } from '../../core/policy';
import type { Db } from '../db/client';

/** What every command receives: the database, the acting user and the time (never read from the clock inside). */
export interface CommandContext {
  db: Db;
  actor: Actor;
  now: Date;
}
