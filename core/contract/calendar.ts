import { z } from 'zod';
import { day } from './shape';

export const WorkingDaysAnswer = z.strictObject({
  due: day,
  /** a year on the way had no holiday schedule: the date is a best guess */
  provisional: z.boolean(),
  missingYears: z.array(z.number()),
  explanation: z.string(),
});
export type WorkingDaysAnswer = z.infer<typeof WorkingDaysAnswer>;

export const YearSchedule = z.strictObject({
  year: z.number(),
  /** override: entered by an administrator; package: built-in data; null: no schedule (deadlines are provisional) */
  source: z.enum(['override', 'package']).nullable(),
  holidays: z.array(day),
  workdays: z.array(day),
  note: z.string().nullable(),
  version: z.number().nullable(),
});
export type YearSchedule = z.infer<typeof YearSchedule>;

/** After saving: the schedule and how many open clocks were recomputed. */
export const YearScheduleSaved = YearSchedule.extend({ recomputed: z.number() });
export type YearScheduleSaved = z.infer<typeof YearScheduleSaved>;
