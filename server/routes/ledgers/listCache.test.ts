import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildLedgerRecord, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer, type TestServer } from '../../test/server';
import { createListCache, listKey, matchesEtag } from './listCache';

/**
 * Conditional and kept list answers (issue 17): the ETag and the kept bytes are keyed on the user,
 * the day, the URL and the versions the database holds, so every write — through a command or by
 * hand-written SQL, to a record or to the reference data — answers the next request anew.
 */
type Page = {
  items: { id: string; title: string; unitName: string; clocks: { name: string; due: string }[] }[];
  total: number;
};

const dispute = (summary: string) => ({
  registeredOn: '2026-03-02',
  source: 'screening',
  type: 'neighbour',
  parties: [{ name: '当事人' }],
  summary,
  riskLevel: 'low',
});

function suite(label: string, server: TestServer) {
  let county: TestCounty;
  let clerk: HttpClient;
  let clerkName: string;
  let sibling: HttpClient;
  const LIST = '/api/ledgers/dispute?pageSize=50';
  const list = (client: HttpClient, etag?: string) =>
    client.request<Page>('GET', LIST, undefined, etag ? { 'if-none-match': etag } : {});

  beforeAll(async () => {
    county = await buildCounty(server.database.db);
    clerkName = (await buildUser(server.database.db, county.townA, 'township_clerk')).username;
    clerk = await server.client().login(clerkName);
    sibling = await server
      .client()
      .login((await buildUser(server.database.db, county.townB, 'township_clerk')).username);
  });

  describe(label, () => {
    it('answers 304 to its own ETag, the same bytes again without it, and anew after a write through the API', async () => {
      const first = await list(clerk);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[\w-]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');

      const again = await list(clerk);
      expect(again.status).toBe(200);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(again.body).toEqual(first.body);

      const unchanged = await list(clerk, etag);
      expect(unchanged.status).toBe(304);
      expect(unchanged.body).toBeNull();
      expect(unchanged.headers.get('content-length')).toBeNull(); // a length would keep clients waiting

      const created = await clerk.post<{ id: string }>('/api/ledgers/dispute', dispute('写入之后'));
      expect(created.status).toBe(201);
      const after = await list(clerk, etag);
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(after.body.items.map((i) => i.id)).toContain(created.body.id);
      expect(after.body.total).toBe(first.body.total + 1);
    });

    it('sees a record changed by hand-written SQL, and a unit renamed by it, at the next request', async () => {
      const record = await buildLedgerRecord(server.database.db, county.townA);
      const before = await list(clerk);
      expect(before.body.items.find((i) => i.id === record.id)?.title).toBe(record.title);
      await server.database.db.execute(
        sql`update ledger_records set title = '手工改过的标题' where id = ${record.id}`,
      );
      const titled = await list(clerk, before.headers.get('etag') ?? '');
      expect(titled.status).toBe(200);
      expect(titled.body.items.find((i) => i.id === record.id)?.title).toBe('手工改过的标题');

      await server.database.db.execute(
        sql`update units set name = '手工改名镇' where id = ${county.townA.id}`,
      );
      const renamed = await list(clerk, titled.headers.get('etag') ?? '');
      expect(renamed.status).toBe(200);
      expect(renamed.body.items.find((i) => i.id === record.id)?.unitName).toBe('手工改名镇');
    });

    it("never answers one user's page or 304 to another, even for the same URL", async () => {
      const other = await buildLedgerRecord(server.database.db, county.townB);
      const mine = await list(clerk);
      const theirs = await list(sibling, mine.headers.get('etag') ?? '');
      expect(theirs.status).toBe(200);
      expect(theirs.headers.get('etag')).not.toBe(mine.headers.get('etag'));
      const mineIds = new Set(mine.body.items.map((i) => i.id));
      expect(mine.body.items.length).toBeGreaterThan(0);
      expect(theirs.body.items.filter((i) => mineIds.has(i.id))).toEqual([]);
      expect(theirs.body.items.map((i) => i.id)).toContain(other.id);
      expect(mineIds.has(other.id)).toBe(false);
      // outside the clerk's scope: 404, with no validator to ask again with
      const outside = await clerk.get(`/api/ledgers/dispute?unit=${county.townB.id}`);
      expect(outside.status).toBe(404);
      expect(outside.headers.get('etag')).toBeNull();
    });

    it('answers anew on the next China day (clocks and 临期 are computed for the day)', async () => {
      const today = await list(clerk);
      server.clock.advanceMinutes(24 * 60);
      await clerk.login(clerkName); // the session ended in the night
      const tomorrow = await list(clerk, today.headers.get('etag') ?? '');
      expect(tomorrow.status).toBe(200);
      expect(tomorrow.headers.get('etag')).not.toBe(today.headers.get('etag'));
    });
  });
}

describe('ledger list answers, kept', () => {
  suite('with the list cache', setupTestServer());
});
describe('ledger list answers, FAZHI_LIST_CACHE=off', () => {
  suite('without the list cache', setupTestServer({ FAZHI_LIST_CACHE: 'off' }));
});

describe('listCache', () => {
  it('drops the least recently used entries beyond its entry and size bounds', () => {
    const cache = createListCache(2, 10);
    cache.set('a', 'aaa');
    cache.set('b', 'bbb');
    expect(cache.get('a')).toBe('aaa'); // a is now the most recent
    cache.set('c', 'ccc');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['aaa', undefined, 'ccc']);
    cache.set('d', 'dddddddd'); // 3 + 8 > 10 characters: the oldest goes
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([undefined, undefined, 'dddddddd']);
    cache.set('e', 'x'.repeat(11)); // larger than the whole cache: not kept
    expect([cache.get('e'), cache.size]).toEqual([undefined, 1]);
  });

  it('keys on every part and matches ETags by weak comparison', () => {
    const base = {
      actor: { id: 'u1', role: 'township_clerk', unitId: 't1', unitPath: '/c/t1/' },
      day: '2026-11-25',
      url: '/api/ledgers/dispute',
      reference: '3',
      ledgers: '10',
    };
    const { etag } = listKey(base);
    const variants = [
      { ...base, actor: { ...base.actor, id: 'u2' } },
      { ...base, actor: { ...base.actor, role: 'township_leader' } },
      { ...base, actor: { ...base.actor, unitPath: '/c2/t1/' } },
      { ...base, day: '2026-11-26' },
      { ...base, url: '/api/ledgers/dispute?page=2' },
      { ...base, reference: '4' },
      { ...base, ledgers: '11' },
    ];
    expect(new Set(variants.map((v) => listKey(v).etag)).size).toBe(variants.length);
    expect(variants.map((v) => listKey(v).etag)).not.toContain(etag);
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"x", ${etag.slice(2)}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('W/"other"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
