import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { formatHeadsFile, groupDigest, type HeadsExport, parseHeadsFile } from '../core/audit/headsFile';
import { auditHeadsExporter } from './commands/auditHeadsExporter';
import type { Db } from './db/client';
import { digestHex } from './lib/hash';
import { OpsError } from './ops/opsErrors';

/** ISO instant → Beijing time as printed in the heads file. */
export function chinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** `fazhi audit heads --out <文件>`: refuses to anchor a chain that does not verify. */
export async function auditHeadsCli(db: Db, args: string[], now: Date): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const r = await auditHeadsExporter(db, now);
  if ('problems' in r) {
    for (const p of r.problems) console.log(`✗ 单位 ${p.unitId} 第 ${p.seq} 条：${p.message}`);
    console.error(
      '审计链校验未通过，未导出链头：请先查明上述篡改。/ the chain does not verify; heads not exported',
    );
    return 1;
  }
  const text = formatHeadsFile(r, chinaTime);
  if (values.out) {
    fs.writeFileSync(values.out, text);
    console.log(`已导出 ${r.chains.length} 条审计链的链头：${values.out}`);
    console.log(`摘要（${r.algo}）：${groupDigest(r.digest)}`);
  } else {
    process.stdout.write(text);
  }
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
