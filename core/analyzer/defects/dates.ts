import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** A year run into the words after it (2024法治政府建设…, 2024度, 2024是…, 截至2024底): 年 dropped. */
const YEAR_NO_NIAN =
  /(?<![\d〔［【（[(.\-—/])((?:19|20)\d{2})(?=度|法治|法制|工作|全年|上半年|下半年|以来|依法|推进|是|底|初|[一二三四]季度|第[一二三四]季度)/g;
/**
 * A year opening a clause with a comma after it (2024，全镇…): 年 dropped. A count is written
 * with its measure word (2024件), so four digits alone before the comma at a clause's start,
 * or after a word of time (在, 于, 截至), are a year.
 */
const YEAR_COMMA = /(?<=^|[。；：\n]|在|于|截至|自|至)((?:19|20)\d{2})(?=[，,])/gm;
/** 年 typed as 月 (2024月3月, 2024月召开): no month has four digits. */
const YEAR_AS_MONTH = /(?<![\d.])((?:19|20)\d{2})月/g;
/** 2024年315日: the month and the day run together, 月 dropped (no day exceeds 31). */
const GLUED_MONTH_DAY = /(?<!\d)((?:19|20)\d{2})年(\d{3,4})日/g;
/** 3月15，: the day without 日 before a stop (15、16日 lists days and is right). */
const DAY_NO_RI = /(?<![\d.])(1[0-2]|[1-9])月([1-9]|[12]\d|3[01])(?=[，,。；;])/g;
/**
 * A month's digits lost (2024年月15日), 日 typed as 月 (3月15月), a month beyond 12 after a
 * year (2024年13月): no calendar reads them.
 */
const BROKEN_MONTH =
  /(?<!\d)(?:19|20)\d{2}年月(?=\d{1,2}日)|(?<![\d.])(?:1[0-2]|[1-9])月(?:[1-9]|[12]\d|3[01])月|(?<!\d)(?:19|20)\d{2}年(?:1[3-9]|[2-9]\d)月/g;
/** Days of each month (February with its leap day: a report's year is not checked here). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A month and a day written in full, to be checked against the calendar. */
const MONTH_DAY = /(?<![\d.])(\d{1,2})月(\d{1,2})日/g;
/** Two years with no dash between them (20212025年). */
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年/g;
/** 2024年3日: 月 dropped. */
const NO_YUE = /(?<!\d)((?:19|20)\d{2})年(\d{1,2})日/g;
/** 202412月5日, 20243月召开: 年 dropped (a four-digit year glued to a month). */
const NO_NIAN = /(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])月(?=\d{1,2}日|[\u4e00-\u9fa5])/g;
/** 2024年3召开, 2024年12底: 月 dropped before what a date is followed by. */
const NO_YUE_BEFORE_VERB =
  /(?<!\d)((?:19|20)\d{2})年(1[0-2]|[1-9])(?=召开|印发|出台|举办|举行|启动|制定|发布|下发|开展|组织|成立|完成|开始|审议|通过|实施|施行|起|以来|期间|份|底|初|中旬|上旬|下旬)/g;
/**
 * 2024年11，截至2024年1-10，: a month without 月 before a stop, or a range of months whose
 * closing 月 was dropped (3、4月 lists months and is right).
 */
const MONTH_NO_YUE =
  /(?<!\d)((?:19|20)\d{2})年(?:(1[0-2]|[1-9])(?=[，,。；;])|(1[0-2]|[1-9])[-—–~～至到](1[0-2]|[1-9])(?![\d月]))/g;
/** 2024年11月8召开, 12月日: 日 dropped after the day, or the day dropped before 日. */
const NO_RI =
  /(?<![\d])(1[0-2]|[1-9])月(?:([1-9]|[12]\d|3[01])(?=召开|印发|出台|举办|启动|制定|发布|开展|组织|起|以来|上午|下午|晚)|日(?![常均益趋前后报志程夜间渐]))/g;

/** Dates and year ranges that lost a separator. */
export function findDateDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(YEAR_NO_NIAN)) {
    const i = m.index ?? 0;
    // The year and the (up to two) characters it runs into.
    const end = /[\u4e00-\u9fa5]/.test(text[i + 5] ?? '') ? i + 6 : i + 5;
    out.push(at('typo', i, end, DEFECT_MESSAGES.yearNoNian(m[1] as string), 'high'));
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const i = m.index ?? 0;
    out.push(
      at('typo', i, i + m[0].length, DEFECT_MESSAGES.yearRangeNoDash(m[1] as string, m[2] as string), 'high'),
    );
  }
  for (const m of text.matchAll(NO_YUE)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.dateNoYue(m[0]), 'high'));
  }
  for (const re of [NO_YUE_BEFORE_VERB, NO_RI]) {
    for (const m of text.matchAll(re)) {
      const i = m.index ?? 0;
      const message = re === NO_RI ? DEFECT_MESSAGES.dateNoRi(m[0]) : DEFECT_MESSAGES.dateNoYue(m[0]);
      out.push(at('typo', i, i + m[0].length, message, 'high'));
    }
  }
  for (const m of text.matchAll(NO_NIAN)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.dateNoNian(m[0]), 'medium'));
  }
  for (const m of text.matchAll(MONTH_NO_YUE)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.dateNoYue(m[0]), 'high'));
  }
  for (const m of text.matchAll(YEAR_COMMA)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + 4, DEFECT_MESSAGES.yearNoNian(m[1] as string), 'high'));
  }
  for (const m of text.matchAll(YEAR_AS_MONTH)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.yearAsMonth(m[0]), 'high'));
  }
  for (const m of text.matchAll(GLUED_MONTH_DAY)) {
    if (Number(m[2]) <= 31) continue;
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.dateNoYue(m[0]), 'high'));
  }
  for (const m of text.matchAll(DAY_NO_RI)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.dateNoRi(m[0]), 'high'));
  }
  for (const m of text.matchAll(BROKEN_MONTH)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.impossibleDate(m[0]), 'high'));
  }
  if (text.includes('日'))
    for (const m of text.matchAll(MONTH_DAY)) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= (MONTH_DAYS[month - 1] as number)) continue;
      const i = m.index ?? 0;
      out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.impossibleDate(m[0]), 'high'));
    }
  return out;
}
