import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { appendAudit } from '../repositories/auditRepo';
import { deleteReviewRows, getReview, moveReview, rectificationsOfReview } from '../repositories/reviewsRepo';
import { getUnit } from '../repositories/unitsRepo';
import type { CommandContext } from './context';

/** A review the reviewer may manage; out of scope is 404. */
async function loadManaged(ctx: CommandContext, id: string) {
  const found = await getReview(ctx.db, id);
  if (!found || !can(ctx.actor, 'review.manage', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  return found;
}

/** 整改 items name the township and the report: a review that has any stays where it is. */
async function refuseWithRectifications(ctx: CommandContext, id: string, step: string) {
  const n = await rectificationsOfReview(ctx.db, id);
  if (n > 0) {
    throw new AppError('ACTION_REFUSED', {
      detail: `该报告已下发 ${n} 项整改事项，不能${step}；如确属误传，请先在整改事项中处理`,
    });
  }
}

/**
 * Deletes an uploaded report (a wrong or repeated upload), with the reason in the audit chain;
 * it is forgotten by the county's copy memory too, so it is no longer found as a source.
 */
export async function reviewDeleter(ctx: CommandContext, p: { id: string; reason: string }): Promise<void> {
  const found = await loadManaged(ctx, p.id);
  await refuseWithRectifications(ctx, p.id, '删除');
  const r = found.review;
  await ctx.db.transaction(async (tx) => {
    await deleteReviewRows(tx, r);
    await appendAudit(tx, {
      unitId: r.unitId,
      actorId: ctx.actor.id,
      action: 'review.delete',
      entity: 'report_review',
      entityId: r.id,
      before: {
        fileName: r.fileName,
        sha256: r.sha256,
        unit: found.unitName,
        reportYear: r.reportYear,
      },
      after: { reason: p.reason },
      at: ctx.now,
    });
  });
}

/** Files a report under the township it is really about (the name in it matched none, or the wrong one). */
export async function reviewReassigner(
  ctx: CommandContext,
  p: { id: string; unitId: string; reason: string },
): Promise<void> {
  const found = await loadManaged(ctx, p.id);
  const target = await getUnit(ctx.db, p.unitId);
  if (!target || !can(ctx.actor, 'review.manage', { path: target.path })) {
    throw new AppError('VALIDATION', { field: 'unitId', detail: '所选单位不在本辖区内' });
  }
  if (target.level !== 'township') {
    throw new AppError('VALIDATION', { field: 'unitId', detail: '报告只能改派给乡镇（街道）' });
  }
  if (target.id === found.review.unitId && found.review.matchedUnit) {
    throw new AppError('VALIDATION', { field: 'unitId', detail: `该报告已属于${target.name}` });
  }
  await refuseWithRectifications(ctx, p.id, '改派');
  await ctx.db.transaction(async (tx) => {
    const moved = await moveReview(tx, found.review, target.id);
    if (!moved) throw new AppError('STALE_VERSION');
    await appendAudit(tx, {
      unitId: target.id,
      actorId: ctx.actor.id,
      action: 'review.reassign',
      entity: 'report_review',
      entityId: found.review.id,
      before: { unit: found.unitName, matched: found.review.matchedUnit },
      after: { unit: target.name, reason: p.reason },
      at: ctx.now,
    });
  });
}
