import { chinaDay } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import { assemble, CATALOG } from '../../../core/indicators';
import { reportDeadlines, SUBMIT_BEFORE_SETTING, submitBeforeOf } from '../../../core/report/deadlines';
import type { ReportStatus } from '../../../core/report/workflow';
import { listAnnualReports } from '../../repositories/annualReportsRepo';
import { subtreeUnits } from '../../repositories/indicatorsRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
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
  // the 考核 rates a county scores, from the clocks the ledgers run (issue 16 §2)
  'supervision.head_appearance_rate',
  'supervision.reconsideration_correction_rate',
  'supervision.litigation_loss_rate',
  'decision.filing_timely_rate',
  'supervision.disclosure_reply_timely_rate',
  'enforcement.publicity_timely_rate',
  'petition.timely_acceptance_rate',
  'petition.timely_closure_rate',
  'supervision.npc_timely_rate',
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
  const [reports, settings] = await Promise.all([
    listAnnualReports(ctx.db, { scopePath: unit.path, year }),
    settingsFor(ctx.db, unit.path.split('/').filter(Boolean)),
  ]);
  const submitDue = reportDeadlines(year, submitBeforeOf(settings[SUBMIT_BEFORE_SETTING.key]))[0]?.due ?? '';
  const today = chinaDay(ctx.now);
  const reportOf = new Map(reports.map((r) => [r.unitId, r]));

  /** Figures over a subtree: a rate is recomputed from the summed counts, never averaged. */
  const figuresUnder = (path: string) => {
    const under = tree.filter((u) => u.path.startsWith(path)).map((u) => figures.get(u.id) ?? NO_FIGURES);
    const computed = assemble(sumOf(under, 0), { villages: villagesUnder(tree, path) });
    const values: Record<string, number | null> = {};
    const samples: Record<string, number | null> = {};
    for (const d of CATALOG) {
      const v = computed[d.key];
      values[d.key] = v?.value ?? null;
      samples[d.key] = v?.denominator ?? v?.value ?? null;
    }
    return { values, samples };
  };
  const rows = townships.map((t) => {
    const r = reportOf.get(t.id);
    return {
      unit: { id: t.id, name: t.name, population: populations.get(t.id) ?? null },
      ...figuresUnder(t.path),
      // the report on this year, due at the county early next year (issue 15 §16)
      report: {
        id: r?.id ?? null,
        status: (r?.status as ReportStatus | undefined) ?? null,
        due: submitDue,
        overdue: !r?.reportedAt && submitDue !== '' && today > submitDue,
      },
    };
  });
  const known = rows.map((r) => r.unit.population);
  // the county's population is the townships' sum only when every township has one on record
  const totalPopulation = known.every((n) => n !== null)
    ? known.reduce<number>((a, n) => a + (n ?? 0), 0)
    : null;
  const total = { population: rows.length > 0 ? totalPopulation : null, ...figuresUnder(unit.path) };
  return {
    year,
    period: { from: period.from, to: period.to },
    keys: [...OVERVIEW_KEYS],
    townships: rows,
    total,
  };
}
