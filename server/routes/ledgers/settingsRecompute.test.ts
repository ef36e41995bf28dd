// A county setting and the recompute of open clocks it causes (issue 14 §1.5).
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, ledgerClocks } from '../../db/schema';
import { deleteClocksOf, insertClockRows } from '../../repositories/ledgerClocksRepo';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Rec {
  id: string;
  clocks: { name: string; due: string }[];
}
type Setting = { key: string; value: number };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;
let admin: HttpClient;

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  clerk = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  admin = await server.client().login((await buildUser(db, county.county, 'admin')).username);
});

const clockRow = (unitId: string, recordId: string, clock: string) => ({
  unitId,
  recordId,
  clock,
  kind: 'dispute',
  due: '2026-04-01',
  done: false,
  provisional: false,
  reminder: false,
  alertOn: null,
});

describe('deleteClocksOf', () => {
  it('deletes exactly the clocks of 600 listed records, in any order, and leaves the others', async () => {
    // 600 pairs: PGlite 0.5.16 answered the former row-value IN list with no rows from ~300 on
    const db = server.database.db;
    const unitId = crypto.randomUUID();
    const listed = Array.from({ length: 600 }, () => ({ unitId, id: crypto.randomUUID() }));
    const kept = Array.from({ length: 50 }, () => ({ unitId, id: crypto.randomUUID() }));
    await insertClockRows(
      db,
      [...listed, ...kept].flatMap((r) => [clockRow(r.unitId, r.id, 'a'), clockRow(r.unitId, r.id, 'b')]),
    );
    const count = async () =>
      Number(
        (
          await db
            .select({ n: sql<number>`count(*)` })
            .from(ledgerClocks)
            .where(eq(ledgerClocks.unitId, unitId))
        )[0]?.n,
      );
    expect(await count()).toBe(1300);
    // reversed and interleaved orders: the old query's result depended on the order
    const reversed = [...listed].reverse();
    await db.transaction(async (tx) => {
      await deleteClocksOf(tx, reversed.slice(0, 300));
      await deleteClocksOf(
        tx,
        reversed.slice(300).filter((_, i) => i % 2 === 0),
      );
      await deleteClocksOf(
        tx,
        reversed.slice(300).filter((_, i) => i % 2 === 1),
      );
    });
    expect(await count()).toBe(100);
    const left = await db
      .select({ recordId: ledgerClocks.recordId })
      .from(ledgerClocks)
      .where(eq(ledgerClocks.unitId, unitId));
    expect(new Set(left.map((r) => r.recordId))).toEqual(new Set(kept.map((r) => r.id)));
    // the recompute deletes then re-inserts a page: that must not meet its own old rows
    await db.transaction(async (tx) => {
      await deleteClocksOf(tx, kept);
      await insertClockRows(
        tx,
        kept.map((r) => clockRow(r.unitId, r.id, 'a')),
      );
    });
    expect(await count()).toBe(50);
  });
});

describe('PUT /api/ledger-settings/:key', () => {
  const mediationDue = async (id: string) =>
    (await clerk.get<Rec>(`/api/ledgers/dispute/${id}`)).body.clocks.find((c) => c.name === 'mediation')?.due;
  const settingValue = async () =>
    (await admin.get<Setting[]>(`/api/ledger-settings?unit=${county.county.id}`)).body.find(
      (s) => s.key === 'dispute.mediation_days',
    )?.value;

  it('saves the setting and recomputes the open clocks together, or neither', async () => {
    const d = await clerk.post<Rec>('/api/ledgers/dispute', {
      registeredOn: '2026-03-02',
      source: 'visit',
      type: '邻里纠纷',
      village: county.villageA.id,
      parties: [
        { name: '赵大年', phone: '13800001111' },
        { name: '钱小满', phone: '13800002222' },
      ],
      summary: '两户因排水沟堵塞引发邻里矛盾，要求村里协调疏通',
      riskLevel: 'low',
    });
    expect(d.status).toBe(201);
    expect(await mediationDue(d.body.id)).toBe('2026-04-01');

    // a real constraint makes the recompute's insert fail in the database itself
    const db = server.database.db;
    await db.execute(
      sql`alter table ledger_clocks add constraint refuse_new_clocks check (due < '2000-01-01') not valid`,
    );
    try {
      const failed = await admin.request(
        'PUT',
        `/api/ledger-settings/dispute.mediation_days?unit=${county.county.id}`,
        { value: 45 },
      );
      expect(failed.status).toBe(500);
    } finally {
      await db.execute(sql`alter table ledger_clocks drop constraint refuse_new_clocks`);
    }
    // nothing of the failed change remains: the setting, its audit record, the clocks
    expect(await settingValue()).toBe(30);
    expect(await mediationDue(d.body.id)).toBe('2026-04-01');
    const audited = await db
      .select({ n: sql<number>`count(*)` })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ledger.setting'), eq(auditLog.unitId, county.county.id)));
    expect(Number(audited[0]?.n)).toBe(0);

    const put = await admin.request<{ recomputed: number; settings: Setting[] }>(
      'PUT',
      `/api/ledger-settings/dispute.mediation_days?unit=${county.county.id}`,
      { value: 45 },
    );
    expect(put.status).toBe(200);
    expect(put.body.recomputed).toBeGreaterThanOrEqual(1);
    expect(put.body.settings.find((s) => s.key === 'dispute.mediation_days')?.value).toBe(45);
    // 2026-03-02 + 45 days = 2026-04-16
    expect(await mediationDue(d.body.id)).toBe('2026-04-16');
    const rows = await db
      .select({ due: ledgerClocks.due })
      .from(ledgerClocks)
      .where(and(eq(ledgerClocks.recordId, d.body.id), eq(ledgerClocks.clock, 'mediation')));
    expect(rows).toEqual([{ due: '2026-04-16' }]);
  });
});
