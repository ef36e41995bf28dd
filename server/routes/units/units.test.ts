import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };
type UnitDetail = {
  id: string;
  name: string;
  code: string;
  populations: { year: number; population: number }[];
};
type Overview = {
  townships: {
    unit: { id: string; population: number | null };
    report: { id: string | null; status: string | null; due: string; overdue: boolean };
  }[];
  total: { population: number | null; values: Record<string, number | null> };
};
type History = {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}[];

const server = setupTestServer();
let county: TestCounty;
let admin: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  const a = await buildUser(server.database.db, county.county, 'admin');
  admin = await server.client().login(a.username);
});

describe('editing a unit (issue 15 §12)', () => {
  it('corrects a name and a code that still fits, audited with before and after', async () => {
    const c6 = county.county.code.slice(0, 6);
    const made = await admin.post<{ id: string }>('/api/units', {
      parentId: county.county.id,
      name: '丙鎮',
      level: 'township',
      code: `${c6}103000`,
    });
    expect(made.status).toBe(201);
    const r = await admin.patch<UnitDetail>(`/api/units/${made.body.id}`, {
      name: '丙镇',
      code: `${c6}104000`,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: '丙镇', code: `${c6}104000`, populations: [] });
    const history = await admin.get<History>(`/api/audit?entity=unit&entityId=${made.body.id}`);
    const update = history.body.find((e) => e.action === 'unit.update');
    expect(update?.before).toMatchObject({ name: '丙鎮', code: `${c6}103000` });
    expect(update?.after).toMatchObject({ name: '丙镇', code: `${c6}104000` });
  });

  it('refuses a code its villages would no longer fit, naming the village, and changes nothing', async () => {
    const c6 = county.county.code.slice(0, 6);
    const r = await admin.patch<Err>(`/api/units/${county.townA.id}`, {
      name: '甲镇改',
      code: `${c6}109000`,
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'INVALID_UNIT_CODE', field: 'code' });
    expect(r.body.error.message).toContain('甲村');
    const after = await admin.get<UnitDetail>(`/api/units/${county.townA.id}`);
    expect(after.body).toMatchObject({ name: '甲镇', code: county.townA.code });
  });

  it('records 常住人口 by year; the overview uses the year’s figure or the latest earlier one', async () => {
    const set = await admin.patch<UnitDetail>(`/api/units/${county.townB.id}`, {
      population: { year: 2025, value: 38_500 },
    });
    expect(set.status).toBe(200);
    expect(set.body.populations).toEqual([{ year: 2025, population: 38_500 }]);
    await admin.patch(`/api/units/${county.townB.id}`, { population: { year: 2027, value: 39_000 } });

    const popOf = async (year: number) => {
      const o = await admin.get<Overview>(`/api/indicators/overview?unit=${county.county.id}&year=${year}`);
      expect(o.status).toBe(200);
      return o.body.townships.find((t) => t.unit.id === county.townB.id)?.unit.population;
    };
    expect(await popOf(2026)).toBe(38_500); // carried forward from 2025
    expect(await popOf(2024)).toBeNull(); // nothing entered yet then
    // townA has none at all, so the county total has no population either
    const o = await admin.get<Overview>(`/api/indicators/overview?unit=${county.county.id}&year=2026`);
    expect(o.body.townships.find((t) => t.unit.id === county.townA.id)?.unit.population).toBeNull();
    expect(o.body.total.population).toBeNull();
    // no report drafted on 2026 yet: due at the county before 1 March 2027 by default, not yet late
    expect(o.body.townships[0]?.report).toEqual({
      id: null,
      status: null,
      due: '2027-02-28',
      overdue: false,
    });
    // 2024's reports were due in February 2025: past on the test clock, and none was sent
    const old = await admin.get<Overview>(`/api/indicators/overview?unit=${county.county.id}&year=2024`);
    expect(old.body.townships[0]?.report).toMatchObject({ status: null, due: '2025-02-28', overdue: true });

    const cleared = await admin.patch<UnitDetail>(`/api/units/${county.townB.id}`, {
      population: { year: 2025, value: null },
    });
    expect(cleared.body.populations).toEqual([{ year: 2027, population: 39_000 }]);
    expect(await popOf(2026)).toBeNull();
    const history = await admin.get<History>(`/api/audit?entity=unit&entityId=${county.townB.id}`);
    expect(history.body.filter((e) => e.action === 'unit.population').map((e) => e.after)).toEqual([
      { year: 2025, population: 38_500 },
      { year: 2027, population: 39_000 },
      { year: 2025, population: null },
    ]);
  });

  it('names the bad field in Chinese and lets no township clerk edit units', async () => {
    const zero = await admin.patch<Err>(`/api/units/${county.townA.id}`, {
      population: { year: 2026, value: 0 },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toContain('常住人口应大于0');
    const empty = await admin.patch<Err>(`/api/units/${county.townA.id}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('没有要修改的内容');
    const clerkUser = await buildUser(server.database.db, county.townA, 'township_clerk');
    const clerk = await server.client().login(clerkUser.username);
    const r = await clerk.patch<Err>(`/api/units/${county.townA.id}`, { name: '甲镇' });
    expect(r.status).toBe(403);
  });
});
