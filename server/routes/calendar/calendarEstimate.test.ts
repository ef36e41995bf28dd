import { beforeAll, describe, expect, it } from 'vitest';
import type { TodoWire } from '../../../core/contract/ledgers';
import type { ClockView } from '../../../core/ledgers';
import { completeTodoItem } from '../../../core/ledgers/todoText';
import { buildCounty, buildUser } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * Years the State Council has not published, estimated from 《全国年节及纪念日放假办法》第二条
 * (2024 revision) and flagged 暂估 (issue 13 §2). The test day is 2026-11-25 (server/test/clock.ts),
 * after 1 November with no 2027 table: the reminder is due.
 */
type Due = {
  due: string;
  provisional: boolean;
  missingYears: number[];
  estimatedYears: number[];
  explanation: string;
};
type Year = { year: number; source: string | null; holidays: string[]; workdays: string[] };
type Reminders = { reminders: { year: number; message: string }[] };
type Rec = { id: string; version: number; clocks: ClockView[] };

const server = setupTestServer();
let admin: HttpClient;
let clerk: HttpClient;

beforeAll(async () => {
  const county = await buildCounty(server.database.db);
  admin = await server.client().login((await buildUser(server.database.db, county.county, 'admin')).username);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});

describe('a year not yet published', () => {
  it('skips the estimated 春节 2028 and marks the due date provisional', async () => {
    const r = await clerk.get<Due>('/api/calendar/working-days?from=2028-01-20&days=5');
    expect(r.status).toBe(200);
    // 1/21, 1/24; 除夕–初三 1/25–28 and the weekend off; 1/31, 2/1, 2/2
    expect(r.body).toMatchObject({
      due: '2028-02-02',
      provisional: true,
      missingYears: [2028],
      estimatedYears: [2028],
    });
    expect(r.body.explanation).toContain('法定节假日4天（春节）');
    expect(r.body.explanation).toContain('《全国年节及纪念日放假办法》第二条推算');
  });

  it('lists the estimated days of the year as the estimate, not as a published schedule', async () => {
    const y = await clerk.get<Year>('/api/calendar/years/2028');
    expect(y.body).toMatchObject({ source: 'estimate', workdays: [] });
    expect(y.body.holidays).toEqual([
      '2028-01-01',
      '2028-01-25',
      '2028-01-26',
      '2028-01-27',
      '2028-01-28',
      '2028-04-04',
      '2028-05-01',
      '2028-05-02',
      '2028-05-28',
      '2028-10-01',
      '2028-10-02',
      '2028-10-03',
    ]);
  });

  it('a clock from 2026 into 2027 shows its working days left as 暂估, in the record and in 待办', async () => {
    const p = await clerk.post<Rec>('/api/ledgers/petition', {
      receivedOn: '2026-11-20',
      channel: 'visit',
      origin: 'direct',
      people: 1,
      parties: [{ name: '郑秋生' }],
      subject: '宅基地界址争议',
      category: 'land',
      content: '请求核实宅基地四至',
    });
    expect(p.status).toBe(201);
    const accepted = await clerk.post<Rec>(`/api/ledgers/petition/${p.body.id}/actions/accept`, {
      version: p.body.version,
      values: { acceptedOn: '2026-11-20', noticeOn: '2026-11-20' },
    });
    // 60 days from 2026-11-20 is Tuesday 2027-01-19. Working days left after 2026-11-25:
    // 11/26, 27, 30 (3) + December 2026 (23) + January 2027 without 元旦 (1/4–1/19: 12) = 38
    expect(accepted.body.clocks.find((c) => c.name === 'handling')).toMatchObject({
      due: '2027-01-19',
      provisional: true,
      state: 'provisional',
      remaining: 38,
    });
    // 待办 sends the clock's state and days left; the page words them from the declaration
    const todo = await clerk.get<TodoWire>('/api/todo?days=60');
    const item = todo.body.items.find((i) => i.id === p.body.id && i.clock === 'handling');
    expect(item).toMatchObject({ state: 'provisional', due: '2027-01-19', remaining: 38 });
    expect(item && completeTodoItem(item).reason).toBe(
      '办理期限将于2027年1月19日到期，剩余38个工作日（暂估）',
    );
  });
});

describe('reminder to enter next year’s schedule', () => {
  it('from 1 November the administrator is reminded of 2027 until it is entered', async () => {
    const before = await admin.get<Reminders>('/api/calendar/reminders');
    expect(before.status).toBe(200);
    expect(before.body.reminders.map((r) => r.year)).toEqual([2027]);
    expect(before.body.reminders[0]?.message).toContain('2027年的节假日安排尚未录入');
    expect((await clerk.get('/api/calendar/reminders')).status).toBe(403);

    const put = await admin.request('PUT', '/api/calendar/years/2027', {
      holidays: ['2027-01-01', '2027-02-05', '2027-02-08'],
      workdays: [],
      note: '测试用安排',
    });
    expect(put.status).toBe(200);
    expect((await admin.get<Reminders>('/api/calendar/reminders')).body.reminders).toEqual([]);
    const firm = await clerk.get<Due>('/api/calendar/working-days?from=2026-12-21&days=20');
    expect(firm.body).toMatchObject({ due: '2027-01-19', provisional: false, estimatedYears: [] });
  });
});
