import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { OpsError } from './opsErrors';

/**
 * The backup file: gzip'd JSON lines, readable with zcat and any JSON tool, independent of the
 * database it came from (PGlite or a server, any PostgreSQL version).
 *
 *   {"format":"fazhi-backup",…header…}       version, migrations, tables and their columns
 *   ["table","units"]                        then one row_to_json object per line
 *   {"id":"…",…}
 *   ["end",{"rows":{…},"sha256":"…"}]        row counts and the SHA-256 of every line before it
 *
 * The digest makes a truncated or altered file fail the restore before anything is committed.
 */
export const BACKUP_FORMAT = 'fazhi-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  database: 'pglite' | 'postgresql';
  migrations: { tag: string | null; applied: { hash: string; createdAt: number }[] };
  tables: { name: string; columns: [string, string][] }[];
}

export interface BackupFooter {
  rows: Record<string, number>;
  sha256: string;
}

/** Writes lines into a gzip stream while hashing them; backpressure is honoured so memory stays flat. */
export class BackupLineWriter {
  private readonly hash = crypto.createHash('sha256');
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly done: Promise<void>;

  constructor(sink: Writable) {
    this.gzip.pipe(sink);
    this.done = new Promise((resolve, reject) => {
      sink.on('finish', resolve);
      sink.on('close', resolve);
      sink.on('error', reject);
      this.gzip.on('error', reject);
    });
  }

  async line(text: string): Promise<void> {
    const chunk = `${text}\n`;
    this.hash.update(chunk);
    if (!this.gzip.write(chunk)) await new Promise<void>((r) => this.gzip.once('drain', () => r()));
  }

  /** Writes the footer (with the digest of every line so far) and waits until the sink has it all. */
  async end(rows: Record<string, number>): Promise<void> {
    const footer: BackupFooter = { rows, sha256: this.hash.digest('hex') };
    this.gzip.end(`${JSON.stringify(['end', footer])}\n`);
    await this.done;
  }
}

/**
 * Writes to `<file>.partial` and renames once complete and flushed, so a crash or a full disk
 * never leaves a file that looks like a finished backup.
 */
export async function writeBackupFile(file: string, write: (w: BackupLineWriter) => Promise<void>) {
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial, { mode: 0o600 });
  try {
    await write(new BackupLineWriter(out));
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, file);
  } catch (e) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

export type BackupItem =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; name: string }
  | { kind: 'row'; json: string }
  | { kind: 'end'; footer: BackupFooter };

/**
 * Reads a backup line by line. Rows stay as the text the database wrote (bigint and timestamps
 * are never parsed by JavaScript). The footer is checked against the digest of what was read:
 * the caller commits only after the 'end' item arrived.
 */
export async function* readBackupFile(file: string): AsyncGenerator<BackupItem> {
  if (!fs.existsSync(file))
    throw new OpsError('BACKUP_UNREADABLE', { detail: `找不到文件 ${path.resolve(file)}` });
  const hash = crypto.createHash('sha256');
  const gunzip = zlib.createGunzip();
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(gunzip),
    crlfDelay: Infinity,
  });
  let first = true;
  let ended = false;
  try {
    for await (const text of lines) {
      if (ended) throw new OpsError('BACKUP_UNREADABLE', { detail: '结束标记之后还有内容' });
      if (first) {
        first = false;
        const header = parseHeader(text);
        hash.update(`${text}\n`);
        yield { kind: 'header', header };
        continue;
      }
      if (text.startsWith('[')) {
        const [tag, value] = JSON.parse(text) as [string, unknown];
        if (tag === 'table' && typeof value === 'string') {
          hash.update(`${text}\n`);
          yield { kind: 'table', name: value };
          continue;
        }
        if (tag === 'end') {
          const footer = value as BackupFooter;
          if (footer.sha256 !== hash.digest('hex'))
            throw new OpsError('BACKUP_UNREADABLE', { detail: '内容校验值不符（文件被截断或改动）' });
          ended = true;
          yield { kind: 'end', footer };
          continue;
        }
        throw new OpsError('BACKUP_UNREADABLE', { detail: `无法识别的行 ${text.slice(0, 40)}` });
      }
      hash.update(`${text}\n`);
      yield { kind: 'row', json: text };
    }
  } catch (e) {
    if (e instanceof OpsError) throw e;
    throw new OpsError('BACKUP_UNREADABLE', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (first) throw new OpsError('BACKUP_UNREADABLE', { detail: '文件为空' });
  if (!ended) throw new OpsError('BACKUP_UNREADABLE', { detail: '缺少结束标记（文件不完整）' });
}

function parseHeader(text: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(text) as BackupHeader;
  } catch {
    throw new OpsError('BACKUP_UNREADABLE', { detail: '不是本系统的备份文件' });
  }
  if (header.format !== BACKUP_FORMAT)
    throw new OpsError('BACKUP_UNREADABLE', { detail: '不是本系统的备份文件' });
  if (header.formatVersion > BACKUP_FORMAT_VERSION)
    throw new OpsError('BACKUP_UNREADABLE', {
      detail: `备份格式版本 ${header.formatVersion} 较新，请升级程序`,
    });
  return header;
}

const ROTATED = /^fazhi-\d{8}-\d{6}\.jsonl\.gz$/;

/** The file name a scheduled backup gets in a directory: fazhi-YYYYMMDD-HHMMSS.jsonl.gz, in China time so it sorts and reads as the office's day. */
export function backupFileName(now: Date): string {
  const china = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return `fazhi-${china.slice(0, 10).replaceAll('-', '')}-${china.slice(11, 19).replaceAll(':', '')}.jsonl.gz`;
}

/**
 * Keeps the newest `keep` scheduled backups in `dir` and deletes the rest. Only names written by
 * backupFileName count, so nothing else in the directory is ever touched. Returns what was deleted.
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => ROTATED.test(n))
    .sort();
  const drop = names.slice(0, Math.max(0, names.length - keep));
  for (const n of drop) fs.rmSync(path.join(dir, n));
  return drop;
}
