import { chinaDay } from '../../core/calendar';
import type { Rectification } from '../../core/contract/rectifications';
import { isOverdue, type RectificationStatus } from '../../core/review/rectificationFlow';
import type { AttachmentMeta } from '../repositories/ledgerAttachmentsRepo';
import type { RectificationWithContext } from '../repositories/rectificationsRepo';

export function presentRectification(
  r: RectificationWithContext,
  now: Date,
  attachments: readonly AttachmentMeta[] = [],
): Rectification {
  const { item } = r;
  return {
    id: item.id,
    unit: { id: item.unitId, name: r.unitName },
    review: { id: item.reviewId, fileName: r.fileName, reportYear: r.reportYear },
    // jsonb written by rectificationIssuer: a defect of the analysis or a copied passage (StoredDefect)
    defect: item.defect as Rectification['defect'],
    instruction: item.instruction,
    deadline: item.deadline,
    status: item.status,
    overdue: isOverdue(
      item.status as RectificationStatus,
      item.deadline,
      chinaDay(now) /* a deadline is a day in China, not an instant */,
    ),
    answer: item.answer,
    attachments: attachments.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      mime: a.mime,
      createdAt: a.createdAt.toISOString(),
    })),
    returnReason: item.returnReason,
    answeredAt: item.answeredAt?.toISOString() ?? null,
    closedAt: item.closedAt?.toISOString() ?? null,
    createdAt: item.createdAt.toISOString(),
    version: item.version,
  };
}
