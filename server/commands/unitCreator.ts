import crypto from 'node:crypto';
import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { checkUnitCode, UNIT_CODE_PROBLEM_LABELS } from '../../core/units/unitCode';
import { childLevelOf, type UnitLevel } from '../../core/units/unitLevel';
import type { Db } from '../db/client';
import { presentUnit } from '../presenters/unit';
import { appendAudit } from '../repositories/auditRepo';
import { getUnit, insertUnit, type UnitRow, unitCodeExists } from '../repositories/unitsRepo';
import type { CommandContext } from './context';

export interface UnitCreateProps {
  parentId: string | null;
  name: string;
  level: UnitLevel;
  code: string;
}

/** Adds a unit under a parent (or a county at the root). Level and code must fit the parent. */
export async function unitCreator(ctx: CommandContext, p: UnitCreateProps): Promise<UnitRow> {
  let parent: UnitRow | undefined;
  if (p.parentId) {
    parent = await getUnit(ctx.db, p.parentId);
    if (!parent || !can(ctx.actor, 'unit.read', parent))
      throw new AppError('NOT_FOUND', { field: 'parentId' });
    if (!can(ctx.actor, 'unit.manage', parent)) throw new AppError('FORBIDDEN');
    if (childLevelOf(parent.level) !== p.level) throw new AppError('INVALID_PARENT_UNIT', { field: 'level' });
  } else {
    if (!can(ctx.actor, 'unit.manage')) throw new AppError('FORBIDDEN');
    if (p.level !== 'county') throw new AppError('INVALID_PARENT_UNIT', { field: 'parentId' });
  }
  return insertUnitAudited(ctx.db, { ...p, parent: parent ?? null }, ctx.actor.id, ctx.now);
}

/** Shared by the command and the demo seeder: validates the code, inserts, audits, in one transaction. */
export async function insertUnitAudited(
  db: Db,
  p: Omit<UnitCreateProps, 'parentId'> & { parent: UnitRow | null },
  actorId: string | null,
  now: Date,
): Promise<UnitRow> {
  const problem = checkUnitCode(p.code, p.level, p.parent);
  if (problem)
    throw new AppError('INVALID_UNIT_CODE', { field: 'code', detail: UNIT_CODE_PROBLEM_LABELS[problem] });
  if (await unitCodeExists(db, p.code)) throw new AppError('UNIT_CODE_TAKEN', { field: 'code' });
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    const unit = await insertUnit(tx, {
      id,
      parentId: p.parent?.id ?? null,
      name: p.name,
      level: p.level,
      code: p.code,
      path: `${p.parent?.path ?? '/'}${id}/`,
      createdAt: now,
    });
    await appendAudit(tx, {
      unitId: unit.id,
      actorId,
      action: 'unit.create',
      entity: 'unit',
      entityId: unit.id,
      after: presentUnit(unit),
      at: now,
    });
    return unit;
  });
}
