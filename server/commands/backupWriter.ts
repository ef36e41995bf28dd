import type { Db } from '../db/client';
import { appliedMigrations, SHIPPED } from '../db/migrationVersions';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  type BackupLineWriter,
} from '../ops/backupFile';
import { inSnapshot, listTables, streamRows } from '../repositories/backupRepo';

/** Rows a fetch: tables with files (bytea) come a few rows at a time so memory stays bounded by the largest files. */
const ROWS_PER_FETCH = 500;
const FILE_ROWS_PER_FETCH = 4;

/**
 * Writes the whole database, as of one instant, to a backup: the migrations applied, every
 * table of the schema with its columns, and every row (attachments' bytes, the audit chain and
 * its heads included: they are rows like the others). Returns the row count per table.
 */
export async function backupWriter(
  db: Db,
  kind: 'pglite' | 'postgresql',
  w: BackupLineWriter,
  now: Date,
): Promise<Record<string, number>> {
  const rows = await inSnapshot(db, async (tx) => {
    const applied = await appliedMigrations(tx);
    const tables = await listTables(tx);
    const last = applied.at(-1);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: now.toISOString(),
      database: kind,
      migrations: { tag: SHIPPED.find((m) => m.when === last?.createdAt)?.tag ?? null, applied },
      tables,
    };
    await w.line(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const t of tables) {
      await w.line(JSON.stringify(['table', t.name]));
      const batch = t.columns.some(([, type]) => type === 'bytea') ? FILE_ROWS_PER_FETCH : ROWS_PER_FETCH;
      let n = 0;
      await streamRows(tx, t.name, batch, async (texts) => {
        for (const text of texts) await w.line(text);
        n += texts.length;
      });
      counts[t.name] = n;
    }
    return counts;
  });
  await w.end(rows);
  return rows;
}
