import { CATALOG } from '../../core/indicators';
import type { presentReviewSummary } from '../presenters/review';

type Summary = ReturnType<typeof presentReviewSummary>;

const SECTION_LABELS: Record<string, string> = {
  measures_and_results: '主要举措和成效',
  first_responsible_person: '第一责任人履职',
  shortcomings: '不足和原因',
  next_year_plan: '下一年度安排',
};

/** The county's review sheet: one row per report, statutory parts, defect counts and the figures side by side. */
export async function reviewSheet(rows: Summary[]): Promise<Buffer> {
  // loaded on first export: exceljs is heavy and most requests never need it
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治政府建设工作平台';
  const ws = wb.addWorksheet('报告审查');
  const keys = CATALOG.map((i) => i.key).filter((k) => rows.some((r) => k in r.indicators));
  const nameOf = new Map(CATALOG.map((i) => [i.key, `${i.name}（${i.unit}）`]));
  ws.columns = [
    { header: '文件', key: 'file', width: 28 },
    { header: '单位', key: 'unit', width: 14 },
    { header: '报告年度', key: 'year', width: 10 },
    ...Object.entries(SECTION_LABELS).map(([k, label]) => ({ header: label, key: k, width: 12 })),
    { header: '问题数', key: 'defects', width: 8 },
    { header: '雷同段落', key: 'copies', width: 10 },
    { header: '读取错误', key: 'error', width: 30 },
    ...keys.map((k) => ({ header: nameOf.get(k) ?? k, key: k, width: 14 })),
  ];
  for (const r of rows) {
    const row: Record<string, string | number | null> = {
      file: r.fileName,
      unit: r.unit.matched ? r.unit.name : (r.reportUnit ?? '未识别'),
      year: r.reportYear,
      defects: r.defectCount,
      // a search that ran out of time says so rather than passing for "none found"
      copies: r.copiesComplete ? r.copyCount : `${r.copyCount}（比对未完成）`,
      error: r.error,
    };
    for (const k of Object.keys(SECTION_LABELS))
      row[k] = r.sections ? (r.sections[k as keyof typeof r.sections] ? '有' : '缺') : null;
    for (const k of keys) {
      const v = r.indicators[k];
      row[k] = v ? (v.approx ? `${v.value}余` : v.value) : null;
    }
    ws.addRow(row);
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
