import crypto from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { renderMetrics } from '../../metrics/exposition';
import type { RouteDeps } from '../index';

/** Compared as digests so the time taken does not tell how much of a guess was right. */
function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}

/**
 * Prometheus scrape target (issue 14 §5). At `/metrics`, where Prometheus looks by default, not
 * under /api: it is for the monitoring, not the web UI. Off unless FAZHI_METRICS is set, and then
 * answered like an unknown path; with FAZHI_METRICS_TOKEN it also wants the bearer token.
 */
export const metricsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config }) => {
  app.get(
    '/metrics',
    {
      config: { policy: 'public' },
      schema: {
        summary: '运行指标（Prometheus 文本格式；需 FAZHI_METRICS 开启）',
        response: { 200: z.string().describe('Prometheus text exposition format 0.0.4') },
      },
    },
    async (req, reply) => {
      const http = app.httpMetrics;
      if (!http || !app.loopDelay) throw new AppError('ROUTE_NOT_FOUND');
      if (config.metricsToken) {
        const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        if (!tokenMatches(given, config.metricsToken)) throw new AppError('UNAUTHENTICATED');
      }
      return reply
        .type('text/plain; version=0.0.4; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderMetrics({ http, database, loopDelay: app.loopDelay }));
    },
  );
};
