/**
 * The page of an official document (党政机关公文格式 GB/T 9704-2012), in the units Word
 * writes: twips (1/20 pt) for lengths, half-points for font sizes. See docs/report-format.md.
 */

/** 1 mm in twips (1440 per inch / 25.4). */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);
/** Points to twips. */
export const pt = (points: number): number => Math.round(points * 20);

/** A4, portrait (GB/T 9704 §5.2.1). */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/** 天头 37 mm, 订口 (left) 28 mm; what is left is the 156 × 225 mm 版心 (§5.2.2). */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** 号 → points (the sizes this document uses). */
export const FONT_PT = { '2号': 22, '3号': 16, '4号': 14, '5号': 10.5 } as const;
/** w:sz is in half-points. */
export const halfPoints = (points: number): number => points * 2;

export const SIZE = {
  title: halfPoints(FONT_PT['2号']),
  body: halfPoints(FONT_PT['3号']),
  pageNumber: halfPoints(FONT_PT['4号']),
  /** tables in the body (the 政府信息公开 report's template tables) */
  table: halfPoints(FONT_PT['5号']),
} as const;

/** One 字 (character width) of the 3号 body text: every 空N字 of the standard counts these. */
export const BODY_CHAR = pt(FONT_PT['3号']);
/** One 字 of the 4号 page number (页码 空一字). */
export const PAGE_NUMBER_CHAR = pt(FONT_PT['4号']);

export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;

/**
 * Exact line spacing 28 pt. 22 lines take 616 pt (217 mm) of the 225 mm block, so the page
 * holds 22 lines; 579 twips (28.95 pt) would fill the block exactly, some templates use that.
 */
export const LINE_PITCH = pt(28);

/**
 * Character spacing of body text, in twips: the pitch is the text width over 28, so 28
 * characters of 3号 fit a line (−5: 15.75 pt a character in 156 mm). Written on the runs
 * rather than as a character grid (w:docGrid linesAndChars), because LibreOffice lays a
 * character grid out with wide gaps and doubled lines, while run spacing means the same
 * thing in Word, WPS and LibreOffice.
 */
export const BODY_CHAR_SPACING = Math.min(0, Math.floor(TEXT_WIDTH / CHARS_PER_LINE - pt(FONT_PT['3号'])));

/**
 * Footer distance from the page's bottom edge. 页码 一字线上距版心下边缘 7 mm (§7.5): the footer
 * line is 14 pt exact (4.9 mm) and the dash sits ~2.4 mm above its bottom, so 35 − 7 − 2.4 ≈ 25.5 mm.
 */
export const FOOTER_DISTANCE = mm(25.5);
/** No header is written; Word still wants a distance. */
export const HEADER_DISTANCE = mm(15);

/**
 * Fonts: the eastAsia face by the standard, Times New Roman for Latin letters and digits
 * (common practice in government offices), except the page number, which the standard sets in
 * 半角宋体 digits. `alt` is what Word and WPS fall back to where the *_GB2312 faces are missing
 * (Windows 10+ ships 仿宋 and 楷体, not 仿宋_GB2312 / 楷体_GB2312).
 */
export const LATIN_FONT = 'Times New Roman';
export const FONT = {
  title: { eastAsia: '方正小标宋简体', alt: '宋体' },
  body: { eastAsia: '仿宋_GB2312', alt: '仿宋' },
  heading1: { eastAsia: '黑体', alt: 'SimHei' },
  heading2: { eastAsia: '楷体_GB2312', alt: '楷体' },
  /** 三级标题 "1." is set like the body (仿宋). */
  heading3: { eastAsia: '仿宋_GB2312', alt: '仿宋' },
  pageNumber: { eastAsia: '宋体', alt: 'SimSun' },
} as const;

export const LANGUAGE = 'zh-CN';
export const CREATOR = '法治政府建设工作平台';

/** 首行缩进 2 字. */
export const FIRST_LINE_INDENT = 2 * BODY_CHAR;
/** 成文日期 右空四字 (§7.3.5.1, documents that carry a seal). */
export const DATE_RIGHT_INDENT_CHARS = 4;
/** Blank lines between the last paragraph and the 发文机关署名. */
export const BLANK_LINES_BEFORE_SIGNATURE = 2;
