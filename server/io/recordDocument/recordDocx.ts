import type * as DocxModule from 'docx';
import type { RecordDocument } from '../../../core/ledgers';
import { CREATOR, FONT, LANGUAGE, LATIN_FONT, MARGIN, mm, PAGE, pt, TEXT_WIDTH } from '../reportDocx/layout';
import { xmlSafe } from '../reportDocx/reportDocx';

/**
 * One ledger record as a .docx for the file (issue 15 §5): the 登记表 or a document the kind
 * declares (调解协议书, 处罚决定书), written with the same docx package and page as the annual
 * report (A4, GB/T 9704 margins, 小标宋 title, 仿宋 text). A form rather than a 公文: labelled
 * cells in a table, the steps in a table of their own, then notes and signature lines.
 */

type Docx = typeof DocxModule;

/** 4号 (14 pt) text and 3号-ish title: a form holds more than a 公文's 3号 lines. */
const TEXT_SIZE = 28;
const TITLE_SIZE = 44;
const LABEL_WIDTH = mm(38);

const fonts = (eastAsia: string): DocxModule.IFontAttributesProperties => ({
  ascii: LATIN_FONT,
  hAnsi: LATIN_FONT,
  cs: LATIN_FONT,
  eastAsia,
  hint: 'eastAsia',
});

const para = (d: Docx, text: string, opts: Partial<DocxModule.IParagraphOptions> = {}) =>
  new d.Paragraph({ ...opts, children: [new d.TextRun(xmlSafe(text))] });

/** A cell's text; line breaks typed into a textarea kept as breaks. */
function cellParagraphs(d: Docx, text: string, bold = false): DocxModule.Paragraph[] {
  const lines = xmlSafe(text).split(/\r?\n/);
  return [
    new d.Paragraph({
      children: lines.map((line, i) => new d.TextRun({ text: line, break: i > 0 ? 1 : 0, bold })),
    }),
  ];
}

const cell = (d: Docx, text: string, opts: { width?: number; bold?: boolean; span?: number } = {}) =>
  new d.TableCell({
    children: cellParagraphs(d, text, opts.bold),
    ...(opts.width ? { width: { size: opts.width, type: d.WidthType.DXA } } : {}),
    ...(opts.span ? { columnSpan: opts.span } : {}),
    margins: { top: pt(2), bottom: pt(2), left: pt(4), right: pt(4) },
    verticalAlign: d.VerticalAlign.CENTER,
  });

const table = (d: Docx, rows: DocxModule.TableRow[]) =>
  new d.Table({ width: { size: TEXT_WIDTH, type: d.WidthType.DXA }, rows });

/** The record's fields: label | value rows; a table field as its own sub-table under its label. */
function fieldBlocks(d: Docx, doc: RecordDocument): (DocxModule.Paragraph | DocxModule.Table)[] {
  const out: (DocxModule.Paragraph | DocxModule.Table)[] = [];
  let pending: DocxModule.TableRow[] = [];
  const flush = () => {
    if (pending.length > 0) out.push(table(d, pending));
    pending = [];
  };
  for (const item of doc.items) {
    if (item.type === 'field') {
      pending.push(
        new d.TableRow({
          cantSplit: true,
          children: [
            cell(d, item.label, { width: LABEL_WIDTH, bold: true }),
            cell(d, item.text, { width: TEXT_WIDTH - LABEL_WIDTH }),
          ],
        }),
      );
      continue;
    }
    flush();
    out.push(para(d, item.label, { spacing: { before: pt(6) }, keepNext: true }));
    const width = Math.floor(TEXT_WIDTH / Math.max(1, item.columns.length));
    out.push(
      table(d, [
        new d.TableRow({
          tableHeader: true,
          children: item.columns.map((c) => cell(d, c, { width, bold: true })),
        }),
        ...(item.rows.length > 0
          ? item.rows.map(
              (r) => new d.TableRow({ cantSplit: true, children: r.map((v) => cell(d, v, { width })) }),
            )
          : [
              new d.TableRow({
                children: [cell(d, '（无）', { span: item.columns.length })],
              }),
            ]),
      ]),
    );
    out.push(para(d, ''));
  }
  flush();
  return out;
}

function stepBlocks(d: Docx, doc: RecordDocument): (DocxModule.Paragraph | DocxModule.Table)[] {
  if (doc.steps.length === 0) return [];
  const w = [mm(30), mm(34), mm(26)];
  const rest = TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return [
    para(d, '办理过程', { spacing: { before: pt(12) }, keepNext: true }),
    table(d, [
      new d.TableRow({
        tableHeader: true,
        children: ['日期', '步骤', '经办人', '情况'].map((h, i) =>
          cell(d, h, { width: w[i] ?? rest, bold: true }),
        ),
      }),
      ...doc.steps.map(
        (s) =>
          new d.TableRow({
            cantSplit: true,
            children: [
              cell(d, s.on, { width: w[0] }),
              cell(d, s.label, { width: w[1] }),
              cell(d, s.actorName ?? '', { width: w[2] }),
              cell(d, s.details.join('\n'), { width: rest }),
            ],
          }),
      ),
    ]),
  ];
}

/** Signature lines: each 名目：＿＿＿＿, then the date right-aligned (blank to be filled when unknown). */
function signatureBlocks(d: Docx, doc: RecordDocument): DocxModule.Paragraph[] {
  return [
    para(d, ''),
    ...doc.signatures.map((s) =>
      para(d, `${s}：＿＿＿＿＿＿＿＿`, { spacing: { before: pt(14) }, keepNext: true, keepLines: true }),
    ),
    para(d, doc.date ?? '　　年　　月　　日', {
      alignment: d.AlignmentType.RIGHT,
      spacing: { before: pt(14) },
      indent: { right: pt(28) },
    }),
  ];
}

export async function recordToDocx(doc: RecordDocument): Promise<Buffer> {
  const d: Docx = await import('docx');
  const document = new d.Document({
    title: doc.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: {
      default: {
        document: {
          run: {
            font: fonts(FONT.body.eastAsia),
            size: TEXT_SIZE,
            language: { value: 'en-US', eastAsia: LANGUAGE },
          },
          paragraph: { spacing: { line: pt(22), lineRule: d.LineRuleType.AT_LEAST, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, top: mm(30) } },
        },
        children: [
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            spacing: { after: pt(12) },
            children: [
              new d.TextRun({ text: xmlSafe(doc.title), font: fonts(FONT.title.eastAsia), size: TITLE_SIZE }),
            ],
          }),
          new d.Paragraph({
            alignment: d.AlignmentType.RIGHT,
            spacing: { after: pt(6) },
            children: [new d.TextRun(xmlSafe(`${doc.unitName}　编号：${doc.number}`))],
          }),
          ...fieldBlocks(d, doc),
          ...stepBlocks(d, doc),
          ...doc.notes.map((n) =>
            para(d, n, {
              spacing: { before: pt(8) },
              indent: { firstLine: pt(28) },
              alignment: d.AlignmentType.BOTH,
            }),
          ),
          ...signatureBlocks(d, doc),
        ],
      },
    ],
  });
  return d.Packer.toBuffer(document);
}
