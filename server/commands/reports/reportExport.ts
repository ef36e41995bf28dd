import type { ReportIssuance } from '../../../core/report/issuance';
import type { ReportDocument } from '../../../core/report/model';
import { renderReport } from '../../../core/report/render';
import { reportToDocx } from '../../io/reportDocx/reportDocx';
import { reportToHtml } from '../../io/reportDocx/reportHtml';
import type { AnnualReportWithUnit } from '../../repositories/annualReportsRepo';

/** The file name a township files it under: 青石镇2025年法治政府建设年度报告.docx */
export function reportFileName(unitName: string, year: number, ext: 'docx' | 'html' | 'pdf'): string {
  return `${unitName}${year}年法治政府建设年度报告.${ext}`;
}

/** The report as it stands (the approved text once frozen) in the official layout. */
export async function reportDocx(found: AnnualReportWithUnit): Promise<{ name: string; bytes: Buffer }> {
  const rendered = renderReport(found.report.document as ReportDocument);
  const { mainTo, copyTo, signer } = (found.report.issuance ?? {}) as ReportIssuance;
  return {
    name: reportFileName(found.unitName, found.report.year, 'docx'),
    bytes: await reportToDocx(rendered, {
      ...(mainTo ? { mainTo } : {}),
      ...(copyTo ? { copyTo } : {}),
      ...(signer ? { signer } : {}),
    }),
  };
}

export function reportHtml(found: AnnualReportWithUnit): string {
  return reportToHtml(renderReport(found.report.document as ReportDocument));
}
