import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { formatHeadsFile, groupDigest, type HeadsExport, parseHeadsFile } from '../core/audit/headsFile';
import { auditHeadsExporter } from './commands/auditHeadsExporter';
import type { Config } from './config';
import { type Database, type Db, openDatabase } from './db/client';
import { DataDirLockedError } from './db/dataDirLock';
import { digestHex } from './lib/hash';
import { controlSocketPath, requestFromServer } from './ops/controlSocket';
import { OpsError } from './ops/opsErrors';

/** ISO instant → Beijing time as printed in the heads file. */
export function chinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

const REFUSED =
  '审计链校验未通过，未导出链头：请先查明上述篡改。/ the chain does not verify; heads not exported';

/** The heads file's text, or the chain's problems and a refusal: only a chain that verifies is worth anchoring. */
export async function auditHeadsText(db: Db, now: Date): Promise<string> {
  const r = await auditHeadsExporter(db, now);
  if ('problems' in r)
    return `${[...r.problems.map((p) => `✗ 单位 ${p.unitId} 第 ${p.seq} 条：${p.message}`), REFUSED].join('\n')}\n`;
  return formatHeadsFile(r, chinaTime);
}

/**
 * `fazhi audit heads [--out <文件>]`. On PGlite held by a running server, the server exports
 * them through its control socket (ops/controlSocket.ts).
 */
export async function auditHeadsCli(cfg: Config, args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  let text: string;
  let database: Database | null = null;
  try {
    database = await openDatabase(cfg);
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
  }
  if (database) {
    try {
      text = await auditHeadsText(database.db, now);
    } finally {
      await database.close();
    }
  } else {
    const stream = await requestFromServer(cfg.dataDir, 'audit-heads');
    if (!stream)
      throw new OpsError('SERVER_RUNNING_NO_CONTROL', {
        dir: cfg.dataDir,
        socket: controlSocketPath(cfg.dataDir),
      });
    text = '';
    for await (const chunk of stream) text += chunk;
  }
  const digest = /^DIGEST ([0-9a-f]{64})$/m.exec(text)?.[1];
  if (!digest) {
    process.stdout.write(text.includes(REFUSED) ? text : `${text}\n${REFUSED}\n`);
    return 1;
  }
  if (!values.out) {
    process.stdout.write(text);
    return 0;
  }
  fs.writeFileSync(values.out, text);
  const chains = text.split('\n').filter((l) => l.startsWith('CHAIN ')).length;
  console.log(`已导出 ${chains} 条审计链的链头：${values.out}`);
  console.log(`摘要：${groupDigest(digest)}`);
  return 0;
}

/** Reads an exported heads file for `audit verify --heads`, refusing one whose digest no longer matches. */
export function readHeadsFile(file: string): HeadsExport {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new OpsError('HEADS_FILE_INVALID', { detail: (e as Error).message });
  }
  const parsed = parseHeadsFile(text, digestHex);
  if ('error' in parsed) {
    if (parsed.error === 'digest') throw new OpsError('HEADS_FILE_DIGEST');
    throw new OpsError('HEADS_FILE_INVALID', { detail: parsed.detail });
  }
  return parsed;
}
