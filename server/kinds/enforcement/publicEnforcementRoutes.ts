import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EnforcementAnnual, PublicEnforcementPage } from '../../../core/contract/publicEnforcement';
import type { RouteDeps } from '../../routes/index';
import { enforcementAnnualQuery } from './annualData';
import { PublicEnforcement } from './publicEnforcement';

// any text: a code that is not a township's 12 digits answers 404 like an unknown one
const Params = z.object({ unitCode: z.string().max(40) });
const Query = z.object({
  q: z.string().max(50, '搜索内容不能超过50个字').optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A public page may be cached briefly by browsers and proxies: a new decision shows within a minute. */
const CACHE = 'public, max-age=60, stale-while-revalidate=60';

/** 行政执法公示: a township's enforcement bodies, officers, matters and decisions, without a login. */
export const publicEnforcementRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const pages = new PublicEnforcement(database.db);
  app.get(
    '/api/public/units/:unitCode/enforcement',
    {
      config: { policy: 'public' },
      schema: {
        summary: '行政执法公示：执法主体、人员、事项和决定',
        params: Params,
        querystring: Query,
        response: { 200: PublicEnforcementPage },
      },
    },
    async (req, reply) => {
      const body = await pages.page(req.params.unitCode, req.query, now());
      reply.header('cache-control', CACHE);
      return body;
    },
  );
  app.get(
    '/api/public/units/:unitCode/enforcement/annual',
    {
      config: { policy: 'public' },
      schema: {
        summary: '行政执法总体情况：上一年度（或所选年度）的执法数据',
        params: Params,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: EnforcementAnnual },
      },
    },
    async (req, reply) => {
      const body = await enforcementAnnualQuery(database.db, req.params.unitCode, req.query.year, now());
      reply.header('cache-control', CACHE);
      return body;
    },
  );
};
