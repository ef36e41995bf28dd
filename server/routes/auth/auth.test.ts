import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, TEST_PASSWORD, type TestCounty } from '../../test/factories';
import { setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };
type Me = {
  username: string;
  role: string;
  unit: { id: string; level: string; code: string };
  phone: string;
};

const server = setupTestServer();
let county: TestCounty;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
});

describe('login', () => {
  it('opens a session in an HttpOnly SameSite=Lax cookie and /api/me answers the contract', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk', {
      displayName: '王小明',
    });
    const c = server.client();
    const r = await c.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(r.status).toBe(200);
    const cookie = r.headers.getSetCookie().find((s) => s.startsWith('fazhi_sid='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await c.get<Me>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      username: user.username,
      displayName: '王小明',
      role: 'township_clerk',
      unit: { id: county.townA.id, name: '甲镇', level: 'township', code: county.townA.code },
      phone: '138****5678',
      publicOrigin: null,
    });
  });

  it('answers a wrong password with 401 and a Chinese message, the same as an unknown user', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk');
    const c = server.client();
    const wrong = await c.post<Err>('/api/auth/login', { username: user.username, password: 'Nope-1234' });
    const unknown = await c.post<Err>('/api/auth/login', { username: 'no_such_user', password: 'Nope-1234' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误' });
    expect(unknown.body).toEqual(wrong.body);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('makes a source wait a minute after 5 failures on one account, then lets the right password in', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk');
    const c = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await c.post('/api/auth/login', { username: user.username, password: 'Bad-pass-1' })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const held = await c.post<Err>('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(held.status).toBe(429);
    expect(held.body.error.message).toBe('登录尝试过于频繁，请1分钟后再试');
    server.clock.advanceMinutes(1);
    expect(
      (await c.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it('validates the body and names the field', async () => {
    const r = await server.client().post<Err>('/api/auth/login', { username: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.field).toBe('password');
    expect(r.body.error.message).toMatch(/password/);
  });

  it('refuses a disabled account with a clear message', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk', { status: 'disabled' });
    const r = await server
      .client()
      .post<Err>('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('ACCOUNT_DISABLED');
  });
});

describe('behind an HTTPS reverse proxy', () => {
  const proxied = setupTestServer({
    FAZHI_TRUST_PROXY: 'true',
    FAZHI_PUBLIC_ORIGIN: 'https://fazhi.example.gov.cn',
  });
  it('marks the cookie Secure and accepts the public origin', async () => {
    const user = await buildUser(
      proxied.database.db,
      (await buildCounty(proxied.database.db)).townA,
      'township_clerk',
    );
    const c = proxied.client();
    c.origin = 'https://fazhi.example.gov.cn';
    const r = await c.request(
      'POST',
      '/api/auth/login',
      { username: user.username, password: TEST_PASSWORD },
      {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'fazhi.example.gov.cn',
      },
    );
    expect(r.status).toBe(200);
    expect(r.headers.getSetCookie().find((s) => s.startsWith('fazhi_sid='))).toMatch(/; Secure/);
    // the 码上申请 poster carries the configured address, not the address the admin browses from
    expect((r.body as { publicOrigin: string | null }).publicOrigin).toBe('https://fazhi.example.gov.cn');
  });
});

describe('session', () => {
  it('expires after 30 idle minutes but not while in use', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_leader');
    const c = await server.client().login(user.username);
    server.clock.advanceMinutes(20);
    expect((await c.get('/api/me')).status).toBe(200);
    server.clock.advanceMinutes(20); // 40 minutes since login, 20 since last use
    expect((await c.get('/api/me')).status).toBe(200);
    server.clock.advanceMinutes(31);
    const r = await c.get<Err>('/api/me');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('SESSION_EXPIRED');
    expect((await c.get<Err>('/api/me')).body.error.code).toBe('UNAUTHENTICATED');
  });

  it('logs out', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_leader');
    const c = await server.client().login(user.username);
    const token = c.cookie;
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    expect((await c.get('/api/me')).status).toBe(401);
    c.cookie = token; // a copied cookie is dead on the server too
    expect((await c.get('/api/me')).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses state-changing requests without our Origin, accepts a same-origin Referer', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk');
    const body = { username: user.username, password: TEST_PASSWORD };
    const c = server.client();
    c.origin = null;
    const none = await c.request<Err>('POST', '/api/auth/login', body);
    expect(none.status).toBe(403);
    expect(none.body.error.code).toBe('CSRF_REJECTED');
    const evil = await c.request<Err>('POST', '/api/auth/login', body, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const ref = await c.request('POST', '/api/auth/login', body, { referer: `${server.baseUrl}/login` });
    expect(ref.status).toBe(200);
    // a logged-in session does not make a foreign origin acceptable
    const cross = await c.request<Err>(
      'POST',
      '/api/me/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'New-Pass-99' },
      { origin: 'http://evil.example' },
    );
    expect(cross.status).toBe(403);
  });
});

describe('change own password', () => {
  it('needs the current password and a strong new one', async () => {
    const user = await buildUser(server.database.db, county.townA, 'legal_advisor');
    const c = await server.client().login(user.username);
    const wrong = await c.post<Err>('/api/me/password', {
      currentPassword: 'Wrong-pass-1',
      newPassword: 'New-Pass-99',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('currentPassword');
    const weak = await c.post<Err>('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'abcdefgh',
    });
    expect(weak.body.error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    expect(weak.body.error.message).toContain('至少三类');
    expect(
      (await c.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'New-Pass-99' }))
        .status,
    ).toBe(204);
    expect(
      (await server.client().post('/api/auth/login', { username: user.username, password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    await server.client().login(user.username, 'New-Pass-99');
  });
});
