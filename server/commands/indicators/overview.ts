import { chinaDay } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import { assemble, CATALOG } from '../../../core/indicators';
import { subtreeUnits } from '../../repositories/indicatorsRepo';
import { populationsFor } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { NO_FIGURES, sumOf, unitFigures, villagesUnder } from './figures';
import { periodOf, unitInScope } from './period';

/** The figures a county overview leads with. */
export const OVERVIEW_KEYS = [
  'dispute.handled',
  'dispute.success_rate',
  'petition.cases',
  'petition.closure_rate',
  'enforcement.cases',
  'enforcement.certification_rate',
  'decision.advisor_coverage_rate',
  'study.exam_pass_rate',
  'publicity.events',
  'supervision.hotline_closure_rate',
  'service.satisfaction_rate',
] as const;

export async function indicatorOverviewQuery(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined },
) {
  const unit = await unitInScope(ctx, p.unitId);
  if (unit.level === 'village') throw new AppError('VALIDATION', { field: 'unit', detail: '请选择县或乡镇' });
  const { year, period } = periodOf({ year: p.year }, chinaDay(ctx.now));
  const tree = await subtreeUnits(ctx.db, unit.path);
  const townships = tree.filter((u) => u.level === 'township').sort((a, b) => a.code.localeCompare(b.code));
  const figures = await unitFigures(ctx.db, tree, [period]);
  const populations = await populationsFor(
    ctx.db,
    townships.map((t) => t.id),
    year,
  );
  const rows = townships.map((t) => {
    const under = tree.filter((u) => u.path.startsWith(t.path)).map((u) => figures.get(u.id) ?? NO_FIGURES);
    const raw = sumOf(under, 0);
    const computed = assemble(raw, { villages: villagesUnder(tree, t.path) });
    const values: Record<string, number | null> = {};
    const samples: Record<string, number | null> = {};
    for (const d of CATALOG) {
      const v = computed[d.key];
      values[d.key] = v?.value ?? null;
      samples[d.key] = v?.denominator ?? v?.value ?? null;
    }
    return { unit: { id: t.id, name: t.name, population: populations.get(t.id) ?? null }, values, samples };
  });
  return { year, period: { from: period.from, to: period.to }, keys: [...OVERVIEW_KEYS], townships: rows };
}
