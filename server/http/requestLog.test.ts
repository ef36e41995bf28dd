import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, TEST_PASSWORD, type TestCounty } from '../test/factories';
import { type HttpClient, setupTestServer } from '../test/server';

interface LogLine {
  msg: string;
  reqId?: string;
  userId?: string;
  unitId?: string;
  route?: string;
  path?: string;
  status?: number;
  method?: string;
}

const lines: string[] = [];
const server = setupTestServer({ FAZHI_LOG_LEVEL: 'info' }, {}, { write: (l) => void lines.push(l) });
let county: TestCounty;
let clerk: HttpClient;
let clerkId = '';

const PHONE = '13912345678';
const NAME = '钱多多';

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  const user = await buildUser(server.database.db, county.townA, 'township_clerk');
  clerkId = user.id;
  clerk = await server.client().login(user.username);
});

describe('request log', () => {
  it('says which user and unit made each request, and never what they sent', async () => {
    const created = await clerk.post<{ id: string }>('/api/ledgers/dispute', {
      registeredOn: '2026-03-02',
      source: 'visit',
      type: '邻里纠纷',
      village: county.villageA.id,
      parties: [{ name: NAME, phone: PHONE }],
      summary: '两户因排水沟堵塞引发邻里矛盾',
      riskLevel: 'low',
    });
    expect(created.status).toBe(201);
    const search = await clerk.get(`/api/ledgers/dispute?q=${encodeURIComponent(NAME)}`);
    expect(search.status).toBe(200);
    await server.client().post('/api/auth/login', { username: 'nobody', password: TEST_PASSWORD });

    const parsed = lines.map((l) => JSON.parse(l) as LogLine);
    const done = parsed.filter((l) => l.msg === 'request completed');
    const post = done.find((l) => l.method === 'POST' && l.route === '/api/ledgers/:kind');
    expect(post).toMatchObject({
      userId: clerkId,
      unitId: county.townA.id,
      path: '/api/ledgers/dispute',
      status: 201,
    });
    expect(post?.reqId).toMatch(/^[\w-]+$/);
    const get = done.find((l) => l.method === 'GET' && l.route === '/api/ledgers/:kind');
    expect(get).toMatchObject({ userId: clerkId, unitId: county.townA.id, path: '/api/ledgers/dispute' });
    // an anonymous request has no user
    const anon = done.find((l) => l.route === '/api/auth/login' && l.status === 401);
    expect(anon).toBeDefined();
    expect(anon?.userId).toBeUndefined();

    const all = lines.join('\n');
    for (const secret of [
      PHONE,
      NAME,
      encodeURIComponent(NAME),
      TEST_PASSWORD,
      'password',
      'cookie',
      'fazhi_sid',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
