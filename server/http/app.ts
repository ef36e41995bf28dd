import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noSessionCache, type SessionCache, sessionCache } from '../auth/sessionCache';
import { bootMark } from '../bootTrace';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { HttpMetrics } from '../metrics/httpMetrics';
import { registerRoutes } from '../routes';
import { registerApiDocs } from './apiDocs';
import { registerAuthHooks } from './auth';
import { AppError, errorHandler, sendError } from './errors';
import { registerInputGuard } from './inputGuard';
import { registerRequestLog } from './requestLog';
import { readFirstLoadAssets, shellPreloadHeader } from './shellPreload';
import type { RouteInfo } from './types';
import './types';

z.config(z.locales.zhCN());

export interface ServerDeps {
  config: Config;
  database: Database;
  /** The clock, injectable so tests can move time (idle timeout, lockout). */
  now?: () => Date;
  logger?: boolean;
  /** Where the log lines go instead of stdout (a test reads them). */
  logStream?: { write(line: string): void };
  /**
   * The session cache; by default the process's own, which revoking commands evict. A test gives a
   * second instance a cache of its own to stand for another process on the same database.
   */
  sessionCache?: SessionCache;
}

export type App = FastifyInstance;

/**
 * The pages load only our own scripts (Vite emits external module files, no inline script);
 * styles must allow inline: index.html inlines its first styles and antd writes CSS-in-JS
 * `<style>` tags at run time. Images may be data:/blob: URLs (QR codes, chart exports).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>;
/**
 * Every schema is zod, compiled by the type provider's compilers: without these factories Fastify
 * would load ajv and fast-json-stringify (about 100 modules) at start-up only to replace them.
 * Fastify types the factories after ajv's; the zod compilers have the call shape it uses.
 */
const ZOD_COMPILERS = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as CompilersFactory;

/** Builds the whole HTTP server; listening is the caller's business. */
export async function buildServer(deps: ServerDeps): Promise<App> {
  const { config } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : { level: config.logLevel, ...(deps.logStream ? { stream: deps.logStream } : {}) },
    // our own line per request instead (http/requestLog.ts): no query strings, with user and unit
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1_048_576,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    schemaController: { compilersFactory: ZOD_COMPILERS },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
    // never framed (clickjacking), never sniffed into another type, no path leaked to other sites
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    // the swagger-ui pages bring their own scripts and styles; every other answer gets our policy
    if (!req.url.startsWith('/api/docs')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
  });

  const metrics = config.metricsEnabled ? new HttpMetrics() : null;
  app.decorate('httpMetrics', metrics);
  if (metrics) {
    const loopDelay = monitorEventLoopDelay({ resolution: 20 });
    loopDelay.enable();
    app.decorate('loopDelay', loopDelay);
    app.addHook('onClose', async () => loopDelay.disable());
  }
  registerRequestLog(app, metrics);

  const apiRoutes: RouteInfo[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    // every /api route must declare a policy; a route elsewhere that declares one (/metrics) is listed too
    if (!route.url.startsWith('/api') && !route.config?.policy) return;
    // swagger-ui's own asset routes are documentation, readable by anyone
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, policy: 'public' };
    const policy = route.config?.policy;
    if (!policy) throw new Error(`route ${route.method} ${route.url} declares no policy`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, policy });
    }
  });

  await app.register(fastifyCookie);
  // per-source request limits, opted into by each route's `config.rateLimit` (login, public intake);
  // the library's in-memory store counts per instance, like the hand-written limiter it replaces
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError('RATE_LIMITED', { extra: { retryAfterSeconds: Math.ceil(ctx.ttl / 1000) } }),
  });
  // file uploads set their own limits per route (report files up to 50 MB); JSON bodies keep the 1 MB bodyLimit
  await app.register(fastifyMultipart);
  bootMark('fastify + cookie, rate-limit, multipart');
  // swagger and swagger-ui are loaded on the first request to /api/docs (http/apiDocs.ts)
  app.decorate('apiDocs', registerApiDocs(app));
  registerInputGuard(app);
  app.decorate('sessionCache', deps.sessionCache ?? (config.sessionCache ? sessionCache : noSessionCache));
  registerAuthHooks(app, deps.database.db, config, now);
  await app.register(registerRoutes, { database: deps.database, config, now });

  bootMark('routes registered');
  const hasWeb = fs.existsSync(path.join(config.staticDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.staticDir,
      wildcard: true,
      index: false,
      // the build writes .br/.gz copies beside each asset and index.html (app/vite/precompress.ts):
      // sent to browsers that accept them, with Vary: accept-encoding; the file itself otherwise
      preCompressed: true,
      setHeaders: (res, file) => {
        // Vite names assets by content hash, so they never change; the shell must always be revalidated,
        // and is private: with a session its Link header names that user's first requests (sendShell)
        const immutable = file.includes(`${path.sep}assets${path.sep}`);
        const shell = path.basename(file).startsWith('index.html');
        res.header(
          'cache-control',
          immutable ? 'public, max-age=31536000, immutable' : shell ? 'private, no-cache' : 'no-cache',
        );
      },
    });
  }
  // the same file for everyone, but with a session its Link header names that user's first requests
  const firstLoadAssets = hasWeb ? readFirstLoadAssets(config.staticDir) : undefined;
  const sendShell = async (req: FastifyRequest, reply: FastifyReply) => {
    const links = await shellPreloadHeader(app, req, deps.database.db, config, now(), firstLoadAssets);
    if (links) reply.header('link', links);
    return reply.type('text/html').sendFile('index.html');
  };
  if (hasWeb) app.get('/', (req, reply) => sendShell(req, reply));
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // a missing file (/assets/old.js) is a 404; an extensionless path is a client-side route of the SPA
    const isClientRoute =
      req.method === 'GET' && !pathname.startsWith('/api') && !/\.[a-z0-9]+$/i.test(pathname);
    if (!hasWeb || !isClientRoute) return sendError(reply, 'ROUTE_NOT_FOUND');
    return sendShell(req, reply);
  });
  bootMark('web shell and static files registered');
  return app;
}
