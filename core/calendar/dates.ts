/**
 * Calendar days as 'YYYY-MM-DD' strings outside, day numbers (days since 1970-01-01) inside.
 * Pure integer arithmetic (Hinnant's civil-date algorithms): no Date objects, so no time zone
 * or DST can shift a day, in Node or in the browser.
 */

/** Years the calendar accepts; anything outside is a typo, and bounding it bounds every loop. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day number of a civil date (proleptic Gregorian). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilOf(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether `s` is a real calendar day 'YYYY-MM-DD' within the supported years. */
export function isDayString(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** 'YYYY-MM-DD' → day number; a malformed or impossible date is a programming error here. */
export function parseDay(s: string): number {
  if (!isDayString(s))
    throw new RangeError(`不是有效日期（应为 YYYY-MM-DD，${MIN_YEAR}–${MAX_YEAR} 年）：${s}`);
  return dayNumberOf(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

export function formatDay(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** '2026-10-22' → '2026年10月22日', the form people read in notices. */
export function chineseDate(s: string): string {
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in China (UTC+8 all year, no daylight saving) at an instant. */
export function chinaDay(at: Date): string {
  return formatDay(Math.floor((at.getTime() + CHINA_OFFSET_MS) / 86_400_000));
}

/** The calendar day in China of an ISO instant as the API sends it; null when missing or unreadable. */
export function chinaDayOfIso(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : chinaDay(new Date(t));
}
