import { api } from './client';

export interface YearSchedule {
  year: number;
  /** override = entered by an administrator; package = built-in data; null = no schedule (deadlines are provisional) */
  source: 'override' | 'package' | null;
  holidays: string[];
  workdays: string[];
  note: string | null;
  version: number | null;
}

export interface WorkingDaysAnswer {
  due: string;
  provisional: boolean;
  missingYears: number[];
  explanation: string;
}

export const getYearSchedule = (year: number) => api.get<YearSchedule>(`/api/calendar/years/${year}`);

export const saveYearSchedule = (
  year: number,
  input: { holidays: string[]; workdays: string[]; note?: string; version?: number },
) => api.put<YearSchedule>(`/api/calendar/years/${year}`, input);

export const removeYearSchedule = (year: number) => api.delete<void>(`/api/calendar/years/${year}`);

export const workingDays = (from: string, days: number) =>
  api.get<WorkingDaysAnswer>('/api/calendar/working-days', { from, days });
