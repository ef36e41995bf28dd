import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionCache, SESSION_CACHE_TTL_MS } from '../auth/sessionCache';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { testDatabase } from '../test/database';
import { buildCounty, buildUser, type TestCounty } from '../test/factories';
import { HttpClient, TestClock } from '../test/server';
import { type App, buildServer } from './app';

/**
 * Two server instances on one database (issue 14 §2). Instance A uses the process's session
 * cache, which the revoking commands evict; instance B gets a cache of its own, standing for
 * another process that hears nothing of A's revocations but what the database says.
 */
const clock = new TestClock();
let database: Database;
let a: App;
let b: App;
/** Another instance, with FAZHI_SESSION_CACHE=off: every request reads its session. */
let c: App;
let county: TestCounty;
const urlOf = (app: App) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const seconds = (s: number) => clock.advanceMinutes(s / 60);

beforeAll(async () => {
  database = await testDatabase();
  const config = { ...loadConfig({ FAZHI_LOG_LEVEL: 'silent' }), staticDir: '/nonexistent' };
  a = await buildServer({ config, database, now: clock.now, logger: false });
  b = await buildServer({
    config,
    database,
    now: clock.now,
    logger: false,
    sessionCache: createSessionCache(),
  });
  c = await buildServer({
    config: { ...config, ...loadConfig({ FAZHI_SESSION_CACHE: 'off' }), staticDir: '/nonexistent' },
    database,
    now: clock.now,
    logger: false,
  });
  await a.listen({ port: 0, host: '127.0.0.1' });
  await b.listen({ port: 0, host: '127.0.0.1' });
  await c.listen({ port: 0, host: '127.0.0.1' });
  county = await buildCounty(database.db);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await c?.close();
  await database?.close();
});

/** A session opened on A, its cookie also carried to B; B has just read it from the database. */
async function sessionOnBoth(role: 'township_clerk' | 'admin' = 'township_clerk') {
  const user = await buildUser(database.db, role === 'admin' ? county.county : county.townA, role);
  const onA = await new HttpClient(urlOf(a)).login(user.username);
  const onB = new HttpClient(urlOf(b));
  onB.cookie = onA.cookie;
  expect((await onB.get('/api/me')).status).toBe(200);
  return { user, onA, onB };
}

/** B keeps using the session every 2 seconds; returns the seconds until B refused it (or -1). */
async function secondsUntilRefused(onB: HttpClient, limit: number): Promise<number> {
  for (let t = 2; t <= limit; t += 2) {
    seconds(2);
    if ((await onB.get('/api/me')).status === 401) return t;
  }
  return -1;
}

describe('sessions across two instances on one database', () => {
  it('a logout on A is honoured by B within the cache lifetime, however often B is used', async () => {
    const { onA, onB } = await sessionOnBoth();
    seconds(2);
    expect((await onB.get('/api/me')).status).toBe(200); // a cache hit: must not renew the entry
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    const t = await secondsUntilRefused(onB, 30);
    expect(t).toBeGreaterThan(0);
    expect(t).toBeLessThanOrEqual(SESSION_CACHE_TTL_MS / 1000 + 2);
  });

  it('disabling a user or resetting their password on A ends their session on B within the cache lifetime', async () => {
    const admin = await new HttpClient(urlOf(a)).login(
      (await buildUser(database.db, county.county, 'admin')).username,
    );
    for (const revoke of ['disable', 'reset'] as const) {
      const { user, onB } = await sessionOnBoth();
      const res =
        revoke === 'disable'
          ? await admin.patch(`/api/users/${user.id}`, { version: 1, status: 'disabled' })
          : await admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Reset-Pass-88' });
      expect(res.status).toBeLessThan(300);
      const t = await secondsUntilRefused(onB, 30);
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThanOrEqual(SESSION_CACHE_TTL_MS / 1000 + 2);
    }
  });

  it('with FAZHI_SESSION_CACHE=off, a logout on A is honoured by the next request on the other instance', async () => {
    const { onA, onB } = await sessionOnBoth();
    const onC = new HttpClient(urlOf(c));
    onC.cookie = onA.cookie;
    expect((await onC.get('/api/me')).status).toBe(200);
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    expect((await onC.get('/api/me')).status).toBe(401); // no time passed
    expect((await onB.get('/api/me')).status).toBe(200); // the cached instance: within its 5 s
  });

  it('refuses a FAZHI_SESSION_CACHE that is neither on nor off, naming the variable', () => {
    expect(() => loadConfig({ FAZHI_SESSION_CACHE: 'no' })).toThrow(
      '环境变量 FAZHI_SESSION_CACHE 应为 on 或 off，当前为 "no"',
    );
    expect(loadConfig({}).sessionCache).toBe(true);
  });
});
