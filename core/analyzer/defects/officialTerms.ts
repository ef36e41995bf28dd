import { matchAllOf, matchesNear } from '../scan';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * The goal wording of the two national outlines. A report may quote either: the 2015 outline
 * (法治政府建设实施纲要（2015—2020年）) names 廉洁高效、守法诚信, the 2021 outline
 * (法治政府建设实施纲要（2021—2025年）, 中共中央 国务院 2021-08) names 智能高效、廉洁诚信、人民满意.
 */
const SLOGAN_ITEMS = [
  '职能科学',
  '权责法定',
  '执法严明',
  '公开公正',
  '智能高效',
  '廉洁诚信',
  '人民满意',
  '廉洁高效',
  '守法诚信',
];
const SLOGAN_ANCHOR = /职能科学|权责法定|执法严明/g;

/** Characters equal at the same position. */
function samePlaces(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] === b[i]) n++;
  return n;
}

/** An item of the outline's goal list written differently (智慧高效 for 智能高效). */
function sloganTypos(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  const done = new Set<number>();
  for (const m of text.matchAll(SLOGAN_ANCHOR)) {
    // The list is the run of four-character items joined by 、 around the anchor.
    let s = m.index ?? 0;
    while (s >= 5 && text[s - 1] === '、' && /^[\u4e00-\u9fa5]{4}$/.test(text.slice(s - 5, s - 1))) s -= 5;
    for (let i = s; /^[\u4e00-\u9fa5]{4}$/.test(text.slice(i, i + 4)); i += 5) {
      const item = text.slice(i, i + 4);
      if (!done.has(i) && !SLOGAN_ITEMS.includes(item)) {
        const ranked = SLOGAN_ITEMS.map((w) => ({ w, n: samePlaces(w, item) })).sort((a, b) => b.n - a.n);
        const [first, second] = ranked;
        if (first && first.n >= 3 && (!second || second.n < first.n)) {
          out.push(at('typo', i, i + 4, DEFECT_MESSAGES.slogan(item, first.w), 'high'));
        }
      }
      done.add(i);
      if (text[i + 4] !== '、') break;
    }
  }
  return out;
}

/**
 * 党的十九大和十九届历次全会: the plenary sessions are those of the same Central Committee.
 * The joining word may be lost with the 届 (党的十九大历次全会).
 */
const CONGRESS = /党的(十[六七八九]|二十)大(?:精神)?(和|及|以及|、)?(历届|历次)全会/g;
const SESSIONS = /(十[六七八九]|二十)届历届全会/g;

function congressWording(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of matchAllOf(text, CONGRESS)) {
    const i = m.index ?? 0;
    const right = `党的${m[1]}大${m[2] ?? '和'}${m[1]}届历次全会`;
    out.push(
      at(
        'typo',
        i,
        i + m[0].length,
        DEFECT_MESSAGES.termVariant(m[0], right, '全会是同一届中央委员会的历次全会'),
        'high',
      ),
    );
  }
  for (const m of matchesNear(text, SESSIONS, '届历届全会', 2)) {
    const i = m.index ?? 0;
    out.push(
      at(
        'typo',
        i,
        i + m[0].length,
        DEFECT_MESSAGES.termVariant(m[0], `${m[1]}届历次全会`, '同一届中央委员会的全会称“历次”'),
        'high',
      ),
    );
  }
  return out;
}

/** 现将…情况报告如下 with 告 dropped; 汇报/呈报/通报如下 are whole words. */
const REPORT_AS_FOLLOWS = /([\u4e00-\u9fa5]{2})报如下/g;
const REPORT_VERBS = new Set([...'汇呈通上申禀回函专简转举填电急快']);
/** 第一责任人 with 责任 dropped, in a sentence about the heads' duty. */
const FIRST_PERSON = /(的)?第一人(?![民称选次])/g;
const HEADS = /负责人|责任|书记|主要领导|党政|一把手/;
/**
 * 推进法治建设第一责任人 with the whole word 第一 dropped (履行推进法治建设责任人职责): 推进 marks
 * the fixed formulation of the heads' duty; a 法治建设责任人 without it may be anyone put in
 * charge (明确各村法治建设责任人).
 */
const FIRST_DROPPED = /推进法治建设责任人/g;
/** 将…纳入…: a 入 with no verb before it (法规入党委…). */
const INTO =
  /将[^。；\n]{1,40}?([\u4e00-\u9fa5])入(党委|党组|党工委|中心组|年度|重要|日常|工作|考核|必学|学习|议事|会议|全年|年终)/g;
const INTO_VERBS = new Set([...'纳列融写编计载收引深投进加导注录转植输嵌汇带出介切陷步落混侵流归置']);

/**
 * A character typed twice across a term's start: 法合法性审查 (法 + 合法性审查), 审审查. No word of
 * the genre ends in 法 right before 合法性 (依法 is followed by 行政, 开展, not 合法性).
 */
const STRAY_BEFORE_TERM = /(?<![依守违执立司宪普学用护])法(?=合法性审查|合法性审核)/g;

/**
 * 法治建设 with 设 dropped (夯实法治建基础): 法治建 is followed by 设 in the genre, or by 立/成/言/议
 * in the rare other words (法治建立, 建成, 建言, 建议); a noun after it means 设 was lost.
 */
const RULE_OF_LAW_BUILD = /法治建(?=[基工水成果氛格体机队阵品项领])/g;

/**
 * 为全镇经济社会发展 with the unit lost (为全经济社会发展): 全 needs its unit noun before 经济;
 * 健全, 完全, 安全 … end in 全 as words of their own, and 全经济周期 is a term.
 */
const WHOLE_ECONOMY = /(?<![健完安齐周保万十全])全经济(?!周期)/g;
/** The units a report says 全X of, to name the one meant. */
const WHOLE_UNIT = /全([镇乡县区市街])(?=[\u4e00-\u9fa5])/g;
/**
 * 现将…报告如下 with a stray character typed between 现 and 将 (现提将); 现特将, 现再将, 现拟将,
 * 现谨将, 现一并将 are in use.
 */
const NOW_REPORT = /现([\u4e00-\u9fa5])将(?=[^。\n]{0,80}?如下)/g;
const NOW_ADVERBS = new Set([...'特再拟谨并予就已']);

function unitMeant(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WHOLE_UNIT))
    counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : '镇';
}

function droppedCharacters(text: string): NormDefect[] {
  const out: NormDefect[] = [];
  for (const m of matchesNear(text, WHOLE_ECONOMY, '全经济', 0)) {
    const i = m.index ?? 0;
    out.push(
      at('typo', i, i + 3, DEFECT_MESSAGES.droppedChars('全经济', `全${unitMeant(text)}经济`), 'medium'),
    );
  }
  for (const m of matchesNear(text, NOW_REPORT, '将', 2)) {
    if (NOW_ADVERBS.has(m[1] as string)) continue;
    const i = m.index ?? 0;
    out.push(at('typo', i, i + 3, DEFECT_MESSAGES.extraChar(m[0], '现将'), 'medium'));
  }
  if (text.includes('法治建'))
    for (const m of text.matchAll(RULE_OF_LAW_BUILD)) {
      const i = m.index ?? 0;
      out.push(at('typo', i, i + 3, DEFECT_MESSAGES.droppedChars('法治建', '法治建设'), 'medium'));
    }
  for (const m of matchesNear(text, STRAY_BEFORE_TERM, '法合法性审')) {
    const i = m.index ?? 0;
    out.push(
      at('typo', i, i + 6, DEFECT_MESSAGES.extraChar(text.slice(i, i + 6), text.slice(i + 1, i + 6)), 'high'),
    );
  }
  for (const m of matchesNear(text, REPORT_AS_FOLLOWS, '报如下', 2)) {
    const prev = (m[1] as string)[1] as string;
    if (REPORT_VERBS.has(prev)) continue;
    const i = m.index ?? 0;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.droppedChars(m[0], `${m[1]}报告如下`), 'high'));
  }
  for (const m of matchesNear(text, FIRST_PERSON, '第一人', 0, 1)) {
    const i = m.index ?? 0;
    // 落实第一人职责: the duty named right after it says whose it is, as the heads before it do.
    const after = text.slice(i + m[0].length, i + m[0].length + 2);
    if (!HEADS.test(text.slice(Math.max(0, i - 40), i)) && after !== '职责' && after !== '责任') continue;
    out.push(
      at('typo', i, i + m[0].length, DEFECT_MESSAGES.droppedChars(m[0], `${m[1] ?? ''}第一责任人`), 'high'),
    );
  }
  for (const m of matchesNear(text, FIRST_DROPPED, '建设责任人', 4)) {
    const i = m.index ?? 0;
    out.push(
      at('typo', i, i + m[0].length, DEFECT_MESSAGES.droppedChars(m[0], '推进法治建设第一责任人'), 'high'),
    );
  }
  for (const m of matchAllOf(text, INTO)) {
    if (INTO_VERBS.has(m[1] as string)) continue;
    const i = (m.index ?? 0) + m[0].length - (m[2] as string).length - 2;
    out.push(
      at(
        'typo',
        i,
        i + 2 + (m[2] as string).length,
        DEFECT_MESSAGES.droppedVerb(text.slice(i, i + 2 + (m[2] as string).length)),
        'medium',
      ),
    );
  }
  return out;
}

/** Fixed official wording written wrongly: the outline's goals, the congress formula, dropped characters. */
export function findTermDefects(text: string): NormDefect[] {
  return [...sloganTypos(text), ...congressWording(text), ...droppedCharacters(text)];
}

/** The 2015 outline's two items that the 2021 outline replaced. */
const OLD_ITEMS = /廉洁高效、守法诚信/g;
/** The year the 2021 outline was first in force for a whole report year. */
const NEW_OUTLINE_YEAR = 2022;

/**
 * The goal list of the 2015 outline (…公开公正、廉洁高效、守法诚信) in a report on a year the
 * 2021 outline governs: a list copied from an old report. Left alone when the text names the
 * old outline's period just before the list (纲要（2015—2020年）提出的…) or the new list's items.
 */
function staleGoalList(text: string, reportYear: number | null): NormDefect[] {
  const out: NormDefect[] = [];
  if (reportYear === null || reportYear < NEW_OUTLINE_YEAR || !text.includes('守法诚信')) return out;
  for (const m of text.matchAll(OLD_ITEMS)) {
    const i = m.index ?? 0;
    const before = text.slice(Math.max(0, i - 60), i);
    if (!/职能科学|权责法定|执法严明|公开公正/.test(before) || /2015|2020/.test(before)) continue;
    if (/^、?(?:智能高效|廉洁诚信|人民满意)/.test(text.slice(i + m[0].length))) continue;
    out.push(at('typo', i, i + m[0].length, DEFECT_MESSAGES.staleGoalList(m[0]), 'medium'));
  }
  return out;
}

/**
 * Wording that was right once: the old goal list. (A check for 法治政府年度报告 without 建设 was tried and
 * dropped: on a blind set of 24 public reports it fired twice where the wording is the writer's own, not a slip.)
 */
export function findStaleWording(text: string, reportYear: number | null): NormDefect[] {
  return staleGoalList(text, reportYear);
}
