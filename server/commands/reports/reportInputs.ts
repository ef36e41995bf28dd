import { eq } from 'drizzle-orm';
import { HIGHLIGHT_QUERIES } from '../../../core/report/highlights';
import type { ComposeInput, IndicatorFigure } from '../../../core/report/input';
import {
  defaultIssuance,
  JOINT_ISSUE_SETTING,
  jointIssueOf,
  type ReportIssuance,
} from '../../../core/report/issuance';
import { units } from '../../db/schema';
import { courtAppearances } from '../../kinds/litigation/courtAppearancesRepo';
import { ledgerHighlights } from '../../repositories/highlightsRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import { subtreeUnitIds } from '../../repositories/ledgersRepo';
import { openRectificationCounts, overdueClocksByKind } from '../../repositories/reportFindingsRepo';
import { getUnit, type UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { indicatorValuesQuery } from '../indicators';
import { confirmedAreas } from './ledgerConfirmations';

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
  const [{ values, quality }, unitIds, confirmed, settings] = await Promise.all([
    reportFigures(ctx, unit, year),
    subtreeUnitIds(ctx.db, unit.path),
    confirmedAreas(ctx, unit.id, year),
    settingsFor(ctx.db, unit.path.split('/').filter(Boolean)),
  ]);
  const [highlights, overdue, rectification, appearances] = await Promise.all([
    ledgerHighlights(ctx.db, { unitIds, year, queries: HIGHLIGHT_QUERIES }),
    overdueClocksByKind(ctx.db, unitIds, year, signDate),
    openRectificationCounts(ctx.db, unit.id, signDate),
    courtAppearances(ctx.db, unitIds, year),
  ]);
  return {
    unit: { id: unit.id, name: unit.name, level: unit.level },
    year,
    values,
    highlights,
    quality,
    confirmedAreas: confirmed,
    findings: {
      overdue,
      openRectifications: rectification.open,
      overdueRectifications: rectification.overdue,
    },
    appearances,
    // a township's 党委 and 政府 issue it together unless the county set otherwise
    joint: unit.level === 'township' && jointIssueOf(settings[JOINT_ISSUE_SETTING.key]),
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

/** 主送 and 抄送 a new report starts with: the unit's county as 督察工作规定第二十五条 names it. */
export async function initialIssuance(ctx: CommandContext, unit: UnitRow): Promise<ReportIssuance> {
  if (unit.level === 'county' || !unit.parentId) return {};
  const county = await getUnit(ctx.db, unit.parentId);
  return county ? defaultIssuance(county.name) : {};
}
