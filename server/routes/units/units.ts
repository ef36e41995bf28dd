import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Unit, UnitDetail } from '../../../core/contract/units';
import { AppError } from '../../../core/errors';
import { can, isAdmin } from '../../../core/policy';
import { unitCreator } from '../../commands/unitCreator';
import { unitUpdater } from '../../commands/unitUpdater';
import { actorOf } from '../../http/auth';
import { presentUnit } from '../../presenters/unit';
import { getUnit, listUnits, populationsOf } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../index';
import { UnitCreateBody, UnitIdParams, UnitUpdateBody } from './schema';

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
      schema: {
        summary: '单位详情（含各年度常住人口）',
        params: UnitIdParams,
        response: { 200: UnitDetail },
      },
    },
    async (req) => {
      const unit = await getUnit(db, req.params.id);
      if (!unit || !can(actorOf(req), 'unit.read', unit)) throw new AppError('NOT_FOUND');
      return { ...presentUnit(unit), populations: await populationsOf(db, unit.id) };
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { policy: 'unit.manage' },
      schema: {
        summary: '修改单位（名称、行政区划代码、年度常住人口）',
        params: UnitIdParams,
        body: UnitUpdateBody,
        response: { 200: UnitDetail },
      },
    },
    async (req) => {
      const unit = await unitUpdater(
        { db, actor: actorOf(req), now: now() },
        { id: req.params.id, ...req.body },
      );
      return { ...presentUnit(unit), populations: await populationsOf(db, unit.id) };
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
