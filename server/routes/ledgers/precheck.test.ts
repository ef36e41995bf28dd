import { beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

const server = setupTestServer();
let county: TestCounty;
let leader: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  leader = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_leader')).username);
});

describe('record detail: steps bound to fail (issue 15 §3)', () => {
  it('sends 作出决定 as blocked, with the reason, while the case has not been notified', async () => {
    const db = server.database.db;
    const kind = requireKind('enforcement_case');
    const env = await ledgerEnv(db, county.townA.path, testNow());
    // stored as 已告知 yet without the notify step: the workflow itself is enforcement.test.ts's subject
    const [row] = await db.transaction((tx) =>
      insertRecords(
        tx,
        kind,
        county.townA.id,
        [
          {
            values: { filedOn: '2026-11-02', caseName: '测试案件', procedure: 'ordinary', facts: '测试事实' },
            state: 'notified',
            createdBy: null,
          },
        ],
        env,
        testNow(),
      ),
    );
    if (!row) throw new Error('no record');
    const detail = await leader.get<{ actions: { key: string; blocked: string | null }[] }>(
      `/api/ledgers/enforcement_case/${row.id}`,
    );
    expect(detail.status).toBe(200);
    const decide = detail.body.actions.find((a) => a.key === 'decide');
    expect(decide?.blocked).toContain('作出决定前须告知当事人');
    // a step with fields and no declared precheck is offered as it is
    expect(detail.body.actions.find((a) => a.key === 'submit_review')?.blocked).toBeNull();
    // the step itself is still planned in full and refused
    const taken = await leader.post<{ error: { code: string; message: string } }>(
      `/api/ledgers/enforcement_case/${row.id}/actions/decide`,
      {
        version: row.version,
        values: { decidedOn: '2026-11-25', decisionNumber: '测罚〔2026〕1号', decisionType: 'warning' },
      },
    );
    expect(taken.status).toBeGreaterThanOrEqual(400);
    const after = await leader.get<{ state: string }>(`/api/ledgers/enforcement_case/${row.id}`);
    expect(after.body.state).toBe('notified');
  });
});
