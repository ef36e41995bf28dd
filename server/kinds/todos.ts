import type { WorkCalendar } from '../../core/calendar';
import type { TodoItem } from '../../core/contract/ledgers';
import type { CommandContext } from '../commands/context';
import type { YearReport } from '../repositories/annualReportsRepo';
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
  /** last year's reports of every type in the scope (yearReportsOf), read once for all of 待办 */
  reports: YearReport[];
}

/** 待办 items of a kind's yearly duty that is no ledger record (a report to publish, figures to publish). */
export type KindTodo = (ctx: CommandContext, scope: UnitRow, w: TodoWindow) => Promise<TodoItem[]>;
