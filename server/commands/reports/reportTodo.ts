import { chineseDate } from '../../../core/calendar';
import { reportDeadlines, SUBMIT_BEFORE_SETTING, submitBeforeOf } from '../../../core/report/deadlines';
import { REPORT_STATUS_LABELS, type ReportStatus } from '../../../core/report/workflow';
import type { YearReport } from '../../repositories/annualReportsRepo';
import type { UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import type { TodoItem } from '../ledgers/todoQuery';

/**
 * The annual report's two deadlines in 待办: last year's report must reach the county by
 * the county's date and be published before 1 April. Each unit in scope that has not done
 * a step shows once its deadline is within the window or has passed; a report waiting for
 * the leader's approval shows for the leader.
 */
export async function reportTodoItems(
  ctx: CommandContext,
  p: {
    today: string;
    until: string;
    units: UnitRow[];
    settings: Record<string, number>;
    reports: YearReport[];
  },
): Promise<TodoItem[]> {
  const year = Number(p.today.slice(0, 4)) - 1;
  const reports = p.reports.filter((r) => r.type === 'annual');
  const { units: unitRows, settings } = p;
  const deadlines = reportDeadlines(year, submitBeforeOf(settings[SUBMIT_BEFORE_SETTING.key]));
  const byUnit = new Map(reports.map((r) => [r.unitId, r]));
  const items: TodoItem[] = [];
  for (const unit of unitRows) {
    if (unit.level === 'village') continue;
    const r = byUnit.get(unit.id);
    const title = `${unit.name}${year}年度法治政府建设报告`;
    const link = r ? `/reports/${r.id}` : `/reports?year=${year}`;
    for (const d of deadlines) {
      const done = d.key === 'submit' ? r?.reportedAt : r?.publishedAt;
      if (done || d.due > p.until) continue;
      const overdue = d.due < p.today;
      const where = r
        ? `目前为「${REPORT_STATUS_LABELS[r.status as ReportStatus] ?? r.status}」`
        : '尚未起草';
      items.push({
        kind: 'annual_report',
        kindLabel: '年度报告',
        id: r?.id ?? unit.id,
        number: `${year}年度`,
        title,
        unitName: unit.name,
        clock: d.key,
        clockLabel: d.label,
        due: d.due,
        state: overdue ? 'overdue' : 'due_soon',
        reason: `${overdue ? `${d.label}期限${chineseDate(d.due)}已过` : `应于${chineseDate(d.due)}前${d.label}`}，${where}。${d.explanation}`,
        link,
      });
    }
    if (r?.status === 'submitted' && ctx.actor.role === 'township_leader' && unit.id === ctx.actor.unitId) {
      items.push({
        kind: 'annual_report',
        kindLabel: '年度报告',
        id: r.id,
        number: `${year}年度`,
        title,
        unitName: unit.name,
        clock: null,
        clockLabel: null,
        due: null,
        state: 'waiting',
        reason: '已提交审核，待领导批准或退回',
        link,
      });
    }
  }
  return items;
}
