import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { demoSeeder } from '../demo/demoSeeder';
import { writeBackupFile } from '../ops/backupFile';
import { OpsError } from '../ops/opsErrors';
import { appendAudit } from '../repositories/auditRepo';
import { listTables } from '../repositories/backupRepo';
import { insertAttachment } from '../repositories/ledgerAttachmentsRepo';
import { testNow } from '../test/clock';
import { testDatabase } from '../test/database';
import { auditVerifier } from './auditVerifier';
import { backupRestorer } from './backupRestorer';
import { backupWriter } from './backupWriter';

/** Backup → restore on this run's database (PGlite, or PostgreSQL under TEST_DATABASE_URL): nothing may differ. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-backup-'));
let source: Database;
const opened: Database[] = [];
// every byte value, and a file bigger than one insert batch of rows would carry in text
const BINARY = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  crypto.randomBytes(300_000),
]);

/** Every table's rows as the database itself prints them, sorted: equal means equal to the microsecond and the byte. */
async function contents(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of await listTables(db)) {
    const rows = rowsOf<{ j: string }>(
      await db.execute(sql`select row_to_json(t)::text as j from ${sql.identifier(t.name)} t order by 1`),
    );
    out[t.name] = rows.map((r) => r.j);
  }
  return out;
}

async function backupOf(db: Db, kind: Database['kind'], name: string): Promise<string> {
  const file = path.join(tmp, name);
  await writeBackupFile(file, (w) => backupWriter(db, kind, w, testNow()).then(() => undefined));
  return file;
}

async function fresh(): Promise<Database> {
  const d = await testDatabase();
  opened.push(d);
  return d;
}

beforeAll(async () => {
  source = await fresh();
  await demoSeeder(source.db, {
    now: testNow(),
    adminPassword: 'Backup-Admin-2026',
    demoPassword: 'Backup-Demo-2026',
  });
  const [record] = rowsOf<{ unit_id: string; id: string }>(
    await source.db.execute(sql`select unit_id, id from ledger_records order by id limit 1`),
  );
  if (!record) throw new Error('the demo has no ledger record');
  await insertAttachment(source.db, {
    unitId: record.unit_id,
    id: crypto.randomUUID(),
    recordId: record.id,
    name: '现场照片.bin',
    mime: 'application/octet-stream',
    size: BINARY.length,
    sha256: crypto.createHash('sha256').update(BINARY).digest('hex'),
    content: BINARY,
    createdBy: record.id,
    createdAt: testNow(),
  });
}, 180_000);

afterAll(async () => {
  for (const d of opened) await d.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round trip: every table equal row for row, the chain verifies, attachments byte-identical', async () => {
    const file = await backupOf(source.db, source.kind, 'round.jsonl.gz');
    const target = await fresh();
    const r = await backupRestorer(target.db, file);
    const before = await contents(source.db);
    const after = await contents(target.db);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const differences = Object.keys(before).filter(
      (t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]),
    );
    expect(differences).toEqual([]);
    for (const t of Object.keys(before)) expect(r.rows[t], t).toBe(before[t]?.length);
    expect(before.units?.length).toBeGreaterThan(20);
    expect(before.audit_log?.length).toBeGreaterThan(20);
    expect(before.ledger_records?.length).toBeGreaterThan(100);

    const verified = await auditVerifier(target.db);
    expect(verified.problems).toEqual([]);
    expect(verified.records).toBe(before.audit_log?.length);

    // the file's pieces (attachment_chunks), put together again, are the bytes stored
    const pieces = rowsOf<{ seq: number; data: Uint8Array }>(
      await target.db.execute(sql`
        select c.seq, c.data from attachment_chunks c
        join ledger_attachments a on a.unit_id = c.unit_id and a.id = c.attachment_id
        where a.name = '现场照片.bin' order by c.seq`),
    );
    expect(pieces.map((p) => p.seq)).toEqual([0, 1, 2]);
    expect(Buffer.concat(pieces.map((p) => Buffer.from(p.data))).equals(BINARY)).toBe(true);
  }, 180_000);

  it('writes one consistent snapshot while the server keeps writing', async () => {
    const [unit] = rowsOf<{ id: string }>(
      await source.db.execute(sql`select id from units order by code limit 1`),
    );
    const unitId = unit?.id as string;
    let writes = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        await source.db.transaction(async (tx) => {
          await appendAudit(tx as unknown as Db, {
            unitId,
            actorId: null,
            action: 'backup.test',
            entity: 'unit',
            entityId: unitId,
            after: { n: writes },
            at: testNow(),
          });
        });
        writes++;
        // requests arrive through the event loop; PGlite answers in microtasks, so a bare loop would starve the file writes
        await new Promise((r) => setImmediate(r));
      }
    })();
    const file = await backupOf(source.db, source.kind, 'busy.jsonl.gz');
    stop = true;
    await writer;
    const target = await fresh();
    await backupRestorer(target.db, file);
    // the restored log and heads were read at one instant: every chain ends at its head
    expect((await auditVerifier(target.db)).problems).toEqual([]);
    expect(writes).toBeGreaterThan(0);
  }, 180_000);

  it('refuses a target that holds data, in Chinese, and leaves it alone', async () => {
    const file = await backupOf(source.db, source.kind, 'again.jsonl.gz');
    const before = await contents(source.db);
    const err = await backupRestorer(source.db, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpsError);
    expect((err as OpsError).code).toBe('RESTORE_TARGET_NOT_EMPTY');
    expect((err as Error).message).toContain('恢复目标不是空的');
    expect((err as Error).message).toContain('audit_log');
    expect(await contents(source.db)).toEqual(before);
  }, 180_000);

  it('refuses a truncated or altered file before committing anything', async () => {
    const file = await backupOf(source.db, source.kind, 'whole.jsonl.gz');
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const cut = path.join(tmp, 'cut.jsonl.gz');
    fs.writeFileSync(cut, zlib.gzipSync(lines.slice(0, -3).join('\n')));
    const edited = path.join(tmp, 'edited.jsonl.gz');
    const i = lines.findIndex((l) => l.includes('"username":"qingshi_clerk"'));
    lines[i] = (lines[i] as string).replace('"township_clerk"', '"admin"');
    fs.writeFileSync(edited, zlib.gzipSync(lines.join('\n')));

    const target = await fresh();
    for (const [bad, why] of [
      [cut, '缺少结束标记'],
      [edited, '内容校验值不符'],
    ] as const) {
      const err = await backupRestorer(target.db, bad).catch((e: unknown) => e);
      expect((err as OpsError).code).toBe('BACKUP_UNREADABLE');
      expect((err as Error).message).toContain(why);
      const [n] = rowsOf<{ n: number }>(await target.db.execute(sql`select count(*)::int as n from users`));
      expect(n?.n).toBe(0);
    }
    // the same target still takes the intact file
    await backupRestorer(target.db, file);
    expect((await auditVerifier(target.db)).problems).toEqual([]);
  }, 180_000);
});
