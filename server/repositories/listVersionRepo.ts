// The versions a ledger list page is a function of, read in one small statement: the reference
// version (units, ledger settings, holiday overrides; migration 0017) and the ledger versions
// (migration 0007: every statement writing ledger_records bumps its units' years, in the writing
// transaction, whatever wrote). Used to key conditional and cached list answers.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { referenceVersionSql } from './referenceRepo';

export interface ListVersions {
  reference: string;
  /**
   * The sum of every unit-year's ledger version. Each write adds at least 1 to one of them and
   * none ever goes down (a truncation adds 1 to all), so the sum moves on every write to any
   * ledger record, in any unit: a page's ref titles may name records outside its scope.
   */
  ledgers: string;
}

// built once: the statement never changes, so drizzle does not rebuild it per request
const VERSIONS = sql`select ${referenceVersionSql} as r,
  (select coalesce(sum(version), 0)::text from ledger_versions) as l`;

export async function listVersions(db: Db): Promise<ListVersions> {
  const [row] = rowsOf<{ r: string; l: string }>(await db.execute(VERSIONS));
  return { reference: row?.r ?? '0', ledgers: row?.l ?? '0' };
}
