import { AlignmentType, Document, Footer, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

export interface DocxReport {
  title: string;
  /** A heading starts with 一、二、…; any other string is a body paragraph. */
  paragraphs: string[];
  /** Printed in the footer of every page: it must not leak into the extracted text. */
  footer?: string;
}

const HEADING = /^[一二三四五六七八九十]+、/;

/** A report laid out the way county offices write them (GB/T 9704 fonts and sizes), built with the `docx` package. */
export async function makeDocx(report: DocxReport): Promise<Uint8Array> {
  const body = (text: string) =>
    HEADING.test(text)
      ? new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [new TextRun({ text, font: '黑体', size: 32 })],
        })
      : new Paragraph({
          indent: { firstLine: 640 },
          children: [
            new TextRun({ text, font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32 }),
          ],
        });
  const doc = new Document({
    sections: [
      {
        footers: report.footer
          ? { default: new Footer({ children: [new Paragraph({ children: [new TextRun(report.footer)] })] }) }
          : undefined,
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: report.title, font: { eastAsia: '方正小标宋简体' }, size: 44 })],
          }),
          ...report.paragraphs.map(body),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
