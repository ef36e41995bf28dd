import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { bootMark } from '../bootTrace';
import { MIGRATIONS_DIR } from '../paths';
import { lockDataDir } from './dataDirLock';
import { assertNotNewer } from './migrationVersions';
import { PGLITE_CONF } from './pgliteOptions';
import { seedDataDir } from './pgliteTemplate';
import * as schema from './schema';

/** The one database type every repository takes: identical on PGlite and on a server. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgresql';
  close(): Promise<void>;
  /** The connection pool's state, for `/metrics`; PGlite has no pool. */
  poolStats?: () => PoolStats;
  /**
   * PGlite only: calls `listener` after every commit that wrote the ledger or reference versions
   * (migration 0021), before the writer's own statement resolves. There is no other process.
   */
  watchVersions?: (listener: () => void) => Promise<void>;
}

/** Listens on PGlite's own session for the version notifications of migration 0021. */
export function pgliteVersionWatch(client: PGlite): (listener: () => void) => Promise<void> {
  return async (listener) => {
    await client.listen('fazhi_versions', listener);
  };
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/**
 * PGlite's compiled WebAssembly, when bin/fazhi.mjs started compiling it for `serve` before
 * loading the server's modules: taken once, by the first database opened.
 */
async function takeEarlyWasm(): Promise<WebAssembly.Module | null> {
  const holder = globalThis as { __fazhiPgliteWasm?: Promise<WebAssembly.Module | null> };
  const early = holder.__fazhiPgliteWasm;
  delete holder.__fazhiPgliteWasm;
  return early ? await early : null;
}

/** Opens PGlite persisted in `dataDir` (locked, seeded from the template when empty) and migrates it. */
export async function openPglite(
  dataDir: string,
  opts: { migrate?: boolean; template?: () => string | null } = {},
): Promise<Database> {
  const release = lockDataDir(dataDir);
  try {
    await seedDataDir(dataDir, opts.template);
    bootMark('data dir locked, template checked');
    const early = await takeEarlyWasm();
    const client = await PGlite.create({
      dataDir,
      postgresqlconf: PGLITE_CONF,
      ...(early ? { pgliteWasmModule: early } : {}),
    });
    bootMark('PGlite open (WASM)');
    const db = drizzlePglite(client, { schema });
    try {
      const upToDate = await assertNotNewer(db as unknown as Db);
      // at the shipped version already (every restart): drizzle's migrator would only read the files again
      if (opts.migrate !== false && !upToDate) await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
      bootMark('migrations checked');
    } catch (e) {
      await client.close();
      throw e;
    }
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      watchVersions: pgliteVersionWatch(client),
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** Wraps an already open PGlite (tests load one from a dump in memory). */
export function wrapPglite(client: PGlite): Database {
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    watchVersions: pgliteVersionWatch(client),
    close: () => client.close(),
  };
}

const MIGRATION_LOCK = 7_310_402; // arbitrary advisory-lock key: one migrator at a time per server

/** Opens a pool on a PostgreSQL server and migrates under an advisory lock, so several instances may start together. */
export async function openPostgres(
  url: string,
  opts: { max?: number; migrate?: boolean } = {},
): Promise<Database> {
  // loaded here, not at start-up: a PGlite server never needs node-postgres (issue 17, restart)
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  // an idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it
  pool.on('error', (err) => console.error('PostgreSQL 连接异常 / pool error:', err.message));
  if (opts.migrate !== false) {
    const conn = await pool.connect();
    let refused: unknown;
    try {
      await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const db = drizzlePg(conn, { schema });
      await assertNotNewer(db as unknown as Db);
      await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
    } catch (e) {
      refused = e;
    } finally {
      await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      conn.release();
    }
    if (refused) {
      await pool.end();
      throw refused;
    }
  }
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    kind: 'postgresql',
    close: () => pool.end(),
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: pool.options.max ?? 10,
    }),
  };
}

/** `migrate: false` leaves the schema as found (restore builds the backup's version itself); the downgrade check runs either way on PGlite. */
export function openDatabase(
  cfg: { databaseUrl?: string | undefined; dataDir: string },
  opts: { migrate?: boolean; template?: () => string | null } = {},
): Promise<Database> {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl, opts) : openPglite(cfg.dataDir, opts);
}

export { MIGRATIONS_DIR };
