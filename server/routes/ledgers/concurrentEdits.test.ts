import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditVerifier } from '../../commands/auditVerifier';
import { auditLog } from '../../db/schema';
import { buildCounty, buildUser } from '../../test/factories';
import { setupTestServer } from '../../test/server';

const server = setupTestServer();
const EDITS = 50;

describe('concurrent edits of one record (issue 14 §4)', () => {
  it('lets exactly one of 50 edits with the same version win; the rest get 409 and the chain verifies', async () => {
    const db = server.database.db;
    const county = await buildCounty(db);
    const users = await Promise.all(
      ['township_clerk', 'township_leader', 'township_clerk'].map((role) =>
        buildUser(db, county.townA, role as 'township_clerk' | 'township_leader'),
      ),
    );
    const clients = await Promise.all(users.map((u) => server.client().login(u.username)));
    const [first] = clients;
    if (!first) throw new Error('no client');
    const created = await first.post<{ id: string; version: number }>('/api/ledgers/dispute', {
      registeredOn: '2026-03-02',
      source: 'visit',
      type: '邻里纠纷',
      village: county.villageA.id,
      parties: [{ name: '赵大年', phone: '13800001111' }],
      summary: '原始概要',
      riskLevel: 'low',
    });
    expect(created.status).toBe(201);
    const { id, version } = created.body;

    // three sessions (two users of one role, one of another), all edits sent at once
    const answers = await Promise.all(
      Array.from({ length: EDITS }, (_, i) =>
        (clients[i % clients.length] ?? first).patch<{ version: number; data: { summary: string } }>(
          `/api/ledgers/dispute/${id}`,
          { version, values: { summary: `并发修改第${i}次` } },
        ),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(EDITS - 1);
    const winner = answers.find((a) => a.status === 200);
    expect(winner?.body.version).toBe(version + 1);

    // the stored record is the winner's, one version on, with exactly one audited update
    const stored = await first.get<{ version: number; data: { summary: string } }>(
      `/api/ledgers/dispute/${id}`,
    );
    expect(stored.body.version).toBe(version + 1);
    expect(stored.body.data.summary).toBe(winner?.body.data.summary);
    const audited = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.unitId, county.townA.id), eq(auditLog.entityId, id)));
    expect(audited.map((a) => a.action).sort()).toEqual(['ledger.create', 'ledger.update']);

    const verified = await auditVerifier(db);
    expect(verified.problems).toEqual([]);
    expect(verified.records).toBeGreaterThanOrEqual(2);
  });
});
