import { DISCLOSURE_DUE_SETTING, disclosureReportDeadline } from '../../../core/disclosureReport/deadline';
import { dutyReminder } from '../../../core/report/dutyReminder';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../core/report/workflow';
import type { KindTodo } from '../todos';
import { TYPE } from './disclosureReportCommands';

/**
 * 政府信息公开工作年度报告 in 待办: each township in scope whose report on last year is not yet
 * published, from DUTY_ALERT_WORKING_DAYS working days before the county's day
 * (`disclosure_report.due`) on, and overdue after it, until it is published.
 */
export const disclosureReportTodo: KindTodo = async (_ctx, _scope, w) => {
  const year = Number(w.today.slice(0, 4)) - 1;
  const reports = w.reports.filter((r) => r.type === TYPE);
  const { units: unitRows, settings } = w;
  const deadline = disclosureReportDeadline(year, settings[DISCLOSURE_DUE_SETTING.key]);
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  return unitRows.flatMap((unit) => {
    const r = byUnit.get(unit.id);
    if (unit.level !== 'township' || r?.publishedAt) return [];
    const due = dutyReminder({
      label: '向社会公开',
      due: deadline.due,
      today: w.today,
      until: w.until,
      alertUntil: w.alertUntil,
      workingDaysLeft: w.calendar.workingDaysBetween(w.today, deadline.due),
      where: r
        ? `报告目前为「${REPORT_STATUS_LABELS[r.status as ReportStatus] ?? r.status}」`
        : '报告尚未起草',
      explanation: deadline.explanation,
    });
    if (!due) return [];
    return [
      {
        kind: TYPE,
        kindLabel: '政务公开年报',
        id: r?.id ?? unit.id,
        number: `${year}年度`,
        title: `${unit.name}${year}年政府信息公开工作年度报告`,
        unitName: unit.name,
        clock: 'publish',
        clockLabel: '向社会公开',
        due: deadline.due,
        ...due,
        link: r ? `/disclosure-reports/${r.id}` : '/disclosure-reports',
      },
    ];
  });
};
