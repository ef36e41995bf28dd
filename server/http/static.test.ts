import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setupTestServer } from '../test/server';

/** The SPA shell and its assets, from a small built-looking directory made here. */
const web = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-web-'));
fs.mkdirSync(path.join(web, 'assets'));
fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>法治</title>');
fs.writeFileSync(path.join(web, 'assets/app-abc123.js'), 'console.log(1)');

const server = setupTestServer({}, { staticDir: web });
afterAll(() => fs.rmSync(web, { recursive: true, force: true }));

describe('web shell', () => {
  it('serves the root and client-side routes with the shell, revalidated', async () => {
    expect((await server.client().get<string>('/')).body).toContain('<title>法治</title>');
    const r = await server.client().get<string>('/admin/users');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>法治</title>');
    expect(r.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets as immutable and a missing asset as 404', async () => {
    const ok = await server.client().get('/assets/app-abc123.js');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toContain('immutable');
    const missing = await server.client().get('/assets/app-old999.js');
    expect(missing.status).toBe(404);
  });

  it('still answers unknown API routes with JSON', async () => {
    const r = await server.client().get<{ error: { code: string } }>('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});
