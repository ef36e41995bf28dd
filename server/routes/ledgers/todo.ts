import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TodoWire } from '../../../core/contract/ledgers';
import { todoQuery } from '../../commands/ledgers/todoQuery';
import { actorOf } from '../../http/auth';
import type { RouteDeps } from '../index';

const TodoQuery = z.object({
  unit: z.uuid('单位编号格式不正确').optional(),
  days: z.coerce.number().int().min(0).max(60).default(3),
});

export const todoRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  app.get(
    '/api/todo',
    {
      config: { policy: 'todo.read' },
      schema: { summary: '待办：逾期、临期和待我办理', querystring: TodoQuery, response: { 200: TodoWire } },
      // a county's 待办 is ~700 items that todoQuery builds and TypeScript types against TodoWire:
      // checking them again with zod on the way out copied the whole answer, and the copy's
      // garbage collection cost more than the check (issue 17); JSON.stringify writes it as it is
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req) =>
      todoQuery(
        { db: database.db, actor: actorOf(req), now: now() },
        { unitId: req.query.unit, days: req.query.days },
      ),
  );
};
