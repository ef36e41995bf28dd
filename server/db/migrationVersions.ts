import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import { OpsError } from '../ops/opsErrors';
import { MIGRATIONS_DIR } from '../paths';
import type { Db } from './client';
import { rowsOf } from './rows';

const MIGRATIONS_CONFIG = { migrationsFolder: MIGRATIONS_DIR };

/** The migrations this code ships, in order: drizzle-kit's journal (tag, `when`) and drizzle's reading of each file. */
export const SHIPPED = (() => {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const files = readMigrationFiles(MIGRATIONS_CONFIG);
  return journal.entries.map((e, i) => ({ tag: e.tag, when: e.when, hash: files[i]?.hash ?? '' }));
})();

export interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/** What drizzle has recorded as applied, oldest first; empty when the database was never migrated. */
export async function appliedMigrations(db: Db): Promise<AppliedMigration[]> {
  const exists = rowsOf<{ t: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`),
  );
  if (!exists[0]?.t) return [];
  const rows = rowsOf<{ hash: string; created_at: string | number }>(
    await db.execute(sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at, id`),
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/**
 * Drizzle applies what is newer than the last migration it recorded and says nothing when the
 * database is ahead of the code, so an older program would run on a newer schema. Refuse that:
 * more migrations than we ship, or a last one later than ours, means a newer program was here.
 * Answers whether the database is exactly at the shipped version (nothing left to apply).
 */
export async function assertNotNewer(db: Db): Promise<boolean> {
  const applied = await appliedMigrations(db);
  const last = SHIPPED.at(-1);
  const newest = applied.at(-1);
  if (!newest || !last) return false;
  if (applied.length > SHIPPED.length || newest.createdAt > last.when) {
    throw new OpsError('DATABASE_NEWER', {
      applied: applied.length,
      latest: new Date(newest.createdAt).toISOString().slice(0, 10),
      shipped: SHIPPED.length,
      shipped_latest: last.tag,
    });
  }
  return applied.length === SHIPPED.length && newest.createdAt === last.when && newest.hash === last.hash;
}

/** How far along the shipped list a database is: the count of shipped migrations up to its last applied one. */
export function shippedCountOf(applied: AppliedMigration[]): number {
  const newest = applied.at(-1);
  if (!newest) return 0;
  return SHIPPED.filter((m) => m.when <= newest.createdAt).length;
}

/**
 * Applies the first `count` shipped migrations (all when omitted) with drizzle's own migrator,
 * so a restore can rebuild the schema a backup was taken at and the upgrade test can stop at
 * each earlier version. The dialect and session are drizzle internals the public migrators use too.
 */
export async function migrateTo(db: Db, count = SHIPPED.length): Promise<void> {
  const internal = db as unknown as { dialect: PgDialect; session: PgSession };
  const migrations = readMigrationFiles(MIGRATIONS_CONFIG).slice(0, count);
  await internal.dialect.migrate(migrations, internal.session, MIGRATIONS_CONFIG);
}
