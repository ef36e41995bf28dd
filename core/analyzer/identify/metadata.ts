import { readUnitName, type UnitName } from './unitName';

/**
 * The lines a web portal prints around a published report (发布机构, 来源, 发布日期 …, also
 * as a table row `| 发布机构 | 某区某镇 |`). normalize() drops them from the text it reads,
 * so they are read here from the input as given: they name the unit when the report itself
 * only says 我镇 or 县人民政府, and their date tells when the report was published.
 */
export interface PageMetadata {
  unit: UnitName | null;
  /** the label the unit came from (发布机构, 来源 …) */
  unitLabel: string | null;
  published: { year: number; month: number } | null;
  /** the unit a breadcrumb line names (首页 > 乡镇之窗 > 青石镇 > 政务公开), the last such crumb */
  crumbUnit: UnitName | null;
}

/** A portal's breadcrumb line: crumbs joined by > or ›. */
const CRUMBS = /^[^\n]*?[>＞›»][^\n]*$/gm;

function readCrumbUnit(head: string): UnitName | null {
  if (!/[>＞›»]/.test(head)) return null;
  let found: UnitName | null = null;
  for (const m of head.matchAll(CRUMBS)) {
    for (const crumb of m[0].split(/[>＞›»]/)) {
      const c = crumb.replace(/^\s*(?:当前位置|您的位置|您当前的位置|所在位置)?[：:]?\s*/, '').trim();
      // a crumb that is a unit's name and nothing else (青石镇, 青石镇人民政府)
      const u = /^[\u4e00-\u9fa5]{2,30}$/.test(c) ? readUnitName(c) : null;
      if (u && u.level !== 'unknown' && c.replace(/(人民政府|办事处)$/, '').endsWith(u.full)) found = u;
    }
  }
  return found;
}

/** Labels whose value is the publishing body, most specific first. */
const UNIT_LABELS = [
  '发文机构',
  '发文机关',
  '发文单位',
  '发布机构',
  '发布单位',
  '发布部门',
  '供稿单位',
  '来稿单位',
  '报送单位',
  '信息来源',
  '文章来源',
  '来源',
  '所属机构',
  '发布者',
];
const UNIT_FIELD = new RegExp(
  // 来源：X / | 来源 | X | / 【发布单位】X
  `(${UNIT_LABELS.join('|')})\\s*(?:[:：|]|】)\\s*\\|?\\s*([\\u4e00-\\u9fa5]{2,40})`,
  'g',
);
const DATE_FIELD =
  /(发布日期|发布时间|成文日期|发文日期|日期|时间)\s*[:：|]\s*\|?\s*(20\d\d)\s*[-./年]\s*(\d{1,2})/;

const PUBLISHER_LINE =
  /^\s*([\u4e00-\u9fa5]{2,30}?(?:人民政府|办事处|党委|党工委))\s+(?:发布日期|发布时间|更新时间|日期|时间)\s*[:：]/m;

/** Metadata sits before the report body; the first lines of the input are enough. */
const HEAD_CHARS = 1200;

export function readPageMetadata(original: string): PageMetadata {
  const head = original.slice(0, HEAD_CHARS);
  let unit: UnitName | null = null;
  let unitLabel: string | null = null;
  let rank = UNIT_LABELS.length;
  for (const m of head.matchAll(UNIT_FIELD)) {
    const label = m[1] ?? '';
    const r = UNIT_LABELS.indexOf(label);
    if (r >= rank) continue;
    const u = readUnitName(m[2] ?? '');
    // A portal's own name (某市人民政府门户网站) is not the author; a unit name is read only
    // when the value starts with it.
    // A city without a prefix chain (龙泉市) may be a county-level city: kept with its level
    // unknown, which the body decides (identify: cityLevel) and which a text speaking of its
    // 镇/乡 (a township's report on a city portal) turns away.
    if (u && (u.level !== 'unknown' || u.name.endsWith('市'))) {
      unit = u;
      unitLabel = label;
      rank = r;
    }
  }
  // 青禾镇人民政府 发布日期：2025-01-20: a publisher line that names the body without a label.
  if (!unit) {
    // Every match holds 日期 or 时间 (its date labels): most heads lack both, and the pattern,
    // tried at each position with a lazy run of up to 30 ideographs, is not run on them.
    const line = head.includes('日期') || head.includes('时间') ? PUBLISHER_LINE.exec(head) : null;
    const u = line ? readUnitName(line[1] as string) : null;
    if (u && u.level !== 'unknown') {
      unit = u;
      unitLabel = 'line';
    }
  }
  const d = DATE_FIELD.exec(head);
  const published = d ? { year: Number(d[2]), month: Number(d[3]) } : null;
  return { unit, unitLabel, published, crumbUnit: readCrumbUnit(head) };
}
