import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** A year run into the words after it (2024法治政府建设…, 2024度, 2024是…, 截至2024底): 年 dropped. */
const YEAR_NO_NIAN =
  /(?<![\d〔［【（[(.\-—/])((?:19|20)\d{2})(?=度|法治|法制|工作|全年|上半年|下半年|以来|依法|推进)/g;
/**
 * 2024年来， for 2024年以来: a four-digit (or 二〇…) year is a point in time, so 年来 after it lost 以 (近3年来,
 * 十年来 count years and are whole). Only before a comma: there 年来 is the time phrase opening a sentence,
 * while 2024年来我镇挂职 or 2024年来访 read 来 as a verb or the start of a word. Low confidence: some writers
 * use 年来 after a year on purpose, and a corpus's hand gold passed one such sentence without remark.
 */
const YEAR_LAI =
  /(?<![\d〔［【（[(.\-—/])((?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})年来(?=[，,])/g;
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
    // The year and the (up to two) characters it runs into.
    const end = /[\u4e00-\u9fa5]/.test(text[i + 5] ?? '') ? i + 6 : i + 5;
    out.push(at('typo', i, end, DEFECT_MESSAGES.yearNoNian(m[1] as string), 'high'));
  }
  for (const m of text.matchAll(YEAR_LAI)) {
    const i = m.index ?? 0;
    out.push(
      at('typo', i, i + m[0].length, DEFECT_MESSAGES.droppedChars(m[0], `${m[1] as string}年以来`), 'low'),
    );
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
  yearSlips(text, out);
  monthSlips(text, out);
  return out;
}

/** A four-digit year of this or the last century. */
const YEAR4 = /(?:19|20)\d{2}/g;
/** After 年: the month and day run together (315日: 月 dropped, no day exceeds 31). */
const GLUED_DAY = /(\d{3,4})日/y;
/** After 年: the month's digits lost before the day (2024年月15日). */
const LOST_MONTH = /月\d{1,2}日/y;
/** After 年: a month beyond 12 (2024年13月). */
const BAD_MONTH = /(?:1[3-9]|[2-9]\d)月/y;
/**
 * After 年: a month without 月 before a stop (2024年11，), or a range of months whose closing
 * 月 was dropped (2024年1-10全县…); 3、4月 lists months and is right.
 */
const MONTH_NO_YUE =
  /(?:1[0-2]|[1-9])(?=[，,。；;]|举行|下发|成立|完成|开始|审议|通过|实施|施行|期间|份)|(?:1[0-2]|[1-9])[-—–~～至到](?:1[0-2]|[1-9])(?![\d月])/y;
/**
 * Right after a year's digits, words only a year is followed by (2024是…, 截至2024底), or a
 * verb or the unit that opens the year's clause (2021开展…, 2023全镇共…, 2022累计…): 年 dropped.
 * A number before a verb is a count with its measure word (3次开展 is no such run).
 */
const AFTER_YEAR =
  /是|底|初|第?[一二三四]季度|开展|召开|组织|举办|印发|出台|累计|新增|共(?:计|有|开展|召开|举办|组织|受理|办理|发放)|全(?:镇|乡|县|区|街)|我(?:镇|乡|县|区|街)/y;
/** Words of time a year may follow before its comma (在2024，…). */
const TIME_WORD = /(?:在|于|截至|自|至)$/;
const CLAUSE_START = '。；：\n';
/** Before a year that is a number in a code or a range, not a year written alone (〔2024〕, 2023-2024). */
const YEAR_SKIP = '〔［【（[(.-—/';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function stickyAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/**
 * Slips at a year, read in one pass over the text's years (a pattern per slip, each opening
 * with a look-behind, was tried at every character): a year with no 年 before a clause's
 * comma (2024，全镇…), 年 typed as 月 (2024月3月), and after 年 a glued, lost or impossible
 * month.
 */
function yearSlips(text: string, out: NormDefect[]): void {
  for (const m of text.matchAll(YEAR4)) {
    const i = m.index ?? 0;
    const prev = text[i - 1];
    if (isDigit(prev)) continue;
    const j = i + 4;
    const next = text[j];
    if (next === '，' || next === ',') {
      if (
        i === 0 ||
        CLAUSE_START.includes(prev as string) ||
        TIME_WORD.test(text.slice(Math.max(0, i - 2), i))
      )
        out.push(at('typo', i, j, DEFECT_MESSAGES.yearNoNian(m[0]), 'high'));
    } else if (stickyAt(AFTER_YEAR, text, j) && !YEAR_SKIP.includes(prev as string)) {
      out.push(at('typo', i, AFTER_YEAR.lastIndex, DEFECT_MESSAGES.yearNoNian(m[0]), 'high'));
    } else if (next === '月') {
      if (prev !== '.')
        out.push(at('typo', i, j + 1, DEFECT_MESSAGES.yearAsMonth(text.slice(i, j + 1)), 'high'));
    } else if (next === '年') {
      const k = j + 1;
      const glued = stickyAt(GLUED_DAY, text, k);
      let end = -1;
      let message = '';
      if (glued && Number(glued[1]) > 31) {
        end = k + glued[0].length;
        message = DEFECT_MESSAGES.dateNoYue(text.slice(i, end));
      } else if (stickyAt(LOST_MONTH, text, k)) {
        end = k + 1;
        message = DEFECT_MESSAGES.impossibleDate(text.slice(i, end));
      } else if (stickyAt(BAD_MONTH, text, k)) {
        end = BAD_MONTH.lastIndex;
        message = DEFECT_MESSAGES.impossibleDate(text.slice(i, end));
      } else {
        const noYue = stickyAt(MONTH_NO_YUE, text, k);
        if (noYue) {
          end = k + noYue[0].length;
          message = DEFECT_MESSAGES.dateNoYue(text.slice(i, end));
        }
      }
      if (end > 0) out.push(at('typo', i, end, message, 'high'));
    }
  }
}

/** Days of each month (February with its leap day: a report's year is not checked here). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** After 月: a day, then 日, 月 (日 typed as 月) or a stop (日 dropped). */
const DAY_AFTER = /(\d{1,2})(?:(日)|(月)|(?=[，,。；;]))/y;

/**
 * Slips at a month, read at each 月: a day with no 日 before a stop (3月15，), 日 typed as 月
 * (3月15月), and a date no calendar has (6月31日, 13月2日).
 */
function monthSlips(text: string, out: NormDefect[]): void {
  for (let k = text.indexOf('月'); k >= 0; k = text.indexOf('月', k + 1)) {
    let d = k;
    while (d > k - 2 && isDigit(text[d - 1])) d--;
    if (d === k || isDigit(text[d - 1]) || text[d - 1] === '.') continue;
    const day = stickyAt(DAY_AFTER, text, k + 1);
    if (!day) continue;
    const month = Number(text.slice(d, k));
    const n = Number(day[1]);
    const end = k + 1 + day[0].length;
    const quote = text.slice(d, end);
    if (day[2]) {
      if (month >= 1 && month <= 12 && n >= 1 && n <= (MONTH_DAYS[month - 1] as number)) continue;
      out.push(at('typo', d, end, DEFECT_MESSAGES.impossibleDate(quote), 'high'));
    } else if (month >= 1 && month <= 12 && n >= 1 && n <= 31) {
      out.push(
        at(
          'typo',
          d,
          end,
          day[3] ? DEFECT_MESSAGES.impossibleDate(quote) : DEFECT_MESSAGES.dateNoRi(quote),
          'high',
        ),
      );
    }
  }
}
