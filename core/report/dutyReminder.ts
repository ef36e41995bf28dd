import { chineseDate } from '../calendar/dates';

/**
 * A yearly duty with a last day (a report or figures to publish) in 待办: overdue once the day
 * has passed, due soon inside the 待办 window, and an early reminder from
 * {@link DUTY_ALERT_WORKING_DAYS} working days before, so a township is not told three days
 * ahead of a January deadline that falls after the New Year holidays.
 */
export const DUTY_ALERT_WORKING_DAYS = 10;

export interface DutyReminderInput {
  /** what must be done, e.g. 向社会公开 */
  label: string;
  /** the last allowed day, YYYY-MM-DD */
  due: string;
  today: string;
  /** the end of the 待办 window (today + the days asked for, in working days) */
  until: string;
  /** today + DUTY_ALERT_WORKING_DAYS working days */
  alertUntil: string;
  /** working days from today to `due` */
  workingDaysLeft: number;
  /** where the work stands, e.g. 目前为「草稿」 */
  where: string;
  /** the rule or setting behind the day */
  explanation: string;
}

export function dutyReminder(
  p: DutyReminderInput,
): { state: 'overdue' | 'due_soon' | 'alert'; reason: string } | null {
  const on = chineseDate(p.due);
  if (p.due < p.today)
    return { state: 'overdue', reason: `${p.label}期限${on}已过，已逾期；${p.where}。${p.explanation}` };
  if (p.due > p.alertUntil) return null;
  const left = p.due === p.today ? '今天到期' : `剩余${p.workingDaysLeft}个工作日`;
  return {
    state: p.due <= p.until ? 'due_soon' : 'alert',
    reason: `应于${on}前（含当日）${p.label}，${left}；${p.where}。${p.explanation}`,
  };
}
