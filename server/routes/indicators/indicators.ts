import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDayString } from '../../../core/calendar';
import {
  CatalogEntry,
  IndicatorOverview,
  IndicatorTrend,
  UnitIndicators,
} from '../../../core/contract/indicators';
import {
  indicatorCatalogQuery,
  indicatorOverviewQuery,
  indicatorTrendQuery,
  indicatorValuesQuery,
} from '../../commands/indicators';
import { actorOf } from '../../http/auth';
import type { RouteDeps } from '../index';

// a real calendar day, not just its shape: 2025-02-30 passed the old regex and threw a RangeError (issue 14 §1.7)
const day = z.string().refine(isDayString, '日期应为有效的 YYYY-MM-DD 日期');
const unit = z.uuid('单位编号格式不正确').optional();
const year = z.coerce.number().int().min(1990).max(2199).optional();

const ValuesQuery = z.object({ unit, year, from: day.optional(), to: day.optional() });
const OverviewQuery = z.object({ unit, year });
const TrendQuery = z.object({
  unit,
  year,
  keys: z
    .string()
    .min(1, '请指定指标')
    .max(2000)
    .transform((s) => s.split(',').filter(Boolean)),
});

/** Indicators computed from the ledgers; anyone may read those of units in their scope. */
export const indicatorRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db: database.db, actor: actorOf(req), now: now() });

  app.get(
    '/api/indicators',
    {
      config: { policy: 'indicator.read' },
      schema: {
        summary: '单位的全部指标（含同比）',
        querystring: ValuesQuery,
        response: { 200: UnitIndicators },
      },
    },
    async (req) => indicatorValuesQuery(ctx(req), { unitId: req.query.unit, ...req.query }),
  );

  app.get(
    '/api/indicators/catalog',
    {
      config: { policy: 'indicator.read' },
      schema: { summary: '指标目录及计算口径', response: { 200: z.array(CatalogEntry) } },
    },
    async () => indicatorCatalogQuery(),
  );

  app.get(
    '/api/indicators/overview',
    {
      config: { policy: 'indicator.read' },
      schema: {
        summary: '各乡镇指标对比',
        querystring: OverviewQuery,
        response: { 200: IndicatorOverview },
      },
    },
    async (req) => indicatorOverviewQuery(ctx(req), { unitId: req.query.unit, year: req.query.year }),
  );

  app.get(
    '/api/indicators/trend',
    {
      config: { policy: 'indicator.read' },
      schema: {
        summary: '指标月度走势',
        querystring: TrendQuery,
        response: { 200: IndicatorTrend },
      },
    },
    async (req) =>
      indicatorTrendQuery(ctx(req), { unitId: req.query.unit, year: req.query.year, keys: req.query.keys }),
  );
};
