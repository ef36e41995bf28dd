import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../../core/contract/shape';
import { User, UserPage } from '../../../core/contract/users';
import { isAdmin } from '../../../core/policy';
import { userCreator } from '../../commands/userCreator';
import { loadManagedUser, passwordResetter, userUpdater } from '../../commands/userUpdater';
import { actorOf } from '../../http/auth';
import { presentUser } from '../../presenters/user';
import { listUsers } from '../../repositories/usersRepo';
import type { RouteDeps } from '../index';
import { PasswordResetBody, UserCreateBody, UserIdParams, UserListQuery, UserUpdateBody } from './schema';

export const userRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  app.get(
    '/api/users',
    {
      config: { policy: 'user.manage' },
      schema: {
        summary: '用户列表',
        querystring: UserListQuery,
        response: { 200: UserPage },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const page = await listUsers(db, { ...req.query, scopePath: isAdmin(actor) ? null : actor.unitPath });
      return { items: page.items.map(presentUser), total: page.total };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { policy: 'user.manage' },
      schema: { summary: '用户详情', params: UserIdParams, response: { 200: User } },
    },
    async (req) => presentUser(await loadManagedUser(ctx(req), req.params.id)),
  );

  app.post(
    '/api/users',
    {
      config: { policy: 'user.manage' },
      schema: { summary: '新建用户', body: UserCreateBody, response: { 201: User } },
    },
    async (req, reply) => reply.code(201).send(presentUser(await userCreator(ctx(req), req.body))),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { policy: 'user.manage' },
      schema: {
        summary: '修改用户（停用/启用、角色、姓名）',
        params: UserIdParams,
        body: UserUpdateBody,
        response: { 200: User },
      },
    },
    async (req) => presentUser(await userUpdater(ctx(req), { id: req.params.id, ...req.body })),
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { policy: 'user.manage' },
      schema: {
        summary: '重置密码',
        params: UserIdParams,
        body: PasswordResetBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await passwordResetter(ctx(req), req.params.id, req.body.newPassword);
      return reply.code(204).send(null);
    },
  );
};
