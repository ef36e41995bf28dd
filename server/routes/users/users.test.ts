import { beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { type HttpClient, setupTestServer } from '../../test/server';

type Err = { error: { code: string; message: string; field?: string } };
type User = {
  id: string;
  username: string;
  phone: string | null;
  status: string;
  version: number;
  displayName: string;
};
type History = {
  action: string;
  actor: { displayName: string } | null;
  before: unknown;
  after: Record<string, unknown> | null;
}[];

const server = setupTestServer();
let county: TestCounty;
let admin: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  const a = await buildUser(server.database.db, county.county, 'admin', { displayName: '管理员甲' });
  admin = await server.client().login(a.username);
});

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `clerk_${Math.random().toString(36).slice(2, 8)}`,
  displayName: '赵经办',
  role: 'township_clerk',
  unitId: county.townA.id,
  password: 'Clerk-2026x',
  phone: '13900001111',
  ...over,
});

describe('user management', () => {
  it('creates a user who can log in, with the phone masked and the creation audited', async () => {
    const body = newUser();
    const r = await admin.post<User>('/api/users', body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      username: body.username,
      phone: '139****1111',
      status: 'active',
      version: 1,
    });
    await server.client().login(body.username, 'Clerk-2026x');
    const h = await admin.get<History>(`/api/audit?entity=user&entityId=${r.body.id}`);
    expect(h.body.map((x) => x.action)).toEqual(['user.create', 'auth.login']);
    expect(h.body[0]?.actor?.displayName).toBe('管理员甲');
    expect(h.body[0]?.after).toMatchObject({ username: body.username, phone: '139****1111' });
    expect(JSON.stringify(h.body)).not.toContain('13900001111');
    expect(JSON.stringify(h.body)).not.toContain('scrypt');
  });

  it('names the field of each bad input in Chinese', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ username: 'a b' }, 'username', /用户名/],
      [{ password: 'short' }, 'password', /至少8位/],
      [{ phone: '12345' }, 'phone', /手机号/],
      [{ unitId: 'not-a-uuid' }, 'unitId', /单位/],
      [{ role: 'king' }, 'role', /字段 role：无效选项/],
    ];
    for (const [over, field, msg] of cases) {
      const r = await admin.post<Err>('/api/users', newUser(over));
      expect(r.status, field).toBe(400);
      expect(r.body.error.field, field).toBe(field);
      expect(r.body.error.message, field).toMatch(msg);
    }
  });

  it('places a 司法所 user only at a township, where its scope is that township', async () => {
    const atCounty = await admin.post<Err>(
      '/api/users',
      newUser({ role: 'judicial_office', unitId: county.county.id }),
    );
    expect(atCounty.status).toBe(400);
    expect(atCounty.body.error).toMatchObject({
      field: 'role',
      message: '「司法所」角色只能设在乡镇（街道）',
    });
    const atTown = await admin.post<{ id: string }>(
      '/api/users',
      newUser({ role: 'judicial_office', unitId: county.townA.id }),
    );
    expect(atTown.status).toBe(201);
  });

  it('refuses a taken username with 409', async () => {
    const body = newUser();
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const r = await admin.post<Err>('/api/users', { ...body, displayName: '另一人' });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
  });

  it('rejects a stale edit with 409 and keeps the first edit', async () => {
    const created = (await admin.post<User>('/api/users', newUser())).body;
    const first = await admin.patch<User>(`/api/users/${created.id}`, { version: 1, displayName: '第一次' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await admin.patch<Err>(`/api/users/${created.id}`, { version: 1, displayName: '第二次' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    expect((await admin.get<User>(`/api/users/${created.id}`)).body.displayName).toBe('第一次');
  });

  it('disabling a user ends their sessions; resetting a password lifts a lock', async () => {
    const body = newUser();
    const created = (await admin.post<User>('/api/users', body)).body;
    const them = await server.client().login(body.username, body.password);
    expect((await admin.patch(`/api/users/${created.id}`, { version: 1, status: 'disabled' })).status).toBe(
      200,
    );
    expect((await them.get('/api/me')).status).toBe(401);
    expect((await admin.patch(`/api/users/${created.id}`, { version: 2, status: 'active' })).status).toBe(
      200,
    );
    const reset = await admin.post(`/api/users/${created.id}/reset-password`, {
      newPassword: 'Fresh-Pass-7',
    });
    expect(reset.status).toBe(204);
    await server.client().login(body.username, 'Fresh-Pass-7');
    const h = await admin.get<History>(`/api/audit?entity=user&entityId=${created.id}`);
    expect(h.body.map((x) => x.action)).toEqual([
      'user.create',
      'auth.login',
      'user.update',
      'user.update',
      'user.reset_password',
      'auth.login',
    ]);
  });

  it('corrects a name, role and unit (issue 15 §12): a move ends the sessions opened under the old unit', async () => {
    // a county of its own: the move must not change what other tests count in the shared one
    const own = await buildCounty(server.database.db);
    const body = newUser({ unitId: own.townA.id });
    const created = (await admin.post<User>('/api/users', body)).body;
    const them = await server.client().login(body.username, body.password);
    const r = await admin.patch<User & { unit: { id: string; name: string } }>(`/api/users/${created.id}`, {
      version: 1,
      displayName: '赵经办（更正）',
      role: 'township_leader',
      unitId: own.townB.id,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ displayName: '赵经办（更正）', role: 'township_leader', version: 2 });
    expect(r.body.unit).toMatchObject({ id: own.townB.id, name: '乙镇' });
    expect((await them.get('/api/me')).status).toBe(401);
    const again = await server.client().login(body.username, body.password);
    expect((await again.get<{ unit: { id: string } }>('/api/me')).body.unit.id).toBe(own.townB.id);
    const h = await admin.get<History>(`/api/audit?entity=user&entityId=${created.id}`);
    const update = h.body.find((x) => x.action === 'user.update');
    expect(update?.before).toMatchObject({ unitId: own.townA.id, role: 'township_clerk' });
    expect(update?.after).toMatchObject({ unitId: own.townB.id, role: 'township_leader' });
  });

  it('does not let the admin disable themselves', async () => {
    const me = await admin.get<{ id: string }>('/api/me');
    const self = await admin.get<User>(`/api/users/${me.body.id}`);
    const r = await admin.patch<Err>(`/api/users/${me.body.id}`, {
      version: self.body.version,
      status: 'disabled',
    });
    expect(r.status).toBe(403);
  });

  it('filters the list by unit, role and keyword', async () => {
    await admin.post(
      '/api/users',
      newUser({ unitId: county.townB.id, displayName: '钱乙镇', role: 'township_leader' }),
    );
    const r = await admin.get<{ items: User[]; total: number }>(
      `/api/users?unitId=${county.townB.id}&role=township_leader&q=钱乙`,
    );
    expect(r.body.total).toBe(1);
    expect(r.body.items[0]?.displayName).toBe('钱乙镇');
    // a township filter includes its villages
    await admin.post('/api/users', newUser({ unitId: county.villageB.id, displayName: '孙乙村' }));
    const sub = await admin.get<{ items: User[] }>(`/api/users?unitId=${county.townB.id}`);
    expect(sub.body.items.map((u) => u.displayName).sort()).toEqual(['孙乙村', '钱乙镇']);
  });
});

describe('units', () => {
  it('creates a village under a township and rejects a code that does not fit', async () => {
    const ok = await admin.post<{ level: string; parentId: string }>('/api/units', {
      parentId: county.townA.id,
      name: '新建村',
      level: 'village',
      code: `${county.townA.code.slice(0, 9)}288`,
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ level: 'village', parentId: county.townA.id });
    const bad = await admin.post<Err>('/api/units', {
      parentId: county.townA.id,
      name: '错代码村',
      level: 'village',
      code: `${county.townB.code.slice(0, 9)}288`,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'INVALID_UNIT_CODE', field: 'code' });
    expect(bad.body.error.message).toContain('上级单位');
  });
});
