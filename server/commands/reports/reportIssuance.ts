import { chinaDay } from '../../../core/calendar/dates';
import { AppError } from '../../../core/errors';
import { can } from '../../../core/policy';
import {
  ISSUANCE_EDITABLE,
  type MeetingBody,
  REPORT_STATUS_WORDS,
  type ReportIssuance,
  type SecrecyResult,
} from '../../../core/report/issuance';
import type { ReportStatus } from '../../../core/report/workflow';
import { type AnnualReportWithUnit, updateAnnualReportVersioned } from '../../repositories/annualReportsRepo';
import { appendAudit } from '../../repositories/auditRepo';
import type { CommandContext } from '../context';
import { loadReport } from './reportCommands';

export type IssuanceInput =
  | { part: 'addressing'; mainTo: string; copyTo: string; signer: string }
  | { part: 'meeting'; body: MeetingBody; date: string }
  | { part: 'secrecy'; reviewer: string; date: string; result: SecrecyResult };

const auditedPart = (i: ReportIssuance, part: IssuanceInput['part']) =>
  (part === 'addressing' ? { mainTo: i.mainTo, copyTo: i.copyTo, signer: i.signer } : i[part]) ?? null;

/** Records one part of how the report is issued, in the state that part belongs to. */
export async function issuanceRecorder(
  ctx: CommandContext,
  p: { id: string; version: number } & IssuanceInput,
): Promise<AnnualReportWithUnit> {
  const found = await loadReport(ctx, p.id);
  if (!can(ctx.actor, 'report.write', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  const status = found.report.status as ReportStatus;
  if (!ISSUANCE_EDITABLE[p.part].includes(status)) {
    throw new AppError('ACTION_REFUSED', { field: 'status', detail: REPORT_STATUS_WORDS[p.part](status) });
  }
  const today = chinaDay(ctx.now);
  if (p.part !== 'addressing' && p.date > today) {
    throw new AppError('VALIDATION', { field: 'date', detail: '日期不能晚于今天' });
  }
  const before = (found.report.issuance ?? {}) as ReportIssuance;
  const stamp = { recordedBy: ctx.actor.id, recordedAt: ctx.now.toISOString() };
  const next: ReportIssuance =
    p.part === 'addressing'
      ? { ...before, mainTo: p.mainTo.trim(), copyTo: p.copyTo.trim(), signer: p.signer.trim() }
      : p.part === 'meeting'
        ? { ...before, meeting: { body: p.body, date: p.date, ...stamp } }
        : { ...before, secrecy: { reviewer: p.reviewer.trim(), date: p.date, result: p.result, ...stamp } };
  return ctx.db.transaction(async (tx) => {
    const row = await updateAnnualReportVersioned(tx, p.id, p.version, {
      issuance: next,
      updatedAt: ctx.now,
    });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: `report.issuance.${p.part}`,
      entity: 'annual_report',
      entityId: row.id,
      before: auditedPart(before, p.part),
      after: auditedPart(next, p.part),
      at: ctx.now,
    });
    return { ...found, report: row };
  });
}
