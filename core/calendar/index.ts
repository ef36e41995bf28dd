export { type DayInfo, type Deadline, type SkippedDay, WorkCalendar } from './calendar';
export { chinaDay, chinaDayOfIso, chineseDate, isDayString } from './dates';
export { explainDeadline } from './explain';
export { HOLIDAY_DATA_SOURCE } from './holidayData';
export { REMINDER_FROM, type ScheduleReminder, scheduleReminders } from './reminder';
export { CALENDAR_RULES, type CalendarRule } from './rules';
export { STATUTORY_RULE, STATUTORY_RULE_FROM } from './statutoryRule';
export { checkOverride, type DayKind, type ScheduleBasis, type YearOverride } from './yearTable';
