import { charBits, hasCharBit } from '../spans';

/**
 * Lines that are not report text: page numbers, repeated running headers, and the
 * metadata web portals print around an article (发布时间, 来源, 字号, 浏览次数, breadcrumbs).
 * Tested on the folded line (no spaces, full-width punctuation).
 */

const PAGE_NUMBER = [
  /^[-—－–_~]*\d{1,3}[-—－–_~]*$/,
  /^第\d{1,3}页(，?共\d{1,3}页)?$/,
  /^\d{1,3}\/\d{1,3}$/,
  /^[-—－–]\d{1,3}[-—－–]$/,
];

const METADATA_LABEL =
  /^[【[]?(发布时间|发布日期|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|审核|字号|字体|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|分享到|索引号|主题分类|发布机构|公开方式|公开范围|信息索引号|所属机构|生成日期|有效性|文号)[:：】\]]/;

const METADATA_WHOLE = [
  /^[【[]?(打印|关闭|打印本页|关闭窗口|收藏|返回顶部|分享)[】\]]?([【[]?(打印|关闭|打印本页|关闭窗口|收藏|返回顶部|分享)[】\]]?)*$/,
  /^(首页|当前位置|您的位置|您现在的位置)[：:>＞]?.*[>＞»].*$/,
  /^[【[]?字号[：:]?[大中小\s]+[】\]]?$/,
  /^(扫一扫|微信扫一扫|手机扫码).{0,12}$/,
];

/**
 * First characters the patterns above can match, so the common body line is turned away
 * by one lookup instead of six regular expressions. Keep in step with the patterns.
 */
const PAGE_NUMBER_FIRST = charBits('-—－–_~0123456789第');
const METADATA_FIRST = charBits(
  '【[' + // optional bracket before a label or button
    '发更时日来信文稿作编责审字浏阅点访分索主公所生有' + // METADATA_LABEL words
    '打关收返分首当您字扫微手', // METADATA_WHOLE words
);

// Loops, not `some` with an arrow: an arrow reading `line` made each call allocate a context
// for it on entry, before the first-character test turned the line away (two per line read).
export function isPageNumber(line: string): boolean {
  if (!hasCharBit(PAGE_NUMBER_FIRST, line.charCodeAt(0))) return false;
  for (const re of PAGE_NUMBER) if (re.test(line)) return true;
  return false;
}

export function isMetadata(line: string): boolean {
  if (line.length > 80 || !hasCharBit(METADATA_FIRST, line.charCodeAt(0))) return false;
  if (METADATA_LABEL.test(line)) return true;
  for (const re of METADATA_WHOLE) if (re.test(line)) return true;
  return false;
}

/**
 * Short lines printed on three or more pages are running headers or footers. Each line says
 * whether it holds a ，。；：or 、 (`hasMark`, noted by normalize while it reads the line):
 * headers name a unit or a title, wrapped body text carries punctuation.
 */
export function runningHeaders(lines: readonly { text: string; hasMark: boolean }[]): Set<string> {
  const counts = new Map<string, number>();
  // Lines ruled out are dropped before counting, which spares hashing every wrapped line of the body.
  for (let i = 0; i < lines.length; i++) {
    const { text: l, hasMark } = lines[i] as { text: string; hasMark: boolean };
    if (l.length > 0 && l.length <= 30 && !hasMark && !hasCharBit(NOT_HEADER_FIRST, l.charCodeAt(0)))
      counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [l, n] of counts) if (n >= 3) out.add(l);
  return out;
}

const NOT_HEADER_FIRST = charBits('一二三四五六七八九十（(0123456789');
