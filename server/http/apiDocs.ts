import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';

/**
 * The API documentation at /api/docs (swagger-ui, `/api/docs/json`, `/api/docs/yaml`), built on
 * its first request instead of at start-up (issue 17, restart): @fastify/swagger, swagger-ui and
 * yaml are about a hundred modules whose loading and registration took ~80 ms of CPU at every
 * start, for a page hardly anyone opens. The server records every route as it is added; the first
 * request to /api/docs loads those packages into a Fastify instance of their own holding the same
 * routes (same schemas, handlers that are never called) and every /api/docs request is answered
 * by it through `inject`. The document is the one the server's own swagger registration produced.
 */

const OPENAPI = {
  openapi: {
    info: { title: '法治政府建设工作平台 API', version: '0.1.0' },
    components: {
      securitySchemes: { session: { type: 'apiKey' as const, in: 'cookie' as const, name: 'fazhi_sid' } },
    },
  },
  transform: jsonSchemaTransform,
};

export const DOCS_PREFIX = '/api/docs';

/** Headers of the documentation app's answer passed on (the server sets its own length, date and connection). */
const PASSED_HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'last-modified',
  'location',
  'content-disposition',
];

async function buildDocsApp(routes: RouteOptions[]): Promise<FastifyInstance> {
  const [{ default: Fastify }, { default: fastifySwagger }, { default: fastifySwaggerUi }] =
    await Promise.all([import('fastify'), import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const docs = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  docs.setValidatorCompiler(validatorCompiler);
  docs.setSerializerCompiler(serializerCompiler);
  await docs.register(fastifySwagger, OPENAPI);
  await docs.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });
  // the routes are there to be described; a request reaching one (the static files' wildcard) is not found
  const never = async (_req: unknown, reply: { callNotFound(): void }) => reply.callNotFound();
  for (const r of routes) {
    // Fastify adds the HEAD route of each GET itself
    const methods = [r.method].flat().filter((m) => m !== 'HEAD');
    if (methods.length === 0) continue;
    docs.route({
      method: methods,
      url: r.url,
      schema: r.schema ?? {},
      ...(r.config ? { config: r.config } : {}),
      handler: never,
    });
  }
  await docs.ready();
  return docs;
}

export interface ApiDocs {
  /** The OpenAPI document (what `/api/docs/json` answers), building the documentation on first use. */
  document(): Promise<unknown>;
}

/**
 * Records the routes of `app` from here on and answers /api/docs and everything under it. Call it
 * before the routes are registered; the routes of /api/docs are public (no session needed).
 */
export function registerApiDocs(app: FastifyInstance): ApiDocs {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(DOCS_PREFIX)) routes.push(route);
  });
  let built: Promise<FastifyInstance> | null = null;
  const docsApp = () => {
    built ??= buildDocsApp(routes).catch((e) => {
      built = null;
      throw e;
    });
    return built;
  };
  for (const url of [DOCS_PREFIX, `${DOCS_PREFIX}/*`]) {
    app.route({
      method: 'GET',
      url,
      config: { policy: 'public' },
      handler: async (req, reply) => {
        const res = await (await docsApp()).inject({
          method: req.method as 'GET' | 'HEAD',
          url: req.url,
          headers: req.headers.accept ? { accept: req.headers.accept } : {},
        });
        // what the documentation does not serve is answered as any unknown path of the server
        if (res.statusCode === 404) return reply.callNotFound();
        reply.code(res.statusCode);
        for (const h of PASSED_HEADERS) {
          const v = res.headers[h];
          if (v !== undefined) reply.header(h, v);
        }
        return reply.send(res.rawPayload);
      },
    });
  }
  return { document: async () => (await docsApp()).swagger() };
}
