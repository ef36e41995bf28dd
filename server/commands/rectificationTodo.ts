import type { WorkCalendar } from '../../core/calendar';
import type { TodoItem } from '../../core/contract/ledgers';
import { can } from '../../core/policy';
import type { RectificationStatus } from '../../core/review/rectificationFlow';
import { rectificationTodo } from '../../core/review/rectificationTodo';
import { listRectifications } from '../repositories/rectificationsRepo';
import type { UnitRow } from '../repositories/unitsRepo';
import type { CommandContext } from './context';

/**
 * 整改 items in 待办 (core/review/rectificationTodo.ts says which and why): the township's
 * open items with their working days left, the reviewer's answered items waiting for 销号.
 */
export async function rectificationTodoItems(
  ctx: CommandContext,
  scope: UnitRow,
  p: { today: string; until: string; calendar: WorkCalendar },
): Promise<TodoItem[]> {
  const viewer = {
    answers: can(ctx.actor, 'rectification.answer', { path: scope.path }),
    closes: can(ctx.actor, 'review.manage', { path: scope.path }),
  };
  if (!viewer.answers && !viewer.closes) return [];
  const rows = await listRectifications(ctx.db, { scopePath: scope.path, statuses: ['open', 'answered'] });
  const items: TodoItem[] = [];
  for (const r of rows) {
    const todo = rectificationTodo(
      {
        status: r.item.status as RectificationStatus,
        deadline: r.item.deadline,
        unitName: r.unitName,
        returnReason: r.item.returnReason,
        workingDaysLeft: p.calendar.workingDaysBetween(p.today, r.item.deadline),
      },
      viewer,
      p,
    );
    if (!todo) continue;
    items.push({
      kind: 'rectification',
      kindLabel: '整改事项',
      id: r.item.id,
      number: r.reportYear ? `${r.reportYear}年度报告` : '报告整改',
      title: r.item.instruction,
      unitName: r.unitName,
      clock: 'deadline',
      clockLabel: '整改期限',
      due: r.item.deadline,
      state: todo.state,
      reason: todo.reason,
      link: `/rectifications?status=${r.item.status}`,
    });
  }
  return items;
}
