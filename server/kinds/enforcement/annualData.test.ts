import { beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementAnnual } from '../../../core/contract/publicEnforcement';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/** 行政执法总体情况 on the public page (issue 16 §2): every figure counted from the ledgers. */

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

describe('GET /api/public/units/:unitCode/enforcement/annual', () => {
  it('counts the previous year from the ledgers, without a login', async () => {
    const res = await anon.get<EnforcementAnnual>(`/api/public/units/${c.townA.code}/enforcement/annual`);
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2025);
    expect(res.body.due).toBe('2026-01-31');
    expect(figures(res.body)).toEqual({
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
    });
  });

  it('refuses the year not yet ended and a code that is no township; another township counts apart', async () => {
    const res = await anon.get<{ error: { message: string } }>(
      `/api/public/units/${c.townA.code}/enforcement/annual?year=2026`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('该年度结束后公开');
    expect((await anon.get(`/api/public/units/${c.villageA.code}/enforcement/annual`)).status).toBe(404);
    const other = await anon.get<EnforcementAnnual>(
      `/api/public/units/${c.townB.code}/enforcement/annual?year=2025`,
    );
    expect(other.status).toBe(200);
    expect(figures(other.body)['行政处罚/立案']).toBe(0);
  });
});
