import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Due = { due: string; provisional: boolean; missingYears: number[]; explanation: string };
type Year = {
  year: number;
  source: string | null;
  holidays: string[];
  workdays: string[];
  version: number | null;
};

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

describe('working-day calendar API', () => {
  it('counts 15 working days across 国庆 2026 with the make-up Saturday, and explains it', async () => {
    const r = await clerk.get<Due>('/api/calendar/working-days?from=2026-09-25&days=15');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ due: '2026-10-22', provisional: false, missingYears: [] });
    expect(r.body.explanation).toContain('2026年10月10日为调休上班日');
  });

  it('marks a deadline in an unscheduled year provisional until the administrator enters that year', async () => {
    const before = await clerk.get<Due>('/api/calendar/working-days?from=2026-12-28&days=10');
    expect(before.body).toMatchObject({ provisional: true, missingYears: [2027] });
    expect(before.body.explanation).toContain('暂估');

    // a made-up 2027 schedule: New Year's Day off, and an extra day off on 2027-01-04
    const put = await admin.request<Year>('PUT', '/api/calendar/years/2027', {
      holidays: ['2027-01-01', '2027-01-04'],
      workdays: [],
      note: '测试用安排',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      source: 'override',
      holidays: ['2027-01-01', '2027-01-04'],
      version: 1,
    });
    const after = await clerk.get<Due>('/api/calendar/working-days?from=2026-12-28&days=10');
    expect(after.body.provisional).toBe(false);
    // 12-29,30,31 (3), then 2027-01-05..08 (4), 01-11..13 (3) = 10 working days
    expect(after.body.due).toBe('2027-01-13');
  });

  it('rejects an inconsistent schedule in Chinese and a stale edit with 409', async () => {
    const bad = await admin.request<{ error: { message: string; field: string } }>(
      'PUT',
      '/api/calendar/years/2028',
      {
        holidays: ['2028-01-01'],
        workdays: ['2028-01-01'],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('holidays');
    expect(bad.body.error.message).toMatch(/2028-01-01/);
    const stale = await admin.request('PUT', '/api/calendar/years/2027', {
      holidays: ['2027-01-01'],
      workdays: [],
    });
    expect(stale.status).toBe(409);
  });

  it('keeps the change in the audit chain and lets the administrator revert to the packaged data', async () => {
    const history = await admin.get<{ action: string }[]>('/api/audit?entity=calendar_year&entityId=2027');
    expect(history.body.map((h) => h.action)).toEqual(['calendar.override']);
    expect((await admin.request('DELETE', '/api/calendar/years/2027')).status).toBe(204);
    const year = await clerk.get<Year>('/api/calendar/years/2027');
    expect(year.body.source).toBe('estimate'); // back to the statute's estimate, not published
    const pkg = await clerk.get<Year>('/api/calendar/years/2026');
    expect(pkg.body.source).toBe('package');
    expect(pkg.body.workdays).toEqual(expect.arrayContaining(['2026-02-14', '2026-10-10']));
  });
});
