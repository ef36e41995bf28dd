import { chinaDay } from '../../core/calendar/dates';
import type { DeadlineState, ReportDeadlineView } from '../../core/contract/reports';
import type { Actor } from '../../core/policy';
import type { ReportDeadline } from '../../core/report/deadlines';
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
    actions: availableReportActions(status, actor).map((a) => ({
      action: a,
      label: REPORT_TRANSITIONS[a].label,
      reason: REPORT_TRANSITIONS[a].reason === true,
    })),
  };
}
