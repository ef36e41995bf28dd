import { dayNumberOf, isDayString, isLeapYear, MAX_YEAR, MIN_YEAR, parseDay, weekdayOf } from './dates';
import type { BaseYear } from './holidayData';

/**
 * A year's schedule as the server stores an admin's entry when the State Council publishes a new
 * year (《国务院办公厅关于XXXX年部分节假日安排的通知》). It replaces the packaged data for that
 * year entirely, so a correction can also remove a day.
 */
export interface YearOverride {
  year: number;
  /** 放假日: every day off, weekend days inside a holiday block included. */
  holidays: string[];
  /** 调休上班日: weekend days that are worked. */
  workdays: string[];
}

/**
 * Where a year's days off come from: a State Council notice (packaged or entered by an admin),
 * an estimate from the statute (statutoryHolidays.ts), or nothing but weekends.
 */
export type ScheduleBasis = 'published' | 'estimated' | 'none';

/** What a day is, in the words the UI shows. */
export type DayKind = '工作日' | '周末' | '法定节假日' | '调休上班日';

export const KIND_WORKDAY = 0;
export const KIND_WEEKEND = 1;
export const KIND_HOLIDAY = 2;
export const KIND_MAKEUP = 3;
export const KIND_NAMES: readonly DayKind[] = ['工作日', '周末', '法定节假日', '调休上班日'];

/**
 * One year precomputed: a kind per day and a running count of working days, so a lookup is an
 * array read and `workingDaysBetween` is a subtraction.
 */
export interface YearTable {
  year: number;
  /** Day number of 1 January. */
  start: number;
  /** Anything but 'published' makes a deadline that counts through this year provisional. */
  basis: ScheduleBasis;
  /** KIND_* per day of year. */
  kinds: Uint8Array;
  /** workingBefore[i] = working days among the first i days of the year (length = days + 1). */
  workingBefore: Int32Array;
  /** Holiday name for days off and make-up days, by day number (packaged data only). */
  names: ReadonlyMap<number, string>;
}

export function isWorkingKind(kind: number): boolean {
  return kind === KIND_WORKDAY || kind === KIND_MAKEUP;
}

interface Marks {
  off: Iterable<[number, string | undefined]>;
  work: Iterable<[number, string | undefined]>;
}

function buildTable(year: number, basis: ScheduleBasis, marks: Marks | null): YearTable {
  const start = dayNumberOf(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const kinds = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const wd = weekdayOf(start + i);
    kinds[i] = wd === 0 || wd === 6 ? KIND_WEEKEND : KIND_WORKDAY;
  }
  const names = new Map<number, string>();
  if (marks) {
    for (const [dn, name] of marks.off) {
      kinds[dn - start] = KIND_HOLIDAY;
      if (name) names.set(dn, name);
    }
    for (const [dn, name] of marks.work) {
      kinds[dn - start] = KIND_MAKEUP;
      if (name) names.set(dn, name);
    }
  }
  const workingBefore = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    workingBefore[i + 1] = (workingBefore[i] ?? 0) + (isWorkingKind(kinds[i] ?? KIND_WEEKEND) ? 1 : 0);
  }
  return { year, start, basis, kinds, workingBefore, names };
}

function* namedDays(year: number, groups: BaseYear['off']): Iterable<[number, string]> {
  for (const [name, days] of Object.entries(groups)) {
    for (const mmdd of days) yield [parseDay(`${year}-${mmdd}`), name];
  }
}

export function tableFromBase(year: number, base: BaseYear, basis: ScheduleBasis = 'published'): YearTable {
  return buildTable(year, basis, { off: namedDays(year, base.off), work: namedDays(year, base.work) });
}

export function tableFromOverride(o: YearOverride): YearTable {
  const unnamed = (days: string[]) => days.map((d): [number, undefined] => [parseDay(d), undefined]);
  return buildTable(o.year, 'published', { off: unnamed(o.holidays), work: unnamed(o.workdays) });
}

/** A year nobody has published a schedule for: weekends off, nothing else known. */
export function unscheduledTable(year: number): YearTable {
  return buildTable(year, 'none', null);
}

/**
 * Problems with an admin's override, in Chinese, empty when it is usable. The server shows these
 * next to the form; the calendar refuses an override that has any.
 */
export function checkOverride(o: YearOverride): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(o.year) || o.year < MIN_YEAR || o.year > MAX_YEAR) {
    return [`年份无效：${o.year}`];
  }
  const check = (list: string[], label: string) => {
    for (const d of list) {
      if (!isDayString(d)) problems.push(`${label}“${d}”不是有效日期（应为 YYYY-MM-DD）`);
      else if (Number(d.slice(0, 4)) !== o.year) problems.push(`${label}“${d}”不在 ${o.year} 年内`);
    }
  };
  check(o.holidays, '放假日');
  check(o.workdays, '调休上班日');
  const off = new Set(o.holidays);
  for (const d of o.workdays) if (off.has(d)) problems.push(`${d} 同时被列为放假日和调休上班日`);
  // Every year has at least 元旦 off; an empty list would mark the year "known" with weekends
  // only, which is exactly the silent error the provisional flag exists to prevent.
  if (o.holidays.length === 0) problems.push(`${o.year} 年的安排至少应有一个放假日`);
  return problems;
}
