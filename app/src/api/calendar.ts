import { api } from './client';

export interface YearSchedule {
  year: number;
  /**
   * override = entered by an administrator; package = built-in data; estimate = not published,
   * holidays computed from the statute; null = no schedule. Deadlines through the last two are 暂估.
   */
  source: 'override' | 'package' | 'estimate' | null;
  holidays: string[];
  workdays: string[];
  note: string | null;
  version: number | null;
}

export interface WorkingDaysAnswer {
  due: string;
  provisional: boolean;
  missingYears: number[];
  estimatedYears: number[];
  explanation: string;
}

export interface ScheduleReminder {
  year: number;
  message: string;
}

export const getScheduleReminders = () =>
  api.get<{ reminders: ScheduleReminder[] }>('/api/calendar/reminders');

export const getYearSchedule = (year: number) => api.get<YearSchedule>(`/api/calendar/years/${year}`);

export const saveYearSchedule = (
  year: number,
  input: { holidays: string[]; workdays: string[]; note?: string; version?: number },
) => api.put<YearSchedule>(`/api/calendar/years/${year}`, input);

export const removeYearSchedule = (year: number) => api.delete<void>(`/api/calendar/years/${year}`);

export const workingDays = (from: string, days: number) =>
  api.get<WorkingDaysAnswer>('/api/calendar/working-days', { from, days });
