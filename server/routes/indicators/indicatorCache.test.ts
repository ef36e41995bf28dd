import { type SQL, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * Figures are cached per unit under the versions a trigger bumps on every write to the unit's
 * records of a year (migration 0007): they must change with any write, and only then.
 */

const server = setupTestServer();
let c: TestCounty;
let clerkA: HttpClient;
let clerkB: HttpClient;
let reviewer: HttpClient;

interface Rec {
  id: string;
  version: number;
}
type Values = Record<string, { value: number | null; previous: number | null }>;
type Overview = { townships: { unit: { id: string }; values: Record<string, number | null> }[] };

const dispute = (registeredOn: string) => ({
  registeredOn,
  source: 'screening',
  type: 'neighbour',
  parties: [{ name: '当事人' }],
  summary: '纠纷',
  riskLevel: 'low',
});

async function overview(year: number, unitId: string, key: string) {
  const res = await reviewer.get<Overview>(`/api/indicators/overview?unit=${c.county.id}&year=${year}`);
  return res.body.townships.find((t) => t.unit.id === unitId)?.values[key];
}

async function values(year: number) {
  return (await clerkA.get<{ values: Values }>(`/api/indicators?unit=${c.townA.id}&year=${year}`)).body
    .values;
}

async function trend(year: number, key: string) {
  const url = `/api/indicators/trend?unit=${c.townA.id}&year=${year}&keys=${key}`;
  return (await clerkA.get<{ series: Record<string, number[]> }>(url)).body.series[key];
}

/** A change the triggers do not see, as if the versions had not been kept. */
const behindTheVersions = (statement: SQL) =>
  server.database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });

beforeAll(async () => {
  const db = server.database.db;
  c = await buildCounty(db);
  const login = async (unit: typeof c.townA, role: Parameters<typeof buildUser>[2]) =>
    server.client().login((await buildUser(db, unit, role)).username);
  clerkA = await login(c.townA, 'township_clerk');
  clerkB = await login(c.townB, 'township_clerk');
  reviewer = await login(c.county, 'county_reviewer');
});

describe('indicator figures after writes', () => {
  it('change at once when a record is registered, moved to another year, acted on or deleted', async () => {
    expect(await overview(2026, c.townA.id, 'dispute.handled')).toBe(0);
    expect((await values(2026))['dispute.handled']).toMatchObject({ value: 0, previous: 0 });
    expect((await trend(2026, 'dispute.handled'))?.[2]).toBe(0);

    const created = await clerkA.post<Rec>('/api/ledgers/dispute', dispute('2026-03-01'));
    expect(created.status).toBe(201);
    expect(await overview(2026, c.townA.id, 'dispute.handled')).toBe(1);
    expect((await values(2026))['dispute.handled']).toMatchObject({ value: 1, previous: 0 });
    expect((await trend(2026, 'dispute.handled'))?.[2]).toBe(1);

    // an edit that moves it into last year changes both years
    const moved = await clerkA.patch<Rec>(`/api/ledgers/dispute/${created.body.id}`, {
      version: created.body.version,
      values: { registeredOn: '2025-03-01' },
    });
    expect(moved.status).toBe(200);
    expect(await overview(2026, c.townA.id, 'dispute.handled')).toBe(0);
    expect(await overview(2025, c.townA.id, 'dispute.handled')).toBe(1);
    expect((await values(2026))['dispute.handled']).toMatchObject({ value: 0, previous: 1 });
    expect((await trend(2026, 'dispute.handled'))?.[2]).toBe(0);
    expect((await trend(2025, 'dispute.handled'))?.[2]).toBe(1);

    const deleted = await clerkA.request(
      'DELETE',
      `/api/ledgers/dispute/${created.body.id}?version=${moved.body.version}`,
    );
    expect(deleted.status).toBe(204);
    expect(await overview(2025, c.townA.id, 'dispute.handled')).toBe(0);
    expect((await values(2026))['dispute.handled']).toMatchObject({ value: 0, previous: 0 });

    // a workflow action: petitions count once accepted
    const petition = await clerkA.post<Rec>('/api/ledgers/petition', {
      receivedOn: '2026-09-16',
      channel: 'letter',
      origin: 'direct',
      people: 1,
      parties: [{ name: '周建国' }],
      subject: '反映村道硬化后排水不畅',
      category: 'urban',
      content: '要求增设排水设施',
    });
    expect(petition.status).toBe(201);
    expect(await overview(2026, c.townA.id, 'petition.cases')).toBe(0);
    const accepted = await clerkA.post(`/api/ledgers/petition/${petition.body.id}/actions/accept`, {
      version: petition.body.version,
      values: { acceptedOn: '2026-09-20', noticeOn: '2026-09-20' },
    });
    expect(accepted.status).toBe(200);
    expect(await overview(2026, c.townA.id, 'petition.cases')).toBe(1);
    expect((await values(2026))['petition.cases']?.value).toBe(1);

    // whatever the path: a row deleted by hand counts too
    await server.database.db.execute(sql`delete from ledger_records where id = ${petition.body.id}`);
    expect(await overview(2026, c.townA.id, 'petition.cases')).toBe(0);
    expect((await values(2026))['petition.cases']?.value).toBe(0);
  });

  it('keeps a closed year from the cache while only later records change', async () => {
    for (const day of ['2025-05-01', '2025-05-02'])
      expect((await clerkB.post('/api/ledgers/dispute', dispute(day))).status).toBe(201);
    expect(await overview(2025, c.townB.id, 'dispute.handled')).toBe(2);

    // both removed where no version sees it: a figure recomputed from now on would say 0
    await behindTheVersions(sql`update ledger_records set deleted_at = now() where unit_id = ${c.townB.id}`);
    // this year's records change: 2025 is still the cached 2, 2026 is recomputed
    expect((await clerkB.post('/api/ledgers/dispute', dispute('2026-05-01'))).status).toBe(201);
    expect(await overview(2025, c.townB.id, 'dispute.handled')).toBe(2);
    expect(await overview(2026, c.townB.id, 'dispute.handled')).toBe(1);
    // a write to 2025's records recomputes 2025: the two removed, the new one counted
    expect((await clerkB.post('/api/ledgers/dispute', dispute('2025-06-01'))).status).toBe(201);
    expect(await overview(2025, c.townB.id, 'dispute.handled')).toBe(1);
  });
});
