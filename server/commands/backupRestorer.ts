import type { Db } from '../db/client';
import { appliedMigrations, migrateTo, SHIPPED, shippedCountOf } from '../db/migrationVersions';
import { readBackupFile } from '../ops/backupFile';
import { OpsError } from '../ops/opsErrors';
import { insertRows, listTables, setUserTriggers, tablesWithRows } from '../repositories/backupRepo';

/** Rows or characters an insert carries: whichever is reached first. */
const ROWS_PER_INSERT = 500;
const CHARS_PER_INSERT = 8_000_000;

export interface RestoreResult {
  rows: Record<string, number>;
  /** Migrations the backup was taken at, and how many this code then applied on top. */
  backupMigrations: number;
  upgradedBy: number;
}

/**
 * Restores a backup into an empty database: builds the schema the backup was taken at, loads
 * every row in one transaction (nothing is committed unless the whole file reads back with
 * its digest), then migrates forward to this code's version like any start would.
 */
export async function backupRestorer(db: Db, file: string): Promise<RestoreResult> {
  const items = readBackupFile(file);
  const first = await items.next();
  if (first.done || first.value.kind !== 'header')
    throw new OpsError('BACKUP_UNREADABLE', { detail: '缺少文件头' });
  const header = first.value.header;
  const backupApplied = header.migrations.applied;
  const last = SHIPPED.at(-1);
  if (backupApplied.length > SHIPPED.length || (last && (backupApplied.at(-1)?.createdAt ?? 0) > last.when)) {
    throw new OpsError('BACKUP_NEWER', { applied: backupApplied.length, shipped: SHIPPED.length });
  }
  const backupCount = shippedCountOf(backupApplied);

  const targetApplied = await appliedMigrations(db);
  const existing = await listTables(db);
  if (targetApplied.length === 0 && existing.length > 0)
    throw new OpsError('RESTORE_TARGET_NOT_EMPTY', { detail: `已有 ${existing.length} 张其他表` });
  const full = await tablesWithRows(
    db,
    existing.map((t) => t.name),
  );
  if (full.length)
    throw new OpsError('RESTORE_TARGET_NOT_EMPTY', { detail: `有数据的表：${full.join('、')}` });
  if (targetApplied.length > 0 && shippedCountOf(targetApplied) !== backupCount)
    throw new OpsError('RESTORE_TARGET_OTHER_VERSION', { target: targetApplied.length, backup: backupCount });

  await migrateTo(db, backupCount);
  const target = new Map((await listTables(db)).map((t) => [t.name, JSON.stringify(t.columns)]));
  if (target.size !== header.tables.length)
    throw new OpsError('BACKUP_UNREADABLE', { detail: '表的数目与本程序该版本不同' });
  for (const t of header.tables) {
    if (target.get(t.name) !== JSON.stringify(t.columns))
      throw new OpsError('BACKUP_UNREADABLE', { detail: `表 ${t.name} 的结构与本程序该版本不同` });
  }
  const names = header.tables.map((t) => t.name);

  const rows = await db.transaction(async (txd) => {
    const tx = txd as unknown as Db;
    await setUserTriggers(tx, names, false);
    const counts: Record<string, number> = {};
    let table: string | null = null;
    let pending: string[] = [];
    let chars = 0;
    const flush = async () => {
      if (!table || !pending.length) return;
      await insertRows(tx, table, pending);
      counts[table] = (counts[table] ?? 0) + pending.length;
      pending = [];
      chars = 0;
    };
    for await (const item of items) {
      if (item.kind === 'table') {
        await flush();
        if (!target.has(item.name))
          throw new OpsError('BACKUP_UNREADABLE', { detail: `未知的表 ${item.name}` });
        table = item.name;
        counts[table] = 0;
      } else if (item.kind === 'row') {
        if (!table) throw new OpsError('BACKUP_UNREADABLE', { detail: '数据行前缺少表名' });
        pending.push(item.json);
        chars += item.json.length;
        if (pending.length >= ROWS_PER_INSERT || chars >= CHARS_PER_INSERT) await flush();
      } else if (item.kind === 'end') {
        await flush();
        for (const [name, n] of Object.entries(item.footer.rows)) {
          if ((counts[name] ?? 0) !== n)
            throw new OpsError('BACKUP_UNREADABLE', {
              detail: `表 ${name} 应有 ${n} 行，读到 ${counts[name] ?? 0} 行`,
            });
        }
      }
    }
    await setUserTriggers(tx, names, true);
    return counts;
  });

  await migrateTo(db);
  return { rows, backupMigrations: backupCount, upgradedBy: SHIPPED.length - backupCount };
}
