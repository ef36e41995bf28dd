import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditHashPayload } from '../../core/audit/canonical';
import { formatHeadsFile, type HeadsExport, parseHeadsFile } from '../../core/audit/headsFile';
import { chinaTime } from '../auditHeadsCli';
import type { Database, Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { auditLog } from '../db/schema';
import { digestHex } from '../lib/hash';
import { appendAudit } from '../repositories/auditRepo';
import { testNow } from '../test/clock';
import { testDatabase } from '../test/database';
import { buildCounty, type TestCounty } from '../test/factories';
import { auditHeadsExporter } from './auditHeadsExporter';
import { auditVerifier } from './auditVerifier';

/**
 * Finding 11: an attacker with SQL can delete a chain's newest record and rewrite its head, or
 * drop a whole chain with its head, or rewrite a chain end to end, and the database alone still
 * verifies. Against heads exported earlier, each is found.
 */
let database: Database;
let db: Db;
let c: TestCounty;

async function append(unitId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await db.transaction(async (tx) => {
      await appendAudit(tx as unknown as Db, {
        unitId,
        actorId: null,
        action: 'heads.test',
        entity: 'unit',
        entityId: unitId,
        after: { i },
        at: testNow(),
      });
    });
  }
}

/** Exports, prints and reads back the heads, as the county would from its paper or file copy. */
async function exportHeads(): Promise<HeadsExport> {
  const r = await auditHeadsExporter(db, testNow());
  if ('problems' in r) throw new Error('chain does not verify');
  const back = parseHeadsFile(formatHeadsFile(r, chinaTime), digestHex);
  if ('error' in back) throw new Error(back.detail);
  expect(back).toEqual(r);
  return back;
}

async function chainLength(unitId: string): Promise<number> {
  const [r] = rowsOf<{ n: number }>(
    await db.execute(sql`select coalesce(max(seq), 0)::int as n from audit_log where unit_id = ${unitId}`),
  );
  return r?.n ?? 0;
}

beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
  c = await buildCounty(db);
});

afterAll(() => database?.close());

describe('audit heads export', () => {
  it('prints every chain with its length, head hash, time and a digest, and reads back', async () => {
    await append(c.townA.id, 3);
    const e = await exportHeads();
    const text = formatHeadsFile(e, chinaTime);
    const townA = e.chains.find((h) => h.unitId === c.townA.id);
    expect(townA).toMatchObject({
      seq: await chainLength(c.townA.id),
      unitCode: c.townA.code,
      unitName: c.townA.name,
    });
    expect(text).toContain('审计链头登记表');
    expect(text).toContain(townA?.hash);
    expect(text).toContain(`摘要（${e.algo}）：${e.digest.slice(0, 4)} ${e.digest.slice(4, 8)}`);
    // nothing happened since: the export agrees with the database
    expect((await auditVerifier(db, e)).problems).toEqual([]);
    // a chain that grew after the export is no alarm
    await append(c.townA.id, 1);
    expect((await auditVerifier(db, e)).problems).toEqual([]);
  });

  it('a heads file edited after export is refused by its digest', async () => {
    const e = await exportHeads();
    const text = formatHeadsFile(e, chinaTime);
    const line = text.split('\n').find((l) => l.startsWith(`CHAIN ${c.townA.id}`)) as string;
    const forged = text.replace(
      line,
      line.replace(/ (\d+) /, (_m, n) => ` ${Number(n) - 1} `),
    );
    expect(parseHeadsFile(forged, digestHex)).toEqual({ error: 'digest', detail: '摘要不符' });
  });

  it('finds the newest record deleted with its head rewritten, which the database alone does not', async () => {
    await append(c.townB.id, 4);
    const e = await exportHeads();
    const n = await chainLength(c.townB.id);
    await db.execute(sql`delete from audit_log where unit_id = ${c.townB.id} and seq = ${n}`);
    const [prev] = rowsOf<{ hash: string }>(
      await db.execute(sql`select hash from audit_log where unit_id = ${c.townB.id} and seq = ${n - 1}`),
    );
    await db.execute(
      sql`update audit_heads set seq = ${n - 1}, hash = ${prev?.hash} where unit_id = ${c.townB.id}`,
    );

    expect((await auditVerifier(db)).problems).toEqual([]);
    const found = (await auditVerifier(db, e)).problems;
    expect(found).toEqual([
      {
        kind: 'deleted',
        unitId: c.townB.id,
        seq: n,
        message: `记录被删除：导出时该链有 ${n} 条，现只有 ${n - 1} 条（第 ${n}–${n} 条连同链头被删）`,
      },
    ]);
  });

  it('finds a whole chain deleted with its head', async () => {
    await append(c.villageA.id, 2);
    const n = await chainLength(c.villageA.id);
    const e = await exportHeads();
    await db.execute(sql`delete from audit_log where unit_id = ${c.villageA.id}`);
    await db.execute(sql`delete from audit_heads where unit_id = ${c.villageA.id}`);

    expect((await auditVerifier(db)).problems.filter((p) => p.unitId === c.villageA.id)).toEqual([]);
    const found = (await auditVerifier(db, e)).problems.filter((p) => p.unitId === c.villageA.id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'deleted', seq: 1 });
    expect(found[0]?.message).toContain(
      `${c.villageA.name}（${c.villageA.code}）的审计链导出时有 ${n} 条，现在整条链不存在`,
    );
  });

  it('finds a chain rewritten end to end with fresh hashes', async () => {
    const unitId = c.county.id;
    await append(unitId, 3);
    const e = await exportHeads();
    // the attacker edits the first record and re-hashes every link and the head: internally consistent
    const rows = rowsOf<{ seq: string }>(
      await db.execute(sql`select seq::text as seq from audit_log where unit_id = ${unitId} order by seq`),
    );
    let prevHash = '0'.repeat(64);
    for (const { seq } of rows) {
      const [r] = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.unitId, unitId), eq(auditLog.seq, Number(seq))));
      if (!r) throw new Error('record vanished');
      const after = Number(seq) === 1 ? { forged: true } : r.after;
      const hash = digestHex(r.algo, auditHashPayload({ ...r, after, prevHash }));
      await db.execute(
        sql`update audit_log set after = ${JSON.stringify(after)}::jsonb, prev_hash = ${prevHash}, hash = ${hash}
            where unit_id = ${unitId} and seq = ${Number(seq)}`,
      );
      prevHash = hash;
    }
    await db.execute(sql`update audit_heads set hash = ${prevHash} where unit_id = ${unitId}`);

    expect((await auditVerifier(db)).problems.filter((p) => p.unitId === unitId)).toEqual([]);
    const found = (await auditVerifier(db, e)).problems.filter((p) => p.unitId === unitId);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'rewritten', seq: rows.length });
    expect(found[0]?.message).toContain('链被重写');
  });

  it('refuses to export heads of a chain that does not verify', async () => {
    await append(c.townA.id, 1);
    const n = await chainLength(c.townA.id);
    await db.execute(
      sql`update audit_log set after = '{"i":-1}'::jsonb where unit_id = ${c.townA.id} and seq = ${n}`,
    );
    const r = await auditHeadsExporter(db, testNow());
    expect('problems' in r && r.problems.length).toBeGreaterThan(0);
  });
});
