import type { Deadline, SkippedDay } from './calendar';
import { chineseDate, parseDay, weekdayOf } from './dates';
import { STATUTORY_RULE } from './statutoryRule';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function withWeekday(date: string): string {
  return `${chineseDate(date)}（星期${WEEKDAYS[weekdayOf(parseDay(date))]}）`;
}

/** Distinct holiday names in order of first appearance: "春节、国庆节". */
function holidayNames(days: SkippedDay[]): string {
  return [...new Set(days.flatMap((d) => (d.holiday ? [d.holiday] : [])))].join('、');
}

function skippedSummary(days: SkippedDay[]): string {
  const weekend = days.filter((d) => d.reason === '周末').length;
  const holidays = days.filter((d) => d.reason === '法定节假日');
  const parts: string[] = [];
  if (weekend > 0) parts.push(`周末${weekend}天`);
  if (holidays.length > 0) {
    const names = holidayNames(holidays);
    parts.push(`法定节假日${holidays.length}天${names ? `（${names}）` : ''}`);
  }
  return parts.join('、');
}

/**
 * The Chinese sentence a user sees under a deadline: where counting starts, what was skipped,
 * which 调休 Saturdays/Sundays counted, and — for 暂估 — which year's schedule is missing.
 */
export function explainDeadline(d: Deadline): string {
  const start = `自${chineseDate(d.trigger)}的次日起算`;
  const parts: string[] = [];
  if (d.basis === 'working') {
    parts.push(`${start}${d.days}个工作日，截止${withWeekday(d.date)}。`);
    const summary = skippedSummary(d.skipped);
    if (summary) parts.push(`其间不计${summary}。`);
  } else {
    const nominal = d.nominalDate ?? d.date;
    if (nominal === d.date) {
      parts.push(`${start}${d.days}日，截止${withWeekday(d.date)}。`);
    } else {
      parts.push(
        `${start}${d.days}日，期满日${chineseDate(nominal)}起${d.skipped.length}天为非工作日（${skippedSummary(d.skipped)}），` +
          `依《民法典》第二百零三条顺延至${withWeekday(d.date)}。`,
      );
    }
  }
  if (d.makeUpWorkdays.length > 0) {
    parts.push(`${d.makeUpWorkdays.map(chineseDate).join('、')}为调休上班日，按工作日计。`);
  }
  if (d.provisional) {
    const estimated = d.estimatedYears;
    const bare = d.missingYears.filter((y) => !estimated.includes(y));
    const how = [
      ...(estimated.length > 0
        ? [
            `${estimated.join('、')}年的法定节假日按${STATUTORY_RULE.law}${STATUTORY_RULE.article}推算，周六、周日按休息日计，调休和补假无从预知`,
          ]
        : []),
      ...(bare.length > 0 ? [`${bare.join('、')}年暂只按周六、周日休息计算`] : []),
    ];
    parts.push(
      `暂估：${d.missingYears.join('、')}年的节假日安排尚未录入，${how.join('；')}，安排公布并录入后将重新计算。`,
    );
  }
  return parts.join('');
}
