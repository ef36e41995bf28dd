import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../../core/contract/health';
import { probeDatabase, shippedMigrations } from '../../repositories/healthRepo';
import type { RouteDeps } from '../index';

export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database }) => {
  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        summary: '健康检查：数据库往返时延与迁移版本',
        response: { 200: Health },
      },
    },
    async () => {
      const probe = await probeDatabase(database.db);
      return {
        status: 'ok' as const,
        database: database.kind,
        latencyMs: probe.latencyMs,
        migrations: {
          applied: probe.applied,
          shipped: shippedMigrations.count,
          latest: shippedMigrations.latest,
        },
      };
    },
  );
};
