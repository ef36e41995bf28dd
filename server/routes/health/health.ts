import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from '../index';

export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database }) => {
  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        summary: '健康检查',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) },
      },
    },
    async () => ({ status: 'ok' as const, database: database.kind }),
  );
};
