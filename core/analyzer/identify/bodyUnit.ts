import type { UnitLevelGuess } from '../types';
import { NOT_A_COUNTY, readUnitName, type UnitName, ZONE_KIND } from './unitName';

/**
 * The reporting unit as the body text names it, for reports whose copy has no title: the
 * opening sentence (20XX年，X镇坚持… / 现将X街道20XX年度…报告如下), else the place name the
 * text repeats most where a name can begin. And the level the text implies by how it speaks
 * of itself (我镇, 全县, 街道党工委) and whom it addresses (a township reports to its 县委、
 * 县政府; a county to its 市委、市政府).
 */

/** 现将 + unit + year: the closing of the opening paragraph in most reports. */
const SUBMIT =
  /现(?:将|就|把)(?:我们|本|我)?((?:中共)?[\u4e00-\u9fa5]{2,30}?)(?:20\d\d|二〇|一年|年度|全年|法治)/g;
/**
 * Year or time phrase (also 2025年是…收官之年，), then up to three 在…下 clauses (在县委、县政府的坚强领导下，在县委依法治县办
 * 的指导下，…), then the unit as the sentence's subject; or the 在…下/上/中 clauses alone
 * (在全面建设…新征程上，X街道办事处坚持…).
 */
const SUBJECT =
  /^(?:(?:20\d\d年(?:度|以来)?(?:是[^。；，]{2,60}?(?:之年|一年))?|一年来|今年以来|过去一年|本年度)[，,]\s*(?:在[^。；]{2,60}?[下上中][，,]\s*){0,3}|(?:在[^。；]{2,60}?[下上中][，,]\s*){1,3})([\u4e00-\u9fa5][\u4e00-\u9fa5\-－—]{1,30})/;

/** Ends of a place name, longest first so 街道 is not read as 道. */
/** 旗 is Inner Mongolia's county (西乌珠穆沁旗); 旗帜, 红旗, 锦旗 are kept out below. */
const SUFFIX = /街道|苏木|镇|乡|县|区|旗/g;
/** Characters after 县/区/镇/乡 that make it part of a common word, not the end of a name. */
const NOT_AFTER = new Set([...'长级域内外直属村镇城县区乡民情里间帜']);
/** A name can begin after punctuation, a year phrase, or one of these words. */
const BEFORE_WORDS =
  /(现将|现就|现把|调整|推进|提升|助力|打造|建设|实现|成为|作为|关于|制定|印发|出台|是|到|由|为|在|对|将|了|和|与|及|以|年度|以来|年)$/;
const PUNCT_BEFORE = new Set([...'，。；：、“”《》（）(),.;:!?！？ \n|']);
/** First characters of words that are never a proper name (我镇, 全县, 各乡, 本区, 城区 …). */
const NOT_FIRST = new Set([...'乡镇县区市省']);
/** One character before the suffix that makes a pronoun, not a name (我镇, 全县, 本区 …). */
const PRONOUN = new Set([...'我本全各该每此其']);
/** Two-character words ending like a place name that are common nouns (社区, 城镇, 下乡 …). */
const COMMON_WORD = new Set(
  '社区 辖区 城区 园区 景区 片区 街区 小区 山区 新区 老区 郊区 库区 灾区 矿区 校区 市区 营区 湾区 城镇 村镇 集镇 城乡 下乡 家乡 老乡 同乡 郡县 国旗 红旗 党旗 团旗 彩旗 锦旗 队旗'.split(
    ' ',
  ),
);
/** Common nouns ending like a place name: 法治政府建设示范区, 开发区, 重点镇, 特色小镇, 新型城镇 … */
const COMMON_PLACE =
  /(示范|先行|开发|高新|保护|试验|功能|集聚|旅游|风景|工业|产业|核心|重点|特色|建制|小|新型城)(区|县|镇|乡)$/;
/**
 * Verbs that a level word follows (按照县司法局要求, 根据区委部署): the 县/区 is another body's;
 * 入选自治区…, 获评省…: an honour names the body that gives it.
 */
const VERB_START =
  /^(按照|根据|依据|围绕|对照|配合|协助|落实|贯彻|参加|组织|推动|推进|积极|认真|接受|邀请|联合|会同|列入|立足|深入|融入|走进|进入|面向|覆盖|服务|聚焦|结合|指导|督促|帮助|带动|统筹|下沉|扎根|包括|涵盖|全体|整个|通过|依托|利用|经过|严格|入选|获评|荣获|获得|评为|创建|争创|创成)/;
/**
 * Verbs of this kind of report that no place name holds, anywhere in a stem: 组建镇综合行政执法队,
 * 及时调整县法治政府建设领导小组, 明确街道党政办, 固化县政府常务会议会前学法 speak of the
 * unit's own organs by their level word alone, after a verb.
 */
const VERB_INSIDE =
  /召开|调整|充实|组建|明确|固化|贯穿|纳入|修订|完善|发挥|建立|健全|制定|成立|压实|深化|优化|规范|提高|印发|出台|推行|实行|执行|举办|开展|坚持|加强|强化|定期|公开|部署|听取|审议/;
const FUNCTION_CHAR = /[了以的将对把是等之在为和与及或并从向于被让使到由个年度月日号要会我]/;
/**
 * Whether a name's stem holds a function character. 和 ends many two-character place stems
 * (北和镇, 仁和镇, 太和县), so a 和 after one character is part of the name, not a conjunction.
 */
function functionWord(stem: string): boolean {
  return FUNCTION_CHAR.test(stem.length === 2 && stem[1] === '和' ? (stem[0] as string) : stem);
}

/**
 * Characters that are prepositions or particles in running text but also begin many place
 * names (和平镇, 向阳镇, 于都县, 从江县, 日土县, 月湖区, 个旧市).
 */
const NAME_START = new Set([...'和向于会从日月个']);
/**
 * The part of a stem the function-word test reads: a stem at a sure start (the text's start,
 * after punctuation, the opening's subject) may begin with one of NAME_START; a single
 * character (由镇党委…) or a verb (对照县委…) stays whole.
 */
function nameStart(stem: string): string {
  return stem.length > 1 && NAME_START.has(stem[0] as string) && !VERB_START.test(stem)
    ? stem.slice(1)
    : stem;
}

interface Candidate {
  name: string;
  level: UnitLevelGuess;
  count: number;
  first: number;
  /** times the name is followed by its own organs (青石镇党委, 青石镇人民政府, 青石镇委) */
  own: number;
}

/** Organs that follow a unit's name where the report speaks of its own leadership. */
const OWN_ORGAN = /^(?:党委|党工委|人民政府|政府|办事处|委员会|委)/;

/**
 * Stems (two to five characters) the text writes before a place word after two different
 * characters: 根据伊金霍洛旗 and 强化伊金霍洛镇 both hold 伊金霍洛, after 据 and after 化, so a
 * name starts there whatever verb precedes it; 霍洛 or 化伊金霍洛 is seen after one character only.
 */
function sharedStems(text: string): Set<string> {
  const before = new Map<string, string>();
  const shared = new Set<string>();
  for (const m of text.matchAll(SUFFIX)) {
    const p = m.index ?? 0;
    if (NOT_AFTER.has(text[p + m[0].length] ?? '')) continue;
    for (let len = 2; len <= 5 && p - len > 0; len++) {
      const stem = text.slice(p - len, p);
      if (!/^[\u4e00-\u9fa5]+$/.test(stem)) break;
      const c = text[p - len - 1] as string;
      const seen = before.get(stem);
      if (seen === undefined) before.set(stem, c);
      else if (seen !== c) shared.add(stem);
    }
  }
  return shared;
}

/** Place names that recur in `text` where a name can begin, with how often they do. */
export function placeCandidates(text: string): Candidate[] {
  const found = new Map<string, Candidate>();
  let shared: Set<string> | null = null;
  for (const m of text.matchAll(SUFFIX)) {
    const p = m.index ?? 0;
    const end = p + m[0].length;
    if (NOT_AFTER.has(text[end] ?? '')) continue;
    // 乡 of 城乡/下乡 and 区 of 社区 are caught by NOT_FIRST below; 街道 alone is no name.
    for (let len = 1; len <= 5; len++) {
      const start = p - len;
      if (start < 0) break;
      const own = text.slice(start, p);
      if (!/^[\u4e00-\u9fa5]+$/.test(own)) break;
      const sure = start === 0 || PUNCT_BEFORE.has(text[start - 1] ?? '');
      if (
        NOT_FIRST.has(own[0] ?? '') ||
        functionWord(sure ? nameStart(own) : own) ||
        VERB_START.test(own) ||
        VERB_INSIDE.test(own)
      )
        continue;
      // 同白沙镇共建…: 与/同 joined to a peer's name (同安区, 同心县 are two-character names).
      if (own[0] === '与' || (own[0] === '同' && own.length >= 3)) continue;
      // 全面依法治县, 依法治旗: the work of ruling by law, not a place.
      if (/依法|(?<!自)治$/.test(own)) continue;
      if (len === 1 && COMMON_WORD.has(text.slice(start, p + 1))) continue;
      // 安排全镇, 推动我县: the suffix belongs to a pronoun, whatever precedes it.
      if (PRONOUN.has(own[own.length - 1] ?? '')) break;
      const before = text.slice(Math.max(0, start - 4), start);
      if (!(start === 0 || PUNCT_BEFORE.has(text[start - 1] ?? '') || BEFORE_WORDS.test(before))) {
        shared ??= sharedStems(text);
        // 打造特色小镇 … 建设特色小镇, 推进新型城镇…: a stem ending in a common word (小镇, 城镇)
        // recurs as a phrase, not as a name.
        if (!shared.has(own) || COMMON_WORD.has(text.slice(p - 1, end))) continue;
      }
      const name = text.slice(start, end);
      if (COMMON_PLACE.test(name) || NOT_A_COUNTY.test(name)) continue;
      // 与红岩镇、白沙镇联合…: a name in a list, or after 与/同, is a peer, not the reporting unit.
      if (text[start - 1] === '、' || text[end] === '、' || /[与同]$/.test(before)) continue;
      // 青禾镇撤镇设街道 / 撤销青禾镇 / 原青禾镇: a township the text says is gone is not the unit.
      if (text[end] === '撤' || own.includes('撤') || /(?:撤销|撤|原)$/.test(before)) continue;
      const organ = OWN_ORGAN.test(text.slice(end, end + 4)) ? 1 : 0;
      const c = found.get(name);
      if (c) {
        c.count++;
        c.own += organ;
      } else
        found.set(name, {
          name,
          level: m[0] === '县' || m[0] === '区' || m[0] === '旗' ? 'county' : 'township',
          count: 1,
          first: start,
          own: organ,
        });
    }
  }
  return [...found.values()];
}

/** How the text speaks of its own unit: 我镇/全镇/本镇/镇党委 against 我县/全县/县政府 … */
export function selfLevel(text: string): UnitLevelGuess {
  const town = (
    text.match(
      /[我全本](?:镇|乡|街道|街|苏木)|(?:镇|乡|街道|街|苏木)(?:党委|党工委|政府|人民政府|办事处)/g,
    ) ?? []
  ).length;
  const county = (text.match(/[我全本](?:县|区|旗)(?![委域])|(?:县|区|旗)政府常务会/g) ?? []).length;
  if (town > county) return 'township';
  if (county > town) return 'county';
  return 'unknown';
}

/**
 * The level implied by an addressee line (利辛县委、县政府： / 某区人民政府： /
 * 区委全面依法治区委员会：): the addressee is one level up.
 */
export function addresseeLevel(line: string): UnitLevelGuess {
  // An opening sentence may end with 如下： too (2022年，县人民政府…现将有关情况报告如下：): an
  // addressee line is a name list, without a clause's comma or stop.
  if (!/[：:]$/.test(line) || line.length > 40 || /如下|[。，,；;]/.test(line)) return 'unknown';
  if (/(县|区|旗)(委|人民政府|政府|委员会|依法治)/.test(line) || /依法治(县|区)/.test(line))
    return 'township';
  if (/市(委|人民政府|政府)|依法治市/.test(line)) return 'county';
  return 'unknown';
}

/**
 * A subject cut at its first place suffix (青石镇 of 青石镇坚持…), never inside one (三乡镇, not
 * 三乡); a zone, farm or forest the same way (青山农场在县委…), and 苏木 and 旗 (not 旗帜).
 */
const PLACE_END = `(?:${ZONE_KIND}|街道|街(?![街道])|苏木|镇|乡|县|区|市|旗(?!帜))`;
const CUT = new RegExp(`^(?:中共)?[\\u4e00-\\u9fa5]{1,10}?${PLACE_END}(?![镇乡])`);

/** The unit named by the opening paragraph's 现将…报告如下 or its subject, or null. */
export function openingUnit(paragraph: string): UnitName | null {
  for (const m of paragraph.matchAll(SUBMIT)) {
    const u = readUnitName(m[1] ?? '');
    if (u) return u;
  }
  const s = SUBJECT.exec(paragraph);
  if (!s) return null;
  const subject = s[1] ?? '';
  const u = readUnitName(subject);
  if (u) return u;
  // The subject runs on into its verb (青石镇坚持…): cut it at the first place suffix.
  // 街 alone is a Guangzhou 街道 (鹤龙街坚持…); readUnitName turns away street names. A 街
  // followed by 道 is the 街道 of a name that holds a street (银杏大街街道).
  // 市 too: a county-level city (龙泉市坚持…) names itself so; its level is read from the body.
  const m = CUT.exec(subject);
  if (!m) return null;
  const own = m[0].replace(/^中共/, '');
  const stem = own.replace(new RegExp(`${PLACE_END}$`), '');
  if (functionWord(nameStart(stem)) || PRONOUN.has(stem[stem.length - 1] ?? '')) return null;
  const unit = readUnitName(own);
  // 云岭县青石镇坚持…: a county cut off before its township is the township's prefix chain.
  if (unit && unit.level !== 'township') {
    const next = CUT.exec(subject.slice(m[0].length));
    const town = next ? readUnitName(`${own}${next[0]}`) : null;
    if (town?.level === 'township' && !FUNCTION_CHAR.test(next?.[0] ?? '')) return town;
  }
  return unit;
}

/**
 * Between names found equally often: a name of usual length, then the earlier. The length is
 * the stem's (one to three characters before 镇/乡/县/区, up to four before 街道: 六村堡街道,
 * 银杏大街街道 are real names; counting 街道 in the length made every such name lose to a verb
 * phrase such as 纳入街道).
 */
function rank(c: Candidate): number {
  const stem = c.name.replace(/(街道|苏木|镇|乡|县|区|旗)$/, '');
  return (stem.length > 4 ? 1e6 : 0) + c.first;
}

/**
 * The most repeated place name in `text` of the expected level (or any level when it is
 * unknown) named at least `minCount` times, or null. Between names found equally often the
 * earlier one wins.
 */
export function repeatedPlace(text: string, level: UnitLevelGuess, minCount = 1): UnitName | null {
  let best: Candidate | null = null;
  let bestUnit: UnitName | null = null;
  for (const c of placeCandidates(text)) {
    if ((level !== 'unknown' && c.level !== level) || c.count < minCount) continue;
    // 驻镇单位, 经乡党委研究: a one-character township stem is a name (乌镇) only when repeated.
    if (c.level === 'township' && c.name.length === 2 && c.count < 2) continue;
    if (best && (c.count < best.count || (c.count === best.count && rank(c) >= rank(best)))) continue;
    // A run the name reader turns away (严格按照街道, 依法治县) is prose, never a unit.
    const unit = readUnitName(c.name);
    if (!unit) continue;
    best = c;
    bestUnit = unit;
  }
  return bestUnit;
}
