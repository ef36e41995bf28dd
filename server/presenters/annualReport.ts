import { chinaDay } from '../../core/calendar/dates';
import type { DeadlineState, ReportDeadlineView } from '../../core/contract/reports';
import type { Actor } from '../../core/policy';
import type { ReportDeadline } from '../../core/report/deadlines';
import { ISSUANCE_EDITABLE, type ReportIssuance } from '../../core/report/issuance';
import type { ReportDocument } from '../../core/report/model';
import { renderReport } from '../../core/report/render';
import {
  availableReportActions,
  canEditReport,
  isFrozen,
  REPORT_STATUS_LABELS,
  REPORT_TRANSITIONS,
  type ReportStatus,
} from '../../core/report/workflow';
import type { ReportInspection } from '../commands/reports/reportCommands';
import type { AnnualReportWithUnit } from '../repositories/annualReportsRepo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Whether each deadline was met, is still open, or has passed. */
export function deadlineStates(
  deadlines: readonly ReportDeadline[],
  doneAt: { submit: Date | null; publish: Date | null },
  now: Date,
): ReportDeadlineView[] {
  const today = chinaDay(now);
  return deadlines.map((d) => {
    const done = doneAt[d.key];
    const doneDay = done ? chinaDay(done) : null;
    const state: DeadlineState = doneDay
      ? doneDay <= d.due
        ? 'done'
        : 'done_late'
      : today > d.due
        ? 'overdue'
        : 'open';
    return { ...d, state, doneOn: doneDay };
  });
}

const canRecord = (actor: Actor) => actor.role === 'township_clerk' || actor.role === 'township_leader';

/** The issuance as the page shows it: who recorded a step is kept in the audit, not sent out. */
function issuanceView(i: ReportIssuance) {
  return {
    mainTo: i.mainTo ?? '',
    copyTo: i.copyTo ?? '',
    signer: i.signer ?? '',
    meeting: i.meeting ? { body: i.meeting.body, date: i.meeting.date } : null,
    secrecy: i.secrecy
      ? { reviewer: i.secrecy.reviewer, date: i.secrecy.date, result: i.secrecy.result }
      : null,
  };
}

/** A report with what its reader may do with it: the editor's and the reviewer's view. */
export function presentAnnualReport(
  found: AnnualReportWithUnit,
  inspection: ReportInspection,
  actor: Actor,
  now: Date,
) {
  const r = found.report;
  const status = r.status as ReportStatus;
  const document = r.document as ReportDocument;
  return {
    id: r.id,
    unit: { id: r.unitId, name: found.unitName, code: found.unitCode.trim() },
    year: r.year,
    status,
    statusLabel: REPORT_STATUS_LABELS[status],
    version: r.version,
    revision: r.revision,
    frozen: isFrozen(status),
    returnReason: r.returnReason,
    submittedAt: iso(r.submittedAt),
    approvedAt: iso(r.approvedAt),
    reportedAt: iso(r.reportedAt),
    publishedAt: iso(r.publishedAt),
    updatedAt: iso(r.updatedAt),
    document,
    rendered: renderReport(document),
    checks: inspection.checks,
    stale: inspection.stale,
    deadlines: deadlineStates(inspection.deadlines, { submit: r.reportedAt, publish: r.publishedAt }, now),
    canEdit: canEditReport(status, actor),
    issuance: issuanceView((r.issuance ?? {}) as ReportIssuance),
    /** which parts of the issuance the reader may record now */
    issuanceEditable: {
      addressing: canRecord(actor) && ISSUANCE_EDITABLE.addressing.includes(status),
      meeting: canRecord(actor) && ISSUANCE_EDITABLE.meeting.includes(status),
      secrecy: canRecord(actor) && ISSUANCE_EDITABLE.secrecy.includes(status),
    },
    /** the reader submitted it, so another leader approves (core/policy/duties.ts) */
    submittedByReader: r.submittedBy !== null && r.submittedBy === actor.id,
    actions: availableReportActions(status, actor).map((a) => ({
      action: a,
      label: REPORT_TRANSITIONS[a].label,
      reason: REPORT_TRANSITIONS[a].reason === true,
    })),
  };
}
