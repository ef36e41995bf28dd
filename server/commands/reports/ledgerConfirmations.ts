import { chinaDay } from '../../../core/calendar/dates';
import { AppError } from '../../../core/errors';
import { AREA_LABELS, type Area } from '../../../core/indicators/types';
import { can } from '../../../core/policy';
import { appendAudit } from '../../repositories/auditRepo';
import {
  deleteAreaConfirmation,
  insertAreaConfirmation,
  listAreaConfirmations,
} from '../../repositories/ledgerConfirmationsRepo';
import { getUnit, type UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';

/**
 * The township's word that its ledger of an area is complete for a year. Without it the report
 * does not say that nothing happened in that area (no 行政复议, no lost lawsuit): an empty
 * ledger may only mean nothing was entered.
 */

async function townshipOf(ctx: CommandContext, unitId: string | undefined): Promise<UnitRow> {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'report.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  if (unit.level === 'village') {
    throw new AppError('VALIDATION', { field: 'unitId', detail: '村（社区）台账由所属乡镇确认' });
  }
  return unit;
}

/** The confirmed areas of a unit-year, for the composer: nothing else is needed there. */
export async function confirmedAreas(ctx: CommandContext, unitId: string, year: number): Promise<Area[]> {
  const rows = await listAreaConfirmations(ctx.db, unitId, year);
  return rows.map((r) => r.area as Area);
}

export async function confirmationsReader(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year: number },
) {
  const unit = await townshipOf(ctx, p.unitId);
  const rows = await listAreaConfirmations(ctx.db, unit.id, p.year);
  return {
    unitId: unit.id,
    year: p.year,
    canConfirm: can(ctx.actor, 'report.write', { path: unit.path }),
    areas: (Object.keys(AREA_LABELS) as Area[]).map((area) => {
      const row = rows.find((r) => r.area === area);
      return {
        area,
        label: AREA_LABELS[area],
        confirmed: row !== undefined,
        confirmedByName: row?.confirmedByName ?? null,
        confirmedAt: row ? row.confirmedAt.toISOString() : null,
      };
    }),
  };
}

/** Confirms an area complete for the year, or withdraws the confirmation; audited either way. */
export async function confirmationSetter(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year: number; area: Area; confirmed: boolean },
) {
  const unit = await townshipOf(ctx, p.unitId);
  if (!can(ctx.actor, 'report.write', { path: unit.path })) throw new AppError('FORBIDDEN');
  if (p.confirmed && p.year >= Number(chinaDay(ctx.now).slice(0, 4))) {
    throw new AppError('VALIDATION', {
      field: 'year',
      detail: `${p.year}年尚未结束，不能确认该年度台账已登记完整`,
    });
  }
  await ctx.db.transaction(async (tx) => {
    const key = { unitId: unit.id, year: p.year, area: p.area };
    const changed = p.confirmed
      ? await insertAreaConfirmation(tx, { ...key, confirmedBy: ctx.actor.id, confirmedAt: ctx.now })
      : await deleteAreaConfirmation(tx, key);
    if (!changed) return;
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: p.confirmed ? 'ledger_area.confirm' : 'ledger_area.withdraw',
      entity: 'ledger_confirmation',
      entityId: `${unit.id}:${p.year}:${p.area}`,
      after: { year: p.year, area: p.area, label: AREA_LABELS[p.area] },
      at: ctx.now,
    });
  });
  return confirmationsReader(ctx, { unitId: unit.id, year: p.year });
}
