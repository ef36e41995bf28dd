import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoList } from '../../../core/contract/ledgers';
import type {
  EnforcementAnnual,
  EnforcementAnnualStatus,
  PublicEnforcementAnnual,
} from '../../../core/contract/publicEnforcement';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * 行政执法总体情况 (issue 16 §2): every figure counted from the ledgers, public once the township's
 * leader publishes it (frozen as published), reminded in 待办 until then.
 */

const server = setupTestServer();
let c: TestCounty;
let anon: HttpClient;

async function put(
  unit: UnitRow,
  kind: string,
  rows: [string, Record<string, unknown>, [string, string][]?][],
) {
  const k = requireKind(kind);
  const env = await ledgerEnv(server.database.db, unit.path, testNow());
  await server.database.db.transaction((tx) =>
    insertRecords(
      tx,
      k,
      unit.id,
      rows.map(([state, values, events]) => ({
        values: values as never,
        state,
        createdBy: null,
        events: (events ?? []).map(([action, on]) => ({ action, on, payload: {} })) as never,
      })),
      env,
      testNow(),
    ),
  );
}

beforeAll(async () => {
  c = await buildCounty(server.database.db);
  anon = server.client();
  // 2025 (the year before the test's 2026-11-25): 3 penalty cases filed (fine, warning, dropped),
  // 1 licence granted, 1 fine revoked; one seizure, one hearing, one legal review; 2026 noise
  await put(c.townA, 'enforcement_case', [
    [
      'executed',
      {
        filedOn: '2025-03-01',
        decidedOn: '2025-04-01',
        decisionType: 'fine',
        fineAmount: 20000,
        confiscatedAmount: 5000,
        heardOn: '2025-03-20',
        seizedOn: '2025-03-02',
        executedOn: '2025-05-01',
        paidAmount: 25000,
      },
      [['review_pass', '2025-03-25']],
    ],
    ['closed', { filedOn: '2025-06-01', decidedOn: '2025-06-10', decisionType: 'warning' }],
    ['dropped', { filedOn: '2025-07-01' }],
    ['decided', { filedOn: '2025-08-01', decidedOn: '2025-08-02', decisionType: 'license' }],
    ['revoked', { filedOn: '2024-12-01', decidedOn: '2025-01-10', decisionType: 'fine', fineAmount: 90000 }],
    ['decided', { filedOn: '2026-02-01', decidedOn: '2026-03-01', decisionType: 'fine', fineAmount: 1000 }],
  ]);
  await put(c.townA, 'inspection', [
    ['done', { inspectedOn: '2025-05-05' }],
    ['done', { inspectedOn: '2025-09-09' }],
    ['done', { inspectedOn: '2026-01-09' }],
  ]);
  await put(c.townA, 'litigation_case', [
    ['concluded', { type: 'litigation', outcome: 'revoked', concludedOn: '2025-10-01' }],
    ['concluded', { type: 'litigation', outcome: 'upheld', concludedOn: '2025-11-01' }],
    ['concluded', { type: 'reconsideration', outcome: 'upheld', concludedOn: '2025-04-01' }],
  ]);
});

const figures = (a: EnforcementAnnual) =>
  Object.fromEntries(a.sections.flatMap((s) => s.rows.map((r) => [`${s.title}/${r.label}`, r.value])));

const EXPECTED_2025 = {
  '行政处罚/立案': 3,
  '行政处罚/作出决定：警告、通报批评': 1,
  '行政处罚/作出决定：罚款': 1,
  '行政处罚/决定被撤销': 1,
  '行政处罚/撤案': 1,
  '行政处罚/移送司法机关': 0,
  '行政许可/准予行政许可': 1,
  '行政许可/不予行政许可': 0,
  '行政检查/执法检查': 2,
  '行政强制/查封、扣押': 1,
  '行政强制/申请人民法院强制执行': 0,
  // the revoked 90,000 does not stand; 20,000 + 5,000 does, and was paid
  '罚没款/决定罚没款': 25000,
  '罚没款/实缴罚没款': 25000,
  '听证与法制审核/举行听证': 1,
  '听证与法制审核/重大执法决定法制审核通过': 1,
  '行政复议/行政复议审结': 1,
  '行政复议/行政复议结果：维持': 1,
  '行政复议/行政复议被纠错': 0,
  '行政诉讼/行政诉讼审结': 2,
  '行政诉讼/行政诉讼结果：撤销': 1,
  '行政诉讼/行政诉讼结果：维持': 1,
  '行政诉讼/行政诉讼败诉': 1,
};

const annualTodo = (t: TodoList) => t.items.filter((i) => i.kind === 'enforcement_annual');

describe('行政执法总体情况: counted, published by the leader, public as published', () => {
  it('the township sees the figures and a reminder; only its leader publishes; then the public page shows them', async () => {
    const db = server.database.db;
    const clerk = await server.client().login((await buildUser(db, c.townA, 'township_clerk')).username);
    const leader = await server.client().login((await buildUser(db, c.townA, 'township_leader')).username);

    // nothing public before the step
    const before = await anon.get<{ error: { message: string } }>(
      `/api/public/units/${c.townA.code}/enforcement/annual`,
    );
    expect(before.status).toBe(404);
    expect(before.body.error.message).toBe('甲镇的行政执法数据尚未公开');

    const status = await clerk.get<EnforcementAnnualStatus>('/api/enforcement-annual?year=2025');
    expect(status.status).toBe(200);
    expect(figures(status.body.current)).toEqual(EXPECTED_2025);
    expect(status.body).toMatchObject({ published: null, overdue: true, canPublish: false });
    expect(status.body.current.due).toBe('2026-01-31');

    // 待办 (today 2026-11-25): overdue until published
    const todo = await clerk.get<TodoList>('/api/todo?days=3');
    expect(annualTodo(todo.body).map((i) => [i.unitName, i.state, i.due, i.link])).toEqual([
      ['甲镇', 'overdue', '2026-01-31', '/enforcement-annual?year=2025'],
    ]);
    expect(annualTodo(todo.body)[0]?.reason).toContain('公开行政执法数据期限2026年1月31日已过');

    const refused = await clerk.post<{ error: { message: string } }>('/api/enforcement-annual/publish', {
      year: 2025,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('行政执法数据由本乡镇（街道）领导确认公开');

    const published = await leader.post<EnforcementAnnualStatus>('/api/enforcement-annual/publish', {
      year: 2025,
    });
    expect(published.status).toBe(200);
    expect(published.body.canPublish).toBe(true);
    expect(published.body.overdue).toBe(false);
    expect(published.body.published?.at).toMatch(/^2026-11-25T/);
    expect(figures(published.body.published?.figures as EnforcementAnnual)).toEqual(EXPECTED_2025);

    const pub = await anon.get<PublicEnforcementAnnual>(
      `/api/public/units/${c.townA.code}/enforcement/annual`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.year).toBe(2025);
    expect(pub.body.years).toEqual([2025]);
    expect(pub.body.publishedAt).toBe(published.body.published?.at);
    expect(figures(pub.body)).toEqual(EXPECTED_2025);
    expect(annualTodo((await clerk.get<TodoList>('/api/todo?days=3')).body)).toEqual([]);

    // the step is in the audit chain with the figures published
    const audit = await server.database.db.execute<{
      action: string;
      after: { year: number; again: boolean };
    }>(
      sql`select action, after from audit_log where unit_id = ${c.townA.id} and action = 'enforcement_annual.publish'`,
    );
    expect(
      (audit as unknown as { rows: { after: { year: number; again: boolean } }[] }).rows.map((r) => [
        r.after.year,
        r.after.again,
      ]),
    ).toEqual([[2025, false]]);
  });

  it('a later correction in a ledger changes nothing public until the leader publishes again', async () => {
    const county = await buildCounty(server.database.db);
    const leader = await server
      .client()
      .login((await buildUser(server.database.db, county.townA, 'township_leader')).username);
    await put(county.townA, 'inspection', [['done', { inspectedOn: '2025-05-05' }]]);
    expect((await leader.post('/api/enforcement-annual/publish', { year: 2025 })).status).toBe(200);
    await put(county.townA, 'inspection', [['done', { inspectedOn: '2025-06-06' }]]);
    const url = `/api/public/units/${county.townA.code}/enforcement/annual?year=2025`;
    expect(figures((await anon.get<PublicEnforcementAnnual>(url)).body)['行政检查/执法检查']).toBe(1);
    const status = await leader.get<EnforcementAnnualStatus>('/api/enforcement-annual?year=2025');
    expect(figures(status.body.current)['行政检查/执法检查']).toBe(2);
    expect(figures(status.body.published?.figures as EnforcementAnnual)['行政检查/执法检查']).toBe(1);
    expect((await leader.post('/api/enforcement-annual/publish', { year: 2025 })).status).toBe(200);
    expect(figures((await anon.get<PublicEnforcementAnnual>(url)).body)['行政检查/执法检查']).toBe(2);
  });

  it('refuses the year not yet ended, a code that is no township, and a county user', async () => {
    const county = await buildCounty(server.database.db);
    const leader = await server
      .client()
      .login((await buildUser(server.database.db, county.townB, 'township_leader')).username);
    const early = await leader.post<{ error: { message: string } }>('/api/enforcement-annual/publish', {
      year: 2026,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.message).toContain('2026年的行政执法数据在该年度结束后公开');
    expect((await anon.get(`/api/public/units/${county.villageA.code}/enforcement/annual`)).status).toBe(404);
    expect(
      (await anon.get(`/api/public/units/${county.townB.code}/enforcement/annual?year=2025`)).status,
    ).toBe(404);
    const reviewer = await server
      .client()
      .login((await buildUser(server.database.db, county.county, 'county_reviewer')).username);
    const countyView = await reviewer.get<{ error: { message: string } }>(
      '/api/enforcement-annual?year=2025',
    );
    expect(countyView.status).toBe(400);
    expect(countyView.body.error.message).toContain('请选择乡镇（街道）');
    const townView = await reviewer.get<EnforcementAnnualStatus>(
      `/api/enforcement-annual?year=2025&unit=${county.townB.id}`,
    );
    expect(townView.status).toBe(200);
    expect(townView.body.canPublish).toBe(false);
    expect(figures(townView.body.current)['行政处罚/立案']).toBe(0);
  });
});
