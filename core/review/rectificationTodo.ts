import { chineseDate } from '../calendar/dates';
import type { RectificationStatus } from './rectificationFlow';

/** What a 整改 item asks of the person looking at 待办, if anything. */
export interface RectificationTodo {
  state: 'overdue' | 'due_soon' | 'waiting';
  reason: string;
}

export interface RectificationTodoInput {
  status: RectificationStatus;
  deadline: string;
  unitName: string;
  returnReason: string | null;
  /** working days from today to the deadline (negative once it has passed) */
  workingDaysLeft: number;
}

/**
 * 整改 in 待办. The township (who answers) sees every open item: overdue, due within the
 * days asked for, or else waiting with the working days left, so an item due in two weeks is
 * there too. The reviewer (who closes) sees answered items waiting for 销号, and open items
 * whose deadline has passed without an answer.
 */
export function rectificationTodo(
  item: RectificationTodoInput,
  viewer: { answers: boolean; closes: boolean },
  window: { today: string; until: string },
): RectificationTodo | null {
  const overdue = item.deadline < window.today;
  const left = item.workingDaysLeft;
  if (viewer.answers && item.status === 'open') {
    const returned = item.returnReason ? `（已退回：${item.returnReason}）` : '';
    if (overdue) {
      return {
        state: 'overdue',
        reason: `整改期限${chineseDate(item.deadline)}已过，逾期${Math.max(1, -left)}个工作日，请尽快反馈${returned}`,
      };
    }
    const when = left > 0 ? `剩余${left}个工作日` : '今天到期';
    return {
      state: item.deadline <= window.until ? 'due_soon' : 'waiting',
      reason: `待整改，期限${chineseDate(item.deadline)}，${when}${returned}`,
    };
  }
  if (viewer.closes && item.status === 'answered') {
    return { state: 'waiting', reason: `${item.unitName}已反馈整改情况，待销号或退回` };
  }
  if (viewer.closes && item.status === 'open' && overdue) {
    return {
      state: 'overdue',
      reason: `${item.unitName}整改期限${chineseDate(item.deadline)}已过，逾期${Math.max(1, -left)}个工作日仍未反馈`,
    };
  }
  return null;
}
