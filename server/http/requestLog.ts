import type { FastifyInstance } from 'fastify';
import type { HttpMetrics } from '../metrics/httpMetrics';

/** Requests no route matched share one label, so probing random paths cannot grow the series. */
export const UNMATCHED_ROUTE = '(unmatched)';
const MAX_LOGGED_PATH = 200;

/**
 * One structured line per answered request, and its count and latency for `/metrics`.
 * Replaces Fastify's own request logging, which writes the URL with its query string (a search
 * for a resident's name or phone) and the client's address. The line carries the route pattern,
 * the path without the query, the status and the time; the user and unit come from the logger
 * the auth hook bound once the session was known (server/http/auth.ts). Never a body.
 */
export function registerRequestLog(app: FastifyInstance, metrics: HttpMetrics | null): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? UNMATCHED_ROUTE;
    metrics?.record(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
    const path = (req.url.split('?')[0] ?? '').slice(0, MAX_LOGGED_PATH);
    req.log.info(
      { method: req.method, route, path, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
  });
}
