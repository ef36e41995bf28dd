import type { WorkCalendar } from './calendar';
import { STATUTORY_RULE } from './statutoryRule';

/**
 * The China day ('MM-DD') from which administrators are reminded to enter next year's schedule.
 * The State Council's notices for 2025 and 2026 both came out in November of the year before, so
 * from 1 November the notice can be expected any day (issue 13 §2).
 */
export const REMINDER_FROM = '11-01';

export interface ScheduleReminder {
  year: number;
  message: string;
}

/**
 * What the admin calendar page reminds of on `today` (a China day, passed in): this year when it
 * has no published schedule, and from 1 November next year when it has none yet.
 */
export function scheduleReminders(cal: WorkCalendar, today: string): ScheduleReminder[] {
  const year = Number(today.slice(0, 4));
  const years = [year, ...(today.slice(5) >= REMINDER_FROM ? [year + 1] : [])];
  return years
    .filter((y) => !cal.hasSchedule(y))
    .map((y) => ({
      year: y,
      message:
        `${y}年的节假日安排尚未录入：国务院办公厅公布${y}年部分节假日安排的通知后，请在此录入放假日期和调休上班日期。` +
        `录入前，涉及${y}年的期限按${STATUTORY_RULE.law}${STATUTORY_RULE.article}推算法定节假日，并标为暂估。`,
    }));
}
