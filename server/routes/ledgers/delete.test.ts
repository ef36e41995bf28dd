import { beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import { testNow } from '../../test/clock';
import { buildCounty, buildLedgerRecord, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let county: TestCounty;
let clerk: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});

const del = (kind: string, id: string, version: number, reason?: string) =>
  clerk.request<Err | null>(
    'DELETE',
    `/api/ledgers/${kind}/${id}?version=${version}${reason === undefined ? '' : `&reason=${encodeURIComponent(reason)}`}`,
  );

describe('deleting a ledger record (issue 15 §4)', () => {
  it('deletes a record still at registration without a reason', async () => {
    const rec = await buildLedgerRecord(server.database.db, county.townA);
    expect((await del('dispute', rec.id, rec.version)).status).toBe(204);
    expect((await clerk.get(`/api/ledgers/dispute/${rec.id}`)).status).toBe(404);
  });

  it('past registration asks for a reason, names the field, and keeps the reason in the audit chain', async () => {
    const rec = await buildLedgerRecord(server.database.db, county.townA);
    expect(
      (await clerk.get<{ deleteRefused: string | null }>(`/api/ledgers/dispute/${rec.id}`)).body
        .deleteRefused,
    ).toBeNull();
    const started = await clerk.post<{ version: number; state: string }>(
      `/api/ledgers/dispute/${rec.id}/actions/start_mediation`,
      { version: rec.version, values: { mediationStartedOn: '2026-03-03', mediator: '孙调解' } },
    );
    expect(started.status).toBe(200);
    const bare = await del('dispute', rec.id, started.body.version, '  ');
    expect(bare.status).toBe(400);
    expect(bare.body?.error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(bare.body?.error.message).toContain('「删除理由」不能为空');
    expect((await clerk.get(`/api/ledgers/dispute/${rec.id}`)).status).toBe(200);

    const done = await del('dispute', rec.id, started.body.version, '重复登记，已并入另一条记录');
    expect(done.status).toBe(204);
    const history = await clerk.get<{ action: string; after: unknown }[]>(
      `/api/audit?entity=ledger_record&entityId=${rec.id}`,
    );
    expect(history.body.at(-1)).toMatchObject({
      action: 'ledger.delete',
      after: { reason: '重复登记，已并入另一条记录' },
    });
  });

  it('refuses to delete a closed enforcement case, even with a reason', async () => {
    const db = server.database.db;
    const kind = requireKind('enforcement_case');
    const env = await ledgerEnv(db, county.townA.path, testNow());
    // stored directly in 结案归档: the workflow that gets a case there is enforcement.test.ts's subject
    const [row] = await db.transaction((tx) =>
      insertRecords(
        tx,
        kind,
        county.townA.id,
        [
          {
            values: { filedOn: '2026-03-02', caseName: '测试案件', facts: '测试事实' },
            state: 'closed',
            createdBy: null,
          },
        ],
        env,
        testNow(),
      ),
    );
    if (!row) throw new Error('no record');
    // the detail says so before anyone tries
    const detail = await clerk.get<{ deleteRefused: string | null }>(
      `/api/ledgers/enforcement_case/${row.id}`,
    );
    expect(detail.body.deleteRefused).toContain('“结案归档”');
    const refused = await del('enforcement_case', row.id, row.version, '误登记');
    expect(refused.status).toBe(422);
    expect(refused.body?.error.code).toBe('ACTION_REFUSED');
    expect(refused.body?.error.message).toContain('不能删除');
    expect((await clerk.get(`/api/ledgers/enforcement_case/${row.id}`)).status).toBe(200);
  });
});
