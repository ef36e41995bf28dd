import type { Identification } from '../identify/identify';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** Characters that may stand right before a year opening a clause (在2021年，自2021年，至2021年，). */
const BEFORE_YEAR = new Set([...'在于至到和及与从自止今是为的前后底初末同比较起迄即往历截、']);
/** A year with a comma after it opens a clause, so it must follow a mark, not a word. */
const GLUED_YEAR = /([\u4e00-\u9fa5]{2})((?:19|20)\d{2})年(度)?，/g;
/** A finished verb phrase running into a clause-opening preposition (高位推动按照…). */
const VERB_PREP = /(推动|部署|落实|推进|开展|加强|强化|统筹|保障|引领)(按照|根据|依据|围绕)/g;
/** A verb phrase running into a new subject: …安排部署县创建办按照… */
const NEW_SUBJECT =
  /(部署|安排|落实|推进|开展)((?:县|镇|乡|区|街道)[\u4e00-\u9fa5]{1,5}?(?:办|局|委|所|中心))(?=按照|根据|对|在|将|把|组织|召开|坚持|严格|认真|积极)/g;

/**
 * A count closing a clause that runs into the next clause's adverb (听取汇报4次先后召开…,
 * 发布信息64个有效回应…): the comma after the count was dropped. A count of times (次) never
 * opens a clause; a count of things may (其中8个有效运转), so one after 其中/中/有/共/达 is left.
 */
const COUNT_RUN_ON =
  /([\u4e00-\u9fa5]{2})(\d+(?:余|多)?(?:次|场次|遍|个|件|场|份|人次|名|项|条|起|家|户|篇|册|张|幅|处))(先后|同时|有效|切实|进一步|积极|及时|全力|持续|不断|扎实|累计|共计|圆满|顺利)/g;
const COUNT_SUBJECT_BEFORE = /(?:其中|[中有共计达])$/;

/**
 * A count closing a clause, written after the thing counted (宣传资料400余份, 专题讲座6场,
 * 调解纠纷12件), that runs straight into the next clause's noun with no comma (…400余份法律顾问
 * 进村宣讲2次): the comma, or the measure word, was lost. Three conditions keep it to clear cases:
 * the character before the count ends a noun or an activity named before its count (a count after
 * a verb, 发放400份资料, is the noun's own), the characters after it are no continuation of the
 * count (以上, 左右, 的, 和 …), and the clause so made holds a second count of its own (a clause
 * with two closing counts and no comma between them is two clauses).
 */
const MEASURE =
  '(?:场次|人次|户次|余次|次|遍|个|件|场|份|名|项|条|起|家|户|篇|册|张|幅|处|期|批|轮|类|套|本|块|组|支|座|所)';
const COUNT_INTO_NOUN = new RegExp(
  `([\\u4e00-\\u9fa5])(\\d+(?:\\.\\d+)?万?(?:余|多)?${MEASURE}?)(?=[\\u4e00-\\u9fa5]{2})`,
  'g',
);
/** Last characters of the things and activities a report counts after naming them. */
const COUNTED_BEFORE = new Set([
  ...'料册幅语品议动座件纷息章报板题患书单栏课班卷会训赛讲谈询务案访诉调解查宣传映展览籍页单卡袋旗标',
]);
/** What may follow a closing count in the same clause: its continuation, a conjunction, a particle. */
const COUNT_GOES_ON = /^(?:以上|以下|左右|之多|之|不等|的|和|及|与|或|等|共|合计|累计|余|多|万|以)/;
/** Measure words and units a bare number may take (a number followed by one of them is a count). */
const UNIT_START = new Set([
  ...'个次件项名人场份条起家户篇册张幅处遍位期批轮类种部本支队组块门间所座套台辆元万亿千百余多年月日号时分秒天周岁倍成折级星型版度米里公斤吨亩平方季点例宗笔单封首句页章节款届楼层室栋幢路村社镇乡街区县市省网至到及或和与对大强佳小集面枚盏根只头架艘杯盒箱瓶袋卷册',
]);
/** A second count later in the clause (another measure word, or a rate). */
const CLAUSE_COUNT = new RegExp(`\\d+(?:\\.\\d+)?万?(?:余|多)?(?:${MEASURE}|%)`);
const CLAUSE_END = /[，。；、！？：,;:!?\n（(]/;

const REPEATED_SUBJECT =
  /(?<=^|[，。\n])([\u4e00-\u9fa5]{1,6}(?:镇|乡|街道|区|县)|我(?:镇|乡|街道|区|县))在[^。\n]{2,60}?下，(在[^。\n，]{2,40}?下，\1)/gm;
/**
 * The same after a single 在…下 clause (某镇在县委领导下，某镇坚持…): searched only in the
 * opening, where a report states its subject, because the pattern is costly over a whole text.
 */
const REPEATED_SUBJECT_ONE =
  /(?<=^|[，。\n])([\u4e00-\u9fa5]{1,6}(?:镇|乡|街道|区|县)|我(?:镇|乡|街道|区|县))在[^。\n，]{2,40}?下，(\1)(?=[\u4e00-\u9fa5])/gm;
const OPENING_CHARS = 400;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The meeting-names pattern of each place, compiled once: a new RegExp per analysis was compiled
 * again every time (profiled: this check's largest cost on short reports). Cleared when it
 * grows, so a server that reads many units keeps it small.
 */
const MEETINGS_OF = new Map<string, RegExp>();
function meetingsPattern(place: string): RegExp {
  let re = MEETINGS_OF.get(place);
  if (re === undefined) {
    if (MEETINGS_OF.size >= 256) MEETINGS_OF.clear();
    re = new RegExp(`会(${escapeRegExp(place)}(?:县|区|市|镇|乡|街道)?)`, 'g');
    MEETINGS_OF.set(place, re);
  }
  return re;
}

/** The unit's place name without its level (宝丰县 → 宝丰), or null when too short to trust. */
function placeOf(id: Identification): string | null {
  const name = id.unit?.name;
  if (!name) return null;
  const place = name.replace(/(街道|县|区|市|镇|乡|街)$/, '');
  return place.length >= 2 ? place : null;
}

/**
 * Sentences whose punctuation was lost (two clauses or two names run together) and sentences
 * that break off into the next: the marks of a garbled copy.
 */
export function findRunOnDefects(text: string, id: Identification): NormDefect[] {
  const out: NormDefect[] = [];
  const from = id.bodyStart;
  for (const m of text.matchAll(GLUED_YEAR)) {
    const i = m.index ?? 0;
    if (i < from || BEFORE_YEAR.has((m[1] as string)[1] as string)) continue;
    out.push(at('other', i, i + m[0].length - 1, DEFECT_MESSAGES.gluedYear(m[0].slice(0, -1)), 'medium'));
  }
  for (const m of text.matchAll(VERB_PREP)) {
    const i = m.index ?? 0;
    if (i < from) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.missingStop(m[0]), 'medium'));
  }
  for (const m of text.matchAll(NEW_SUBJECT)) {
    const i = m.index ?? 0;
    if (i < from) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.missingStop(m[0]), 'medium'));
  }
  if (/\d/.test(text))
    for (const m of text.matchAll(COUNT_RUN_ON)) {
      const i = m.index ?? 0;
      if (i < from) continue;
      const count = m[2] as string;
      if (!/[次遍]$/.test(count) && COUNT_SUBJECT_BEFORE.test(m[1] as string)) continue;
      const s = i + 2;
      out.push(
        at(
          'typo',
          s,
          s + count.length + 2,
          DEFECT_MESSAGES.missingStop(text.slice(s, s + count.length + 2)),
          'medium',
        ),
      );
    }
  if (/\d/.test(text)) out.push(...countsIntoNouns(text, from));
  const place = placeOf(id);
  if (place) {
    // Two meeting names with no 、 between them: …动员会宝丰县…推进会
    // matchAll scans a copy of the pattern, so the shared one keeps no lastIndex between texts.
    for (const m of text.matchAll(meetingsPattern(place))) {
      const i = m.index ?? 0;
      if (i < from || text[i - 1] === '委' || text[i - 1] === '社') continue;
      // 中共X镇委员会X镇人民政府: a joint title names the committee, then the government.
      if (text[i - 1] === '员' && text[i - 2] === '委') continue;
      out.push(
        at(
          'typo',
          i - 2,
          i + m[0].length,
          DEFECT_MESSAGES.missingStop(text.slice(i - 2, i + m[0].length)),
          'medium',
        ),
      );
    }
  }
  // 某镇在…领导下，在…指导下，某镇坚持…: the subject written twice in one sentence.
  // The pattern needs 下，在 literally; most reports lack it, and the look-behind and lazy
  // scans cost more than the rest of this check together (profiled on bench/analyzer-speed.ts).
  const repeated = text.includes('下，在') ? text.matchAll(REPEATED_SUBJECT) : [];
  const opening = text.slice(0, from + OPENING_CHARS);
  const once = opening.includes('下，') ? opening.matchAll(REPEATED_SUBJECT_ONE) : [];
  for (const m of [...repeated, ...once]) {
    const i = (m.index ?? 0) + m[0].length - (m[2] as string).length;
    if (i < from) continue;
    out.push(
      at('other', i, i + (m[2] as string).length, DEFECT_MESSAGES.repeatedSubject(m[1] as string), 'medium'),
    );
  }
  return out;
}

/** Closing counts run into the next clause's noun (COUNT_INTO_NOUN). */
function countsIntoNouns(text: string, from: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of text.matchAll(COUNT_INTO_NOUN)) {
    const i = m.index ?? 0;
    if (i < from || !COUNTED_BEFORE.has(m[1] as string)) continue;
    const count = m[2] as string;
    const after = i + 1 + count.length;
    const next = text.slice(after, after + 2);
    if (COUNT_GOES_ON.test(next)) continue;
    // A bare number is a count only when no measure word or unit follows it.
    if (/\d$/.test(count) && UNIT_START.has(next[0] as string)) continue;
    // Years, dates and long codes are no counts.
    if (/^\d{4}$/.test(count) || /^\d{5,}/.test(count)) continue;
    let end = after;
    while (end < text.length && end - after < 40 && !CLAUSE_END.test(text[end] as string)) end++;
    if (!CLAUSE_COUNT.test(text.slice(after, end))) continue;
    const s = i + 1;
    out.push(at('typo', s, after + 2, DEFECT_MESSAGES.missingStop(text.slice(s, after + 2)), 'medium'));
  }
  return out;
}
