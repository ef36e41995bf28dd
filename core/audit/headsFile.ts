import { canonicalJson } from './canonical';
import type { ChainProblem } from './verifyChain';

/**
 * The audit chains' heads, exported to keep outside the database (printed, or sent to the
 * county): a later rewrite of a whole chain in SQL, or the deletion of its newest records
 * together with its head row, no longer matches what was written down here.
 */
export interface ExportedHead {
  unitId: string;
  /** The chain's length: the seq of its newest record. */
  seq: number;
  hash: string;
  /** When the newest record was written (ISO). */
  at: string;
  unitCode: string;
  unitName: string;
}

export interface HeadsExport {
  exportedAt: string;
  /** The hash the digest was computed with (the audit chain's own: SM3 where available). */
  algo: string;
  chains: ExportedHead[];
  digest: string;
}

type Digest = (algo: string, data: string) => string;

/** What the digest covers: the export time and every chain's id, length, hash and time (not the names, which are only labels). */
function digestInput(exportedAt: string, algo: string, chains: ExportedHead[]): string {
  return canonicalJson({
    exportedAt,
    algo,
    chains: [...chains]
      .sort((a, b) => (a.unitId < b.unitId ? -1 : 1))
      .map((c) => ({ unitId: c.unitId, seq: c.seq, hash: c.hash, at: c.at })),
  });
}

export function buildHeadsExport(
  exportedAt: string,
  algo: string,
  chains: ExportedHead[],
  digest: Digest,
): HeadsExport {
  return { exportedAt, algo, chains, digest: digest(algo, digestInput(exportedAt, algo, chains)) };
}

/** The digest in groups of four, so it can be read aloud or compared on paper. */
export function groupDigest(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex;
}

/**
 * A text file that prints on A4 and reads back: the `CHAIN` and `DIGEST` lines are the data, the
 * rest explains them. `chinaTime` formats an ISO instant for the reader (passed in: core has no clock or zone).
 */
export function formatHeadsFile(e: HeadsExport, chinaTime: (iso: string) => string): string {
  const records = e.chains.reduce((n, c) => n + c.seq, 0);
  const lines = [
    '法治政府建设工作平台 审计链头登记表 / audit chain heads',
    '',
    `导出时间：${chinaTime(e.exportedAt)}（北京时间）`,
    `审计链 ${e.chains.length} 条，记录共 ${records} 条；哈希算法 ${e.algo}`,
    '每个单位一条审计链。请打印本表签字存档，或报送县（区）司法局留存。核对时执行：',
    '  npx fazhi audit verify --heads <本文件>',
    '链被整体重写、最新记录连同链头被删除、整条链被删除，都会与本表不符。',
    '',
    '单位代码      单位名称            记录数  最新记录时间（北京时间）',
    '              链头哈希',
  ];
  for (const c of [...e.chains].sort((a, b) => (a.unitCode < b.unitCode ? -1 : 1))) {
    lines.push(
      `${c.unitCode.padEnd(14)}${c.unitName.padEnd(16, '　')}${String(c.seq).padStart(8)}  ${chinaTime(c.at)}`,
    );
    lines.push(`              ${c.hash}`);
  }
  lines.push(
    '',
    `摘要（${e.algo}）：${groupDigest(e.digest)}`,
    '',
    '--- 以下为机读数据，请勿改动 / machine-readable ---',
  );
  lines.push(`EXPORTED ${e.exportedAt} ${e.algo}`);
  for (const c of e.chains)
    lines.push(`CHAIN ${c.unitId} ${c.seq} ${c.at} ${c.hash} ${c.unitCode} ${c.unitName}`);
  lines.push(`DIGEST ${e.digest}`, '');
  return lines.join('\n');
}

const CHAIN = /^CHAIN ([0-9a-f-]{36}) (\d+) (\S+) ([0-9a-f]{64}) (\S+) (.*)$/;

/**
 * Reads a heads file back and checks its digest. Returns a Chinese reason instead of an export
 * when the file is not one, or was edited after export.
 */
export function parseHeadsFile(
  text: string,
  digest: Digest,
): HeadsExport | { error: 'invalid' | 'digest'; detail: string } {
  const lines = text.split(/\r?\n/);
  const exported = lines.map((l) => /^EXPORTED (\S+) (\S+)$/.exec(l)).find(Boolean);
  const dig = lines.map((l) => /^DIGEST ([0-9a-f]{64})$/.exec(l)).find(Boolean);
  if (!exported?.[1] || !exported[2] || !dig?.[1])
    return { error: 'invalid', detail: '缺少 EXPORTED 或 DIGEST 行，不是本系统导出的链头登记表' };
  const chains: ExportedHead[] = [];
  for (const l of lines) {
    if (!l.startsWith('CHAIN ')) continue;
    const m = CHAIN.exec(l);
    if (!m) return { error: 'invalid', detail: `无法识别的行：${l.slice(0, 60)}` };
    const [, unitId, seq, at, hash, unitCode, unitName] = m as unknown as string[];
    chains.push({ unitId, seq: Number(seq), at, hash, unitCode, unitName } as ExportedHead);
  }
  const e = buildHeadsExport(exported[1], exported[2], chains, digest);
  if (e.digest !== dig[1]) return { error: 'digest', detail: '摘要不符' };
  return e;
}

/**
 * One chain now, compared with its exported head: it must still be at least as long, and its
 * record at the exported length must still carry the exported hash (each hash covers all before
 * it, so the whole prefix is then what it was). `hashAtSeq` is null when that record is gone.
 */
export function checkAgainstHead(
  head: ExportedHead,
  exportedAt: string,
  now: { length: number; hashAtSeq: string | null },
): ChainProblem | null {
  const base = { unitId: head.unitId };
  if (now.length === 0)
    return {
      ...base,
      kind: 'deleted',
      seq: 1,
      message: `记录被删除：${head.unitName}（${head.unitCode}）的审计链导出时有 ${head.seq} 条，现在整条链不存在`,
    };
  if (now.length < head.seq)
    return {
      ...base,
      kind: 'deleted',
      seq: now.length + 1,
      message: `记录被删除：导出时该链有 ${head.seq} 条，现只有 ${now.length} 条（第 ${now.length + 1}–${head.seq} 条连同链头被删）`,
    };
  if (now.hashAtSeq !== head.hash)
    return {
      ...base,
      kind: 'rewritten',
      seq: head.seq,
      message: `链被重写：第 ${head.seq} 条的哈希值与 ${exportedAt} 导出的链头不符，此前的记录已被改写`,
    };
  return null;
}
