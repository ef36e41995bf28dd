import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/rows';
import { insertAttachment, writeAttachmentChunks } from '../repositories/ledgerAttachmentsRepo';
import { testNow } from '../test/clock';
import { type TestDatabase, testDatabase } from '../test/database';
import { ORPHAN_UPLOAD_HOURS, sweepOrphanUploads } from './attachmentOrphanSweep';
import { auditVerifier } from './auditVerifier';

/** Pieces left by a process killed mid-upload (issue 14 §1 finding 9) are swept by age, audited. */
let d: TestDatabase;
beforeAll(async () => {
  d = await testDatabase();
});
afterAll(() => d.close());

const HOUR = 3_600_000;
const ago = (now: Date, hours: number) => new Date(now.getTime() - hours * HOUR);

async function piecesOf(id: string): Promise<number[]> {
  return rowsOf<{ seq: number }>(
    await d.db.execute(sql`select seq from attachment_chunks where attachment_id = ${id} order by seq`),
  ).map((r) => Number(r.seq));
}

describe('sweeping the pieces of uploads that never finished', () => {
  it('removes an orphan older than the rule, keeps uploads under way and finished files, and audits it', async () => {
    const now = testNow();
    const unitId = crypto.randomUUID();
    const bytes = new Uint8Array(300_000).fill(7);
    // a process killed mid-upload a little more than the rule ago: three pieces, no row
    const orphan = crypto.randomUUID();
    await writeAttachmentChunks(d.db, unitId, orphan, bytes, ago(now, ORPHAN_UPLOAD_HOURS + 0.1));
    // an upload under way on another instance, begun an hour ago
    const fresh = crypto.randomUUID();
    await writeAttachmentChunks(d.db, unitId, fresh, bytes.subarray(0, 1000), ago(now, 1));
    // pieces written either side of the limit under one id: the upload is still being written
    const straddling = crypto.randomUUID();
    await writeAttachmentChunks(d.db, unitId, straddling, bytes, ago(now, ORPHAN_UPLOAD_HOURS + 1));
    await d.db.execute(
      sql`update attachment_chunks set written_at = ${ago(now, 0.5).toISOString()}::timestamptz
          where attachment_id = ${straddling} and seq = 2`,
    );
    // a finished attachment from two days ago: pieces and row
    const done = crypto.randomUUID();
    await insertAttachment(d.db, {
      unitId,
      id: done,
      recordId: crypto.randomUUID(),
      name: '旧附件.pdf',
      mime: 'application/pdf',
      size: 1000,
      sha256: 'x',
      content: bytes.subarray(0, 1000),
      createdBy: unitId,
      createdAt: ago(now, 48),
    });

    const swept = await sweepOrphanUploads(d.db, now);
    expect(swept).toEqual([
      {
        unitId,
        attachmentId: orphan,
        pieces: 3,
        bytes: 300_000,
        writtenAt: ago(now, ORPHAN_UPLOAD_HOURS + 0.1),
      },
    ]);
    expect(await piecesOf(orphan)).toEqual([]);
    expect(await piecesOf(fresh)).toEqual([0]);
    expect(await piecesOf(straddling)).toEqual([0, 1, 2]);
    expect(await piecesOf(done)).toEqual([0]);

    const audit = rowsOf<{ action: string; actor_id: string | null; entity: string; before: unknown }>(
      await d.db.execute(
        sql`select action, actor_id, entity, before from audit_log where unit_id = ${unitId} order by seq`,
      ),
    );
    expect(audit).toEqual([
      {
        action: 'attachment.orphan_swept',
        actor_id: null,
        entity: 'attachment',
        before: {
          pieces: 3,
          size: 300_000,
          writtenAt: ago(now, ORPHAN_UPLOAD_HOURS + 0.1).toISOString(),
        },
      },
    ]);
    expect((await auditVerifier(d.db)).problems).toEqual([]);

    // nothing left to sweep: a second run deletes nothing and writes no audit record
    expect(await sweepOrphanUploads(d.db, now)).toEqual([]);
    const [n] = rowsOf<{ n: number }>(
      await d.db.execute(sql`select count(*)::int as n from audit_log where unit_id = ${unitId}`),
    );
    expect(Number(n?.n)).toBe(1);
  });
});
