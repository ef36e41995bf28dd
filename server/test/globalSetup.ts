import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { MIGRATIONS_DIR, openPostgres } from '../db/client';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated dump each test file loads into memory. */
    pgliteDump: string;
    /** PostgreSQL: a migrated template database each test file clones. */
    pgTemplateUrl: string;
  }
}

/**
 * Migrates once per run; every test file then gets its own copy (a PGlite
 * loaded from a dump, or `CREATE DATABASE … TEMPLATE` on the server), so files
 * never see each other's rows.
 */
export default async function setup(project: TestProject) {
  buildServerBundle();
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `fazhi_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    const tplUrl = withDatabase(url, name);
    const tpl = await openPostgres(tplUrl, { max: 1 });
    await tpl.close();
    project.provide('pgTemplateUrl', tplUrl);
    project.provide('pgliteDump', '');
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const client = await PGlite.create();
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-test-')), 'migrated.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', file);
  project.provide('pgTemplateUrl', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/**
 * The CLI tests start `bin/fazhi.mjs` as an operator does; it runs the bundle `npm start` builds
 * when that is fresh, else compiles the sources with tsx in every process (~1.7 s of CPU each).
 * Bundling once here (esbuild, well under a second) makes them run what production runs.
 */
function buildServerBundle(): void {
  const script = path.resolve(import.meta.dirname, '../../scripts/build-server.mjs');
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('server bundle build failed (scripts/build-server.mjs)');
}
