import crypto from 'node:crypto';
import { chinaDay } from '../../../core/calendar';
import type {
  EnforcementAnnual,
  EnforcementAnnualStatus,
  PublicEnforcementAnnual,
} from '../../../core/contract/publicEnforcement';
import { AppError } from '../../../core/errors';
import { can } from '../../../core/policy';
import type { CommandContext } from '../../commands/context';
import type { Db } from '../../db/client';
import {
  findAnnualReport,
  getAnnualReport,
  insertAnnualReport,
  publishedAnnualReports,
  updateAnnualReportVersioned,
} from '../../repositories/annualReportsRepo';
import { appendAudit } from '../../repositories/auditRepo';
import { findUnitByCodeOrId, getUnit, type UnitRow } from '../../repositories/unitsRepo';
import { getUserWithUnit } from '../../repositories/usersRepo';
import { annualFigures, annualYear } from './annualData';

/**
 * The 行政执法总体情况 of a year becomes public by a step of the township's leader (issue 16 §2:
 * "published on the public enforcement page by the deadline the county sets"), not by itself.
 * Publishing freezes the figures as counted that day in `annual_reports` (type
 * `enforcement_annual`, status `published`); publishing again after a ledger correction replaces
 * them, each time in the audit chain (`enforcement_annual.publish`). The public page shows only
 * published years, as published. 待办 reminds the township before the county's day (annualTodo.ts).
 */
export const TYPE = 'enforcement_annual' as const;

async function township(ctx: CommandContext, unitId: string | undefined): Promise<UnitRow> {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'report.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  if (unit.level !== 'township')
    throw new AppError('VALIDATION', {
      field: 'unit',
      detail: '行政执法数据按乡镇（街道）公开，请选择乡镇（街道）',
    });
  return unit;
}

const mayPublish = (ctx: CommandContext, unit: UnitRow) =>
  ctx.actor.role === 'township_leader' && ctx.actor.unitId === unit.id;

/** The township's figures now, what is public, and whether the user may publish. */
export async function enforcementAnnualStatus(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined },
): Promise<EnforcementAnnualStatus> {
  const unit = await township(ctx, p.unitId);
  const y = annualYear(p.year, ctx.now);
  const [current, found] = await Promise.all([
    annualFigures(ctx.db, unit, y),
    findAnnualReport(ctx.db, unit.id, y, TYPE),
  ]);
  const row = found ? await getAnnualReport(ctx.db, found.id, TYPE) : undefined;
  const by = row?.report.approvedBy ? await getUserWithUnit(ctx.db, row.report.approvedBy) : undefined;
  const published =
    row?.report.publishedAt != null
      ? {
          at: row.report.publishedAt.toISOString(),
          by: by?.user.displayName ?? '',
          figures: row.report.document as EnforcementAnnual,
        }
      : null;
  return {
    current,
    published,
    overdue: published === null && chinaDay(ctx.now) > current.due,
    canPublish: mayPublish(ctx, unit),
  };
}

/** The township's leader publishes (or publishes again) the year's figures as counted now. */
export async function enforcementAnnualPublisher(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined },
): Promise<EnforcementAnnualStatus> {
  const unit = await township(ctx, p.unitId);
  if (!mayPublish(ctx, unit))
    throw new AppError('FORBIDDEN', { detail: '行政执法数据由本乡镇（街道）领导确认公开' });
  const y = annualYear(p.year, ctx.now);
  const figures = await annualFigures(ctx.db, unit, y);
  const text = figures.sections
    .flatMap((s) => s.rows.map((r) => `${s.title} ${r.label} ${r.value}${r.unit}`))
    .join('\n');
  await ctx.db.transaction(async (tx) => {
    const found = await findAnnualReport(tx, unit.id, y, TYPE);
    let id = found?.id;
    if (found) {
      const row = await getAnnualReport(tx, found.id, TYPE);
      if (!row) throw new AppError('NOT_FOUND');
      const updated = await updateAnnualReportVersioned(tx, found.id, row.report.version, {
        document: figures,
        text,
        approvedBy: ctx.actor.id,
        approvedAt: ctx.now,
        publishedAt: ctx.now,
        updatedAt: ctx.now,
      });
      if (!updated) throw new AppError('STALE_VERSION', { field: 'year' });
    } else {
      id = crypto.randomUUID();
      await insertAnnualReport(tx, {
        unitId: unit.id,
        id,
        type: TYPE,
        year: y,
        status: 'published',
        document: figures,
        text,
        approvedBy: ctx.actor.id,
        approvedAt: ctx.now,
        publishedAt: ctx.now,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
    }
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'enforcement_annual.publish',
      entity: TYPE,
      entityId: id as string,
      after: {
        year: y,
        again: found !== undefined,
        figures: Object.fromEntries(
          figures.sections.flatMap((s) => s.rows.map((r) => [`${s.title}/${r.label}`, r.value])),
        ),
      },
      at: ctx.now,
    });
  });
  return enforcementAnnualStatus(ctx, { unitId: unit.id, year: y });
}

/** The public card: the year asked (or the latest published), as published; a year not published is 404. */
export async function publicEnforcementAnnual(
  db: Db,
  code: string,
  year: number | undefined,
): Promise<PublicEnforcementAnnual> {
  const unit = /^\d{12}$/.test(code) ? await findUnitByCodeOrId(db, code) : undefined;
  if (unit?.level !== 'township') throw new AppError('NOT_FOUND', { detail: '未找到该乡镇（街道）' });
  const rows = (await publishedAnnualReports(db, unit.path, TYPE)).filter((r) => r.unitId === unit.id);
  const chosen = year === undefined ? rows[0] : rows.find((r) => r.year === year);
  const found = chosen ? await getAnnualReport(db, chosen.id, TYPE) : undefined;
  if (!chosen || !found?.report.publishedAt)
    throw new AppError('NOT_FOUND', {
      detail: `${unit.name}${year === undefined ? '' : `${year}年度`}的行政执法数据尚未公开`,
    });
  return {
    ...(found.report.document as EnforcementAnnual),
    publishedAt: found.report.publishedAt.toISOString(),
    years: rows.map((r) => r.year),
  };
}
