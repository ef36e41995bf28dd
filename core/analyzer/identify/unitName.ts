import type { UnitLevelGuess } from '../types';

/**
 * Reporting-unit names as headers, titles and signatures write them: an optional chain of
 * higher divisions (省/市/县/区…) followed by the unit itself (镇/乡/街道, or 县/区/市).
 */

export interface UnitName {
  /** as written, with its prefix chain (示例县青石镇) */
  full: string;
  /** the unit's own name (青石镇) */
  name: string;
  level: UnitLevelGuess;
  /** a development zone or park run by a 管委会 (its level is read from whom it answers to) */
  zone?: true;
}

// 委 ends the unit of a joint title (中共云岭县委 云岭县人民政府), and so does 县委 after a
// one-character name's own 县 (中共浚县县委 is 浚县's committee, not a 浚县县); 二〇 starts a year in words.
const FOLLOW =
  '(?=[县区市旗]委|人民政府|政府|党委|党工委|工作委员会|工委|办事处|委员会|委|司法所|党政|\\d|二〇|关于|法治|依法|年度|[（(，、：\\s]|$)';
// 苏木 is Inner Mongolia's township. Guangzhou's 街道 call themselves X街 (鹤龙街, 黄石街); a
// street name (中山大街, 步行街) is kept out by the stem check in readUnitName.
const TOWNSHIP = new RegExp(`^[\\u4e00-\\u9fa5]{1,20}?(?:街道办事处|街道|街(?!道)|镇|乡|苏木)${FOLLOW}`);
/** Stems that make X街 a street or a common word, not a 街道 (大街, 步行街, 商业街, 老街). */
const STREET = /(大|步行|商业|美食|老|古|小|新|后|前|横|正|东|西|南|北|中)$/;
// The chain may hold a long 自治州 name (红河哈尼族彝族自治州金平苗族瑶族傣族自治县).
const COUNTY = new RegExp(`^[\\u4e00-\\u9fa5]{1,26}?(?:自治县|自治旗|县|区|市|旗)${FOLLOW}`);
const PREFIX_END = new Set(['省', '市', '州', '盟', '县', '区', '旗']);
const NOT_A_NAME_START = /^(我|本|全|各|该|党|政|中共)|[了以的将对把是等之在为]/;
/** Words that end like a banner (旗) but name no 旗 of Inner Mongolia: 红旗农场 is no 红旗. */
const FLAG_WORD = /^(?:红|国|党|团|队|彩|锦|军)旗$/;
/**
 * Words of running prose that no place name holds (青石镇认真落实县委… is a sentence, not a name;
 * 得益于县委、县政府… opens a thanks, its 县 is the county that leads, not a 得益于县).
 */
const PROSE_WORD =
  /得益于|受益于|有赖于|归功于|由于|鉴于|基于|认真|落实|坚持|按照|根据|深入|扎实|全面|积极|持续|不断|始终|推进|推动|开展|加强|切实|围绕|紧紧|聚焦|立足|着力|严格|强化|注重|对标|贯彻|学习|通过|依托|利用|经过|结合|督促|指导|协调|配合|要求/;
/**
 * A county name never holds a township's end inside it: 青石镇紧紧围绕县(委) is a township's
 * sentence, not a county. 镇 or 街道 after the first character, or 乡 with two more characters
 * after it (新乡县, 湘乡市 end their stem in 乡), marks such a run.
 */
const TOWNSHIP_INSIDE = /^.+(?:镇|街道)|乡.{2}/;
/**
 * Parts of a place that no county-level unit is named for: 社区, 园区, 景区 … (城区, 矿区, 新区,
 * 荔湾区, 东营区 are real districts); an autonomous region (广西壮族自治区) is a province.
 */
export const NOT_A_COUNTY = /(社区|小区|园区|景区|片区|街区|校区|库区|厂区|辖区|自治区)$/;
/**
 * A development zone or park that reports on its own rule-of-law work through its 管委会
 * (宁河经济开发区, 东源产业园区, 东疆综合保税区, 广西-东盟经济技术开发区: a name may join two
 * places by a dash), or a state forest, farm or ranch run as a unit of its own (青山国有林场).
 * Followed by its organ, a year, a title word or the end.
 */
export const ZONE_KIND =
  '(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|产业园区|工业园|综合保税区|综保区|保税区|林场|农场|牧场)';
/**
 * A park's part run by a 管委会 of its own (甘泉工业园区北区管理委员会) keeps its part in the
 * name: the park's name alone would be a fragment of it.
 */
const ZONE_PART = '(?:[东西南北中]区)?';
const ZONE = new RegExp(
  `^[\\u4e00-\\u9fa5][\\u4e00-\\u9fa5\\-－—]{0,24}?${ZONE_KIND}${ZONE_PART}(?=管理委员会|管委会|党工委|工作委员会|\\d|二〇|关于|法治|依法|年度|[（(，、：\\s|]|$)`,
);
const ZONE_KIND_END = new RegExp(`${ZONE_KIND}$`);
const ZONE_KIND_PART_END = new RegExp(`${ZONE_KIND}${ZONE_PART}$`);
/** A kind word alone (经济开发区, 开发区, 高新区) names no zone: some titles start with it. */
export const BARE_ZONE = new RegExp(`^(?:国家级|省级)?${ZONE_KIND}$`);
/** A second character that makes a leading 市/县/区/乡/镇 a common word (县城, 乡镇, 镇村, 市直). */
const LEVEL_WORD_SECOND = /[市县区乡镇村街城直属级域内外委政人两]/;
const SUFFIX = /(街道办事处|街道|自治县|自治旗|苏木|镇|乡|街|县|区|市|旗)$/;

/**
 * Whether `name` cannot be a unit's own name. A name may begin with a level character when a
 * place word follows it (镇海街道, 乡宁县, 市中区, 镇雄县 are real units); 镇人民政府, 乡镇,
 * 县城镇, 区县 are not names.
 */
function notAName(name: string): boolean {
  if (NOT_A_NAME_START.test(name) || PROSE_WORD.test(name)) return true;
  // 三区一高地, 两区协同, 五镇联动: a numeral alone before the place word counts places; no
  // unit has a one-numeral stem (八一镇, 三河镇 have two characters).
  if (COUNTED.test(name)) return true;
  // 由镇党委牵头, 于县委统一部署下: a preposition before a bare level word, not a one-character
  // name (房县, 和县, 乌镇 are names).
  if (/^[由于从向经被按据与及到让使](?:街道|苏木|镇|乡|街|县|区|市|旗)$/.test(name)) return true;
  // 民族乡, 回族乡, 蒙古族乡 alone name a kind of township, not one (红水河瑶族乡 does).
  if (/^(?:民族|[\u4e00-\u9fa5]{1,2}族)(?:乡|镇)$/.test(name)) return true;
  if (!/^[市县区乡镇]/.test(name)) return false;
  const stem = name.replace(SUFFIX, '');
  return stem.length < 2 || LEVEL_WORD_SECOND.test(stem[1] ?? '');
}

const COUNTED = /^[一二三四五六七八九十两百千万几多数](?:街道|苏木|镇|乡|街|县|区|市|旗)$/;

/** The last split of `full` into prefix + own name whose own name is long enough. */
function ownName(full: string, minLength: number): string {
  // A prefix is a named division (邵州市), never a lone 市 or 县: 市中区 is one name.
  for (let i = full.length - minLength; i >= 2; i--) {
    if (PREFIX_END.has(full[i - 1] ?? '') && !full.startsWith('自治', i)) return full.slice(i);
    // 松岭区委河西街道(工作委员会): the district's 委 closes the chain of a 街道's party body.
    if (full[i - 1] === '委' && i >= 3 && PREFIX_END.has(full[i - 2] ?? '')) return full.slice(i);
  }
  return full;
}

/**
 * A county's government named before its township's office (X区人民政府Y街道办事处, X县人民政府
 * Y镇人民政府): the county is the township's prefix chain, not part of its name.
 */
const COUNTY_GOVERNMENT = /^([\u4e00-\u9fa5]{1,16}?(?:自治县|县|区|市|旗))人民政府(?=[\u4e00-\u9fa5])/;

/** Reads a unit name at the start of `s`, or null. */
export function readUnitName(s: string): UnitName | null {
  const t = s.replace(/^中共/, '');
  const government = COUNTY_GOVERNMENT.exec(t);
  if (government) {
    const town = readUnitName(t.slice(government[0].length));
    if (town?.level === 'township') return { ...town, full: `${government[1]}${town.full}` };
  }
  const town = TOWNSHIP.exec(t);
  if (town) {
    const full = town[0].replace(/办事处$/, '');
    const name = ownName(full, full.endsWith('街道') || full.endsWith('苏木') ? 4 : 3);
    const street = name.endsWith('街') && (name.length < 3 || STREET.test(name.slice(0, -1)));
    if (!notAName(name) && !street) return { full, name, level: 'township' };
  }
  const zone = ZONE.exec(t);
  if (zone && !BARE_ZONE.test(zone[0])) {
    const full = zone[0];
    const kind = ZONE_KIND_PART_END.exec(full)?.[0] ?? '';
    // 重庆市武隆区工业园区: the district before a park's bare kind word is part of its name.
    const name = ownName(full, kind.length + 1);
    if (!NOT_A_NAME_START.test(name) && !PROSE_WORD.test(name))
      return { full, name, level: 'unknown', zone: true };
  }
  const county = COUNTY.exec(t);
  if (county) {
    const full = county[0];
    const name = ownName(full, 2);
    if (notAName(name) || name.length < 2 || NOT_A_COUNTY.test(name) || FLAG_WORD.test(name)) return null;
    // 开发区 of 2024年，开发区坚持…: a zone's kind word is no county.
    if (ZONE_KIND_END.test(name)) return null;
    if (TOWNSHIP_INSIDE.test(name.replace(SUFFIX, ''))) return null;
    const chain = full.slice(0, full.length - name.length);
    const level: UnitLevelGuess = !name.endsWith('市')
      ? 'county'
      : /[市州盟]$|地区$/.test(chain)
        ? 'county'
        : 'unknown';
    return { full, name, level };
  }
  return null;
}

/** Strips what scorers and people ignore when comparing unit names. */
export function bareUnit(s: string): string {
  return s.replace(/\s+/g, '').replace(/(人民政府|党委|政府|办事处)(文件)?$/, '');
}

/** Two spellings of one unit: equal, or one is the other with its prefix chain. */
export function sameUnit(a: string, b: string): boolean {
  const x = bareUnit(a);
  const y = bareUnit(b);
  return x.length > 0 && y.length > 0 && (x === y || x.endsWith(y) || y.endsWith(x));
}
