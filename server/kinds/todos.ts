import type { WorkCalendar } from '../../core/calendar';
import type { TodoItem } from '../../core/contract/ledgers';
import type { CommandContext } from '../commands/context';
import type { UnitRow } from '../repositories/unitsRepo';

/** The day range 待办 asks about: `until` is the window asked for, `alertUntil` the early reminders'. */
export interface TodoWindow {
  today: string;
  until: string;
  alertUntil: string;
  calendar: WorkCalendar;
  /** the scope's units, ordered by code (listUnits), read once for all of 待办 */
  units: UnitRow[];
  /** the settings in force for the scope (its own and its ancestors'), read once for all of 待办 */
  settings: Record<string, number>;
}

/** 待办 items of a kind's yearly duty that is no ledger record (a report to publish, figures to publish). */
export type KindTodo = (ctx: CommandContext, scope: UnitRow, w: TodoWindow) => Promise<TodoItem[]>;
