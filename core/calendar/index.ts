export { type DayInfo, type Deadline, type SkippedDay, WorkCalendar } from './calendar';
export { chinaDay, chinaDayOfIso, chineseDate, isDayString } from './dates';
export { explainDeadline } from './explain';
export { HOLIDAY_DATA_SOURCE } from './holidayData';
export { checkOverride, type DayKind, type YearOverride } from './yearTable';
