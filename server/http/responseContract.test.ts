import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setupTestServer } from '../test/server';

/**
 * Every answer is declared (core/contract), and a presenter that answers more or less than its
 * declaration fails instead of the field being dropped on the way out.
 */
const server = setupTestServer();

interface Operation {
  responses: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Object schemas in a JSON schema that would let unknown keys through (strip or pass). */
function looseObjects(schema: unknown, at: string, out: string[] = []): string[] {
  if (Array.isArray(schema)) {
    for (const [i, s] of schema.entries()) looseObjects(s, `${at}[${i}]`, out);
    return out;
  }
  if (!schema || typeof schema !== 'object') return out;
  const s = schema as Record<string, unknown>;
  if (s.properties && s.additionalProperties !== false) out.push(at);
  for (const [k, v] of Object.entries(s)) looseObjects(v, `${at}.${k}`, out);
  return out;
}

describe('response contract', () => {
  it('documents a 2xx answer with its schema for every /api route', async () => {
    const doc = (await server.app.apiDocs.document()) as OpenApi;
    const routes = server.app.apiRoutes.filter((r) => !r.url.startsWith('/api/docs'));
    expect(routes.length).toBeGreaterThan(60);
    const undeclared: string[] = [];
    for (const r of routes) {
      const op = doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()];
      const ok = Object.entries(op?.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      // fastify-swagger invents "200 Default Response" without content for a route that declares nothing
      const declared = ok.some(([, res]) => Object.values(res.content ?? {}).some((c) => c.schema));
      if (!declared) undeclared.push(`${r.method} ${r.url}`);
    }
    expect(undeclared).toEqual([]);
  });

  it('declares every answered object strict, so an extra field fails rather than vanishes', async () => {
    const doc = (await server.app.apiDocs.document()) as OpenApi;
    const loose: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [code, res] of Object.entries(op.responses))
          if (/^2\d\d$/.test(code))
            for (const [type, c] of Object.entries(res.content ?? {}))
              looseObjects(c.schema, `${method.toUpperCase()} ${path} ${code} ${type}`, loose);
    expect(loose).toEqual([]);
  });

  it('declares files with their content type', async () => {
    const doc = (await server.app.apiDocs.document()) as OpenApi;
    const types = (path: string) => Object.keys(doc.paths[path]?.get?.responses['200']?.content ?? {});
    expect(types('/api/reports/{id}/docx')).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(types('/api/reports/{id}/pdf')).toEqual(['application/pdf']);
    expect(types('/api/ledgers/{kind}/export.xlsx')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });

  it('serves the documentation at /api/docs', async () => {
    const page = await server.client().get<string>('/api/docs/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const json = await server.client().get<OpenApi>('/api/docs/json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toContain('/api/ledgers/{kind}/{id}');
  });
});

describe('the serializer holds a route to its declaration', async () => {
  const { buildServer } = await import('./app');
  const { loadConfig } = await import('../config');
  const Answer = z.strictObject({ id: z.string(), count: z.number() });

  /** The real server with one more route answering `body`, so its own compilers judge the answer. */
  async function answering(body: unknown) {
    const app = await buildServer({
      config: { ...loadConfig({ FAZHI_LOG_LEVEL: 'silent' }), staticDir: '/nonexistent' },
      database: server.database,
      logger: false,
    });
    app.get(
      '/api/contract-probe',
      { config: { policy: 'public' }, schema: { response: { 200: Answer } } },
      async () => body as z.infer<typeof Answer>,
    );
    const res = await app.inject({ method: 'GET', url: '/api/contract-probe' });
    await app.close();
    return { status: res.statusCode, body: res.json() as unknown };
  }

  it('answers what the declaration allows', async () => {
    expect(await answering({ id: 'a', count: 1 })).toEqual({ status: 200, body: { id: 'a', count: 1 } });
  });

  it('refuses an answer with a field the declaration does not name', async () => {
    const res = await answering({ id: 'a', count: 1, idNumber: '439999199003071234' });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('439999199003071234');
  });

  it('refuses an answer missing a declared field, or with one of the wrong type', async () => {
    expect((await answering({ id: 'a' })).status).toBe(500);
    expect((await answering({ id: 'a', count: '1' })).status).toBe(500);
  });
});
