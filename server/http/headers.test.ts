import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setupTestServer } from '../test/server';

/** A built web UI of one page, so the shell is served as in production. */
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-web-'));
fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>t</title><div id="root"></div>');

afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));
const server = setupTestServer({}, { staticDir: webDir });
const behindProxy = setupTestServer({ FAZHI_PUBLIC_ORIGIN: 'https://fazhi.example.gov.cn' });

/** A raw request, since fetch will not let us choose the Host header an attacker can. */
function rawPost(baseUrl: string, pathname: string, headers: Record<string, string>) {
  const url = new URL(pathname, baseUrl);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ username: 'nobody_here', password: 'Whatever-1' }));
  });
}

describe('security headers (issue 14 §1.12)', () => {
  it('sends a CSP and X-Frame-Options with the page shell, client routes and the API', async () => {
    for (const url of ['/', '/ledgers/dispute', '/api/health']) {
      const r = await fetch(server.baseUrl + url);
      expect(r.status, url).toBe(200);
      expect(r.headers.get('x-frame-options'), url).toBe('DENY');
      expect(r.headers.get('x-content-type-options'), url).toBe('nosniff');
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain("script-src 'self' 'unsafe-inline'");
    }
  });
});

describe('CSRF with a configured public origin', () => {
  it('refuses an Origin that only matches the Host header the client chose', async () => {
    const forged = await rawPost(behindProxy.baseUrl, '/api/auth/login', {
      host: 'evil.example',
      origin: 'http://evil.example',
    });
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).error.code).toBe('CSRF_REJECTED');
    const ours = await rawPost(behindProxy.baseUrl, '/api/auth/login', {
      origin: 'https://fazhi.example.gov.cn',
    });
    expect(ours.status).toBe(401); // past the origin check, refused for the bad password only
  });

  it('still compares with the Host header when no public origin is configured (a bare local install)', async () => {
    const local = await rawPost(server.baseUrl, '/api/auth/login', { origin: server.baseUrl });
    expect(local.status).toBe(401);
  });
});
