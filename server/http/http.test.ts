import { describe, expect, it } from 'vitest';
import { setupTestServer } from '../test/server';

type Err = { error: { code: string; message: string; field?: string } };

const server = setupTestServer();

describe('HTTP contract', () => {
  it('reports health with the database kind, its latency and the migrations applied', async () => {
    const r = await server
      .client()
      .get<{ latencyMs: number; migrations: { applied: number; shipped: number } }>('/api/health');
    expect(r.status).toBe(200);
    const expected = process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite';
    expect(r.body).toMatchObject({ status: 'ok', database: expected });
    // every migration the code ships is applied (0000 … 0010 when this was written)
    expect(r.body.migrations.applied).toBe(r.body.migrations.shipped);
    expect(r.body.migrations.shipped).toBeGreaterThanOrEqual(11);
    expect(r.body.latencyMs).toBeGreaterThanOrEqual(0);
    expect(r.body.latencyMs).toBeLessThan(5_000);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const r = await server.client().get<Err>('/api/no/such/thing');
    expect(r.status).toBe(404);
    expect(r.body.error).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在' });
  });

  it('rejects bodies over 1 MB with 413 and a Chinese message', async () => {
    const r = await server
      .client()
      .post<Err>('/api/auth/login', { username: 'a', password: 'x'.repeat(1_100_000) });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('BODY_TOO_LARGE');
    expect(r.body.error.message).toContain('1 MB');
  });

  it('rejects malformed JSON with 400, not a stack trace', async () => {
    const r = await server
      .client()
      .request<Err>('POST', '/api/auth/login', '{"username": ', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts/);
  });

  it('rejects non-JSON bodies with 415', async () => {
    const r = await server.client().request<Err>('POST', '/api/auth/login', 'username=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(r.status).toBe(415);
  });

  it('echoes a request id for the logs', async () => {
    const r = await server.client().request('GET', '/api/health', undefined, { 'x-request-id': 'trace-123' });
    expect(r.headers.get('x-request-id')).toBe('trace-123');
    const gen = await server.client().get('/api/health');
    expect(gen.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document listing the routes', async () => {
    const r = await server
      .client()
      .get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs/json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/users/{id}']),
    );
  });
});
