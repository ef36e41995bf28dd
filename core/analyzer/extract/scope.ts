import { clauseStart, hasWordFrom, sentenceStart } from '../spans';

/**
 * Whether a figure is about the whole unit for the whole report year. Breakdowns (其中…),
 * comparisons (较去年…), frequencies (每月…), plans (力争…) and other periods are not.
 */

const COMPARISON =
  /同比|环比|新增|较去年|较上年|比去年|比上年|去年|上年|增长|下降|减少|增加|上升|提高了|降低/;
// 按计划学法12次 reports work done according to a plan, not a plan.
const PLAN = /(?<!按)计划|力争|预计|目标|拟|确保全年/;
const FREQUENCY = /每[年季月周天日次村组人户]|每半年|每个/;
const PART_OF_YEAR = /上半年|下半年|[一二三四1-4]季度|\d{1,2}月份|\d{1,2}[-—至~]\d{1,2}月|前三季度/;
/**
 * Figures that are not the unit's rule-of-law work: political study sessions (第一议题,
 * 意识形态), and figures of a part of the unit or of an outside body (各部门学法…). The
 * 科级干部 a training reached are a part of the unit's staff (extractIndicators asks that of
 * head counts only: a lecture held for them is the unit's).
 */
// 审核街道各部门报送合同19份: bodies that sent the unit something to review are not the
// ones the figure counts the work of.
// 在各村开设法治课堂, 深入各村开展宣传: the places the unit's own work reached.
const NOT_THE_UNITS =
  /第一议题|意识形态|(?<![在到赴入进往])各(?:[\u4e00-\u9fa5]{0,3}部门|单位|村|社区|科室|站所|乡镇|镇街|街道)(?!报送|提交|送审|上报|报来)|检察院|法院|人民法庭|协助法庭|配合法庭/;
/**
 * 县市场监管局在辖区开展执法检查20次: a clause whose subject is a bureau of the county (district,
 * city …) counts that bureau's work: another body's in a township's report, one department's in
 * a county's (dev README: figures of an outside body or a part of the unit). Its people doing
 * the unit's work (县司法局律师为镇干部讲课) are not the subject.
 */
const BUREAU_SUBJECT =
  /^(?:\d{4}年|全年|今年)?[，,]?(?:县|区|市|州|省)[\u4e00-\u9fa5]{1,8}?局(?![局长领导干部同志律师工作人员])/;
/**
 * Sizes of a list of matters, not work done: 保留政务服务事项515项, 取消许可事项18项,
 * 事项清单31个, 承接下放事项40项. A county reports these after each review of its lists
 * (the 放管服 reform); they count entries, not cases handled.
 */
const ITEM_LIST =
  /(?:保留|取消|下放|承接|精简|赋予|梳理|确认|编制|公布|调整|划转|认领)[^，。；\d]{0,12}事项|清单|目录/;
/**
 * Totals over several years (近三年来…, 五年来…, 历年来累计…, 自2021年以来累计…): not the report year's
 * figure. Read over the sentence, since the span usually opens it in a clause of its own.
 * A digit counts only alone (2024年以来 is no span of 4 years).
 */
const SEVERAL_YEARS =
  /近[两二三四五六七八九十2-9]年|历年|多年来|近年来|(?<![\d〇零一二三四五六七八九十])[两二三四五六七八九十2-9]年(?:来|以来|间|中)|十[三四五]五(?:”)?(?:期间|以来)/;
const SINCE_YEAR = /(20\d\d)年以来/g;
const BREAKDOWN = '其中';
const WHOLE_AGAIN = /全年|全镇|全乡|全街道|全县|全区|共计|累计|合计|总计|年内|今年/;
const YEAR = /(20\d\d)年/g;

/**
 * Whether a global pattern's matches in `s` (as matchAll finds them) hold a year (group 1) other
 * than `reportYear` (or, with `earlierOnly`, before it). An exec loop: matchAll builds an iterator
 * and a copy of the pattern per call, and figureScope runs for every figure.
 */
function someYear(re: RegExp, s: string, reportYear: number, earlierOnly: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const y = Number(m[1]);
    if (earlierOnly ? y < reportYear : y !== reportYear) {
      re.lastIndex = 0;
      return true;
    }
  }
  return false;
}

/** Any of the six patterns above, in one scan of the clause. */
const NOT_A_RESULT = new RegExp(
  [COMPARISON, PLAN, FREQUENCY, PART_OF_YEAR, NOT_THE_UNITS, ITEM_LIST].map((re) => re.source).join('|'),
);

/**
 * Where a sentence first holds 年, 五 and 以来, and where it holds 其中, found once for all its
 * figures (a report dense with figures asked each figure's sentence prefix again for each word).
 */
export interface SentenceWords {
  start: number;
  /** first start of each word at or after `start` and before the sentence's end, or -1 */
  year: number;
  five: number;
  since: number;
  /** every start of 其中 in the sentence, in order */
  breakdowns: number[];
}

/** The words figureScope asks of the sentence text[start, end), read in one pass over it. */
export function sentenceWords(text: string, start: number, end: number): SentenceWords {
  const words: SentenceWords = { start, year: -1, five: -1, since: -1, breakdowns: [] };
  const to = Math.min(text.length, end);
  for (let i = start; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5e74 /* 年 */) {
      if (words.year < 0) words.year = i;
    } else if (c === 0x4e94 /* 五 */) {
      if (words.five < 0) words.five = i;
    } else if (c === 0x4ee5 /* 以 */) {
      if (words.since < 0 && i + 1 < to && text.charCodeAt(i + 1) === 0x6765 /* 来 */) words.since = i;
    } else if (c === 0x5176 /* 其 */ && i + 1 < to && text.charCodeAt(i + 1) === 0x4e2d /* 中 */) {
      words.breakdowns.push(i);
    }
  }
  return words;
}

/** Whether a word first found at `at` (or -1) lies wholly before `to`: hasWordFrom(text, sentence start, to, word). */
const endsBy = (at: number, length: number, to: number) => at >= 0 && at + length <= to;

/**
 * Whether a figure is this year's result: 'out' (a comparison, a plan, another year, a total over
 * several years …), 'breakdown' (in scope but a part after 其中: not the whole's figure, though it
 * may be another key's, as 其中专题讲座2次 is the lectures'), or 'in'. `clauseAt` may pass the
 * figure's clause start when the caller has it, sparing the walk back; `words` the figure's
 * sentence's words (sentenceWords), found once for all its figures.
 */
export function figureScope(
  text: string,
  figureStart: number,
  reportYear: number | null,
  clauseAt = clauseStart(text, figureStart),
  words: SentenceWords = sentenceWords(text, sentenceStart(text, figureStart), figureStart),
): 'in' | 'out' | 'breakdown' {
  const sentenceAt = words.start;
  const clause = text.slice(clauseAt, figureStart);
  if (NOT_A_RESULT.test(clause)) return 'out';
  // Every BUREAU_SUBJECT match holds 局: most clauses are let through by one scan.
  if (hasWordFrom(text, clauseAt, figureStart, '局') && BUREAU_SUBJECT.test(clause)) return 'out';
  if (
    reportYear !== null &&
    hasWordFrom(text, clauseAt, figureStart, '年') &&
    someYear(YEAR, clause, reportYear, false)
  )
    return 'out';
  // Every SEVERAL_YEARS match holds 年 or 五: most sentences are let through by two tests of
  // where the sentence first holds them.
  if (
    (endsBy(words.year, 1, figureStart) || endsBy(words.five, 1, figureStart)) &&
    SEVERAL_YEARS.test(text.slice(sentenceAt, figureStart))
  )
    return 'out';
  if (
    reportYear !== null &&
    endsBy(words.since, 2, figureStart) &&
    someYear(SINCE_YEAR, text.slice(sentenceAt, figureStart), reportYear, true)
  )
    return 'out';
  // The last 其中 before the figure in its sentence (其中 cannot overlap itself).
  let lastBreakdown = -1;
  for (const at of words.breakdowns) {
    if (at + BREAKDOWN.length > figureStart) break;
    lastBreakdown = at;
  }
  return lastBreakdown >= 0 && !WHOLE_AGAIN.test(text.slice(lastBreakdown, figureStart)) ? 'breakdown' : 'in';
}
