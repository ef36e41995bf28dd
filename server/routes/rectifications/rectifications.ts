import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Rectification } from '../../../core/contract/rectifications';
import { isAdmin } from '../../../core/policy';
import { RECTIFICATION_STATUSES } from '../../../core/review/rectificationFlow';
import { loadRectification, rectificationTransition } from '../../commands/rectificationCommands';
import { actorOf } from '../../http/auth';
import { presentRectification } from '../../presenters/rectification';
import { listRectifications } from '../../repositories/rectificationsRepo';
import type { RouteDeps } from '../index';

const IdParams = z.object({ id: z.uuid('整改事项编号格式不正确') });
const ListQuery = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  reviewId: z.uuid().optional(),
});
const AnswerBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  text: z.string().trim().min(2, '请填写整改情况').max(5000),
});
const CloseBody = z.object({ version: z.number().int().min(1).max(2_147_483_647) });
const ReturnBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  text: z.string().trim().min(2, '请填写退回原因').max(2000),
});

export const rectificationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  app.get(
    '/api/rectifications',
    {
      config: { policy: 'rectification.read' },
      schema: { summary: '整改事项', querystring: ListQuery, response: { 200: z.array(Rectification) } },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listRectifications(db, {
        ...req.query,
        scopePath: isAdmin(actor) ? null : actor.unitPath,
      });
      const at = now();
      return rows.map((r) => presentRectification(r, at));
    },
  );

  app.get(
    '/api/rectifications/:id',
    {
      config: { policy: 'rectification.read' },
      schema: { summary: '整改事项详情', params: IdParams, response: { 200: Rectification } },
    },
    async (req) => presentRectification(await loadRectification(ctx(req), req.params.id), now()),
  );

  // the three steps of 整改销号 differ only in who may take them and what they carry
  const steps = [
    { action: 'answer', policy: 'rectification.answer', summary: '乡镇反馈整改情况', body: AnswerBody },
    { action: 'close', policy: 'review.manage', summary: '审查员销号', body: CloseBody },
    { action: 'return', policy: 'review.manage', summary: '审查员退回重新整改', body: ReturnBody },
  ] as const;
  for (const step of steps) {
    app.post(
      `/api/rectifications/:id/${step.action}`,
      {
        config: { policy: step.policy },
        schema: {
          summary: step.summary,
          params: IdParams,
          body: step.body,
          response: { 200: Rectification },
        },
      },
      async (req) => {
        const c = ctx(req);
        const body = req.body as { version: number; text?: string };
        return presentRectification(
          await rectificationTransition(c, { id: req.params.id, action: step.action, ...body }),
          c.now,
        );
      },
    );
  }
};
