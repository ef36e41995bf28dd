import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LedgerSetting, LedgerSettingSaved } from '../../../core/contract/ledgers';
import { settingSaver, settingsReader } from '../../commands/ledgers/settingsCommands';
import { actorOf } from '../../http/auth';
import type { RouteDeps } from '../index';

const UnitQuery = z.object({ unit: z.uuid('单位编号格式不正确').optional() });
const KeyParams = z.object({ key: z.string().min(1).max(80) });
/** The range is the setting's own (checked by the command): days for clocks, yuan for thresholds. */
const SettingBody = z.object({ value: z.number().int('设置值应为整数') });

export const ledgerSettingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  app.get(
    '/api/ledger-settings',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '可由县级设置的期限',
        querystring: UnitQuery,
        response: { 200: z.array(LedgerSetting) },
      },
    },
    async (req) => settingsReader(ctx(req), req.query.unit),
  );

  app.put(
    '/api/ledger-settings/:key',
    {
      config: { policy: 'ledger.settings' },
      schema: {
        summary: '修改县级设置（期限、金额标准）',
        params: KeyParams,
        querystring: UnitQuery,
        body: SettingBody,
        response: { 200: LedgerSettingSaved },
      },
    },
    async (req) => {
      const c = ctx(req);
      const recomputed = await settingSaver(c, {
        unitId: req.query.unit,
        key: req.params.key,
        value: req.body.value,
      });
      return { settings: await settingsReader(c, req.query.unit), recomputed };
    },
  );
};
