import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar';
import { dayNumberOf, formatDay } from './dates';
import type { YearOverride } from './yearTable';

const cal = new WorkCalendar();

/** Days with a schedule (2004–2026) and, separately, running into unscheduled 2027–2028. */
const knownDay = fc.integer({ min: dayNumberOf(2004, 1, 1), max: dayNumberOf(2026, 10, 31) }).map(formatDay);
const anyDay = fc.integer({ min: dayNumberOf(2004, 1, 1), max: dayNumberOf(2028, 6, 30) }).map(formatDay);
const period = fc.integer({ min: 0, max: 60 });

/** Made up but plausible: the shape a 2027 notice would have (元旦, 春节 around 2/6, 国庆). */
const OVERRIDE_2027: YearOverride = {
  year: 2027,
  holidays: [
    ...['01-01', '01-02', '01-03'],
    ...['02-05', '02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12'],
    ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'],
  ].map((d) => `2027-${d}`),
  workdays: ['2027-01-31', '2027-02-20', '2027-09-26', '2027-10-09'],
};

describe('calendar properties', () => {
  it('adding working days lands on a working day (n ≥ 1) and round-trips through workingDaysBetween', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const due = cal.addWorkingDays(d, n).date;
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(cal.workingDaysBetween(d, due)).toBe(n);
        expect(cal.workingDaysBetween(due, d)).toBe(-n);
      }),
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(anyDay, period, (d, n) => {
        expect(cal.addWorkingDays(d, n + 1).date > cal.addWorkingDays(d, n).date).toBe(true);
      }),
    );
  });

  it('counted + skipped days = the days walked', () => {
    fc.assert(
      fc.property(knownDay, period, (d, n) => {
        const r = cal.addWorkingDays(d, n);
        const walked = cal.workingDaysBetween(d, r.date) + r.skipped.length;
        const span = dayNumberOf(+r.date.slice(0, 4), +r.date.slice(5, 7), +r.date.slice(8));
        const from = dayNumberOf(+d.slice(0, 4), +d.slice(5, 7), +d.slice(8));
        expect(walked).toBe(span - from);
      }),
    );
  });

  it('calendar-day deadlines never land on a non-working day and never come early', () => {
    fc.assert(
      fc.property(anyDay, period, (d, n) => {
        const r = cal.addCalendarDays(d, n);
        expect(cal.isWorkingDay(r.date)).toBe(true);
        expect(r.date >= (r.nominalDate ?? '')).toBe(true);
        // Everything between the nominal end and the due date was a day off.
        for (const s of r.skipped) expect(cal.isWorkingDay(s.date)).toBe(false);
      }),
    );
  });

  it('known years are never provisional', () => {
    fc.assert(
      fc.property(knownDay, fc.integer({ min: 0, max: 30 }), (d, n) => {
        expect(cal.addWorkingDays(d, n).provisional).toBe(false);
      }),
    );
  });

  it('a 2027 date is provisional until a 2027 override is added', () => {
    const with2027 = cal.withOverrides([OVERRIDE_2027]);
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(2027, 1, 1), max: dayNumberOf(2027, 9, 30) }).map(formatDay), // + 60 working days stays in 2027
        period,
        (d, n) => {
          const before = cal.addCalendarDays(d, n);
          expect(before).toMatchObject({ provisional: true, missingYears: [2027] });
          const after = with2027.addCalendarDays(d, n);
          expect(after.provisional).toBe(false);
          expect(with2027.addWorkingDays(d, n).provisional).toBe(false);
        },
      ),
    );
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // weekday guess, flagged provisional
    expect(with2027.isWorkingDay('2027-01-01')).toBe(false);
    expect(with2027.isWorkingDay('2027-02-20')).toBe(true); // a Saturday worked
  });

  it('overrides win over packaged data', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(2025, 1, 2), max: dayNumberOf(2025, 12, 31) }).map(formatDay),
        (d) => {
          const wasWorking = cal.isWorkingDay(d);
          // Flip the day: a working day becomes a holiday, a day off becomes a make-up workday.
          const o: YearOverride = wasWorking
            ? { year: 2025, holidays: ['2025-01-01', d], workdays: [] }
            : { year: 2025, holidays: ['2025-01-01'], workdays: [d] };
          const c = cal.withOverrides([o]);
          expect(c.isWorkingDay(d)).toBe(!wasWorking);
          expect(c.hasSchedule(2025)).toBe(true);
        },
      ),
    );
  });
});
