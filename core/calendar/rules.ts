import { REMINDER_FROM } from './reminder';
import { STATUTORY_RULE } from './statutoryRule';

/** One rule of the working-day calendar, for the statutes table (docs/statutes.md, issue 13 §4). */
export interface CalendarRule {
  /** Where it lives in core/calendar. */
  where: string;
  rule: string;
  cite: readonly { law: string; article: string; version: string }[];
  /** 'path › test name' of the test that proves it. */
  test: string;
}

const CIVIL_CODE = { law: '《中华人民共和国民法典》', version: '2020-05-28通过，2021-01-01施行' };
const PROOF = 'core/calendar/statutoryHolidays.test.ts';

export const CALENDAR_RULES: readonly CalendarRule[] = [
  {
    where: 'addCalendarDays',
    rule: '按自然日计算的期间，开始的当日不计入；最后一日是周末或法定节假日的，顺延至其后第一个工作日',
    cite: [
      { ...CIVIL_CODE, article: '第二百零一条' },
      { ...CIVIL_CODE, article: '第二百零三条' },
    ],
    test: 'core/calendar/calendar.test.ts › moves a deadline ending in a holiday block to the first working day after it',
  },
  {
    where: 'statutoryHolidays',
    rule:
      '国务院尚未公布当年节假日安排的年份（2025年起），按放假办法推算法定节假日：元旦1天、春节4天（农历除夕至正月初三）、' +
      '清明节1天、劳动节2天（5月1日、2日）、端午节1天、中秋节1天、国庆节3天（10月1日至3日）；农历日期与清明节气由 tyme4ts 计算',
    cite: [STATUTORY_RULE],
    test: `${PROOF} › agrees with the State Council notices of 2025 and 2026: every statutory day is off there`,
  },
  {
    where: 'Deadline.provisional',
    rule:
      '推算年份只放周六、周日和上述节日：节日适逢周末的补假和调休由当年通知确定、无法推算，' +
      '凡计算经过推算年份的期限均标为暂估，管理员录入当年安排后重新计算',
    cite: [
      { ...STATUTORY_RULE, article: '第六条' },
      { ...STATUTORY_RULE, article: '第七条' },
    ],
    test: `${PROOF} › a clock started in a published year and ending in an estimated one is provisional; firm once entered`,
  },
  {
    where: 'scheduleReminders',
    rule: `每年${Number(REMINDER_FROM.slice(0, 2))}月${Number(REMINDER_FROM.slice(3))}日起（北京时间），次年安排尚未录入的，提醒管理员在公布后录入`,
    cite: [
      {
        law: '《国务院办公厅关于部分节假日安排的通知》（逐年发布）',
        article: '',
        version: '2025年、2026年的通知均于上一年11月发布',
      },
    ],
    test: `${PROOF} › stops once the year is entered, and says what to do in Chinese`,
  },
];
