import crypto from 'node:crypto';
import { chinaDay } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import { COMPUTATIONS, indicatorDef, type Measure, scaled } from '../../../core/indicators';
import { ledgerVersions, monthlyMeasure, subtreeUnits } from '../../repositories/indicatorsRepo';
import type { CommandContext } from '../context';
import { cached, keep } from './cache';
import { throughYear } from './figures';
import { periodOf, unitInScope } from './period';
import { primaryMeasure } from './rowsLink';

/** Keys a monthly series makes sense for: counts and sums. */
export function trendable(key: string): Measure[] | null {
  const def = COMPUTATIONS[key];
  if (!def) return null;
  const parts =
    def.type === 'measure' ? [primaryMeasure(def) as Measure] : def.type === 'total' ? [...def.parts] : null;
  return parts?.every((m) => m.aggregate === 'count' || m.aggregate === 'sum') ? parts : null;
}

export async function indicatorTrendQuery(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined; keys: string[] },
) {
  const unit = await unitInScope(ctx, p.unitId);
  const { year, period } = periodOf({ year: p.year }, chinaDay(ctx.now));
  const bad = p.keys.find((k) => !indicatorDef(k) || !trendable(k));
  if (bad)
    throw new AppError('VALIDATION', {
      field: 'keys',
      detail: indicatorDef(bad)
        ? `“${indicatorDef(bad)?.name}”不是计数或合计指标，没有月度走势`
        : `没有指标“${bad}”`,
    });
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const unitIds = (await subtreeUnits(ctx.db, unit.path)).map((u) => u.id).sort();
  // one entry for the subtree, under the versions of all its units (see `cached`)
  const versions = await ledgerVersions(ctx.db, unitIds, throughYear([period]));
  const version = crypto
    .createHash('sha1')
    .update(unitIds.map((id) => `${id}:${versions.get(id) ?? '0'}`).join())
    .digest('base64');
  const cacheKey = `trend|${unit.id}|${JSON.stringify([period, p.keys])}`;
  const hit = cached<Record<string, number[]>>(ctx.db, cacheKey, version);
  if (hit) return { year, months, series: hit };
  const series = Object.fromEntries(
    await Promise.all(
      p.keys.map(async (key) => {
        const totals = months.map(() => 0);
        for (const m of trendable(key) ?? []) {
          const byMonth = await monthlyMeasure(ctx.db, { unitIds, period, measure: m });
          months.forEach((month, i) => {
            totals[i] = (totals[i] ?? 0) + scaled(m, byMonth.get(month) ?? 0);
          });
        }
        return [key, totals.map((v) => Math.round(v * 100) / 100)] as const;
      }),
    ),
  );
  keep(ctx.db, cacheKey, version, series);
  return { year, months, series };
}
