import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG, COMPUTATIONS, evaluate, type IndicatorRecord } from '../../../core/indicators';
import { insertRecords } from '../../commands/ledgers/ledgerCommands';
import { clockRows, ledgerEnv, requireKind } from '../../commands/ledgers/ledgerContext';
import type { UnitRow } from '../../repositories/unitsRepo';
import { testNow } from '../../test/clock';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * Issue 16 over HTTP: an item the county assigns and closes, seen in 待办 on both sides;
 * 行政调解 and a study list through the API; the 考核 rates per township on the county's
 * overview, computed in SQL from the cached clocks and equal to the in-memory reference.
 */

interface Rec {
  id: string;
  state: string;
  version: number;
  data: Record<string, unknown>;
  clocks: { name: string; due: string; state: string }[];
}
type Err = { error: { code: string; message: string; field?: string } };
interface Todo {
  items: { id: string; state: string; reason: string }[];
}
interface Value {
  value: number | null;
  numerator?: number;
  denominator?: number;
  rows: string;
  denominatorRows?: string;
  reason?: string;
}

const server = setupTestServer();
let c: TestCounty;
let clerkA: HttpClient;
let leaderA: HttpClient;
let clerkB: HttpClient;
let reviewer: HttpClient;
const stored: (IndicatorRecord & { unitId: string })[] = [];

type Row = [state: string, data: Record<string, unknown>, events?: [action: string, on: string][]];

/** Stores records as they stand (as an import would), with their clocks computed and cached. */
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
        events: (events ?? []).map(([action, on]) => ({ action, on, payload: {} })) as never,
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
      clocks: clockRows(k, r, env).map((x) => ({ clock: x.clock, due: x.due, done: x.done })),
    });
}

beforeAll(async () => {
  const db = server.database.db;
  c = await buildCounty(db);
  const login = async (unit: UnitRow, role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerkA = await login(c.townA, 'township_clerk');
  leaderA = await login(c.townA, 'township_leader');
  clerkB = await login(c.townB, 'township_clerk');
  reviewer = await login(c.county, 'county_reviewer');

  // 甲镇 petitions: 告知 due 15 days after receipt — on time (03-10 ≤ 03-17), late (04-20 > 04-16),
  // open past due (11-17 < today 11-25), open not yet due (12-05 → Monday 12-07): 1 of 3
  await put(c.townA, 'petition', [
    [
      'accepted',
      { receivedOn: '2026-03-02', noticeOn: '2026-03-10', acceptedOn: '2026-03-10' },
      [['accept', '2026-03-10']],
    ],
    [
      'accepted',
      { receivedOn: '2026-04-01', noticeOn: '2026-04-20', acceptedOn: '2026-04-20' },
      [['accept', '2026-04-20']],
    ],
    ['registered', { receivedOn: '2026-11-02' }],
    ['registered', { receivedOn: '2026-11-20' }],
  ]);
  // 代表建议: reply due 90 days after 交办 — replied in time; open past its 08-31 deadline: 1 of 2
  await put(c.townA, 'npc_suggestion', [
    [
      'replied',
      { receivedOn: '2026-03-02', title: '建议一', repliedOn: '2026-05-20' },
      [['reply', '2026-05-20']],
    ],
    ['handling', { receivedOn: '2026-06-01', title: '建议二' }],
  ]);
  // 乙镇: one petition accepted in time
  await put(c.townB, 'petition', [
    [
      'accepted',
      { receivedOn: '2026-05-04', noticeOn: '2026-05-08', acceptedOn: '2026-05-08' },
      [['accept', '2026-05-08']],
    ],
  ]);
});

async function step(
  who: HttpClient,
  kind: string,
  rec: Rec,
  action: string,
  values: Record<string, unknown>,
) {
  return who.post<Rec & Err>(`/api/ledgers/${kind}/${rec.id}/actions/${action}`, {
    version: rec.version,
    values,
  });
}

describe('上级交办与督察整改 over HTTP', () => {
  it('the county assigns and closes, the township reports, and 待办 shows each side its turn', async () => {
    const created = await reviewer.post<Rec>(`/api/ledgers/assigned_task?unit=${c.townA.id}`, {
      assignedOn: '2026-11-02',
      source: 'inspection',
      assigner: '县委依法治县办',
      title: '执法决定公示不及时',
      content: '督察发现3件处罚决定超期公示',
      dueOn: '2026-11-20',
      responsible: '综合行政执法办',
    });
    expect(created.status).toBe(201);
    expect(created.body.clocks).toEqual([
      expect.objectContaining({ name: 'due', due: '2026-11-20', state: 'overdue' }),
    ]);
    // the township sees it waiting; another township does not see it at all
    expect((await clerkA.get<Todo>('/api/todo')).body.items.map((i) => i.id)).toContain(created.body.id);
    expect((await clerkB.get(`/api/ledgers/assigned_task/${created.body.id}`)).status).toBe(404);

    const refused = await step(clerkA, 'assigned_task', created.body, 'report_own', {
      doneOn: '2026-11-24',
      doneNote: '已补充公示',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('由县级销号');
    const reported = await step(clerkA, 'assigned_task', created.body, 'report', {
      doneOn: '2026-11-24',
      doneNote: '已补充公示并建立台账',
    });
    expect(reported.status).toBe(200);
    expect(reported.body.state).toBe('reported');
    expect(reported.body.clocks[0]).toMatchObject({ state: 'done' });
    // now it waits for the county, not for the township
    expect((await reviewer.get<Todo>('/api/todo')).body.items.map((i) => i.id)).toContain(created.body.id);
    expect((await clerkA.get<Todo>('/api/todo')).body.items.map((i) => i.id)).not.toContain(created.body.id);
    // the township leader may not close what the county assigned
    expect(
      (await step(leaderA, 'assigned_task', reported.body, 'close', { closedOn: '2026-11-25' })).status,
    ).toBe(403);
    const closed = await step(reviewer, 'assigned_task', reported.body, 'close', { closedOn: '2026-11-25' });
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
  });
});

describe('行政调解 and the study lists over HTTP', () => {
  it('registers a mediation, refuses one without consent, and counts the study list in 参学率', async () => {
    const m = await clerkA.post<Rec>('/api/ledgers/admin_mediation', {
      appliedOn: '2026-11-16',
      origin: 'application',
      type: 'land',
      parties: [
        { name: '赵甲', phone: '13800001234' },
        { name: '钱乙', phone: '13800005678' },
      ],
      summary: '承包地界址争议',
      department: '农业农村办',
      mediator: '孙丙',
    });
    expect(m.status).toBe(201);
    // the county sees the parties' phones masked
    const seen = await reviewer.get<Rec>(`/api/ledgers/admin_mediation/${m.body.id}`);
    expect(JSON.stringify(seen.body.data.parties)).not.toContain('13800001234');
    const refused = await step(clerkA, 'admin_mediation', m.body, 'accept', {
      acceptedOn: '2026-11-18',
      consent: false,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('须经各方当事人同意');
    expect(
      (await step(clerkA, 'admin_mediation', m.body, 'accept', { acceptedOn: '2026-11-18', consent: true }))
        .body.state,
    ).toBe('mediating');

    const bad = await clerkA.post<Err>('/api/ledgers/study_session', {
      heldOn: '2026-11-10',
      type: 'oath',
      topic: '宪法宣誓',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('宪法宣誓应列出宣誓人员');
    const session = await clerkA.post<Rec>('/api/ledgers/study_session', {
      heldOn: '2026-11-10',
      type: 'pre_meeting',
      topic: '会前学法：行政复议法',
      participants: [
        { name: '甲', present: true },
        { name: '乙', present: true },
        { name: '丙', present: false },
        { name: '丁', present: true },
      ],
    });
    expect(session.status).toBe(201);
    const v = (
      await clerkA.get<{ values: Record<string, Value> }>(`/api/indicators?unit=${c.townA.id}&year=2026`)
    ).body.values;
    expect(v['study.attendance_rate']).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
    expect(v['dispute.admin_mediations']?.value).toBe(1);
  });
});

describe('考核 rates per township (issue 16 §2)', () => {
  it('computes each rate from the cached clocks, per township and for the county', async () => {
    type O = {
      townships: { unit: { id: string }; values: Record<string, number | null> }[];
      total: { values: Record<string, number | null> };
    };
    const res = await reviewer.get<O>(`/api/indicators/overview?unit=${c.county.id}&year=2026`);
    expect(res.status).toBe(200);
    const [a, b] = res.body.townships;
    expect(a?.unit.id).toBe(c.townA.id);
    expect(a?.values['petition.timely_acceptance_rate']).toBe(33.3);
    expect(a?.values['supervision.npc_timely_rate']).toBe(50);
    expect(b?.values['petition.timely_acceptance_rate']).toBe(100);
    // the county's rate is recomputed from the summed counts: 2 of 4, not the mean of 33.3 and 100
    expect(res.body.total.values['petition.timely_acceptance_rate']).toBe(50);
  });

  it('drills to exactly the rows counted: the numerator, and the denominator one click away', async () => {
    const v = (
      await reviewer.get<{ values: Record<string, Value> }>(`/api/indicators?unit=${c.townA.id}&year=2026`)
    ).body.values;
    const rate = v['petition.timely_acceptance_rate'];
    expect(rate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(rate?.reason).toBeUndefined();
    // the web app's link, asked of the list API as the app asks it
    const list = async (link: string | undefined) => {
      const [path, query] = String(link).split('?');
      const res = await reviewer.get<{ total: number; items: { unitId: string }[] }>(
        `/api${path}?${query}&pageSize=50`,
      );
      expect(res.status).toBe(200);
      return res.body;
    };
    const numerator = await list(rate?.rows);
    expect(rate?.rows).toMatch(
      /^\/ledgers\/petition\?.*indicator=petition\.timely_acceptance_rate&part=numerator/,
    );
    expect(numerator.total).toBe(1);
    expect((await list(rate?.denominatorRows)).total).toBe(3);
    expect(numerator.items.every((i) => i.unitId === c.townA.id)).toBe(true);
    // a figure of another kind cannot be asked of this list
    const wrong = await reviewer.get<{ error: { message: string } }>(
      `/api/ledgers/dispute?unit=${c.townA.id}&indicator=petition.timely_acceptance_rate&from=2026-01-01&to=2026-12-31`,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe('“矛盾纠纷”没有这项指标的记录');
  });

  it('agrees with the in-memory evaluator on every key', async () => {
    const a = (
      await clerkB.get<{ values: Record<string, Value> }>(`/api/indicators?unit=${c.townB.id}&year=2026`)
    ).body;
    const today = '2026-11-25';
    const ref = evaluate(
      COMPUTATIONS,
      stored.filter((r) => r.unitId === c.townB.id),
      { from: '2026-01-01', to: '2026-12-31', asOf: today },
      { villages: [c.villageB.id] },
    );
    for (const d of CATALOG) expect(a.values[d.key]?.value, d.key).toBe(ref[d.key]?.value);
    // 甲镇 also holds records made through the API above: compare the rates its stored ones decide
    const mine = (
      await clerkA.get<{ values: Record<string, Value> }>(`/api/indicators?unit=${c.townA.id}&year=2026`)
    ).body;
    const refA = evaluate(
      COMPUTATIONS,
      stored.filter((r) => r.unitId === c.townA.id),
      { from: '2026-01-01', to: '2026-12-31', asOf: today },
    );
    for (const key of [
      'petition.timely_acceptance_rate',
      'petition.timely_closure_rate',
      'supervision.npc_timely_rate',
    ])
      expect(mine.values[key]?.value, key).toBe(refA[key]?.value);
  });
});
