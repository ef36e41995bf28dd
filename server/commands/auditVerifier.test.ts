import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditHashPayload } from '../../core/audit/canonical';
import type { Database } from '../db/client';
import { auditLog } from '../db/schema';
import { digestHex } from '../lib/hash';
import { appendAudit } from '../repositories/auditRepo';
import { testNow } from '../test/clock';
import { testDatabase } from '../test/database';
import { buildCounty, buildUser, type TestCounty } from '../test/factories';
import { auditVerifier } from './auditVerifier';

let database: Database;
let county: TestCounty;

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

beforeEach(async () => {
  county = await buildCounty(database.db);
  for (let i = 0; i < 3; i++) await buildUser(database.db, county.townA, 'township_clerk');
});

const townA = () => county.townA.id;
const exec = (q: ReturnType<typeof sql>) => database.db.execute(q);

describe('auditVerifier', () => {
  it('passes an untouched database', async () => {
    const r = await auditVerifier(database.db);
    expect(r.problems).toEqual([]);
    expect(r.records).toBeGreaterThanOrEqual(8);
  });

  it('finds a record edited in SQL', async () => {
    await exec(
      sql`update audit_log set after = '{"username":"forged"}' where unit_id = ${townA()} and seq = 3`,
    );
    const r = await auditVerifier(database.db);
    expect(r.problems).toEqual([expect.objectContaining({ unitId: townA(), seq: 3, kind: 'edited' })]);
  });

  it('finds a record deleted in SQL', async () => {
    await exec(sql`delete from audit_log where unit_id = ${townA()} and seq = 2`);
    const [p] = (await auditVerifier(database.db)).problems.filter((x) => x.unitId === townA());
    expect(p).toMatchObject({ kind: 'deleted', seq: 2 });
    expect(p?.message).toContain('被删除');
  });

  it('finds the last record deleted together with nothing else', async () => {
    await exec(sql`delete from audit_log where unit_id = ${townA()} and seq = 4`);
    const [p] = (await auditVerifier(database.db)).problems.filter((x) => x.unitId === townA());
    expect(p).toMatchObject({ kind: 'deleted', seq: 4 });
  });

  it('finds a record inserted out of order, even one hashed correctly by someone who knows the algorithm', async () => {
    await exec(sql`update audit_log set seq = -(seq + 1) where unit_id = ${townA()} and seq >= 3`);
    await exec(sql`update audit_log set seq = -seq where unit_id = ${townA()} and seq < 0`);
    const [prev] = await database.db
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(and(eq(auditLog.unitId, townA()), eq(auditLog.seq, 2)));
    const prevHash = prev?.hash ?? '';
    const forged = {
      unitId: townA(),
      seq: 3,
      at: testNow(),
      actorId: null,
      action: 'user.create',
      entity: 'user',
      entityId: 'forged',
      before: null,
      after: null,
      prevHash,
      algo: 'sha256',
    };
    const hash = digestHex('sha256', auditHashPayload(forged));
    await exec(
      sql`insert into audit_log (unit_id, seq, at, action, entity, entity_id, prev_hash, hash, algo)
          values (${townA()}, 3, ${forged.at.toISOString()}, 'user.create', 'user', 'forged', ${prevHash}, ${hash}, 'sha256')`,
    );
    const [p] = (await auditVerifier(database.db)).problems.filter((x) => x.unitId === townA());
    expect(p).toMatchObject({ kind: 'out_of_order', seq: 4 });
  });

  it('keeps chaining correctly after many appends in one unit', async () => {
    for (let i = 0; i < 20; i++) {
      await database.db.transaction((tx) =>
        appendAudit(tx, {
          unitId: county.townB.id,
          actorId: null,
          action: 't',
          entity: 'x',
          entityId: String(i),
          at: testNow(),
        }),
      );
    }
    expect((await auditVerifier(database.db)).problems.filter((x) => x.unitId === county.townB.id)).toEqual(
      [],
    );
  });
});
