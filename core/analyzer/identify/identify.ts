import type { Paragraph } from '../spans';
import type { UnitLevelGuess } from '../types';
import { addresseeLevel, openingUnit, repeatedPlace, selfLevel } from './bodyUnit';
import { readDateLine, type SigningDate } from './dates';
import { fold, looksTraditional } from './fold';
import { readPageMetadata } from './metadata';
import { readUnitName, sameUnit, type UnitName, ZONE_KIND } from './unitName';

/** Who reports, for which year, under which title, number and signature. */
export interface Identification {
  unit: UnitName | null;
  level: UnitLevelGuess;
  reportYear: number | null;
  title: { text: string; start: number; end: number; year: number | null } | null;
  header: { unit: UnitName; para: Paragraph } | null;
  signatures: { unit: UnitName; para: Paragraph; date: SigningDate | null; datePara: Paragraph | null }[];
  docNumber: string | null;
  signer: string | null;
  /** first paragraph of body text (after title, number, addressee) */
  bodyStart: number;
  /** where the unit was read (title, header, opening, signature, metadata, body), or why it is null */
  unitSource: UnitSource;
}

export type UnitSource = 'title' | 'header' | 'opening' | 'signature' | 'metadata' | 'body' | 'none';

const TITLE_WORDS = /(报告|总结|情况)/;
const TITLE_TOPIC = /(法治|依法行政|法制)/;
const SIGNATURE = /^(中共)?[\u4e00-\u9fa5]{2,24}(人民政府|党委|政府|办事处|党工委|委员会)(办公室)?$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔[［【（(]\d{4}[〕\]］】）)]\d{1,4}号/;
const SIGNER = /签发人[：:]?([\u4e00-\u9fa5]{2,4})/;

function isBody(p: Paragraph): boolean {
  // …现将有关情况报告如下： is the opening sentence, even when short and without a stop.
  return /[。；]/.test(p.text) || p.text.length > 60 || /(?:报告|汇报|总结)如下[：:]?$/.test(p.text);
}

function unitInTitle(title: string): UnitName | null {
  const t = title
    // | 东疆综合保税区2025年度…报告 |: a title printed in a table cell.
    .replace(/^[|｜\s]+|[|｜\s]+$/g, '')
    // 《青石镇2024年…报告》 / “青石镇”2024年…: a title set in quotes or title marks.
    .replace(/^《([^《》]+)》$/, '$1')
    .replace(/^[“"「『]([^”"」』]{2,20})[”"」』]/, '$1')
    // 2024-02-01 青石镇2023年…: a portal's date before the title.
    .replace(/^20\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*/, '')
    // 青府〔2025〕3号 青石镇人民政府关于…: a document number printed on the title's line.
    .replace(/^[\u4e00-\u9fa5]{1,10}[〔[［【（(]\d{4}[〕\]］】）)]\d{1,4}号\s*/, '')
    // 【青石镇】2024年… / （青石镇）2024年…: a bracketed label before the title.
    .replace(/^[【[［（(]([^】\]］）)]{2,20})[】\]］）)]/, '$1')
    .replace(/^(20\d\d|二〇[一二三][〇一二三四五六七八九])年度?/, '')
    .replace(/^关于/, '');
  const direct = readUnitName(t);
  if (direct) return direct;
  // 高新区（新市区）人民政府2024年…: a zone and the district it is run as, one government; the
  // district in brackets is the division that reports.
  const twin = /^[\u4e00-\u9fa5]{2,12}[（(]([\u4e00-\u9fa5]{2,12})[）)]/.exec(t);
  const twinUnit = twin ? readUnitName(`${twin[1]}${t.slice(twin[0].length)}`) : null;
  if (twinUnit && twinUnit.level !== 'unknown' && twinUnit.full === twin?.[1]) return twinUnit;
  // 云岭县住房和城乡建设局2024年…: a county department's title; its own name is added where
  // the report speaks as itself (identify), the county is read here.
  const dept =
    /^([\u4e00-\u9fa5]{1,12}?(?:县|区|旗))[\u4e00-\u9fa5]{1,10}?局(?=\d|关于|法治|依法|年度|二〇)/.exec(t);
  const county = dept ? readUnitName(dept[1] as string) : null;
  if (county?.level === 'county') return county;
  // 法治政府建设年度报告（青石街道）: the unit in brackets closing the title.
  const closing = /[（(]([\u4e00-\u9fa5]{2,30})[）)]$/.exec(t);
  const bracketed = closing ? readUnitName(closing[1] as string) : null;
  if (bracketed) return bracketed;
  // "关于…" or "20XX年…" may sit between the unit and the rest of the title.
  for (const m of t.matchAll(/(年度?|关于)/g)) {
    const u = readUnitName(t.slice((m.index ?? 0) + m[0].length));
    if (u) return u;
  }
  // 法治政府建设年度报告——青石镇: the unit after a dash closing the title.
  const dashed = /[—－–-]{1,2}\s*([\u4e00-\u9fa5]{2,30})$/.exec(t);
  const afterDash = dashed ? readUnitName(dashed[1] as string) : null;
  if (afterDash) return afterDash;
  // 青石镇推进法治政府建设2024年度报告: the title's first words, cut at a place suffix.
  const cut = /^[\u4e00-\u9fa5]{1,10}?(?:街道|苏木|镇|乡|县|区|旗)(?![镇乡])(?=[\u4e00-\u9fa5])/.exec(t);
  // Not when another place word follows (松岭县民族乡…: the county is only the prefix chain).
  if (!cut || /[我本全各该]/.test(cut[0])) return null;
  if (/^[\u4e00-\u9fa5]{0,6}?(?:街道|苏木|镇|乡|县|区|旗|市)/.test(t.slice(cut[0].length))) return null;
  // 青禾镇青山村2024年…总结: a village's or community's report; the township is only its place.
  // 嘎查 is Inner Mongolia's village (青格勒苏木乌兰嘎查…).
  if (/^[\u4e00-\u9fa5]{1,6}?(?:村|社区|居委会|嘎查)/.test(t.slice(cut[0].length))) return null;
  return readUnitName(cut[0]);
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * The year a title covers: 2024年, 2024年度, 二〇二四年度, 2024法治… (年 dropped); of a
 * two-year span (2020—2021年度) the later year, the one whose work closes the report.
 */
export function yearInTitle(title: string): number | null {
  const t = title
    .replace(/^《([^《》]+)》$/, '$1')
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (w) => [...w].map((c) => CN_DIGIT[c]).join(''));
  // Years inside a cited title (《…纲要（2021—2025年）》) are not the report's.
  const own = t.replace(/《[^》]*》?/g, '');
  const span = /(20\d\d)年?\s*[-—–～~至到]\s*(20\d\d)年/.exec(own);
  if (span && Number(span[2]) - Number(span[1]) === 1) return Number(span[2]);
  const y = /(20\d\d)(?=年|法治|依法)/.exec(own);
  return y ? Number(y[1]) : null;
}

const NOTICE_OF_REPORT =
  /《[^》]{0,24}?(20\d\d)年度?(?:法治政府建设|法治建设)[^》]{0,10}?报告[^》]{0,12}?(?:通知|函)》|《[^》]{0,12}?报送(20\d\d)年度?(?:法治政府建设|法治建设)[^》]{0,16}?(?:通知|函)》/;

/** The covered year stated by the opening paragraphs: 现将…20XX年…报告如下, or 20XX年， at a sentence start. */
function yearInOpening(paras: readonly Paragraph[]): number | null {
  for (const p of paras) {
    const m = /现(?:将|就|把)[^。；]{0,40}?(20\d\d)年/.exec(arabicYears(p.text));
    if (m) return Number(m[1]);
  }
  // 根据《关于报送2024年度法治政府建设情况报告的通知》要求，现将我镇有关情况报告如下: the
  // notice that asked for this report names the year it covers.
  for (const p of paras) {
    const m = NOTICE_OF_REPORT.exec(arabicYears(p.text));
    if (m) return Number(m[1] ?? m[2]);
  }
  const first = paras[0];
  if (!first) return null;
  const text = arabicYears(first.text);
  const m = /(?:^|[，。；,])\s*(20\d\d)年(?:度|以来)?[，,]/.exec(text);
  if (m) return Number(m[1]);
  // 按照…要求，现将我镇有关情况报告如下： / 2024年，青石镇…: a preface that ends 如下 leaves the
  // year to the sentence that follows it.
  const second = paras[1];
  if (second && /如下[：:。]?$/.test(first.text)) {
    const y = /^(20\d\d)年(?:度|以来)?[，,]/.exec(arabicYears(second.text));
    if (y) return Number(y[1]);
  }
  // 青石镇2024年法治政府建设工作紧紧围绕…: the year of the work named in the first sentence
  // (not one inside a cited title or a span of years).
  const sentence = (text.split(/[。；]/)[0] ?? '').replace(/《[^》]*》?/g, '');
  const w = /^[\u4e00-\u9fa5]{0,20}?(?<![\d—\-至到~～])(20\d\d)年度?(?=法治|依法|全年|以来|工作)/.exec(
    sentence,
  );
  return w ? Number(w[1]) : null;
}

/** A numbered part heading: 一、…, （一）…, 1. … */
const PART_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])\s*/;
const MEASURES_YEAR = /^(20\d\d)年(?:度)?[^。；]{0,16}?(?:举措|成效|措施|情况|工作开展|主要工作|基本情况)/;
const PLAN_YEAR = /^(20\d\d)年(?:度)?[^。；]{0,16}?(?:打算|计划|安排|思路|重点|要点|谋划)/;

/**
 * The year a part heading names, for a report whose title, opening and dates name none: the
 * measures part's (一、2023年度推进法治政府建设的主要举措和成效) and the plan part's
 * (二、2024年工作打算, the year after the one reported). Short lines only; the first of each.
 */
function yearsOfHeadings(
  paras: readonly Paragraph[],
  from: number,
): { measures: number | null; plan: number | null } {
  let measures: number | null = null;
  let plan: number | null = null;
  for (let i = Math.max(0, from); i < paras.length && (measures === null || plan === null); i++) {
    const t = (paras[i] as Paragraph).text;
    if (t.length > 60) continue;
    const m = PART_HEADING.exec(t);
    if (!m) continue;
    const rest = arabicYears(t.slice(m[0].length));
    const p = PLAN_YEAR.exec(rest);
    if (p) plan ??= Number(p[1]);
    else {
      const y = MEASURES_YEAR.exec(rest);
      if (y) measures ??= Number(y[1]);
    }
  }
  return { measures, plan };
}

/** 二〇二四年 → 2024年: a year written in Chinese digits, as some openings write it. */
function arabicYears(text: string): string {
  if (!text.includes('〇') && !text.includes('零')) return text;
  return text.replace(/[二][〇零][〇零一二三四五六七八九]{2}(?=年)/g, (w) =>
    [...w].map((c) => CN_DIGIT[c]).join(''),
  );
}

/**
 * A portal's metadata table may be the only place the title is printed, as a row
 * `| 标题 | X镇2025年法治政府建设年度报告 |` or `标题: | … | ||`: the title is the row's value.
 */
const TITLE_ROW =
  /^\|?\s*(?:标\s*题|题\s*名|名\s*称|文件名称|信息名称|文章标题)\s*[:：|]\s*\|?\s*([^|]+?)\s*(?:\||$)/;

const NAVIGATION = /当前(?:的)?位置|所在位置|首页\s*[>»›]/;

function findTitle(top: readonly Paragraph[]): Identification['title'] {
  for (let i = 0; i < top.length; i++) {
    const p = top[i] as Paragraph;
    if (!TITLE_TOPIC.test(p.text) || /[：:]$/.test(p.text)) continue;
    // 您当前的位置: 首页 > 工业园区管委会 > … > 法治政府年度报告: a breadcrumb, not the title.
    if (NAVIGATION.test(p.text)) continue;
    const row = TITLE_ROW.exec(p.text);
    if (row) {
      const text = row[1] as string;
      return { text, start: p.start, end: p.end, year: yearInTitle(text) };
    }
    let text = p.text;
    let end = p.end;
    const next = top[i + 1];
    if (!TITLE_WORDS.test(text) && next && next.text.length <= 12 && TITLE_WORDS.test(next.text)) {
      text += next.text;
      end = next.end;
    }
    // • 主题分类 / • 法治政府建设: a portal's field value that names the topic is no title when
    // a full title (topic and 报告/总结) follows among the top lines.
    if (
      !TITLE_WORDS.test(text) &&
      top
        .slice(i + 1)
        .some(
          (q) =>
            TITLE_TOPIC.test(q.text) &&
            TITLE_WORDS.test(q.text) &&
            !/[：:]$/.test(q.text) &&
            !NAVIGATION.test(q.text),
        )
    )
      continue;
    // 松林区青石街道 / 2024年 / 法治政府建设 / 年度报告: a title set on several short lines. The
    // lines right above the topic line join it when the topic line alone names no unit.
    let start = p.start;
    if (!unitInTitle(text)) {
      let joined = text;
      let from = p.start;
      for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
        const q = top[j] as Paragraph;
        const piece = withoutGloss(q.text);
        if (from - q.end > 2 || !TITLE_PIECE.test(piece)) break;
        joined = piece + joined;
        from = q.start;
        if (unitInTitle(joined)) {
          text = joined;
          start = from;
          break;
        }
      }
    }
    return { text, start, end, year: yearInTitle(text) };
  }
  return null;
}
/**
 * A name line followed by the name in the region's own script (青格勒苏木 ᠴᠢᠩᠭᠡᠯ ᠰᠤᠮᠤ: Mongolian;
 * Uyghur, Tibetan and Yi likewise), read without that gloss.
 */
const GLOSS =
  /\s*[\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\ua000-\ua4cf][\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af\ua000-\ua4cf\s]*$/;
function withoutGloss(line: string): string {
  return line.replace(GLOSS, '');
}

/** A short line of a title set on several lines: no label, date, URL or navigation. */
const TITLE_PIECE =
  /^(?![^：:|>]*[：:|>])(?!.*(?:来源|发布|日期|位置|首页|浏览|字体|网站|门户|公开|动态))(?!\d{4}[-/.])[\u4e00-\u9fa5\d〇（）()]{2,16}$/;

function findSignatures(paras: readonly Paragraph[], from: number): Identification['signatures'] {
  const out: Identification['signatures'] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i] as Paragraph;
    if (p.text.length > 40 || !SIGNATURE.test(p.text)) continue;
    const unit = readUnitName(p.text);
    if (!unit) continue;
    const next = paras[i + 1];
    const date = next ? readDateLine(next.text) : null;
    const prevIsSignature = out.length > 0 && out[out.length - 1]?.para === paras[i - 1];
    // Joint signatures (党委 + 政府 on two lines) are one block.
    if (prevIsSignature && !out[out.length - 1]?.date) {
      const last = out[out.length - 1];
      if (last) Object.assign(last, { date, datePara: date ? (next ?? null) : null });
      continue;
    }
    if (date || i >= paras.length - 3)
      out.push({ unit, para: p, date, datePara: date ? (next ?? null) : null });
  }
  return out;
}

function yearOfOpening(p: Paragraph | undefined): number | null {
  const m = p ? /^(20\d\d)年/.exec(arabicYears(p.text)) : null;
  return m ? Number(m[1]) : null;
}

/**
 * A 市 with no prefix chain may be a county-level city (county) or a prefecture. A
 * prefecture speaks of its 县（市、区）; a county-level city only of its 镇街 and 乡镇.
 */
function cityLevel(body: string, city: string): UnitLevelGuess {
  if (/县[（(]市|县市区|县区|各县|区县/.test(body)) return 'unknown';
  if (/镇街|镇[（(]街道?|乡镇|各镇|街道/.test(body)) return 'county';
  // 在宁波市委、市政府的坚强领导下: a city led by another named city's 市委 is county-level.
  for (const m of body.matchAll(/([\u4e00-\u9fa5]{2,4}?)市(?:委|人民政府|政府)/g)) {
    const other = `${m[1]}市`;
    if (other !== city && !city.endsWith(other) && !/[省全各本我该]/.test(m[1] ?? '')) return 'county';
  }
  return 'unknown';
}

/**
 * A development zone or park answers to the county or district it lies in (在区委、区政府的领导
 * 下, addressed to 区政府, 市、区…部署, 县委…文件) and then reports as a township does, or to a city
 * (市委、市政府, 自治区党委) as a county does.
 */
function zoneLevel(text: string): UnitLevelGuess {
  if (/(?<![自治开发园新税])区(?:委|人民政府|政府)|县(?:委|人民政府|政府)|市、区/.test(text))
    return 'township';
  if (/市(?:委|人民政府|政府)|自治区党委/.test(text)) return 'county';
  return 'unknown';
}

/** A title that begins with a zone's kind word alone (经济开发区2024年度…报告). */
const BARE_ZONE_TITLE = new RegExp(`^(?:20\\d\\d年度?)?(${ZONE_KIND})(?=\\d|关于|法治|依法|年度)`);

/** An opening whose subject is a zone's kind word alone (2024年，高新区坚持…). */
const BARE_ZONE_SUBJECT = new RegExp(
  `^(?:20\\d\\d年度?(?:以来)?[，,]\\s*)?(?:在[^。；]{2,60}?[下上中][，,]\\s*){0,3}(?:${ZONE_KIND})(?![\\u4e00-\\u9fa5]{0,3}(?:街道|镇|乡))`,
);

/**
 * The zone a text names in full with the kind word its title gave alone: 云岭经济开发区 for a
 * title 经济开发区…. The name starts after punctuation, a year or 关于, and the most often
 * named one is taken; none when the text never writes it whole.
 */
function zoneOfBareTitle(title: string, text: string): UnitName | null {
  const bare = BARE_ZONE_TITLE.exec(title.replace(/^[|｜\s]+/, ''));
  if (!bare) return null;
  const kind = bare[1] as string;
  const counts = new Map<string, { unit: UnitName; n: number }>();
  const named = new RegExp(
    `(?<=^|[\\s\\d，。；：、“”（）(),.|]|年度?|关于)(?![年度]|关于)[\\u4e00-\\u9fa5]{2,12}?${kind}`,
    'gm',
  );
  for (const m of text.matchAll(named)) {
    const unit = readUnitName(m[0]);
    if (!unit?.zone || unit.name === kind || !unit.name.endsWith(kind)) continue;
    const c = counts.get(unit.name);
    if (c) c.n++;
    else counts.set(unit.name, { unit, n: 1 });
  }
  let best: { unit: UnitName; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.unit ?? null;
}

/**
 * What follows a county's name where a body of its government reports: its office, or a
 * department ending in 局 (司法局, 住房和城乡建设局). Words ending in 局 that are no body
 * (格局, 布局, 大局, 全局 …) are kept out by the character before 局.
 */
const COUNTY_ORGAN =
  '(?:人民)?政府办公室|[\\u4e00-\\u9fa5]{0,8}[^格布大全结开新当时政定骗]局(?![面势])|' +
  // 发展和改革委员会, 卫生健康委员会: a department named 委员会. Not the county's party
  // committee (中共X县委员会: nothing between) nor its 全面依法治县委员会 (the county's own).
  '(?!委|人民|全面|依法)[\\u4e00-\\u9fa5]{2,8}?委员会';

/** Prose read as an organ's name (云岭县认真落实县司法局…): the sentence, not a department. */
const ORGAN_PROSE = /[县区在的对把将由向与]|认真|落实|按照|根据|贯彻|配合|协助/;

/**
 * A county body named without its county, where the text begins (县司法局2022年…报告; 2022年，
 * 县司法局紧紧围绕…), after at most a date.
 */
const BARE_COUNTY_ORGAN = new RegExp(
  `^(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:度|以来)?[，,、\\s]*)?[县区](${COUNTY_ORGAN})`,
);

/** Characters of body text searched for a repeated place name: the unit names itself early. */
const BODY_SCAN = 3000;

/**
 * `original`, the input as given, is read for the page metadata normalize() drops
 * (发布机构, 来源, 发布日期).
 */
export function identify(paras: readonly Paragraph[], original = ''): Identification {
  if (!looksTraditional(paras)) return identifySimplified(paras, original);
  const folded = paras.map((p) => ({ ...p, text: fold(p.text) }));
  const id = identifySimplified(folded, fold(original));
  return asWritten(id, paras, folded, original);
}

/**
 * An identification made on folded text, given back in the text's own characters: names as
 * written (小龍門鄉), paragraphs the caller's own.
 */
function asWritten(
  id: Identification,
  paras: readonly Paragraph[],
  folded: readonly Paragraph[],
  original: string,
): Identification {
  const foldedOriginal = fold(original);
  const written = (s: string): string => {
    for (let i = 0; i < folded.length; i++) {
      const at = (folded[i] as Paragraph).text.indexOf(s);
      if (at >= 0) return (paras[i] as Paragraph).text.slice(at, at + s.length);
    }
    const at = foldedOriginal.indexOf(s);
    return at >= 0 ? original.slice(at, at + s.length) : s;
  };
  const name = (u: UnitName): UnitName => {
    const full = written(u.full);
    return { ...u, full, name: full.slice(full.length - u.name.length) };
  };
  const para = (p: Paragraph): Paragraph => paras[folded.indexOf(p)] ?? p;
  return {
    ...id,
    unit: id.unit ? name(id.unit) : null,
    title: id.title ? { ...id.title, text: written(id.title.text) } : null,
    header: id.header ? { unit: name(id.header.unit), para: para(id.header.para) } : null,
    signatures: id.signatures.map((s) => ({
      ...s,
      unit: name(s.unit),
      para: para(s.para),
      datePara: s.datePara ? para(s.datePara) : null,
    })),
  };
}

function identifySimplified(paras: readonly Paragraph[], original: string): Identification {
  let firstBody = paras.findIndex(isBody);
  if (firstBody < 0) firstBody = paras.length;
  const top = paras.slice(0, Math.min(firstBody, 10));
  const title = findTitle(top);
  const topText = top.map((p) => p.text).join('\n');
  let header: Identification['header'] = null;
  // 中共云岭经济开发区工作委员会 云岭经济开发区管理委员会: a zone's header names its organs.
  const headerOf = (p: Paragraph): UnitName | null =>
    /(人民政府|党委|政府|办事处|党工委|管理委员会|管委会|工作委员会)(文件)?$/.test(withoutGloss(p.text))
      ? readUnitName(withoutGloss(p.text))
      : null;
  for (const p of top) {
    if (title && p.start >= title.start) break;
    const u = headerOf(p);
    if (u) {
      header = { unit: u, para: p };
      break;
    }
  }
  // A web page may print the title twice, once as the page's heading and once under the
  // document's header line (眉山市X区X镇人民政府 / 2021年…报告): a header line between the
  // title and the body still names the unit.
  if (!header && title) {
    for (const p of top) {
      // Only a line that is a name alone (no site name, date or 来源: label).
      const line = withoutGloss(p.text).trim();
      if (p.start <= title.start || !/^[\u4e00-\u9fa5]{3,30}$/.test(line)) continue;
      // 2024年度 法治政府建设情况报告 / 青石镇: the unit on a line of its own under the title.
      const alone = readUnitName(line);
      const u = headerOf(p) ?? (alone && alone.full === line && alone.level !== 'unknown' ? alone : null);
      if (u) {
        header = { unit: u, para: p };
        break;
      }
    }
  }
  const signatures = findSignatures(paras, Math.max(firstBody, Math.floor(paras.length / 3)));
  const opening = paras[firstBody];
  const openingParas = paras.slice(firstBody, firstBody + 3);
  const meta = readPageMetadata(original);
  // The level the text implies, from whom it addresses or how it speaks of itself.
  // Built only when asked: most reports name their unit in the title.
  let body: string | null = null;
  const bodyText = (): string => {
    if (body !== null) return body;
    const parts: string[] = [];
    let n = 0;
    for (let i = firstBody; i < paras.length && n < BODY_SCAN; i++) {
      const t = (paras[i] as Paragraph).text;
      parts.push(t);
      n += t.length + 1;
    }
    body = parts.join('\n').slice(0, BODY_SCAN);
    return body;
  };
  const impliedLevel = (): UnitLevelGuess => {
    for (const p of paras.slice(0, firstBody + 1)) {
      const l = addresseeLevel(p.text);
      if (l !== 'unknown') return l;
    }
    return selfLevel(bodyText());
  };
  const openingRead = (): UnitName | null =>
    openingParas.reduce<UnitName | null>((u, p) => u ?? openingUnit(p.text), null) ??
    (opening ? readUnitName(opening.text.replace(/^20\d\d年度?[，,]?/, '')) : null);
  const speaksAsTownship = (): boolean =>
    openingRead()?.level === 'township' || impliedLevel() === 'township';
  const sources: [UnitSource, () => UnitName | null][] = [
    [
      'title',
      () => {
        const u = title ? unitInTitle(title.text) : null;
        // A line joined above the title's topic line that is a county portal's banner (云岭县人民政府)
        // over a township's report is no part of its title.
        const joined = title && !TITLE_TOPIC.test(paras.find((p) => p.start === title.start)?.text ?? '');
        return u && joined && u.level === 'county' && speaksAsTownship() ? null : u;
      },
    ],
    // 经济开发区2024年度…报告 / 2024年宁河经济开发区在区委…: a title naming only its kind
    // leaves the name to the text, which writes it whole.
    ['title', () => (title ? zoneOfBareTitle(title.text, `${topText}\n${bodyText()}`) : null)],
    // 云岭县人民政府 / 2024年度法治政府建设情况报告 / 2024年，青石乡…: a county portal's banner
    // above a township's report is no header of it; a text speaking as a township says so.
    [
      'header',
      () => (header && !(header.unit.level === 'county' && speaksAsTownship()) ? header.unit : null),
    ],
    ['opening', () => openingRead()],
    ['signature', () => signatures[0]?.unit ?? null],
    // A portal's 来源 may be the county office that posted a township's report: metadata
    // counts only when its level agrees with the level the text implies.
    [
      'metadata',
      () => {
        const implied = meta.unit ? impliedLevel() : 'unknown';
        if (!meta.unit || (implied !== 'unknown' && implied !== meta.unit.level)) return null;
        // A county office posting a township's report (发布机构：云岭县人民政府办公室) while the
        // text names another unit again and again and the publisher nowhere: the text's own name.
        if (!bodyText().includes(meta.unit.name)) {
          const named = repeatedPlace(bodyText(), implied, 2);
          if (named && !sameUnit(named.name, meta.unit.name)) return null;
        }
        return meta.unit;
      },
    ],
    // 首页 > 乡镇之窗 > 青石镇 > 政务公开: the portal files the page under its unit; taken, like
    // the metadata, only at the level the text implies of itself.
    [
      'metadata',
      () => {
        const crumb = meta.crumbUnit;
        return crumb && impliedLevel() === crumb.level ? crumb : null;
      },
    ],
  ];
  let unit: UnitName | null = null;
  let unitSource: UnitSource = 'none';
  for (const [source, read] of sources) {
    unit = read();
    if (unit) {
      unitSource = source;
      break;
    }
  }
  // A report by the county government's office (云岭县人民政府办公室2023年…报告, 2023年，云岭县
  // 人民政府办公室坚持…) is the office's, not the county's: its name is the whole name, never
  // the county alone (issue 12 §2). Read only where the report speaks as itself, not from a
  // portal's 发布机构, which is often the office posting its government's report.
  // Likewise a county department (云岭县司法局, 云岭县自然资源局) and a township's 司法所
  // (青禾镇司法所2024年工作总结): the county or township alone would be a fragment of its name.
  if (unit && unit.level !== 'unknown' && unitSource !== 'metadata') {
    const spoken =
      unitSource === 'title'
        ? title?.text
        : unitSource === 'header'
          ? header?.para.text
          : unitSource === 'opening'
            ? openingParas.map((p) => p.text).join('\n')
            : signatures[0]?.para.text;
    const organ = unit.level === 'county' ? COUNTY_ORGAN : '司法所';
    // Where the name is first written: 2024年，云岭县坚持…。云岭县综合行政执法局… is the county's
    // report that later names one of its departments.
    const at = spoken ? spoken.indexOf(unit.full) : -1;
    const found = spoken && at >= 0 ? new RegExp(`^${unit.full}(${organ})`).exec(spoken.slice(at)) : null;
    // 云岭县认真落实县司法局…: a run of prose before a 局 is the sentence, not a department.
    const office = found && !ORGAN_PROSE.test(found[1] ?? '') ? found : null;
    if (office) unit = { full: unit.full + office[1], name: unit.name + office[1], level: unit.level };
  }
  // 2024年，高新区在市委…: a text that speaks of itself by a zone's kind word alone names no
  // unit, and a township it mentions (唐家镇人民调解委员会…) is not it.
  const zoneSelf = !unit && openingParas.some((p) => BARE_ZONE_SUBJECT.test(p.text));
  if (!unit && !zoneSelf) {
    unit = repeatedPlace(bodyText(), impliedLevel());
    if (unit) unitSource = 'body';
    // 2022年，县司法局紧紧围绕…: a department that calls its county only 县 speaks of itself; the
    // county its text names is its county, and the unit is the department, not the county.
    if (unit?.level === 'county') {
      const own = [title?.text ?? '', ...openingParas.map((p) => p.text)]
        .map((t) => BARE_COUNTY_ORGAN.exec(t)?.[1])
        .find((o) => o !== undefined && !ORGAN_PROSE.test(o));
      if (own) unit = { full: unit.full + own, name: unit.name + own, level: unit.level };
    }
  }
  // A date line closing the text with no signature line above it still dates the report.
  const closingDate = (): SigningDate | null => {
    for (const p of paras.slice(Math.max(firstBody + 1, paras.length - 3))) {
      const d = readDateLine(p.text);
      if (d) return d;
    }
    return null;
  };
  const firstDate = signatures[0]?.date ?? closingDate();
  const headingYears = (): { measures: number | null; plan: number | null } =>
    yearsOfHeadings(paras, firstBody);
  let fromHeadings: { measures: number | null; plan: number | null } | null = null;
  const headingYear = (k: 'measures' | 'plan') => {
    fromHeadings ??= headingYears();
    return fromHeadings[k];
  };
  const planYear = (): number | null => {
    const y = headingYear('plan');
    return y === null ? null : y - 1;
  };
  const reportYear =
    title?.year ??
    yearInOpening(openingParas) ??
    yearOfOpening(opening) ??
    // 一、2023年度推进法治政府建设的主要举措和成效: the measures part names the year it covers.
    headingYear('measures') ??
    (firstDate ? (firstDate.month <= 6 ? firstDate.year - 1 : firstDate.year) : null) ??
    // A report is published in the first months after the year it covers.
    (meta.published ? (meta.published.month <= 6 ? meta.published.year - 1 : meta.published.year) : null) ??
    // 二、2024年工作打算: the plan is for the year after the one reported.
    planYear();
  // With no name found, how the text speaks of itself (我镇, 县人民政府…) or whom it addresses
  // still tells the level.
  const level =
    unit && unit.level !== 'unknown'
      ? unit.level
      : unit?.zone
        ? zoneLevel(`${topText}\n${bodyText()}`)
        : unit
          ? cityLevel(bodyText(), unit.name)
          : zoneSelf
            ? zoneLevel(`${topText}\n${bodyText()}`)
            : impliedLevel();
  return {
    unit,
    unitSource,
    level,
    reportYear,
    title,
    header,
    signatures,
    docNumber: DOC_NUMBER.exec(topText)?.[0] ?? null,
    signer: SIGNER.exec(topText)?.[1] ?? null,
    bodyStart: opening?.start ?? 0,
  };
}
