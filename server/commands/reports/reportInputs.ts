import { eq } from 'drizzle-orm';
import { HIGHLIGHT_QUERIES } from '../../../core/report/highlights';
import type { ComposeInput, IndicatorFigure } from '../../../core/report/input';
import { units } from '../../db/schema';
import { ledgerHighlights } from '../../repositories/highlightsRepo';
import { subtreeUnitIds } from '../../repositories/ledgersRepo';
import type { UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { indicatorValuesQuery } from '../indicators';

/** The unit's figures for the year (with last year) as the composer and the checks read them. */
export async function reportFigures(ctx: CommandContext, unit: UnitRow, year: number) {
  const answer = await indicatorValuesQuery(ctx, { unitId: unit.id, year });
  const values: Record<string, IndicatorFigure> = {};
  for (const [key, v] of Object.entries(answer.values)) {
    values[key] = {
      value: v.value,
      previous: v.previous,
      ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
      ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
    };
  }
  return { values, quality: answer.quality };
}

/** Everything the composer needs for a unit-year, read from the ledgers now. */
export async function composeInputFor(
  ctx: CommandContext,
  unit: UnitRow,
  year: number,
  signDate: string,
): Promise<ComposeInput> {
  const [{ values, quality }, unitIds] = await Promise.all([
    reportFigures(ctx, unit, year),
    subtreeUnitIds(ctx.db, unit.path),
  ]);
  const highlights = await ledgerHighlights(ctx.db, { unitIds, year, queries: HIGHLIGHT_QUERIES });
  return {
    unit: { id: unit.id, name: unit.name, level: unit.level },
    year,
    values,
    highlights,
    quality,
    signDate,
  };
}

/** The other units of the same county at the same level: their names must not appear in this report. */
export async function siblingUnitNames(ctx: CommandContext, unit: UnitRow): Promise<string[]> {
  if (!unit.parentId) return [];
  const rows = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.parentId, unit.parentId));
  return rows.filter((r) => r.id !== unit.id).map((r) => r.name);
}

/** The county's path: other units' reports are compared within it. */
export function countyPathOf(unit: UnitRow): string {
  if (unit.level === 'county') return unit.path;
  const parts = unit.path.split('/').filter(Boolean);
  return `/${parts.slice(0, -1).join('/')}/`;
}
