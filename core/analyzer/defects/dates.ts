import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** A year run into the words after it (2024法治政府建设…, 2024度): 年 dropped. */
const YEAR_NO_NIAN =
  /(?<![\d〔［【（[(.\-—/])((?:19|20)\d{2})(?=度|法治|法制|工作|全年|上半年|下半年|以来|依法|推进)/g;
/** Two years with no dash between them (20212025年). */
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})年/g;
/** 2024年3日: 月 dropped. */
const NO_YUE = /(?<!\d)((?:19|20)\d{2})年(\d{1,2})日/g;
/** 202412月5日, 20243月召开: 年 dropped (a four-digit year glued to a month). */
const NO_NIAN = /(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])月(?=\d{1,2}日|[\u4e00-\u9fa5])/g;
/** 2024年3召开, 2024年12底: 月 dropped before what a date is followed by. */
const NO_YUE_BEFORE_VERB =
  /(?<!\d)((?:19|20)\d{2})年(1[0-2]|[1-9])(?=召开|印发|出台|举办|启动|制定|发布|开展|组织|起|以来|底|初|中旬|上旬|下旬)/g;
/** 2024年11月8召开, 12月日: 日 dropped after the day, or the day dropped before 日. */
const NO_RI =
  /(?<![\d])(1[0-2]|[1-9])月(?:([1-9]|[12]\d|3[01])(?=召开|印发|出台|举办|启动|制定|发布|开展|组织|起|以来|上午|下午|晚)|日(?![常均益趋前后报志程夜间渐]))/g;

/** Dates and year ranges that lost a separator. */
export function findDateDefects(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(YEAR_NO_NIAN)) {
    const i = m.index ?? 0;
    out.push(at('typo', i, i + 6, DEFECT_MESSAGES.yearNoNian(m[1] as string), 'high'));
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
  return out;
}
