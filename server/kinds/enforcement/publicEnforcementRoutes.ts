import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EnforcementAnnualStatus,
  PublicEnforcementAnnual,
  PublicEnforcementPage,
} from '../../../core/contract/publicEnforcement';
import { actorOf } from '../../http/auth';
import type { RouteDeps } from '../../routes/index';
import {
  enforcementAnnualPublisher,
  enforcementAnnualStatus,
  publicEnforcementAnnual,
} from './annualPublication';
import { PublicEnforcement } from './publicEnforcement';

// any text: a code that is not a township's 12 digits answers 404 like an unknown one
const Params = z.object({ unitCode: z.string().max(40) });
const Year = z.coerce
  .number('年度应为数字')
  .int('年度应为整数')
  .min(2000, '年度不能早于2000年')
  .max(2100, '年度不正确');
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
        summary: '行政执法总体情况：乡镇领导确认公开的年度执法数据（默认最近公开的年度）',
        params: Params,
        querystring: z.object({ year: Year.optional() }),
        response: { 200: PublicEnforcementAnnual },
      },
    },
    async (req, reply) => {
      const body = await publicEnforcementAnnual(database.db, req.params.unitCode, req.query.year);
      reply.header('cache-control', CACHE);
      return body;
    },
  );

  // the township's own view and the publishing step (issue 16 §2)
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db: database.db, actor: actorOf(req), now: now() });
  app.get(
    '/api/enforcement-annual',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '本乡镇行政执法总体情况：按台账的当前数字和已公开的数字',
        querystring: z.object({ year: Year.optional(), unit: z.uuid('单位编号格式不正确').optional() }),
        response: { 200: EnforcementAnnualStatus },
      },
    },
    (req) => enforcementAnnualStatus(ctx(req), { unitId: req.query.unit, year: req.query.year }),
  );
  app.post(
    '/api/enforcement-annual/publish',
    {
      config: { policy: 'report.act' },
      schema: {
        summary: '乡镇领导确认公开上一年度行政执法总体情况（再次公开则以当日台账数字替换）',
        body: z.object({ year: Year }),
        response: { 200: EnforcementAnnualStatus },
      },
    },
    (req) => enforcementAnnualPublisher(ctx(req), { year: req.body.year }),
  );
};
