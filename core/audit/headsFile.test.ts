import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildHeadsExport, checkAgainstHead, formatHeadsFile, parseHeadsFile } from './headsFile';

const digest = (algo: string, data: string) => crypto.createHash(algo).update(data).digest('hex');
const head = {
  unitId: '0b7f7c1e-3f4a-4d6b-9a51-2d0c8a1e5f00',
  seq: 12,
  hash: 'a'.repeat(64),
  at: '2026-11-25T02:00:00.000Z',
  unitCode: '439999101000',
  unitName: '青石镇',
};
const e = buildHeadsExport('2026-11-25T02:30:00.000Z', 'sha256', [head], digest);
const utc = (iso: string) => iso;

describe('heads file', () => {
  it('reads back what it printed, digest included', () => {
    const text = formatHeadsFile(e, utc);
    expect(text).toContain('青石镇');
    expect(parseHeadsFile(text, digest)).toEqual(e);
  });

  it('refuses a file edited after export, and a file that is not one', () => {
    const text = formatHeadsFile(e, utc).replace(`CHAIN ${head.unitId} 12 `, `CHAIN ${head.unitId} 11 `);
    expect(parseHeadsFile(text, digest)).toEqual({ error: 'digest', detail: '摘要不符' });
    expect(parseHeadsFile('hello', digest)).toMatchObject({ error: 'invalid' });
  });

  it('compares a chain now with its exported head', () => {
    expect(checkAgainstHead(head, e.exportedAt, { length: 15, hashAtSeq: head.hash })).toBeNull();
    expect(checkAgainstHead(head, e.exportedAt, { length: 11, hashAtSeq: null })).toMatchObject({
      kind: 'deleted',
      seq: 12,
    });
    expect(checkAgainstHead(head, e.exportedAt, { length: 0, hashAtSeq: null })).toMatchObject({
      kind: 'deleted',
      seq: 1,
      message: '记录被删除：青石镇（439999101000）的审计链导出时有 12 条，现在整条链不存在',
    });
    expect(checkAgainstHead(head, e.exportedAt, { length: 12, hashAtSeq: 'b'.repeat(64) })).toMatchObject({
      kind: 'rewritten',
      seq: 12,
    });
  });
});
