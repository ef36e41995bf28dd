import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { checkUnitCode, UNIT_CODE_PROBLEM_LABELS } from '../../core/units/unitCode';
import { isUniqueViolation } from '../db/uniqueViolation';
import { presentUnit } from '../presenters/unit';
import { appendAudit } from '../repositories/auditRepo';
import {
  childrenOf,
  getUnit,
  savePopulation,
  type UnitRow,
  unitCodeExists,
  updateUnit,
} from '../repositories/unitsRepo';
import type { CommandContext } from './context';

export interface UnitUpdateProps {
  id: string;
  name?: string | undefined;
  code?: string | undefined;
  /** 常住人口 of one year; null clears that year's figure. */
  population?: { year: number; value: number | null } | undefined;
}

/** Loads a unit the actor may manage: out of scope answers 404 so existence is not revealed. */
async function loadManagedUnit(ctx: CommandContext, id: string): Promise<UnitRow> {
  const unit = await getUnit(ctx.db, id);
  if (!unit || !can(ctx.actor, 'unit.read', unit)) throw new AppError('NOT_FOUND');
  if (!can(ctx.actor, 'unit.manage', unit)) throw new AppError('FORBIDDEN');
  return unit;
}

/**
 * Corrects a unit's name or code and enters its population for a year (issue 15 §12), audited.
 * A new code must still fit the parent and keep every child's code fitting it, so the tree's
 * codes stay consistent; the path (ids) never changes.
 */
export async function unitUpdater(ctx: CommandContext, p: UnitUpdateProps): Promise<UnitRow> {
  const unit = await loadManagedUnit(ctx, p.id);
  if (p.code !== undefined && p.code !== unit.code) {
    const parent = unit.parentId ? ((await getUnit(ctx.db, unit.parentId)) ?? null) : null;
    const problem = checkUnitCode(p.code, unit.level, parent);
    if (problem)
      throw new AppError('INVALID_UNIT_CODE', { field: 'code', detail: UNIT_CODE_PROBLEM_LABELS[problem] });
    if (await unitCodeExists(ctx.db, p.code)) throw new AppError('UNIT_CODE_TAKEN', { field: 'code' });
    const renamed = { ...unit, code: p.code };
    const misfit = (await childrenOf(ctx.db, unit.id)).find((c) => checkUnitCode(c.code, c.level, renamed));
    if (misfit) {
      throw new AppError('INVALID_UNIT_CODE', {
        field: 'code',
        detail: `下级单位“${misfit.name}”的代码${misfit.code}与新代码不一致，请先修改下级单位代码`,
      });
    }
  }
  const saved = ctx.db.transaction(async (tx) => {
    const patch = {
      ...(p.name !== undefined && { name: p.name }),
      ...(p.code !== undefined && { code: p.code }),
    };
    const updated = Object.keys(patch).length > 0 ? ((await updateUnit(tx, unit.id, patch)) ?? unit) : unit;
    if (Object.keys(patch).length > 0) {
      await appendAudit(tx, {
        unitId: unit.id,
        actorId: ctx.actor.id,
        action: 'unit.update',
        entity: 'unit',
        entityId: unit.id,
        before: presentUnit(unit),
        after: presentUnit(updated),
        at: ctx.now,
      });
    }
    if (p.population) {
      await savePopulation(tx, {
        unitId: unit.id,
        year: p.population.year,
        population: p.population.value,
        updatedBy: ctx.actor.id,
        updatedAt: ctx.now,
      });
      await appendAudit(tx, {
        unitId: unit.id,
        actorId: ctx.actor.id,
        action: 'unit.population',
        entity: 'unit',
        entityId: unit.id,
        after: { year: p.population.year, population: p.population.value },
        at: ctx.now,
      });
    }
    return updated;
  });
  // the check above races with a parallel change to the same code: the unique index decides
  return saved.catch((e: unknown) => {
    if (isUniqueViolation(e)) throw new AppError('UNIT_CODE_TAKEN', { field: 'code' });
    throw e;
  });
}
