import { civilOf, formatDay, parseDay, weekdayOf } from './dates';
import { type BaseYear, HOLIDAY_DATA } from './holidayData';
import {
  checkOverride,
  type DayKind,
  isWorkingKind,
  KIND_HOLIDAY,
  KIND_MAKEUP,
  KIND_NAMES,
  KIND_WEEKEND,
  KIND_WORKDAY,
  type ScheduleBasis,
  tableFromBase,
  tableFromOverride,
  unscheduledTable,
  type YearOverride,
  type YearTable,
} from './yearTable';

/** Why a day did not count (or why a deadline moved past it). */
export interface SkippedDay {
  date: string;
  reason: '周末' | '法定节假日';
  /** The holiday's name when the schedule gives one (packaged data does; overrides do not). */
  holiday?: string;
}

export interface DayInfo {
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  kind: DayKind;
  working: boolean;
  holiday?: string;
  /**
   * Whether the day's year follows a published schedule, an estimate from the statute (holidays
   * computed, 调休 unknown) or nothing but weekends; anything but 'published' is 暂估.
   */
  schedule: ScheduleBasis;
}

/**
 * A computed deadline with everything needed to explain it. `provisional` is true when any day the
 * computation looked at lies in a year without a published schedule; the date is then a best
 * guess (weekends off, statutory holidays estimated, 调休 unknown) and must be shown as 暂估,
 * never as certain.
 */
export interface Deadline {
  basis: 'calendar' | 'working';
  trigger: string;
  days: number;
  date: string;
  /** Calendar basis: trigger + days, before moving off a non-working day. */
  nominalDate?: string;
  provisional: boolean;
  /** Years counted through that have no published schedule. */
  missingYears: number[];
  /** Those of `missingYears` whose holidays were estimated from the statute (the rest: weekends only). */
  estimatedYears: number[];
  /** Working basis: non-working days passed over. Calendar basis: days the end was moved past. */
  skipped: SkippedDay[];
  /** 调休上班日 that counted as working days (or that the deadline landed on). */
  makeUpWorkdays: string[];
}

const MAX_PERIOD = 36_600;

function checkPeriod(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_PERIOD) {
    throw new RangeError(`期限天数应为 0–${MAX_PERIOD} 的整数：${n}`);
  }
}

/**
 * The working-day calendar: packaged schedules (chinese-days, 2004–2026) plus per-year overrides
 * entered by an admin; a year without either is estimated from the statute when an `estimate` is
 * given (statutoryHolidays.ts), else it has weekends only. Immutable; `withOverrides` gives a new calendar when the table changes.
 */
export class WorkCalendar {
  private readonly tables = new Map<number, YearTable>();
  private readonly base: Readonly<Record<number, BaseYear>>;
  private readonly overrides: ReadonlyMap<number, YearOverride>;
  private readonly estimate: ((year: number) => BaseYear | null) | undefined;

  /**
   * `estimate` gives the holidays of a year with no published schedule (statutoryHolidays; the
   * server passes it through `statutoryCalendar`); without it such a year has weekends only.
   */
  constructor(
    opts: {
      overrides?: readonly YearOverride[];
      base?: Readonly<Record<number, BaseYear>>;
      estimate?: (year: number) => BaseYear | null;
    } = {},
  ) {
    this.base = opts.base ?? HOLIDAY_DATA;
    this.estimate = opts.estimate;
    const byYear = new Map<number, YearOverride>();
    for (const o of opts.overrides ?? []) {
      const problems = checkOverride(o);
      if (problems.length > 0) throw new RangeError(`节假日安排有误：${problems.join('；')}`);
      byYear.set(o.year, o); // a later entry for the same year wins, as a newer save would
    }
    this.overrides = byYear;
  }

  /** A new calendar with these overrides added (replacing any earlier override of the same year). */
  withOverrides(overrides: readonly YearOverride[]): WorkCalendar {
    return new WorkCalendar({
      base: this.base,
      overrides: [...this.overrides.values(), ...overrides],
      ...(this.estimate ? { estimate: this.estimate } : {}),
    });
  }

  /** Whether `year` has a published schedule (packaged or overridden). */
  hasSchedule(year: number): boolean {
    return this.overrides.has(year) || year in this.base;
  }

  /** Where a year's schedule comes from, for the admin page: 'estimate' is not published. */
  scheduleSource(year: number): 'override' | 'package' | 'estimate' | null {
    if (this.overrides.has(year)) return 'override';
    if (year in this.base) return 'package';
    return this.table(year).basis === 'estimated' ? 'estimate' : null;
  }

  isWorkingDay(date: string): boolean {
    const dn = parseDay(date);
    const t = this.table(civilOf(dn).year);
    return isWorkingKind(t.kinds[dn - t.start] ?? KIND_WEEKEND);
  }

  dayInfo(date: string): DayInfo {
    const dn = parseDay(date);
    const t = this.table(civilOf(dn).year);
    const kind = t.kinds[dn - t.start] ?? KIND_WEEKEND;
    const holiday = t.names.get(dn);
    return {
      date,
      weekday: weekdayOf(dn),
      kind: KIND_NAMES[kind] ?? '周末',
      working: isWorkingKind(kind),
      ...(holiday ? { holiday } : {}),
      schedule: t.basis,
    };
  }

  /**
   * `n` calendar days after `trigger`. 民法典 第二百零一条 (and 民诉法 第八十五条): the trigger day
   * is not counted. 民法典 第二百零三条: a period whose last day is a 法定休假日 ends on the day after
   * the rest period, i.e. the next working day. We treat weekends as 法定休假日 too, as courts
   * do; a 调休上班日 is a working day, so a deadline landing on one stays there
   * (domain-rules §1).
   */
  addCalendarDays(trigger: string, n: number): Deadline {
    checkPeriod(n);
    const acc = new Walk(this);
    let dn = parseDay(trigger) + n;
    const nominal = dn;
    while (!acc.visit(dn)) dn++;
    return acc.result('calendar', trigger, n, dn, nominal);
  }

  /**
   * The `n`-th working day after `trigger` (domain-rules §1: the trigger day is not counted;
   * weekends and statutory holidays are skipped; 调休上班日 count). n = 0 gives the trigger itself.
   */
  addWorkingDays(trigger: string, n: number): Deadline {
    checkPeriod(n);
    const acc = new Walk(this);
    let dn = parseDay(trigger);
    for (let counted = 0; counted < n; ) {
      dn++;
      if (acc.visit(dn)) counted++;
    }
    return acc.result('working', trigger, n, dn);
  }

  /**
   * Working days in (a, b]: after `a`, up to and including `b` — so
   * `workingDaysBetween(d, addWorkingDays(d, n).date) === n`. Negative when b is before a.
   * "剩余 N 个工作日" = workingDaysBetween(today, due). Check `missingYearsBetween` for 暂估.
   */
  workingDaysBetween(a: string, b: string): number {
    const from = parseDay(a);
    const to = parseDay(b);
    if (to < from) return -this.workingDaysBetween(b, a);
    const ta = this.table(civilOf(from).year);
    const tb = this.table(civilOf(to).year);
    // Running counts per year: whole years in between are added, the ends are array reads.
    let count = (tb.workingBefore[to - tb.start + 1] ?? 0) - (ta.workingBefore[from - ta.start + 1] ?? 0);
    for (let y = ta.year; y < tb.year; y++) {
      const t = this.table(y);
      count += t.workingBefore[t.kinds.length] ?? 0;
    }
    return count;
  }

  /** Years from a to b (either order) that have no schedule; empty means the answer is firm. */
  missingYearsBetween(a: string, b: string): number[] {
    const ya = civilOf(parseDay(a)).year;
    const yb = civilOf(parseDay(b)).year;
    const missing: number[] = [];
    for (let y = Math.min(ya, yb); y <= Math.max(ya, yb); y++) if (!this.hasSchedule(y)) missing.push(y);
    return missing;
  }

  /** A year's precomputed table, built once on first use (used by Walk). */
  table(year: number): YearTable {
    let t = this.tables.get(year);
    if (!t) {
      const o = this.overrides.get(year);
      const b = this.base[year];
      const estimate = o || b ? null : (this.estimate?.(year) ?? null);
      t = o
        ? tableFromOverride(o)
        : b
          ? tableFromBase(year, b)
          : estimate
            ? tableFromBase(year, estimate, 'estimated')
            : unscheduledTable(year);
      this.tables.set(year, t);
    }
    return t;
  }
}

/** Walks day by day, keeping the current year's table and noting what an explanation needs. */
class Walk {
  private t: YearTable | undefined;
  private readonly missing = new Set<number>();
  private readonly estimated = new Set<number>();
  readonly skipped: SkippedDay[] = [];
  readonly makeUp: string[] = [];

  constructor(private readonly cal: WorkCalendar) {}

  /** Whether day `dn` is a working day; records it as skipped or as a make-up day. */
  visit(dn: number): boolean {
    let t = this.t;
    if (!t || dn < t.start || dn >= t.start + t.kinds.length) {
      t = this.cal.table(civilOf(dn).year);
      this.t = t;
    }
    if (t.basis !== 'published') this.missing.add(t.year);
    if (t.basis === 'estimated') this.estimated.add(t.year);
    const kind = t.kinds[dn - t.start] ?? KIND_WEEKEND;
    if (kind === KIND_WORKDAY) return true;
    if (kind === KIND_MAKEUP) {
      this.makeUp.push(formatDay(dn));
      return true;
    }
    const holiday = t.names.get(dn);
    this.skipped.push({
      date: formatDay(dn),
      reason: kind === KIND_HOLIDAY ? '法定节假日' : '周末',
      ...(holiday ? { holiday } : {}),
    });
    return false;
  }

  result(basis: Deadline['basis'], trigger: string, days: number, dn: number, nominal?: number): Deadline {
    const missingYears = [...this.missing].sort((x, y) => x - y);
    return {
      basis,
      trigger,
      days,
      date: formatDay(dn),
      ...(nominal === undefined ? {} : { nominalDate: formatDay(nominal) }),
      provisional: missingYears.length > 0,
      missingYears,
      estimatedYears: [...this.estimated].sort((x, y) => x - y),
      skipped: this.skipped,
      makeUpWorkdays: this.makeUp,
    };
  }
}
