import { civilOf, dayNumberOf, daysInMonth, formatDay, parseDay } from '../../calendar/dates';
import type { Citation } from '../types';

/**
 * The statutes enforcement cases follow, each with the version read (domain-rules §0 and its
 * December 2026 corrections; texts from the LawRefBook/Laws mirror, commit 2f4c5c2). Every clock
 * and guard of the enforcement kinds cites through these, so docs/statutes.md names one version.
 * Checked against public restatements (search corpus `pages`): 行政强制法 Art.25 and 28 at
 * http://crsrw.com/falvjiangtang/161161.html and http://m.8netcn.com/zige/209922.html; the
 * 2021 revision history of 行政处罚法 at https://bjxclawfirm.com/index49.html. Facts only: no
 * statute sentence is copied into refusals, which paraphrase.
 */
const CF_LAW = '《中华人民共和国行政处罚法》';
const CF_VERSION = '2021-01-22修订，2021-07-15施行';
const QZ_LAW = '《中华人民共和国行政强制法》';
const QZ_VERSION = '2011-06-30通过，2012-01-01施行';

/** 行政处罚法 (2021) article: `cf('第六十条')`. */
export const cf = (article: string): Citation => ({ law: CF_LAW, article, version: CF_VERSION });
/** 行政强制法 (2011) article. */
export const qz = (article: string): Citation => ({ law: QZ_LAW, article, version: QZ_VERSION });
/** 政府信息公开条例 (2019) article: what may be withheld from publication. */
export const gi = (article: string): Citation => ({
  law: '《中华人民共和国政府信息公开条例》',
  article,
  version: '2019-04-03修订，2019-05-15施行',
});
/** 行政诉讼法 (2017): the six-month period to sue, after which the court may be asked to enforce. */
export const ss = (article: string): Citation => ({
  law: '《中华人民共和国行政诉讼法》',
  article,
  version: '2017-06-27第二次修正，2017-07-01施行',
});
/** 行政复议法 (2023): the 60-day period to apply for reconsideration. */
export const fy = (article: string): Citation => ({
  law: '《中华人民共和国行政复议法》',
  article,
  version: '2023-09-01修订，2024-01-01施行',
});
/** 国办发〔2018〕118号 (三项制度): no articles; the part is named instead. */
export const gb118 = (part: string): Citation => ({
  law: '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
  article: part,
  version: '2018-12-05印发',
});
/** A figure no statute fixes: the county sets it; the citation says where the default came from. */
export const countySetting = (why: string): Citation => ({ law: '县级设置', article: why, version: '—' });

/** Plain text of a citation, for refusals: 《行政处罚法》第六十条. */
export const citeText = (c: Citation): string => `${c.law.replace('中华人民共和国', '')}${c.article}`;

/**
 * The day a period of `months` months after `day` ends (民法典 第二百零一、二百零二条: counted
 * from the next day; ends on the corresponding day of the last month, or that month's last day
 * when it has none). Moving off a holiday (第二百零三条) is the calendar's job.
 */
export function addMonths(day: string, months: number): string {
  const { year, month, day: d } = civilOf(parseDay(day));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDay(dayNumberOf(y, m, Math.min(d, daysInMonth(y, m))));
}
