import { LunarDay, SolarTerm } from 'tyme4ts';
import { WorkCalendar } from './calendar';
import { dayNumberOf, formatDay } from './dates';
import type { BaseYear } from './holidayData';
import { STATUTORY_RULE_FROM } from './statutoryRule';
import type { YearOverride } from './yearTable';

/**
 * The statutory holidays of a year nobody has published a schedule for, computed from
 * 《全国年节及纪念日放假办法》第二条 as revised by 国务院令第798号 (2024-11-10, in force
 * 2025-01-01): 元旦 1 day (1 January), 春节 4 days (农历除夕 and 正月初一至初三), 清明节 1 day
 * (the day of the 清明 solar term), 劳动节 2 days (1–2 May), 端午节 1 day (农历五月初五),
 * 中秋节 1 day (农历八月十五), 国庆节 3 days (1–3 October).
 *
 * What the statute leaves to each year's State Council notice cannot be computed: the day given
 * in lieu of a holiday that falls on a weekend (第六条 补假) and the weekends worked to join days
 * into longer breaks (第七条 调休). So an estimated year keeps every weekend off, adds only the
 * days above, and every deadline that counts through it is 暂估 until the real schedule is entered.
 *
 * Lunar dates and the solar term come from tyme4ts (MIT, pure JavaScript, no IO): computing them
 * here would mean an ephemeris of our own. It is some 300 kB, so only the server imports this
 * module (through `statutoryCalendar`); core/calendar's index does not re-export it, and the
 * web UI, which never counts deadlines itself, does not carry the library.
 */
const md = (year: number, month: number, day: number) => formatDay(dayNumberOf(year, month, day)).slice(5);

/** 'MM-DD' of a lunar date in the lunar year that begins in `year`. */
function lunar(year: number, month: number, day: number): string {
  const s = LunarDay.fromYmd(year, month, day).getSolarDay();
  return md(s.getYear(), s.getMonth(), s.getDay());
}

/**
 * A year's statutory days off by the rule above, in the packaged data's shape (holiday name →
 * 'MM-DD' days); no make-up working days, since 调休 is not predictable. Null before 2025.
 * When two holidays fall on the same day (中秋 on 3 October in 2028) the day is off once: the
 * statute grants no extra day for the overlap; any such adjustment is the notice's.
 */
export function statutoryHolidays(year: number): BaseYear | null {
  if (year < STATUTORY_RULE_FROM) return null;
  const newYear = LunarDay.fromYmd(year, 1, 1);
  // 除夕 is the day before 正月初一, whether the twelfth month has 29 or 30 days; 正月初一 falls
  // between 21 January and 20 February, so all four days lie in `year`.
  const springDays = [-1, 0, 1, 2].map((i) => {
    const s = newYear.next(i).getSolarDay();
    return md(s.getYear(), s.getMonth(), s.getDay());
  });
  const qingming = SolarTerm.fromName(year, '清明').getJulianDay().getSolarDay();
  return {
    off: {
      元旦: ['01-01'],
      春节: springDays,
      清明: [md(year, qingming.getMonth(), qingming.getDay())],
      劳动节: ['05-01', '05-02'],
      端午: [lunar(year, 5, 5)],
      中秋: [lunar(year, 8, 15)],
      国庆节: ['10-01', '10-02', '10-03'],
    },
    work: {},
  };
}

/** The calendar the server counts with: published years, overrides, and the statute's estimate. */
export function statutoryCalendar(overrides: readonly YearOverride[] = []): WorkCalendar {
  return new WorkCalendar({ overrides, estimate: statutoryHolidays });
}
