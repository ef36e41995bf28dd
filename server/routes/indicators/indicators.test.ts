import { beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../core/calendar';
import { CATALOG, COMPUTATIONS, evaluate, type IndicatorRecord } from '../../../core/indicators';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { clockRows, ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

interface Value {
  value: number | null;
  unit: string;
  numerator?: number;
  denominator?: number;
  previous: number | null;
  rows: string;
  denominatorRows?: string;
  reason?: string;
}
interface Answer {
  unit: { id: string; name: string; level: string; population: number | null };
  year: number;
  period: { from: string; to: string };
  values: Record<string, Value>;
  quality: { kind: string; message: string; count: number }[];
}

const server = setupTestServer();
let c: TestCounty;
let clerkA: HttpClient;
let clerkB: HttpClient;
let reviewer: HttpClient;
const stored: (IndicatorRecord & { unitId: string })[] = [];

type Row = [state: string, data: Record<string, unknown>, events?: string[]];

async function put(unit: UnitRow, kind: string, rows: Row[]) {
  const k = requireKind(kind);
  const env = await ledgerEnv(server.database.db, unit.path, testNow());
  const inserted = await server.database.db.transaction((tx) =>
    insertRecords(
      tx,
      k,
      unit.id,
      rows.map(([state, values, events]) => ({
        values: values as never,
        state,
        createdBy: null,
        events: (events ?? []).map((action) => ({
          action,
          on: String(values[k.list.dateField]),
          payload: {},
        })) as never,
      })),
      env,
      testNow(),
    ),
  );
  for (const r of inserted)
    stored.push({
      unitId: unit.id,
      kind,
      state: r.state,
      eventDate: r.eventDate,
      data: r.data,
      events: r.events as IndicatorRecord['events'],
      // the clocks as cached, which the 考核 rates read (issue 16 §2)
      clocks: clockRows(k, r, env).map((x) => ({ clock: x.clock, due: x.due, done: x.done })),
    });
}

const dispute = (registeredOn: string, extra: Record<string, unknown> = {}) => ({
  registeredOn,
  source: 'screening',
  type: 'neighbour',
  parties: [{ name: '当事人' }],
  summary: '纠纷',
  riskLevel: 'low',
  ...extra,
});

beforeAll(async () => {
  const db = server.database.db;
  c = await buildCounty(db);
  const login = async (unit: UnitRow, role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerkA = await login(c.townA, 'township_clerk');
  clerkB = await login(c.townB, 'township_clerk');
  reviewer = await login(c.county, 'county_reviewer');

  // 甲镇 2026: 4 disputes (2 agreed), 2025: 2 disputes (1 agreed)
  await put(c.townA, 'dispute', [
    ['closed', dispute('2026-01-10', { agreementOn: '2026-01-20' })],
    ['succeeded', dispute('2026-03-05', { agreementOn: '2026-03-09' })],
    ['declined', dispute('2026-03-20')],
    ['closed', dispute('2025-06-01', { agreementOn: '2025-06-03' })],
    ['failed', dispute('2025-07-01')],
  ]);
  await put(c.townA, 'petition', [
    ['replied', { receivedOn: '2026-02-01', channel: 'visit', origin: 'direct', people: 4 }],
    ['accepted', { receivedOn: '2026-02-02', channel: 'letter', origin: 'direct', people: 1 }],
    ['not_accepted', { receivedOn: '2026-02-03', channel: 'visit', origin: 'direct', people: 2 }],
  ]);
  await put(c.townA, 'enforcement_case', [
    [
      'closed',
      {
        filedOn: '2026-04-01',
        decisionType: 'fine',
        decidedOn: '2026-05-01',
        fineAmount: 20000,
        confiscatedAmount: 5000,
      },
      ['review_pass'],
    ],
    ['revoked', { filedOn: '2026-04-02', decisionType: 'fine', decidedOn: '2026-05-02', fineAmount: 90000 }],
    ['decided', { filedOn: '2026-04-03', decisionType: 'license', decidedOn: '2026-04-04' }],
    ['closed', { filedOn: '2025-04-01', decisionType: 'fine', decidedOn: '2025-05-01', fineAmount: 10000 }],
  ]);
  await put(c.townA, 'officer', [
    ['active', { name: '甲', issuedOn: '2020-01-01', expiresOn: '2030-01-01' }],
    ['active', { name: '乙', issuedOn: '2020-01-01', expiresOn: '2026-03-01' }],
    ['left', { name: '丙', issuedOn: '2020-01-01', expiresOn: '2030-01-01', leftOn: '2026-02-01' }],
  ]);
  await put(c.townA, 'legal_advisor', [
    [
      'serving',
      {
        name: '律师',
        type: 'advisor',
        contractFrom: '2025-01-01',
        contractTo: '2027-12-31',
        villages: [c.villageA.id],
      },
    ],
  ]);
  await put(c.townA, 'exam', [
    ['held', { heldOn: '2026-06-01', title: '考试', expected: 20, took: 19, passed: 18 }],
  ]);
  await put(c.townA, 'service_month', [
    ['reported', { month: '2026-01-01', windows: 5, matters: 100, surveyed: 50, satisfied: 45 }],
    ['reported', { month: '2026-02-01', windows: 6, matters: 60, surveyed: 50, satisfied: 50 }],
  ]);
  // issue 16 §3: titles held at the period's end, versions filed, the roster, the risk list
  await put(c.townA, 'model_village', [
    ['named', { village: c.villageA.id, level: 'county', appliedOn: '2025-03-01', namedOn: '2025-06-02' }],
    [
      'revoked',
      {
        village: c.villageA.id,
        level: 'municipal',
        appliedOn: '2024-03-01',
        namedOn: '2024-06-03',
        revokedOn: '2026-04-01',
      },
    ],
    ['applying', { village: c.villageA.id, level: 'provincial', appliedOn: '2026-03-02' }],
  ]);
  await put(c.townA, 'village_rule', [
    [
      'filed',
      { village: c.villageA.id, docType: 'rules', submittedOn: '2026-03-02', reviewedOn: '2026-03-20' },
    ],
    [
      'repealed',
      { village: c.villageA.id, docType: 'rules', submittedOn: '2025-04-01', reviewedOn: '2025-04-15' },
    ],
    ['submitted', { village: c.villageA.id, docType: 'charter', submittedOn: '2026-10-09' }],
  ]);
  await put(c.townA, 'legal_aide', [
    ['active', { name: '甲', village: c.villageA.id, appointedOn: '2025-02-03' }],
    ['left', { name: '乙', village: c.villageA.id, appointedOn: '2025-02-03', leftOn: '2026-03-02' }],
  ]);
  await put(c.townA, 'study_session', [
    ['held', { heldOn: '2026-05-06', type: 'legal_aide', topic: '法律明白人培训', attendance: 40 }],
  ]);
  await put(c.townA, 'risk_assessment', [
    ['watching', { identifiedOn: '2026-04-01', level: 'high' }],
    ['resolved', { identifiedOn: '2026-05-06', level: 'low', resolvedOn: '2026-06-01' }],
  ]);
  // 乙镇: 2 disputes, none agreed
  await put(c.townB, 'dispute', [
    ['mediating', dispute('2026-05-01')],
    ['failed', dispute('2026-05-02')],
  ]);
});

const periodOf = (year: number) => {
  const to = `${year}-12-31`;
  const today = chinaDay(testNow());
  return { from: `${year}-01-01`, to, asOf: to < today ? to : today };
};

describe('GET /api/indicators', () => {
  it('computes every catalog key, with rates, parts and last year', async () => {
    const res = await clerkA.get<Answer>(`/api/indicators?unit=${c.townA.id}&year=2026`);
    expect(res.status).toBe(200);
    const a = res.body;
    expect(a.unit).toMatchObject({ id: c.townA.id, name: '甲镇', level: 'township' });
    expect(a.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(Object.keys(a.values).sort()).toEqual(CATALOG.map((d) => d.key).sort());
    const v = a.values;
    expect(v['dispute.handled']).toMatchObject({ value: 3, unit: '件', previous: 2 });
    expect(v['dispute.resolved']).toMatchObject({ value: 2, previous: 1 });
    expect(v['dispute.success_rate']).toMatchObject({
      value: 66.7,
      numerator: 2,
      denominator: 3,
      previous: 50,
    });
    expect(v['petition.cases']?.value).toBe(2);
    expect(v['petition.closed']?.value).toBe(1);
    expect(v['petition.closure_rate']?.value).toBe(50);
    expect(v['petition.visit_batches']?.value).toBe(2);
    expect(v['petition.visitors']?.value).toBe(6);
    expect(v['enforcement.cases']).toMatchObject({ value: 2, previous: 1 });
    expect(v['enforcement.licenses']?.value).toBe(1);
    expect(v['enforcement.legal_reviews']?.value).toBe(1);
    expect(v['enforcement.fines']).toMatchObject({ value: 2.5, unit: '万元', previous: 1 });
    expect(v['enforcement.certification_rate']).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(v['enforcement.certification_rate']?.previous).toBe(100);
    expect(v['decision.advisor_coverage_rate']).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
    expect(v['study.exam_participation_rate']).toMatchObject({ value: 95, numerator: 19, denominator: 20 });
    expect(v['study.exam_pass_rate']?.value).toBe(94.7);
    expect(v['service.windows']?.value).toBe(6);
    expect(v['service.satisfaction_rate']?.value).toBe(95);
    expect(v['leadership.meetings']).toMatchObject({ value: 0, previous: 0 });
    // a title revoked in 2026 still counted at the end of 2025; the one still applying never
    expect(v['publicity.model_villages']).toMatchObject({ value: 1, previous: 2 });
    expect(v['decision.village_rules_reviewed']).toMatchObject({ value: 1, previous: 1 });
    expect(v['dispute.legal_aides']).toMatchObject({ value: 1, previous: 2 });
    expect(v['dispute.legal_aide_trainings']).toMatchObject({ value: 1, previous: 0 });
    expect(v['dispute.legal_aides_trained']?.value).toBe(40);
    expect(v['dispute.risk_persons']).toMatchObject({ value: 2, previous: 0 });
    expect(v['supervision.hotline_closure_rate']).toMatchObject({ value: null, previous: null });
    expect(v['supervision.hotline_closure_rate']?.reason).toMatch(/分母为0/);
  });

  it('links each figure to the list of exactly the rows it counts, by its own date and test', async () => {
    const v = (await clerkA.get<Answer>(`/api/indicators?unit=${c.townA.id}&year=2026`)).body.values;
    expect(v['dispute.handled']?.rows).toMatch(
      new RegExp(
        `^/ledgers/dispute\\?unit=${c.townA.id}&indicator=dispute\\.handled&part=numerator&from=2026-01-01&to=2026-12-31&asOf=`,
      ),
    );
    // a 2025 dispute resolved in 2026 counts by its 协议生效日期; officers certified by the count day
    for (const key of [
      'dispute.handled',
      'petition.visit_batches',
      'dispute.resolved',
      'enforcement.certified_officers',
    ]) {
      const f = v[key];
      expect(f?.reason, key).toBeUndefined();
      const list = await clerkA.get<{ total: number }>(`/api${f?.rows}&pageSize=100`);
      expect(list.status, key).toBe(200);
      expect(list.body.total, key).toBe(f?.value);
    }
  });

  it('refuses days that do not exist with a Chinese message naming the field, not a 500', async () => {
    for (const [from, to, field] of [
      ['2025-02-30', '2025-03-31', 'from'],
      ['2025-01-01', '2025-13-45', 'to'],
    ]) {
      const r = await clerkA.get<{ error: { field?: string; message: string } }>(
        `/api/indicators?unit=${c.townA.id}&from=${from}&to=${to}`,
      );
      expect(r.status).toBe(400);
      // refused by the query schema (real calendar days) before the command's own check
      expect(r.body.error.message).toContain(field);
      expect(r.body.error.message).toMatch(/有效.*日期/);
    }
  });

  it('opens on a rate exactly the rows its numerator counts, across all the states it counts', async () => {
    const v = (await clerkA.get<Answer>(`/api/indicators?unit=${c.townA.id}&year=2026`)).body.values;
    const closed = v['petition.closure_rate'];
    expect(closed?.reason).toBeUndefined();
    const list = await clerkA.get<{ total: number }>(`/api${closed?.rows}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(closed?.numerator);
    // the denominator is a list of its own: the rows the rate is a share of (issue 15 §15)
    expect(closed?.denominatorRows).toMatch(/^\/ledgers\/petition\?/);
    const all = await clerkA.get<{ total: number }>(`/api${closed?.denominatorRows}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(closed?.denominator);
    expect(all.body.total).toBeGreaterThan(list.body.total);
    // a count has no denominator
    expect(v['dispute.handled']?.denominatorRows).toBeUndefined();
  });

  it('reports what may make the figures wrong', async () => {
    const q = (await clerkA.get<Answer>(`/api/indicators?unit=${c.townA.id}&year=2026`)).body.quality;
    // the petitions above were stored without 信访人, 事由 and 诉求, and entered months later
    expect(q).toContainEqual({
      kind: 'petition',
      what: 'missing',
      message: '信访事项：必填项为空的记录',
      count: 3,
    });
    expect(q).toContainEqual({
      kind: 'petition',
      what: 'late',
      message: '信访事项：事件发生30天后才录入的记录',
      count: 3,
    });
    expect(q.find((f) => f.kind === 'dispute' && f.message.includes('未办结'))?.count).toBe(1);
  });

  it('agrees with the in-memory evaluator on every key', async () => {
    const a = (await clerkA.get<Answer>(`/api/indicators?unit=${c.townA.id}&year=2026`)).body;
    const mine = stored.filter((r) => r.unitId === c.townA.id);
    const ref = evaluate(COMPUTATIONS, mine, periodOf(2026), { villages: [c.villageA.id] });
    const before = evaluate(COMPUTATIONS, mine, periodOf(2025), { villages: [c.villageA.id] });
    for (const d of CATALOG) {
      expect(a.values[d.key]?.value, d.key).toBe(ref[d.key]?.value);
      expect(a.values[d.key]?.previous, d.key).toBe(before[d.key]?.value);
    }
  });

  it('counts a record registered through the API, and takes a from–to period', async () => {
    const created = await clerkB.post<{ id: string }>('/api/ledgers/dispute', dispute('2026-06-15'));
    expect(created.status).toBe(201);
    const res = await clerkB.get<Answer>(`/api/indicators?unit=${c.townB.id}&from=2026-06-01&to=2026-06-30`);
    expect(res.body.values['dispute.handled']).toMatchObject({ value: 1, previous: 0 });
    expect(res.body.period).toEqual({ from: '2026-06-01', to: '2026-06-30' });
  });

  it('answers 404 for a unit out of scope, and the county sees its townships', async () => {
    expect((await clerkB.get(`/api/indicators?unit=${c.townA.id}&year=2026`)).status).toBe(404);
    expect((await clerkA.get(`/api/indicators?unit=${c.county.id}&year=2026`)).status).toBe(404);
    const county = await reviewer.get<Answer>(`/api/indicators?unit=${c.county.id}&year=2026`);
    expect(county.status).toBe(200);
    expect(county.body.values['dispute.handled']?.value).toBe(3 + 3);
  });
});

describe('GET /api/indicators/catalog', () => {
  it('lists every key with its formula and kinds', async () => {
    const res =
      await clerkA.get<{ key: string; formula: string; kinds: string[] }[]>('/api/indicators/catalog');
    expect(res.body).toHaveLength(CATALOG.length);
    const resolved = res.body.find((r) => r.key === 'dispute.resolved');
    expect(resolved?.formula).toBe('矛盾纠纷中登记日期在所选期间内、协议生效日期不为空的记录数');
    expect(res.body.find((r) => r.key === 'decision.legality_reviews')?.kinds).toEqual([
      'major_decision',
      'normative_document',
      'contract_review',
    ]);
  });
});

describe('GET /api/indicators/overview', () => {
  it('puts the townships side by side', async () => {
    type O = {
      keys: string[];
      townships: {
        unit: { id: string };
        values: Record<string, number | null>;
        samples: Record<string, number | null>;
      }[];
    };
    const res = await reviewer.get<O>(`/api/indicators/overview?unit=${c.county.id}&year=2026`);
    expect(res.status).toBe(200);
    expect(res.body.keys).toContain('dispute.success_rate');
    const [a, b] = res.body.townships;
    expect(a?.unit.id).toBe(c.townA.id);
    expect(a?.values['dispute.success_rate']).toBe(66.7);
    expect(a?.samples['dispute.success_rate']).toBe(3);
    expect(a?.values['service.windows']).toBe(6);
    expect(b?.unit.id).toBe(c.townB.id);
    expect(b?.values['dispute.handled']).toBe(3);
    expect(b?.values['dispute.success_rate']).toBe(0);
    expect((await clerkA.get(`/api/indicators/overview?unit=${c.county.id}&year=2026`)).status).toBe(404);
  });
});

describe('GET /api/indicators/trend', () => {
  it('gives monthly series of counts and sums', async () => {
    type T = { months: string[]; series: Record<string, number[]> };
    const res = await clerkA.get<T>(
      `/api/indicators/trend?unit=${c.townA.id}&year=2026&keys=dispute.handled,enforcement.fines`,
    );
    expect(res.status).toBe(200);
    expect(res.body.months).toHaveLength(12);
    expect(res.body.months[0]).toBe('2026-01');
    expect(res.body.series['dispute.handled']).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(res.body.series['enforcement.fines']?.[4]).toBe(2.5);
    const bad = await clerkA.get(
      `/api/indicators/trend?unit=${c.townA.id}&year=2026&keys=dispute.success_rate`,
    );
    expect(bad.status).toBe(400);
  });
});
