import { z } from 'zod';
import { day } from './shape';

export const WorkingDaysAnswer = z.strictObject({
  due: day,
  /** a year on the way had no holiday schedule: the date is a best guess */
  provisional: z.boolean(),
  missingYears: z.array(z.number()),
  /** years not yet published whose holidays were computed from the statute (暂估) */
  estimatedYears: z.array(z.number()),
  explanation: z.string(),
});
export type WorkingDaysAnswer = z.infer<typeof WorkingDaysAnswer>;

export const YearSchedule = z.strictObject({
  year: z.number(),
  /**
   * override: entered by an administrator; package: built-in data; estimate: not published,
   * holidays computed from the statute; null: no schedule. Deadlines through the last two are 暂估.
   */
  source: z.enum(['override', 'package', 'estimate']).nullable(),
  holidays: z.array(day),
  workdays: z.array(day),
  note: z.string().nullable(),
  version: z.number().nullable(),
});
export type YearSchedule = z.infer<typeof YearSchedule>;

/** After saving: the schedule and how many open clocks were recomputed. */
export const YearScheduleSaved = YearSchedule.extend({ recomputed: z.number() });
export type YearScheduleSaved = z.infer<typeof YearScheduleSaved>;

/** Years whose schedule an admin should enter (from 1 November for the next year). */
export const ScheduleReminders = z.strictObject({
  reminders: z.array(z.strictObject({ year: z.number().int(), message: z.string() })),
});
export type ScheduleReminders = z.infer<typeof ScheduleReminders>;
export type ScheduleReminder = ScheduleReminders['reminders'][number];
