import { chinaDay } from '../../../core/calendar';
import { assemble, CATALOG, COMPUTATIONS, type ComputedValue } from '../../../core/indicators';
import { subtreeUnits } from '../../repositories/indicatorsRepo';
import { populationsFor } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { sumOf, unitFigures, villagesUnder } from './figures';
import { type PeriodInput, periodOf, unitInScope } from './period';
import { daysBefore, qualityFindings, STALE_DAYS } from './quality';
import { denominatorLink, rowsLink } from './rowsLink';

/**
 * Indicators of a unit computed from its ledgers (definitions in core/indicators/computations.ts):
 * all keys with last year's figure and what may make them wrong.
 */

export interface IndicatorAnswer {
  value: number | null;
  unit: string;
  numerator?: number;
  denominator?: number;
  previous: number | null;
  rows: string;
  denominatorRows?: string;
  reason?: string;
}

export async function indicatorValuesQuery(
  ctx: CommandContext,
  p: PeriodInput & { unitId?: string | undefined },
) {
  const unit = await unitInScope(ctx, p.unitId);
  const today = chinaDay(ctx.now);
  const { year, period, previous } = periodOf(p, today);
  const tree = await subtreeUnits(ctx.db, unit.path);
  const staleBefore = daysBefore(period.asOf, STALE_DAYS);
  const figures = [...(await unitFigures(ctx.db, tree, [period, previous], staleBefore)).values()];
  const raw = sumOf(figures, 0);
  const quality = qualityFindings(raw);
  const villages = villagesUnder(tree, unit.path);
  const now = assemble(raw, { villages });
  const before = assemble(sumOf(figures, 1), { villages });
  const values: Record<string, IndicatorAnswer> = {};
  for (const d of CATALOG) {
    const def = COMPUTATIONS[d.key] ?? { type: 'none' as const, reason: '尚未定义计算方法' };
    const v: ComputedValue = now[d.key] ?? { value: null };
    const link = rowsLink(d.key, def, unit.id, period);
    const denominatorRows = denominatorLink(d.key, def, unit.id, period);
    const reason = [v.reason, link.reason].filter(Boolean).join('；');
    values[d.key] = {
      value: v.value,
      unit: d.unit,
      ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
      ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
      previous: before[d.key]?.value ?? null,
      rows: link.url,
      ...(denominatorRows ? { denominatorRows } : {}),
      ...(reason ? { reason } : {}),
    };
  }
  return {
    unit: {
      id: unit.id,
      name: unit.name,
      level: unit.level,
      population: (await populationsFor(ctx.db, [unit.id], year)).get(unit.id) ?? null,
    },
    year,
    period: { from: period.from, to: period.to },
    values,
    quality,
  };
}
