import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntry } from '../../../core/contract/audit';
import { AppError } from '../../../core/errors';
import { AUDIT_READ_ACTION, can } from '../../../core/policy';
import { actorOf } from '../../http/auth';
import { entityHistory } from '../../repositories/auditRepo';
import { getUnit } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../index';

const HistoryQuery = z.object({
  entity: z.string().regex(/^[a-z_]{2,32}$/, '实体类型格式不正确'),
  entityId: z.string().min(1).max(64),
});

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/audit',
    {
      config: { policy: 'audit.read' },
      schema: {
        summary: '某一记录的全过程留痕',
        querystring: HistoryQuery,
        response: { 200: z.array(AuditEntry) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const action = AUDIT_READ_ACTION[req.query.entity];
      const rows = await entityHistory(db, req.query.entity, req.query.entityId);
      const last = rows[rows.length - 1];
      // an entity's records all sit in its unit's chain: that unit decides who may read them
      const unit = last ? await getUnit(db, last.unitId) : undefined;
      if (!action || !unit || !can(actor, 'unit.read', unit)) throw new AppError('NOT_FOUND');
      if (!can(actor, action, unit)) throw new AppError('FORBIDDEN');
      return rows.map((r) => ({
        seq: r.seq,
        at: r.at.toISOString(),
        actor: r.actorId && r.actorName ? { id: r.actorId, displayName: r.actorName } : null,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        // jsonb snapshots: an object, or null for the side a create or delete lacks
        before: r.before as AuditEntry['before'],
        after: r.after as AuditEntry['after'],
      }));
    },
  );
};
