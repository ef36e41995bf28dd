import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, type Db, openPostgres, pgliteVersionWatch, wrapPglite } from '../db/client';
import * as schema from '../db/schema';

export interface TestDatabase extends Database {
  /**
   * Another connection to the same data, as a second server process would open it: a pool of its
   * own on PostgreSQL; on PGlite (which one process alone may open) a separate Drizzle instance
   * over the same client, so that whatever a process keeps per database object is not shared.
   * Close it before this one.
   */
  reopen(): Promise<Database>;
}

/** A fresh, migrated database for one test file: PGlite in memory, or a clone of the template on the server. */
export async function testDatabase(): Promise<TestDatabase> {
  const tplUrl = inject('pgTemplateUrl');
  if (tplUrl) {
    const tpl = new URL(tplUrl);
    const name = `fazhi_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${tpl.pathname.slice(1)}`);
    const url = new URL(tplUrl);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString(), { migrate: false });
    return {
      ...database,
      reopen: () => openPostgres(url.toString(), { migrate: false, max: 4 }),
      async close() {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDump'));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return {
    ...wrapPglite(client),
    reopen: async () => ({
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      watchVersions: pgliteVersionWatch(client),
      close: async () => undefined,
    }),
  };
}
