import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../core/calendar/dates';
import { buildCounty, buildUser } from '../test/factories';
import { setupTestServer } from '../test/server';

/** The SPA shell and its assets, from a small built-looking directory made here. */
const web = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-web-'));
fs.mkdirSync(path.join(web, 'assets'));
const shell = `<!doctype html><title>法治</title>${'<!-- padding -->'.repeat(100)}`;
fs.writeFileSync(path.join(web, 'index.html'), shell);
fs.writeFileSync(path.join(web, 'assets/app-abc123.js'), 'console.log(1)');
// as the build leaves them (app/vite/precompress.ts): compressed copies beside the file
const script = `export const figures = [${Array.from({ length: 500 }, (_, i) => i).join(',')}];\n`;
fs.writeFileSync(path.join(web, 'assets/page-def456.js'), script);
fs.writeFileSync(path.join(web, 'assets/page-def456.js.br'), zlib.brotliCompressSync(script));
fs.writeFileSync(path.join(web, 'assets/page-def456.js.gz'), zlib.gzipSync(script));
fs.writeFileSync(path.join(web, 'index.html.br'), zlib.brotliCompressSync(shell));
// the 工作台's own chunks, as app/vite/chunks.ts lists them; a URL that is not an asset is ignored
fs.writeFileSync(
  path.join(web, 'first-load.json'),
  JSON.stringify({
    dashboard: {
      scripts: ['/assets/workbench-abc.js', 'https://elsewhere.example/x.js'],
      styles: ['/assets/w-1.css'],
    },
  }),
);
// app/public/favicon.svg, copied to the root of the build
fs.writeFileSync(path.join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

const server = setupTestServer({}, { staticDir: web });
afterAll(() => fs.rmSync(web, { recursive: true, force: true }));

/** A plain HTTP GET, the body as sent (no fetch, which would decode it). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(server.baseUrl + url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('web shell', () => {
  it('serves the root and client-side routes with the shell, revalidated', async () => {
    expect((await server.client().get<string>('/')).body).toContain('<title>法治</title>');
    const r = await server.client().get<string>('/admin/users');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>法治</title>');
    // private: with a session the shell's Link header names that user's requests
    expect(r.headers.get('cache-control')).toBe('private, no-cache');
    expect(r.headers.get('link')).toBeNull();
  });

  it('serves the favicon from the root of the build as an image, not the shell', async () => {
    const r = await server.client().get<string>('/favicon.svg');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('image/svg+xml');
    expect(r.body).toContain('<svg');
  });

  it('serves hashed assets as immutable and a missing asset as 404', async () => {
    const ok = await server.client().get('/assets/app-abc123.js');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toContain('immutable');
    const missing = await server.client().get('/assets/app-old999.js');
    expect(missing.status).toBe(404);
    const missingToBrowser = await rawGet('/assets/app-old999.js', { 'accept-encoding': 'br, gzip' });
    expect(missingToBrowser.status).toBe(404);
  });

  it('sends the Brotli copy of an asset to a browser that accepts it, immutable', async () => {
    const r = await rawGet('/assets/page-def456.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers.vary).toMatch(/accept-encoding/i);
    expect(r.headers['cache-control']).toContain('immutable');
    expect(r.body.length).toBeLessThan(script.length);
    expect(zlib.brotliDecompressSync(r.body).toString()).toBe(script);
  });

  it('sends gzip to a client that only takes gzip, and the file itself to one that takes neither', async () => {
    const gz = await rawGet('/assets/page-def456.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const plain = await rawGet('/assets/page-def456.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    // a file without compressed copies (too small to be worth it) is sent as it is
    const small = await rawGet('/assets/app-abc123.js', { 'accept-encoding': 'br, gzip' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('console.log(1)');
  });

  it('sends the shell compressed too, still revalidated', async () => {
    for (const url of ['/', '/ledgers/dispute']) {
      const r = await rawGet(url, { 'accept-encoding': 'br, gzip' });
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(r.headers['content-type']).toMatch(/text\/html/);
      expect(r.headers['cache-control']).toBe('private, no-cache');
      expect(zlib.brotliDecompressSync(r.body).toString()).toBe(shell);
    }
  });

  it('names a session’s first requests in the Link header: the session everywhere in the layout, the 工作台’s key figures on it', async () => {
    const { townA } = await buildCounty(server.database.db, server.clock.now());
    const clerk = await buildUser(server.database.db, townA, 'township_clerk');
    const client = server.client();
    await client.login(clerk.username);
    const linksOf = async (url: string) => (await client.get<string>(url)).headers.get('link');
    const year = chinaDay(server.clock.now()).slice(0, 4);
    const preload = (u: string) => `<${u}>; rel=preload; as=fetch; crossorigin`;
    const me = preload('/api/me');
    const page =
      '</assets/workbench-abc.js>; rel=modulepreload; crossorigin, </assets/w-1.css>; rel=preload; as=style; crossorigin';
    expect(await linksOf('/')).toBe(
      [me, preload(`/api/indicators?unit=${townA.id}&year=${year}`), page].join(', '),
    );
    // another page of the layout: the session only; the 工作台 of another year: the session and its code
    expect(await linksOf('/ledgers/dispute')).toBe(me);
    expect(await linksOf('/?year=2025')).toBe(`${me}, ${page}`);
    // outside the layout, or without a live session: nothing
    expect(await linksOf('/login')).toBeNull();
    expect(await linksOf('/public/reports/abc')).toBeNull();
    const stranger = server.client();
    stranger.cookie = 'fazhi_sid=not-a-session';
    expect((await stranger.get<string>('/')).headers.get('link')).toBeNull();
  });

  it('still answers unknown API routes with JSON', async () => {
    const r = await server.client().get<{ error: { code: string } }>('/api/nothing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('ROUTE_NOT_FOUND');
  });
});
