import { describe, expect, it } from 'vitest';
import { explainDeadline } from './explain';
import { HOLIDAY_DATA } from './holidayData';
import { REMINDER_FROM, scheduleReminders } from './reminder';
import { statutoryCalendar, statutoryHolidays } from './statutoryHolidays';

const cal = statutoryCalendar();

/**
 * Years not yet published, by 《全国年节及纪念日放假办法》第二条 (2024 revision). Lunar dates checked
 * by hand against a published table of 春节 dates (正月初一 2027-02-06, 2028-01-26; Wikipedia,
 * "Chinese New Year", dates in the Chinese lunisolar calendar), 除夕 being the day before;
 * weekdays by counting from 2026-01-01, a Thursday.
 */
describe('statutory holidays of an unpublished year (放假办法第二条, 2024 revision)', () => {
  it.each([
    [
      2027,
      {
        元旦: ['01-01'], // Fri
        春节: ['02-05', '02-06', '02-07', '02-08'], // 除夕 Fri … 初三 Mon
        清明: ['04-05'],
        劳动节: ['05-01', '05-02'],
        端午: ['06-09'],
        中秋: ['09-15'],
        国庆节: ['10-01', '10-02', '10-03'],
      },
    ],
    [
      2028,
      {
        元旦: ['01-01'], // Sat
        春节: ['01-25', '01-26', '01-27', '01-28'], // 除夕 Tue … 初三 Fri
        清明: ['04-04'],
        劳动节: ['05-01', '05-02'],
        端午: ['05-28'],
        中秋: ['10-03'], // the same day as the third day of 国庆: off once
        国庆节: ['10-01', '10-02', '10-03'],
      },
    ],
  ])('%i', (year, off) => {
    expect(statutoryHolidays(year)).toEqual({ off, work: {} });
  });

  it('agrees with the State Council notices of 2025 and 2026: every statutory day is off there', () => {
    for (const year of [2025, 2026]) {
      const published = new Set(Object.values(HOLIDAY_DATA[year]?.off ?? {}).flat());
      const statutory = Object.values(statutoryHolidays(year)?.off ?? {}).flat();
      expect(statutory).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3 days (one per day here)
      expect(statutory.filter((d) => !published.has(d))).toEqual([]);
    }
  });

  it('is not applied before the revision took effect, and reaches the calendar’s last year', () => {
    expect(statutoryHolidays(2024)).toBeNull();
    expect(cal.dayInfo('2003-01-01')).toMatchObject({ schedule: 'none', working: true });
    expect(Object.values(statutoryHolidays(2199)?.off ?? {}).flat()).toHaveLength(13);
  });

  it('reports per date whether the day comes from a published table or the estimate', () => {
    expect(cal.dayInfo('2026-02-16')).toMatchObject({
      schedule: 'published',
      holiday: '春节',
      working: false,
    });
    expect(cal.dayInfo('2028-01-25')).toMatchObject({
      schedule: 'estimated',
      kind: '法定节假日',
      holiday: '春节',
      working: false,
    });
    // 初一 2027 is a Saturday: still 春节, not merely 周末
    expect(cal.dayInfo('2027-02-06')).toMatchObject({ schedule: 'estimated', kind: '法定节假日' });
    expect(cal.dayInfo('2028-01-31')).toMatchObject({ schedule: 'estimated', kind: '工作日', working: true });
    expect(cal.scheduleSource(2026)).toBe('package');
    expect(cal.scheduleSource(2028)).toBe('estimate');
    expect(cal.scheduleSource(2003)).toBeNull();
  });
});

describe('deadlines through an estimated year (dates worked out by hand)', () => {
  it.each([
    // trigger, working days, due, estimated years, why
    ['2028-01-20', 5, '2028-02-02', [2028], '1/21, 1/24, then 除夕–初三 1/25–28 and the weekend, 1/31–2/2'],
    ['2028-09-28', 3, '2028-10-05', [2028], '9/29, then 10/1 Sun, 10/2–3 国庆 (10/3 also 中秋), 10/4–5'],
    ['2027-09-29', 2, '2027-10-04', [2027], '9/30, then 国庆 10/1 Fri and the weekend 10/2–3'],
    ['2027-09-14', 1, '2027-09-16', [2027], '中秋 9/15 Wed'],
    ['2026-12-21', 20, '2027-01-19', [2027], 'published 2026 to 12/31 (8), 元旦 2027 Fri off, 12 more'],
    ['2026-12-21', 40, '2027-02-18', [2027], '… 2/4 is the 32nd, 除夕–初三 2/5–2/8, 2/9–2/18 the last 8'],
  ])('%s + %i working days = %s', (trigger, n, due, years) => {
    const d = cal.addWorkingDays(trigger, n);
    expect(d).toMatchObject({ date: due, provisional: true, missingYears: years, estimatedYears: years });
    expect(cal.workingDaysBetween(trigger, due)).toBe(n);
  });

  it('names the estimated 春节 among the days skipped and says how the year was estimated', () => {
    const d = cal.addWorkingDays('2028-01-20', 5);
    expect(d.skipped).toEqual([
      { date: '2028-01-22', reason: '周末' },
      { date: '2028-01-23', reason: '周末' },
      { date: '2028-01-25', reason: '法定节假日', holiday: '春节' },
      { date: '2028-01-26', reason: '法定节假日', holiday: '春节' },
      { date: '2028-01-27', reason: '法定节假日', holiday: '春节' },
      { date: '2028-01-28', reason: '法定节假日', holiday: '春节' },
      { date: '2028-01-29', reason: '周末' },
      { date: '2028-01-30', reason: '周末' },
    ]);
    expect(explainDeadline(d)).toBe(
      '自2028年1月20日的次日起算5个工作日，截止2028年2月2日（星期三）。其间不计周末4天、法定节假日4天（春节）。' +
        '暂估：2028年的节假日安排尚未录入，2028年的法定节假日按《全国年节及纪念日放假办法》第二条推算，' +
        '周六、周日按休息日计，调休和补假无从预知，安排公布并录入后将重新计算。',
    );
  });

  it('a clock started in a published year and ending in an estimated one is provisional; firm once entered', () => {
    expect(cal.addWorkingDays('2026-12-21', 8)).toMatchObject({ date: '2026-12-31', provisional: false });
    // entering 2027 (a made-up table: 元旦 and 春节 only) makes the same clock firm
    const entered = cal.withOverrides([
      { year: 2027, holidays: ['2027-01-01', '2027-02-05', '2027-02-08'], workdays: [] },
    ]);
    expect(entered.addWorkingDays('2026-12-21', 40)).toMatchObject({
      date: '2027-02-18',
      provisional: false,
      missingYears: [],
      estimatedYears: [],
    });
  });

  it('a calendar-day period ending on 除夕 2028 moves past 春节 and the weekend (民法典第二百零三条)', () => {
    const d = cal.addCalendarDays('2027-12-26', 30);
    expect(d).toMatchObject({ nominalDate: '2028-01-25', date: '2028-01-31', provisional: true });
    // a calendar-day period looks only at its end and the days it is moved over
    expect(d.missingYears).toEqual([2028]);
  });
});

describe('reminder to enter next year’s schedule (from 1 November, China day)', () => {
  it.each([
    ['2026-10-31', []],
    [`2026-${REMINDER_FROM}`, [2027]],
    ['2026-12-31', [2027]],
    ['2027-03-01', [2027]], // the year has begun and still has no table
    ['2027-11-15', [2027, 2028]],
    ['2026-06-01', []],
  ])('on %s: %j', (today, years) => {
    expect(scheduleReminders(cal, today).map((r) => r.year)).toEqual(years);
  });

  it('stops once the year is entered, and says what to do in Chinese', () => {
    const entered = cal.withOverrides([{ year: 2027, holidays: ['2027-01-01'], workdays: [] }]);
    expect(scheduleReminders(entered, '2026-11-20')).toEqual([]);
    const [r] = scheduleReminders(cal, '2026-11-20');
    expect(r?.message).toContain('2027年的节假日安排尚未录入');
    expect(r?.message).toContain('暂估');
  });
});
