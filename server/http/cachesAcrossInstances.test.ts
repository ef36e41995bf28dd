import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionCache } from '../auth/sessionCache';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { getUnit } from '../repositories/unitsRepo';
import { type TestDatabase, testDatabase } from '../test/database';
import { buildCounty, buildLedgerRecord, buildUser, type TestCounty } from '../test/factories';
import { HttpClient, TestClock } from '../test/server';
import { type App, buildServer } from './app';

/**
 * Two server instances on one database (issue 17 "Beyond one machine"): A and B each hold their
 * own connection (a pool each on PostgreSQL; a Drizzle instance each over the one PGlite client),
 * so what an instance keeps per database object (the working calendar, indicator figures) is not
 * shared, as between two processes. A write on A must be seen by B's next request, with no time
 * passing: the clock is never advanced here. Caches that are bounded by time instead are listed,
 * with their bounds, in docs/scale.md.
 */
const clock = new TestClock();
let database: TestDatabase;
let second: Database;
let a: App;
let b: App;
let county: TestCounty;
let adminA: HttpClient;
let clerkA: HttpClient;
let clerkB: HttpClient;
let reviewerB: HttpClient;
const urlOf = (app: App) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

beforeAll(async () => {
  database = await testDatabase();
  second = await database.reopen();
  const config = { ...loadConfig({ FAZHI_LOG_LEVEL: 'silent' }), staticDir: '/nonexistent' };
  a = await buildServer({ config, database, now: clock.now, logger: false });
  b = await buildServer({
    config,
    database: second,
    now: clock.now,
    logger: false,
    sessionCache: createSessionCache(),
  });
  await a.listen({ port: 0, host: '127.0.0.1' });
  await b.listen({ port: 0, host: '127.0.0.1' });
  county = await buildCounty(database.db);
  const user = (unit: typeof county.townA, role: Parameters<typeof buildUser>[2]) =>
    buildUser(database.db, unit, role);
  adminA = await new HttpClient(urlOf(a)).login((await user(county.county, 'admin')).username);
  const clerk = await user(county.townA, 'township_clerk');
  clerkA = await new HttpClient(urlOf(a)).login(clerk.username);
  clerkB = await new HttpClient(urlOf(b)).login(clerk.username);
  reviewerB = await new HttpClient(urlOf(b)).login((await user(county.county, 'county_reviewer')).username);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await second?.close();
  await database?.close();
});

const dispute = (registeredOn: string, summary: string) => ({
  registeredOn,
  source: 'screening',
  type: 'neighbour',
  parties: [{ name: '当事人' }],
  summary,
  riskLevel: 'low',
});

describe('two instances on one database', () => {
  it('a holiday schedule saved on A moves the deadlines B computes at once, and its removal too', async () => {
    const dueOnB = async () =>
      (await clerkB.get<{ due: string }>('/api/calendar/working-days?from=2027-01-18&days=1')).body.due;
    expect(await dueOnB()).toBe('2027-01-19'); // B builds and keeps its calendar
    const put = await adminA.request('PUT', '/api/calendar/years/2027', {
      holidays: ['2027-01-01', '2027-01-19'],
      workdays: [],
    });
    expect(put.status).toBe(200);
    expect(await dueOnB()).toBe('2027-01-20');
    expect((await adminA.request('DELETE', '/api/calendar/years/2027')).status).toBe(204);
    expect(await dueOnB()).toBe('2027-01-19');
  });

  it("a record registered on A is in B's list, B's indicators and B's county overview at once", async () => {
    type Values = Record<string, { value: number | null }>;
    type Overview = { townships: { unit: { id: string }; values: Record<string, number | null> }[] };
    const onB = async () => {
      const list = await clerkB.get<{ items: { summary?: string; data?: { summary?: string } }[] }>(
        '/api/ledgers/dispute?q=跨实例',
      );
      const values = await clerkB.get<{ values: Values }>(
        `/api/indicators?unit=${county.townA.id}&year=2026`,
      );
      const overview = await reviewerB.get<Overview>(
        `/api/indicators/overview?unit=${county.county.id}&year=2026`,
      );
      return {
        listed: list.body.items.length,
        handled: values.body.values['dispute.handled']?.value,
        overview: overview.body.townships.find((t) => t.unit.id === county.townA.id)?.values[
          'dispute.handled'
        ],
      };
    };
    expect(await onB()).toEqual({ listed: 0, handled: 0, overview: 0 }); // B has cached its figures
    const created = await clerkA.post<{ id: string }>(
      '/api/ledgers/dispute',
      dispute('2026-03-01', '跨实例的纠纷'),
    );
    expect(created.status).toBe(201);
    expect(await onB()).toEqual({ listed: 1, handled: 1, overview: 1 });
    const onBRecord = await clerkB.get<{ id: string }>(`/api/ledgers/dispute/${created.body.id}`);
    expect(onBRecord.status).toBe(200);
  });

  it('a setting changed, a unit added, renamed or moved on A is what B lists and scopes by at once', async () => {
    type Page = { items: { id: string; unitName: string; clocks: { name: string; due: string }[] }[] };
    const created = await clerkA.post<{ id: string }>(
      '/api/ledgers/dispute',
      dispute('2026-03-02', '参照数据'),
    );
    expect(created.status).toBe(201);
    const mediationOnB = async () =>
      (await clerkB.get<Page>('/api/ledgers/dispute?q=参照数据')).body.items
        .find((i) => i.id === created.body.id)
        ?.clocks.find((c) => c.name === 'mediation')?.due;
    expect(await mediationOnB()).toBe('2026-04-01'); // B holds the units and settings now
    const put = await adminA.request(
      'PUT',
      `/api/ledger-settings/dispute.mediation_days?unit=${county.county.id}`,
      {
        value: 45,
      },
    );
    expect(put.status).toBe(200);
    expect(await mediationOnB()).toBe('2026-04-16');

    // a township created on A, with a record: in the county's list on B, outside the clerk's scope
    const town = await adminA.post<{ id: string }>('/api/units', {
      parentId: county.county.id,
      name: '丙镇',
      level: 'township',
      code: `${county.county.code.slice(0, 6)}103000`,
    });
    expect(town.status).toBe(201);
    const townRow = await getUnit(database.db, town.body.id);
    if (!townRow) throw new Error('township not stored');
    const record = await buildLedgerRecord(database.db, townRow);
    const listedOnB = async (client: HttpClient, unitId: string) => {
      const r = await client.get<Page>(`/api/ledgers/dispute?unit=${unitId}&pageSize=100`);
      return r.status === 200
        ? r.body.items.filter((i) => i.id === record.id).map((i) => i.unitName)
        : r.status;
    };
    expect(await listedOnB(reviewerB, county.county.id)).toEqual(['丙镇']);
    expect(await listedOnB(reviewerB, town.body.id)).toEqual(['丙镇']);
    expect(await listedOnB(clerkB, town.body.id)).toBe(404);
    const renamed = await adminA.request('PATCH', `/api/units/${town.body.id}`, { name: '丙乡' });
    expect(renamed.status).toBe(200);
    expect(await listedOnB(reviewerB, county.county.id)).toEqual(['丙乡']);

    // moved to another county by hand-written SQL (no command moves units): out of B's county scope
    const other = await buildCounty(database.db);
    await database.db.execute(
      sql`update units set parent_id = ${other.county.id}, path = ${`${other.county.path}${town.body.id}/`} where id = ${town.body.id}`,
    );
    expect(await listedOnB(reviewerB, county.county.id)).toEqual([]);
    expect(await listedOnB(reviewerB, town.body.id)).toBe(404);
  });
});
