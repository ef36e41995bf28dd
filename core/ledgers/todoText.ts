import { chineseDate } from '../calendar';
import type { TodoItem, TodoList, TodoWire, TodoWireItem } from '../contract/ledgers';
import { ledgerKind } from './registry';
import type { ClockDef } from './types';

/** The reason a ledger clock is in 待办: overdue, a reminder to give, or working days left. */
export function clockTodoReason(
  clock: Pick<ClockDef, 'label' | 'reminder'>,
  c: { due: string; overdue: boolean; remaining: number; provisional: boolean },
): string {
  if (c.overdue) return `${clock.label}已于${chineseDate(c.due)}届满，已逾期`;
  if (clock.reminder) return `${clock.label}将于${chineseDate(c.due)}届满，请提醒当事人`;
  const left = c.remaining > 0 ? `，剩余${c.remaining}个工作日` : '（今天）';
  return `${clock.label}将于${chineseDate(c.due)}到期${left}${c.provisional ? '（暂估）' : ''}`;
}

/** A 待办 item as sent, with what its kind's declaration gives filled back in. */
export function completeTodoItem(w: TodoWireItem): TodoItem {
  const { remaining, ...item } = w;
  const kind = ledgerKind(w.kind);
  const clock = w.clock === null ? undefined : kind?.clocks.find((c) => c.key === w.clock);
  const reason =
    w.reason ??
    (clock && w.due
      ? clockTodoReason(clock, {
          due: w.due,
          overdue: w.state === 'overdue',
          remaining: remaining ?? 0,
          provisional: w.state === 'provisional',
        })
      : '');
  return {
    ...item,
    kindLabel: w.kindLabel ?? kind?.label ?? w.kind,
    clockLabel: w.clockLabel !== undefined ? w.clockLabel : (clock?.label ?? null),
    reason,
  };
}

export function completeTodoList(w: TodoWire): TodoList {
  return { items: w.items.map(completeTodoItem), counts: w.counts };
}
