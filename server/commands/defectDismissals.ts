import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { appendAudit } from '../repositories/auditRepo';
import {
  type DismissalRow,
  deleteDismissal,
  insertDismissal,
  listDismissals,
} from '../repositories/defectDismissalsRepo';
import { getReview } from '../repositories/reviewsRepo';
import type { CommandContext } from './context';
import type { StoredDefect } from './rectificationCommands';

/** The review in the actor's scope (else 404) with its findings, for a reviewer (else 403). */
async function reviewForReviewer(ctx: CommandContext, reviewId: string) {
  const found = await getReview(ctx.db, reviewId);
  if (!found || !can(ctx.actor, 'unit.read', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  if (!can(ctx.actor, 'review.manage', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  const defects = ((found.review.result as { defects?: StoredDefect[] } | null)?.defects ??
    []) as StoredDefect[];
  return { review: found.review, defects };
}

function findingAt(defects: readonly StoredDefect[], index: number): StoredDefect {
  const d = defects[index];
  if (!d) throw new AppError('VALIDATION', { field: 'defectIndex', detail: `第 ${index + 1} 项问题不存在` });
  return d;
}

/** The reviewer sets a finding aside as a false alarm; remembered per review and finding, audited. */
export async function defectDismisser(
  ctx: CommandContext,
  p: { reviewId: string; defectIndex: number; reason?: string | undefined },
): Promise<DismissalRow[]> {
  const { review, defects } = await reviewForReviewer(ctx, p.reviewId);
  const d = findingAt(defects, p.defectIndex);
  const defect = { kind: d.kind, quote: d.quote, message: d.message, start: d.start, end: d.end };
  const reason = p.reason?.trim() || null;
  await ctx.db.transaction(async (tx) => {
    const row = await insertDismissal(tx, {
      unitId: review.unitId,
      reviewId: review.id,
      defectIndex: p.defectIndex,
      defect,
      reason,
      dismissedBy: ctx.actor.id,
      dismissedAt: ctx.now,
    });
    // Dismissing twice changes nothing and writes nothing.
    if (!row) return;
    await appendAudit(tx, {
      unitId: review.unitId,
      actorId: ctx.actor.id,
      action: 'review.defect_dismiss',
      entity: 'report_review',
      entityId: review.id,
      after: { defectIndex: p.defectIndex, defect, reason },
      at: ctx.now,
    });
  });
  return listDismissals(ctx.db, review.unitId, review.id);
}

/** Undoes a dismissal: the finding counts again. Audited with what was set aside. */
export async function defectRestorer(
  ctx: CommandContext,
  p: { reviewId: string; defectIndex: number },
): Promise<DismissalRow[]> {
  const { review, defects } = await reviewForReviewer(ctx, p.reviewId);
  findingAt(defects, p.defectIndex);
  await ctx.db.transaction(async (tx) => {
    const row = await deleteDismissal(tx, {
      unitId: review.unitId,
      reviewId: review.id,
      defectIndex: p.defectIndex,
    });
    if (!row) return;
    await appendAudit(tx, {
      unitId: review.unitId,
      actorId: ctx.actor.id,
      action: 'review.defect_restore',
      entity: 'report_review',
      entityId: review.id,
      before: { defectIndex: row.defectIndex, defect: row.defect, reason: row.reason },
      at: ctx.now,
    });
  });
  return listDismissals(ctx.db, review.unitId, review.id);
}
