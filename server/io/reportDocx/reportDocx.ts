import type * as DocxModule from 'docx';
import type { RenderedBlock, RenderedReport } from '../../../core/report/model';
import { chineseDate } from '../../../core/report/render';
import {
  BLANK_LINES_BEFORE_SIGNATURE,
  BODY_CHAR,
  BODY_CHAR_SPACING,
  CREATOR,
  DATE_RIGHT_INDENT_CHARS,
  FIRST_LINE_INDENT,
  FONT,
  FONT_PT,
  FOOTER_DISTANCE,
  HEADER_DISTANCE,
  LANGUAGE,
  LATIN_FONT,
  LINE_PITCH,
  MARGIN,
  PAGE,
  PAGE_NUMBER_CHAR,
  pt,
  SIZE,
} from './layout';

/** The docx package, imported on the first export: ~10 MB and 50 ms that most server starts never need. */
type Docx = typeof DocxModule;

/** A table in the body (the 政府信息公开工作年度报告's tables): a real Word table, header rows repeated on each page. */
export interface DocxTableBlock {
  kind: 'table';
  table: { headerRows: number; rows: { text: string; span?: number }[][] };
}

/** What the writer lays out: the annual report's rendering, or any report whose body also has tables. */
export interface DocxReport {
  title: string;
  blocks: readonly (RenderedBlock | DocxTableBlock)[];
  signature: RenderedReport['signature'];
}

export interface ReportDocxOptions {
  /** 发文字号, e.g. 青政发〔2026〕3号: written centred above the title. */
  docNumber?: string;
  /** The time written as created/modified in the core properties (default: now). */
  now?: Date;
  /** 主送机关: under the title, flush left, ending in a full-width colon (§7.3.2). */
  mainTo?: string;
  /** 抄送机关: in the 版记 after the body, between rules (§7.4.2). */
  copyTo?: string;
  /** 签发人: a report to the level above names who signed it off (上行文, §7.2.5). */
  signer?: string;
}

/** The fonts of one kind of text: its eastAsia face, Latin letters and digits in `latin`. */
const fonts = (eastAsia: string, latin: string = LATIN_FONT): DocxModule.IFontAttributesProperties => ({
  ascii: latin,
  hAnsi: latin,
  cs: latin,
  eastAsia,
  // “”、——、…… are Latin-range code points: the hint sets them full-width in the Chinese face
  hint: 'eastAsia',
});

/** Both units, so a paragraph cancels Normal's 2-character indent in Word (chars win) and elsewhere. */
const NO_FIRST_LINE = { firstLine: 0, firstLineChars: 0 } as const;

/** XML 1.0's Char: one code point outside it (a control character, a lone surrogate) and Word refuses the file. */
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  cp >= 0x10000;
export const xmlSafe = (s: string): string =>
  Array.from(s)
    .filter((c) => isXmlChar(c.codePointAt(0) ?? 0))
    .join('');

/** [2026] / (2026) / 【2026】 → 〔2026〕: the 发文字号 year goes in 六角括号 (GB/T 9704 §7.2.4). */
export function normalizeDocNumber(s: string): string {
  return s.trim().replace(/[[［(（【]\s*(\d{4})\s*[\]］)）】]/, '〔$1〕');
}

/** Width in 字: full-width characters count one, half-width (digits, Latin) one half. */
export function charWidth(s: string): number {
  let w = 0;
  for (const c of s) w += (c.codePointAt(0) ?? 0) <= 0xff ? 0.5 : 1;
  return w;
}

function blockParagraph(d: Docx, block: RenderedBlock): DocxModule.Paragraph {
  const text = xmlSafe(block.text);
  if (block.kind === 'heading') {
    const heading = {
      1: d.HeadingLevel.HEADING_1,
      2: d.HeadingLevel.HEADING_2,
      3: d.HeadingLevel.HEADING_3,
    }[block.level];
    return new d.Paragraph({ heading, children: [new d.TextRun(text)] });
  }
  // the body's look (仿宋 3号, 28 pt exact, 2-character indent, justified) is Normal's
  return new d.Paragraph({ children: [new d.TextRun(text)] });
}

function titleParagraph(d: Docx, title: string): DocxModule.Paragraph {
  // an editor may break a long title by hand (回行 so that each line stays a whole phrase)
  const lines = xmlSafe(title)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return new d.Paragraph({
    alignment: d.AlignmentType.CENTER,
    indent: NO_FIRST_LINE,
    keepNext: true,
    children: lines.map(
      (line, i) =>
        new d.TextRun({
          text: line,
          break: i > 0 ? 1 : 0,
          font: fonts(FONT.title.eastAsia),
          size: SIZE.title,
        }),
    ),
  });
}

const blank = (d: Docx) => new d.Paragraph({});

/** Table text in 仿宋 五号, single-spaced and centred: the template's tables do not fit in 3号. */
function docxTable(d: Docx, block: DocxTableBlock): DocxModule.Table {
  const { headerRows, rows } = block.table;
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new d.TableRow({
          tableHeader: i < headerRows,
          cantSplit: true,
          children: row.map(
            (cell) =>
              new d.TableCell({
                ...(cell.span && cell.span > 1 ? { columnSpan: cell.span } : {}),
                verticalAlign: d.VerticalAlign.CENTER,
                children: [
                  new d.Paragraph({
                    alignment: d.AlignmentType.CENTER,
                    indent: NO_FIRST_LINE,
                    spacing: { line: 240, lineRule: d.LineRuleType.AUTO },
                    children: [new d.TextRun({ text: xmlSafe(cell.text), size: SIZE.table })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/**
 * 落款 for a sealed document (GB/T 9704 §7.3.5.1): 成文日期 右空四字, 发文机关署名 centred over
 * the date. The reports are printed and sealed, so this rule rather than §7.3.5.3 (unsealed:
 * 署名 右空二字, date two characters further right). A unit wider than the space runs to the margin.
 */
function signatureParagraphs(d: Docx, signature: RenderedReport['signature']): DocxModule.Paragraph[] {
  const unit = xmlSafe(signature.unit.trim());
  const party = xmlSafe(signature.party?.trim() ?? '');
  const date = chineseDate(signature.date);
  const centred = (s: string) => Math.max(0, DATE_RIGHT_INDENT_CHARS + (charWidth(date) - charWidth(s)) / 2);
  const line = (text: string, rightChars: number) =>
    new d.Paragraph({
      alignment: d.AlignmentType.RIGHT,
      indent: { ...NO_FIRST_LINE, right: Math.round(rightChars * BODY_CHAR) },
      keepNext: true,
      keepLines: true,
      children: [new d.TextRun(text)],
    });
  return [
    ...Array.from({ length: BLANK_LINES_BEFORE_SIGNATURE }, () => blank(d)),
    // a joint issue: the organs in order, the 党委 first, each centred over the date (§7.3.5.1)
    ...(party ? [line(party, centred(party))] : []),
    ...(unit ? [line(unit, centred(unit))] : []),
    line(date, DATE_RIGHT_INDENT_CHARS),
  ];
}

/** 主送机关 under the title: flush left, a full-width colon after the last one (§7.3.2). */
function mainToParagraph(d: Docx, mainTo: string): DocxModule.Paragraph {
  return new d.Paragraph({
    indent: NO_FIRST_LINE,
    children: [new d.TextRun(`${xmlSafe(mainTo).replace(/[：:]$/, '')}：`)],
  });
}

/** 版记 with 抄送 (§7.4.2): 4号 仿宋, one character in from each side, between two rules. */
function copyToParagraph(d: Docx, copyTo: string): DocxModule.Paragraph {
  const rule = { style: d.BorderStyle.SINGLE, size: 4, color: '000000', space: 1 };
  return new d.Paragraph({
    indent: { ...NO_FIRST_LINE, left: BODY_CHAR, right: BODY_CHAR },
    border: { top: rule, bottom: rule },
    children: [
      new d.TextRun({ text: `抄送：${xmlSafe(copyTo).replace(/[。.]$/, '')}。`, size: SIZE.pageNumber }),
    ],
  });
}

/** 页码 "— 1 —", 4号半角宋体: odd pages right with 空一字, even pages left with 空一字 (§7.5). */
function pageNumberFooter(d: Docx, side: 'odd' | 'even'): DocxModule.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === 'odd' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent:
          side === 'odd'
            ? { ...NO_FIRST_LINE, right: PAGE_NUMBER_CHAR }
            : { ...NO_FIRST_LINE, left: PAGE_NUMBER_CHAR },
        // exact, so the grid does not stretch the line and the dash sits where FOOTER_DISTANCE puts it
        spacing: { line: pt(FONT_PT['4号']), lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new d.TextRun({
            font: fonts(FONT.pageNumber.eastAsia, FONT.pageNumber.eastAsia),
            size: SIZE.pageNumber,
            children: ['— ', d.PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

const escapeXml = (s: string) =>
  xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docx writes no dc:language; the whole core part is written here instead. */
function coreProperties(title: string, now: Date): string {
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(CREATOR)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(CREATOR)}</cp:lastModifiedBy>` +
    `<dc:language>${LANGUAGE}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The font table, which docx leaves empty. Word and WPS use w:altName and the GB2312 charset
 * (86) to pick a substitute on a machine without the *_GB2312 or 方正 faces.
 */
function fontTable(): string {
  const cjk = new Map<string, string>();
  for (const f of Object.values(FONT)) cjk.set(f.eastAsia, f.alt);
  const entries = [...cjk].map(
    ([name, alt]) =>
      `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(alt)}"/><w:charset w:val="86"/>` +
      '<w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>',
  );
  entries.push(
    `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}

const headingStyle = (eastAsia: string, outlineLevel: number) => ({
  run: { font: fonts(eastAsia), size: SIZE.body, bold: false },
  paragraph: { keepNext: true, outlineLevel },
});

/** The annual report as a .docx laid out as an official document (GB/T 9704-2012). */
export async function reportToDocx(report: DocxReport, opts: ReportDocxOptions = {}): Promise<Buffer> {
  const d: Docx = await import('docx');
  const docNumber = opts.docNumber ? normalizeDocNumber(xmlSafe(opts.docNumber)) : '';
  const title = report.title.replace(/\s*\r?\n\s*/g, '');
  const doc = new d.Document({
    title,
    creator: CREATOR,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: fonts(FONT.body.eastAsia),
            size: SIZE.body,
            characterSpacing: BODY_CHAR_SPACING,
            language: { value: 'en-US', eastAsia: LANGUAGE },
          },
          paragraph: {
            spacing: { line: LINE_PITCH, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
            indent: { firstLine: FIRST_LINE_INDENT, firstLineChars: 200 },
            alignment: d.AlignmentType.BOTH,
          },
        },
        heading1: headingStyle(FONT.heading1.eastAsia, 0),
        heading2: headingStyle(FONT.heading2.eastAsia, 1),
        heading3: headingStyle(FONT.heading3.eastAsia, 2),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          grid: {
            type: d.DocumentGridType.LINES,
            linePitch: LINE_PITCH,
          },
        },
        footers: { default: pageNumberFooter(d, 'odd'), even: pageNumberFooter(d, 'even') },
        children: [
          ...(docNumber
            ? [
                new d.Paragraph({
                  alignment: d.AlignmentType.CENTER,
                  indent: NO_FIRST_LINE,
                  children: [new d.TextRun(docNumber)],
                }),
                blank(d),
              ]
            : []),
          ...(opts.signer?.trim()
            ? [
                new d.Paragraph({
                  alignment: d.AlignmentType.RIGHT,
                  indent: { ...NO_FIRST_LINE, right: BODY_CHAR },
                  children: [new d.TextRun(`签发人：${xmlSafe(opts.signer.trim())}`)],
                }),
                blank(d),
              ]
            : []),
          titleParagraph(d, report.title),
          blank(d),
          ...(opts.mainTo?.trim() ? [mainToParagraph(d, opts.mainTo.trim())] : []),
          ...report.blocks.map((b) => (b.kind === 'table' ? docxTable(d, b) : blockParagraph(d, b))),
          ...signatureParagraphs(d, report.signature),
          ...(opts.copyTo?.trim() ? [blank(d), blank(d), copyToParagraph(d, opts.copyTo.trim())] : []),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(doc, false, [
    { path: 'docProps/core.xml', data: coreProperties(title, opts.now ?? new Date()) },
    { path: 'word/fontTable.xml', data: fontTable() },
  ]);
}
