import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Unit } from '../../../core/contract/units';
import { AppError } from '../../../core/errors';
import { can, isAdmin } from '../../../core/policy';
import { unitCreator } from '../../commands/unitCreator';
import { actorOf } from '../../http/auth';
import { presentUnit } from '../../presenters/unit';
import { getUnit, listUnits } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../index';
import { UnitCreateBody, UnitIdParams } from './schema';

export const unitRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;

  app.get(
    '/api/units',
    {
      config: { policy: 'unit.read' },
      schema: { summary: '可见单位列表', response: { 200: z.array(Unit) } },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listUnits(db, isAdmin(actor) ? null : actor.unitPath);
      return rows.map(presentUnit);
    },
  );

  app.get(
    '/api/units/:id',
    {
      config: { policy: 'unit.read' },
      schema: { summary: '单位详情', params: UnitIdParams, response: { 200: Unit } },
    },
    async (req) => {
      const unit = await getUnit(db, req.params.id);
      if (!unit || !can(actorOf(req), 'unit.read', unit)) throw new AppError('NOT_FOUND');
      return presentUnit(unit);
    },
  );

  app.post(
    '/api/units',
    {
      config: { policy: 'unit.manage' },
      schema: { summary: '新建单位', body: UnitCreateBody, response: { 201: Unit } },
    },
    async (req, reply) => {
      const unit = await unitCreator({ db, actor: actorOf(req), now: now() }, req.body);
      return reply.code(201).send(presentUnit(unit));
    },
  );
};
