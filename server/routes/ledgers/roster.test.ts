import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeopleRoster } from '../../../core/contract/ledgers';
import { presentRoster } from '../../presenters/roster';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Rec = { id: string; number: string };

const server = setupTestServer();
let county: TestCounty;
let clerkA: HttpClient;
let clerkB: HttpClient;
let latestA: Rec;
let oldA: Rec;

const session = (heldOn: string, topic: string, participants: Record<string, unknown>[]) => ({
  heldOn,
  type: 'pre_meeting',
  topic,
  participants,
});

beforeAll(async () => {
  const db = server.database.db;
  county = await buildCounty(db);
  clerkA = await server.client().login((await buildUser(db, county.townA, 'township_clerk')).username);
  clerkB = await server.client().login((await buildUser(db, county.townB, 'township_clerk')).username);
  await buildUser(db, county.townA, 'township_leader', { displayName: '甲镇长' });
  await buildUser(db, county.townA, 'township_clerk', { displayName: '甲停用', status: 'disabled' });
  await buildUser(db, county.townB, 'township_leader', { displayName: '乙镇长' });
  await buildUser(db, county.county, 'county_reviewer', { displayName: '县审核' });

  const post = async (c: HttpClient, kind: string, body: Record<string, unknown>) => {
    const res = await c.post<Rec>(`/api/ledgers/${kind}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  await post(clerkA, 'officer', { name: '甲执法', department: '综合执法队', phone: '13900001234' });
  await post(clerkB, 'officer', { name: '乙执法', department: '乙执法队', phone: '13900005678' });
  // two years back from 2026-11-25 is 2024-11-25: this list is older, its people are no longer offered
  oldA = await post(
    clerkA,
    'study_session',
    session('2024-06-03', '旧学法', [{ name: '旧人', present: true }]),
  );
  await post(
    clerkA,
    'study_session',
    session('2026-03-02', '春季学法', [{ name: '王 五', post: '组织委员', present: true }]),
  );
  latestA = await post(
    clerkA,
    'study_session',
    session('2026-10-12', '秋季学法', [
      { name: '王五', post: '党政办主任', present: true },
      { name: '赵六', present: false },
    ]),
  );
  await post(clerkB, 'study_session', session('2026-10-13', '乙镇学法', [{ name: '乙镇人', present: true }]));
});

describe('GET /api/ledgers/:kind/people', () => {
  it("offers the township's accounts, officers in post and recent list names, never another township's", async () => {
    const res = await clerkA.get<PeopleRoster>('/api/ledgers/study_session/people');
    expect(res.status).toBe(200);
    expect(res.body.unitId).toBe(county.townA.id);
    const byName = new Map(res.body.people.map((p) => [p.name, p]));
    expect(byName.get('王五')).toEqual({
      name: '王五',
      post: '党政办主任',
      sources: ['list'],
      lastListed: '2026-10-12',
    });
    expect(byName.get('赵六')).toEqual({
      name: '赵六',
      post: null,
      sources: ['list'],
      lastListed: '2026-10-12',
    });
    expect(byName.get('甲执法')).toEqual({
      name: '甲执法',
      post: '综合执法队',
      sources: ['staff'],
      lastListed: null,
    });
    expect(byName.get('甲镇长')?.sources).toEqual(['user']);
    // listed most recently first
    expect(res.body.people.slice(0, 2).map((p) => p.name)).toEqual(['王五', '赵六']);
    const names = [...byName.keys()];
    for (const other of ['乙执法', '乙镇人', '乙镇长', '县审核', '甲停用', '旧人'])
      expect(names).not.toContain(other);
    // names and posts only: no phone number of an officer or account reaches the answer
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('13900001234');
    expect(text).not.toContain('13812345678');
  });

  it('answers the previous list (ticks left for the clerk), or the one before when editing the latest', async () => {
    const res = await clerkA.get<PeopleRoster>('/api/ledgers/study_session/people');
    expect(res.body.previous.participants).toEqual({
      id: latestA.id,
      number: latestA.number,
      on: '2026-10-12',
      people: [
        { name: '王五', post: '党政办主任' },
        { name: '赵六', post: null },
      ],
    });
    const editing = await clerkA.get<PeopleRoster>(`/api/ledgers/study_session/people?except=${latestA.id}`);
    expect(editing.body.previous.participants?.on).toBe('2026-03-02');
    expect(editing.body.previous.participants?.people).toEqual([{ name: '王五', post: '组织委员' }]);
    expect(oldA.id).not.toBe(latestA.id);
    // the exam's list has no record yet; its roster is the same township's people
    const exam = await clerkA.get<PeopleRoster>('/api/ledgers/exam/people');
    expect(exam.status).toBe(200);
    expect(exam.body.previous.participants).toBeNull();
    expect(exam.body.people.map((p) => p.name)).toContain('王五');
  });

  it("refuses another township's roster and kinds without people lists", async () => {
    const other = await clerkA.get<{ error: { code: string } }>(
      `/api/ledgers/study_session/people?unit=${county.townB.id}`,
    );
    expect(other.status).toBe(404);
    expect(JSON.stringify(other.body)).not.toContain('乙');
    const b = await clerkB.get<PeopleRoster>('/api/ledgers/study_session/people');
    expect(b.body.people.map((p) => p.name).sort()).toEqual(
      ['乙执法', '乙镇人', '乙镇长', '测试township_clerk'].sort(),
    );
    const none = await clerkA.get<{ error: { code: string } }>('/api/ledgers/dispute/people');
    expect(none.status).toBe(404);
  });
});

describe('a session imported from Excel with its list', () => {
  it('keeps the list, and its people join the roster and become the previous list', async () => {
    const db = server.database.db;
    const other = await buildCounty(db);
    const clerk = await server.client().login((await buildUser(db, other.townA, 'township_clerk')).username);
    const res = await clerk.raw('/api/ledgers/study_session/template.xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => {
      headers.set(String(cell.value).replace(/^\*/, '').trim(), col);
    });
    const values: Record<string, string> = {
      日期: '2026-11-02',
      形式: '会前学法',
      主题: '导入的学法',
      参加人员名单1姓名: '孙八',
      参加人员名单1参加: '是',
      参加人员名单2姓名: '周九',
      参加人员名单2参加: '否',
    };
    for (const [label, value] of Object.entries(values)) {
      const col = headers.get(label);
      if (!col) throw new Error(`template has no column ${label}: ${[...headers.keys()].join(',')}`);
      ws.getRow(2).getCell(col).value = value;
    }
    const form = new FormData();
    form.append('file', new Blob([await wb.xlsx.writeBuffer()]), '学法.xlsx');
    const imported = await clerk.upload('/api/ledgers/study_session/import', form);
    expect(imported.status, JSON.stringify(imported.body)).toBeLessThan(300);
    expect(imported.body).toMatchObject({ imported: 1 });

    const roster = await clerk.get<PeopleRoster>('/api/ledgers/study_session/people');
    expect(roster.body.previous.participants?.people).toEqual([
      { name: '孙八', post: null },
      { name: '周九', post: null },
    ]);
    const names = roster.body.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['孙八', '周九']));
    for (const a of ['王五', '赵六', '甲执法']) expect(names).not.toContain(a);
  });
});

describe('presentRoster', () => {
  const roster = {
    unitId: 'u',
    people: [{ name: '欧阳小明', post: '镇长', sources: ['list' as const], lastListed: '2026-10-12' }],
    previous: {
      participants: {
        id: 'r',
        number: '学〔2026〕1号',
        on: '2026-10-12',
        people: [{ name: '王五', post: null }],
      },
    },
  };
  it('shows staff the names and masks them as on any public page', () => {
    expect(presentRoster(roster, 'staff')).toEqual(roster);
    const pub = presentRoster(roster, 'public');
    expect(pub.people[0]?.name).toBe('欧阳**');
    expect(pub.previous.participants?.people[0]?.name).toBe('王*');
  });
});
