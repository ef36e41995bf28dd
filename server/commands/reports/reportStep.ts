import { AppError } from '../../../core/errors';
import type { Db } from '../../db/client';
import {
  type AnnualReportRow,
  insertAnnualReportVersion,
  updateAnnualReportVersioned,
} from '../../repositories/annualReportsRepo';
import { appendAudit } from '../../repositories/auditRepo';
import type { CommandContext } from '../context';

/**
 * One workflow step of a report of any type (annual report, 政务公开年报), inside the caller's
 * transaction: moves the row on only from the version the user saw, keeps the approved text as a
 * version of its own, and writes the step to the audit chain.
 */
export async function moveReport(
  tx: Db,
  ctx: CommandContext,
  p: {
    id: string;
    version: number;
    patch: Parameters<typeof updateAnnualReportVersioned>[3];
    /** The document frozen by 批准, kept as a version. */
    approved?: { document: unknown } | undefined;
    audit: {
      action: string;
      entity: string;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };
  },
): Promise<AnnualReportRow> {
  const row = await updateAnnualReportVersioned(tx, p.id, p.version, { ...p.patch, updatedAt: ctx.now });
  if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
  if (p.approved) {
    await insertAnnualReportVersion(tx, {
      unitId: row.unitId,
      reportId: row.id,
      revision: row.revision,
      document: p.approved.document,
      text: row.text,
      approvedBy: ctx.actor.id,
      approvedAt: ctx.now,
    });
  }
  await appendAudit(tx, {
    unitId: row.unitId,
    actorId: ctx.actor.id,
    action: p.audit.action,
    entity: p.audit.entity,
    entityId: row.id,
    before: p.audit.before,
    after: { status: row.status, ...p.audit.after },
    at: ctx.now,
  });
  return row;
}
