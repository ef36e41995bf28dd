import type {
  ScheduleReminder,
  ScheduleReminders,
  WorkingDaysAnswer,
  YearSchedule,
} from '../../../core/contract/calendar';
import { api } from './client';

export type { ScheduleReminder, WorkingDaysAnswer, YearSchedule };

export const getScheduleReminders = () => api.get<ScheduleReminders>('/api/calendar/reminders');

export const getYearSchedule = (year: number) => api.get<YearSchedule>(`/api/calendar/years/${year}`);

export const saveYearSchedule = (
  year: number,
  input: { holidays: string[]; workdays: string[]; note?: string; version?: number },
) => api.put<YearSchedule>(`/api/calendar/years/${year}`, input);

export const removeYearSchedule = (year: number) => api.delete<void>(`/api/calendar/years/${year}`);

export const workingDays = (from: string, days: number) =>
  api.get<WorkingDaysAnswer>('/api/calendar/working-days', { from, days });
