import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { type Config, loadConfig } from '../config';
import type { Database } from '../db/client';
import { type App, buildServer } from '../http/app';
import { TestClock } from './clock';
import { testDatabase } from './database';
import { TEST_PASSWORD } from './factories';

export interface TestServer {
  app: App;
  database: Database;
  baseUrl: string;
  clock: TestClock;
  /** A client with its own cookie jar, sending our Origin like a browser would. */
  client(): HttpClient;
}

/**
 * A real server on a real port over a fresh database, for one test file.
 * Call at the top of a describe/file; it registers its own before/after hooks.
 */
export function setupTestServer(
  env: NodeJS.ProcessEnv = {},
  overrides: Partial<Config> = {},
  /** Log lines go here (at FAZHI_LOG_LEVEL from `env`); without it the server logs nothing. */
  logStream?: { write(line: string): void },
): TestServer {
  const ctx = { clock: new TestClock() } as TestServer;
  beforeAll(async () => {
    const config = {
      ...loadConfig({ FAZHI_LOG_LEVEL: 'silent', ...env }),
      staticDir: '/nonexistent',
      ...overrides,
    };
    ctx.database = await testDatabase();
    ctx.app = await buildServer({
      config,
      database: ctx.database,
      now: ctx.clock.now,
      ...(logStream ? { logStream } : { logger: false }),
    });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    ctx.baseUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    ctx.client = () => new HttpClient(ctx.baseUrl);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class HttpClient {
  cookie = '';
  origin: string | null;

  constructor(readonly baseUrl: string) {
    this.origin = baseUrl;
  }

  async request<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.origin && method !== 'GET') h.origin = this.origin;
    const isForm = body instanceof FormData;
    if (body !== undefined && !isForm && !h['content-type']) h['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + url, {
      method,
      headers: h,
      body: body === undefined ? undefined : isForm || typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      if (pair?.startsWith('fazhi_sid='))
        this.cookie = /Expires=Thu, 01 Jan 1970/.test(c) || pair === 'fazhi_sid=' ? '' : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (HTML docs page): keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers } satisfies HttpResult<T>;
  }

  get<T = unknown>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = unknown>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }

  upload<T = unknown>(url: string, form: FormData) {
    return this.request<T>('POST', url, form);
  }
  /** The response itself, for binary downloads. */
  raw(url: string) {
    return fetch(this.baseUrl + url, { headers: this.cookie ? { cookie: this.cookie } : {} });
  }

  async login(username: string, password = TEST_PASSWORD) {
    const r = await this.post('/api/auth/login', { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}

export { TestClock };
