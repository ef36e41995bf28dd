import { chinaDay } from '../../../core/calendar/dates';
import { AppError } from '../../../core/errors';
import { can } from '../../../core/policy';
import { composeReport } from '../../../core/report/compose';
import type { IndicatorFigure } from '../../../core/report/input';
import type { RenderedReport, ReportDocument } from '../../../core/report/model';
import { renderReport } from '../../../core/report/render';
import type { UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { composeInputFor } from './reportInputs';

/**
 * A report composed from the ledgers as they are now, signed today: what a draft starts
 * from, and all the command line, batch checks and the round trip need. The values it was
 * made from come back with it.
 */
export async function composeFromLedgers(
  ctx: CommandContext,
  unit: UnitRow,
  year: number,
): Promise<{ document: ReportDocument; rendered: RenderedReport; values: Record<string, IndicatorFigure> }> {
  if (!can(ctx.actor, 'report.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  if (unit.level === 'village') {
    throw new AppError('VALIDATION', { field: 'unitId', detail: '村（社区）不单独编写法治政府建设年度报告' });
  }
  const input = await composeInputFor(ctx, unit, year, chinaDay(ctx.now));
  const document = composeReport(input);
  return { document, rendered: renderReport(document), values: { ...input.values } };
}
