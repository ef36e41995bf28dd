import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { backupRestorer } from './commands/backupRestorer';
import { backupWriter } from './commands/backupWriter';
import type { Config } from './config';
import { type Database, openDatabase } from './db/client';
import { DataDirLockedError } from './db/dataDirLock';
import { backupFileName, readBackupFile, rotateBackups, writeBackupFile } from './ops/backupFile';
import { controlSocketPath, requestFromServer } from './ops/controlSocket';
import { OpsError } from './ops/opsErrors';

function mb(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(2)} MB`;
}

/** Where `--out` writes: a directory (existing, or written with a trailing slash) gets a dated name that --keep rotates. */
function outputFile(out: string, now: Date): { file: string; dir: string } {
  const isDir =
    out.endsWith('/') || out.endsWith(path.sep) || (fs.existsSync(out) && fs.statSync(out).isDirectory());
  const file = isDir ? path.join(out, backupFileName(now)) : out;
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  return { file, dir };
}

/**
 * PGlite held by a running server: the server writes the backup through its control socket. What
 * arrives is read through (digest and footer) before it is renamed into place.
 */
async function backupFromRunningServer(dataDir: string, file: string): Promise<Record<string, number>> {
  const stream = await requestFromServer(dataDir, 'backup');
  if (!stream)
    throw new OpsError('SERVER_RUNNING_NO_CONTROL', { dir: dataDir, socket: controlSocketPath(dataDir) });
  console.log('服务正在运行，由服务经本机控制通道写出备份 / the running server writes the backup');
  const partial = `${file}.partial`;
  try {
    await pipeline(stream, fs.createWriteStream(partial, { mode: 0o600 }));
    let rows: Record<string, number> | null = null;
    for await (const item of readBackupFile(partial)) if (item.kind === 'end') rows = item.footer.rows;
    if (!rows) throw new OpsError('BACKUP_UNREADABLE', { detail: '服务未写完备份' });
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, file);
    return rows;
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

/** `fazhi backup --out <文件|目录> [--keep N]` */
export async function backupCli(cfg: Config, args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, keep: { type: 'string' } } });
  if (!values.out) {
    console.error('缺少参数：--out <文件或目录> / missing --out');
    return 2;
  }
  const keep = values.keep === undefined ? null : Number(values.keep);
  if (keep !== null && (!Number.isInteger(keep) || keep < 1)) {
    console.error('--keep 应为不小于 1 的整数 / --keep must be a positive integer');
    return 2;
  }
  if (!cfg.databaseUrl && !fs.existsSync(path.join(cfg.dataDir, 'PG_VERSION')))
    throw new OpsError('BACKUP_UNREADABLE', { detail: `数据目录 ${cfg.dataDir} 中没有数据库，无可备份` });
  const { file, dir } = outputFile(values.out, now);
  const started = performance.now();
  let rows: Record<string, number> = {};
  let database: Database | null = null;
  try {
    database = await openDatabase(cfg, { migrate: false });
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    rows = await backupFromRunningServer(cfg.dataDir, file);
  }
  if (database) {
    const d = database;
    try {
      await writeBackupFile(file, async (w) => {
        rows = await backupWriter(d.db, d.kind, w, now);
      });
    } finally {
      await d.close();
    }
  }
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `备份完成：${file}（${mb(fs.statSync(file).size)}，${Object.keys(rows).length} 张表 ${total} 行，${seconds} 秒）`,
  );
  console.log(`backup written: ${file}`);
  if (keep !== null) {
    const dropped = rotateBackups(dir, keep);
    for (const d of dropped) console.log(`已删除较早的备份 / rotated out: ${d}`);
  }
  return 0;
}

/** `fazhi restore <文件>`: into the empty data directory (FAZHI_DATA_DIR) or database (DATABASE_URL). */
export async function restoreCli(cfg: Config, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error('用法：npx fazhi restore <备份文件> / usage: npx fazhi restore <file>');
    return 2;
  }
  const started = performance.now();
  const database = await openDatabase(cfg, { migrate: false });
  try {
    const r = await backupRestorer(database.db, file);
    const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
    const where = cfg.databaseUrl ? '数据库' : `数据目录 ${cfg.dataDir}`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`恢复完成：${Object.keys(r.rows).length} 张表 ${total} 行已写入${where}（${seconds} 秒）`);
    if (r.upgradedBy) console.log(`备份来自较早版本，已升级（执行迁移 ${r.upgradedBy} 个）`);
    console.log('请执行 npx fazhi audit verify 校验审计链 / restored; run `npx fazhi audit verify`');
    return 0;
  } finally {
    await database.close();
  }
}
