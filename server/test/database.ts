import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPostgres, wrapPglite } from '../db/client';

/** A fresh, migrated database for one test file: PGlite in memory, or a clone of the template on the server. */
export async function testDatabase(): Promise<Database> {
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
      async close() {
        await database.close();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDump'));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return wrapPglite(client);
}
