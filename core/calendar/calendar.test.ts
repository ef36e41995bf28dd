import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar';
import { explainDeadline } from './explain';
import { HOLIDAY_DATA } from './holidayData';
import { checkOverride } from './yearTable';

const cal = new WorkCalendar();
const off = (d: string) => expect(cal.isWorkingDay(d), `${d} should be off`).toBe(false);
const work = (d: string) => expect(cal.isWorkingDay(d), `${d} should be worked`).toBe(true);

/** Every day from a to b inclusive, both in the same month. */
function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let day = Number(a.slice(8)); day <= Number(b.slice(8)); day++) {
    out.push(`${a.slice(0, 8)}${String(day).padStart(2, '0')}`);
  }
  return out;
}

describe('schedules against the State Council notices (domain-rules §1, P19)', () => {
  it('2025: 春节 and 国庆 blocks with their make-up days', () => {
    ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'].forEach(work);
    ['2025-01-01', ...range('2025-01-28', '2025-01-31'), ...range('2025-02-01', '2025-02-04')].forEach(off);
    [...range('2025-04-04', '2025-04-06'), ...range('2025-05-01', '2025-05-05')].forEach(off);
    [...range('2025-05-31', '2025-05-31'), ...range('2025-06-01', '2025-06-02')].forEach(off);
    range('2025-10-01', '2025-10-08').forEach(off);
    work('2025-01-02'); // 元旦 2025 is one day only
    work('2025-10-09');
  });

  it('2026: every block of the 2025-11-04 notice', () => {
    ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].forEach(work);
    [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ].forEach(off);
    ['2026-02-24', '2026-10-08', '2026-10-09', '2026-05-06'].forEach(work);
    off('2026-10-11'); // the Sunday after the make-up Saturday is an ordinary weekend
  });

  it('names the holiday and the kind of day', () => {
    expect(cal.dayInfo('2026-02-23')).toMatchObject({ kind: '法定节假日', holiday: '春节', working: false });
    expect(cal.dayInfo('2026-02-14')).toMatchObject({ kind: '调休上班日', holiday: '春节', working: true });
    expect(cal.dayInfo('2026-03-07')).toMatchObject({ kind: '周末', weekday: 6, schedule: 'published' });
    // without the statute's estimate (statutoryHolidays.test.ts) an unpublished year has weekends only
    expect(cal.dayInfo('2027-01-01')).toMatchObject({ kind: '工作日', schedule: 'none' });
  });

  it('holidayData.ts is what scripts/build-holidays.mjs makes from the installed chinese-days', () => {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('chinese-days/package.json')), 'dist', 'years');
    for (let year = 2004; year <= 2026; year++) {
      const json = JSON.parse(readFileSync(path.join(dir, `${year}.json`), 'utf8')) as {
        holidays: Record<string, string>;
        workdays: Record<string, string>;
      };
      const base = HOLIDAY_DATA[year];
      const flat = (g: Readonly<Record<string, readonly string[]>> | undefined) =>
        Object.values(g ?? {})
          .flat()
          .map((d) => `${year}-${d}`)
          .sort();
      expect(flat(base?.off)).toEqual(Object.keys(json.holidays).sort());
      expect(flat(base?.work)).toEqual(Object.keys(json.workdays).sort());
    }
  });
});

describe('addWorkingDays', () => {
  it('counts from the day after the trigger across 国庆 2026 (stack notes figure)', () => {
    const d = cal.addWorkingDays('2026-09-25', 15);
    expect(d).toMatchObject({ date: '2026-10-22', provisional: false, missingYears: [] });
    expect(d.makeUpWorkdays).toEqual(['2026-10-10']);
    expect(d.skipped.filter((s) => s.reason === '法定节假日')).toHaveLength(9);
    expect(explainDeadline(d)).toBe(
      '自2026年9月25日的次日起算15个工作日，截止2026年10月22日（星期四）。其间不计周末3天、法定节假日9天（中秋、国庆节）。2026年10月10日为调休上班日，按工作日计。',
    );
  });

  it('counts the 调休 Saturdays around 春节 2025 and 2026', () => {
    // 2025-01-24 Fri → 1/26 Sun (make-up) 1, 1/27 2, 2/5 3, 2/6 4, 2/7 5, 2/8 Sat (make-up) 6
    expect(cal.addWorkingDays('2025-01-24', 6).date).toBe('2025-02-08');
    expect(cal.addWorkingDays('2025-01-24', 6).makeUpWorkdays).toEqual(['2025-01-26', '2025-02-08']);
    // 2026-02-13 Fri → 2/14 Sat (make-up) 1, then nothing until Tue 2/24
    expect(cal.addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-10', 10).date).toBe('2026-03-02'); // stack notes' findWorkday check
    expect(cal.addWorkingDays('2025-12-31', 2).date).toBe('2026-01-05'); // 1/4 Sun is worked: 1st
  });

  it('n = 0 is the trigger itself', () => {
    expect(cal.addWorkingDays('2026-02-15', 0)).toMatchObject({ date: '2026-02-15', skipped: [] });
  });
});

describe('addCalendarDays (民法典 第二百零一条、第二百零三条)', () => {
  it('keeps a deadline that ends on a working day, including a 调休 Saturday', () => {
    expect(cal.addCalendarDays('2026-03-02', 15)).toMatchObject({ date: '2026-03-17', skipped: [] });
    expect(cal.addCalendarDays('2026-09-30', 10)).toMatchObject({ date: '2026-10-10', skipped: [] });
    expect(cal.addCalendarDays('2025-01-11', 15).date).toBe('2025-01-26');
  });

  it('moves a deadline ending in a holiday block to the first working day after it', () => {
    const d = cal.addCalendarDays('2026-09-20', 11); // 10-01
    expect(d).toMatchObject({ nominalDate: '2026-10-01', date: '2026-10-08', provisional: false });
    expect(d.skipped).toHaveLength(7);
    expect(cal.addCalendarDays('2025-01-13', 15).date).toBe('2025-02-05'); // 1/28 → after 春节
    expect(cal.addCalendarDays('2026-02-08', 15).date).toBe('2026-02-24'); // 2/23 is still off
  });

  it('moves a deadline ending on a weekend to Monday', () => {
    const d = cal.addCalendarDays('2026-03-06', 15); // Sat 3/21
    expect(d).toMatchObject({ nominalDate: '2026-03-21', date: '2026-03-23' });
    expect(d.skipped.map((s) => s.reason)).toEqual(['周末', '周末']);
    expect(explainDeadline(d)).toContain('依《民法典》第二百零三条顺延至2026年3月23日（星期一）');
  });
});

describe('years without a schedule', () => {
  it('2027 is provisional and says so; 元旦 2027 is not silently a firm working day', () => {
    expect(cal.hasSchedule(2026)).toBe(true);
    expect(cal.hasSchedule(2027)).toBe(false);
    const d = cal.addWorkingDays('2026-12-30', 2);
    expect(d).toMatchObject({ date: '2027-01-01', provisional: true, missingYears: [2027] });
    expect(explainDeadline(d)).toContain('暂估：2027年的节假日安排尚未录入');
    expect(cal.addWorkingDays('2026-12-29', 2)).toMatchObject({ date: '2026-12-31', provisional: false });
    expect(cal.addCalendarDays('2026-12-01', 30)).toMatchObject({ date: '2026-12-31', provisional: false });
    expect(cal.addCalendarDays('2026-12-01', 31).provisional).toBe(true);
    expect(cal.missingYearsBetween('2026-06-01', '2028-01-01')).toEqual([2027, 2028]);
  });
});

describe('overrides', () => {
  it('replaces the packaged year and is reported as its source', () => {
    const c = cal.withOverrides([{ year: 2025, holidays: ['2025-01-01'], workdays: [] }]);
    expect(c.scheduleSource(2025)).toBe('override');
    expect(c.isWorkingDay('2025-01-28')).toBe(true);
    expect(c.isWorkingDay('2025-01-26')).toBe(false);
    expect(cal.isWorkingDay('2025-01-28')).toBe(false); // the original calendar is unchanged
  });

  it('refuses bad entries with Chinese reasons', () => {
    expect(
      checkOverride({
        year: 2027,
        holidays: ['2027-02-30', '2026-10-01', '2027-10-09'],
        workdays: ['2027-10-09'],
      }),
    ).toEqual([
      '放假日“2027-02-30”不是有效日期（应为 YYYY-MM-DD）',
      '放假日“2026-10-01”不在 2027 年内',
      '2027-10-09 同时被列为放假日和调休上班日',
    ]);
    expect(checkOverride({ year: 2027, holidays: [], workdays: [] })).toEqual([
      '2027 年的安排至少应有一个放假日',
    ]);
    expect(() => new WorkCalendar({ overrides: [{ year: 2027, holidays: [], workdays: [] }] })).toThrow(
      RangeError,
    );
  });
});

describe('bad input', () => {
  it('throws RangeError on malformed dates and periods', () => {
    for (const bad of ['2026-2-1', '2026-02-29', '20260201', '1899-12-31', '']) {
      expect(() => cal.isWorkingDay(bad)).toThrow(RangeError);
    }
    expect(() => cal.addWorkingDays('2026-01-01', -1)).toThrow(RangeError);
    expect(() => cal.addCalendarDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});
