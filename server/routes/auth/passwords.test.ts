import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, TEST_PASSWORD, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();
let county: TestCounty;
let admin: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  admin = await server.client().login((await buildUser(server.database.db, county.county, 'admin')).username);
});

describe('password rules (issue 14 §1.10)', () => {
  it('refuses common passwords and one built on the username when an administrator creates a user', async () => {
    const base = { displayName: '赵六', role: 'township_clerk', unitId: county.townA.id };
    for (const password of ['Password1', 'Qwerty123', 'Admin@123']) {
      const r = await admin.post<Err>('/api/users', { ...base, username: 'zhao_liu', password });
      expect(r.status, password).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
      expect(r.body.error.message).toContain('过于常见');
    }
    const same = await admin.post<Err>('/api/users', {
      ...base,
      username: 'zhao_liu',
      password: 'Zhao_liu1',
    });
    expect(same.body.error).toEqual({
      code: 'WEAK_PASSWORD',
      field: 'password',
      message: '密码不能包含用户名',
    });
    const ok = await admin.post('/api/users', { ...base, username: 'zhao_liu', password: 'Lamp-River-41' });
    expect(ok.status).toBe(201);
  });

  it('ends the user’s other sessions when they change their password, keeping the one they used', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk');
    const here = await server.client().login(user.username);
    const elsewhere = await server.client().login(user.username);
    const r = await here.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Lamp-River-42',
    });
    expect(r.status).toBe(204);
    expect((await here.get('/api/me')).status).toBe(200);
    expect((await elsewhere.get('/api/me')).status).toBe(401);
  });

  it('throttles wrong current passwords: five tries, then a wait even for the right one', async () => {
    const user = await buildUser(server.database.db, county.townA, 'township_clerk');
    const c = await server.client().login(user.username);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await c.post('/api/me/password', { currentPassword: `Guess-${i}-pw`, newPassword: 'Lamp-River-43' }))
          .status,
      );
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const held = await c.post<Err>('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Lamp-River-43',
    });
    expect(held.status).toBe(429);
    expect(held.body.error).toMatchObject({
      code: 'LOGIN_THROTTLED',
      field: 'currentPassword',
      message: '当前密码错误次数过多，请1分钟后再试',
    });
    server.clock.advanceMinutes(1);
    const later = await c.post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Lamp-River-43',
    });
    expect(later.status).toBe(204);
  });
});
