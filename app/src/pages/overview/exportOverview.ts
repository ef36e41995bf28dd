import { indicatorDef } from '../../../../core/indicators';
import type { IndicatorOverview } from '../../api/indicators';
import { type CellOptions, cellOf, cellOptions, isCountUnit } from './overviewMath';

/** The sheet as rows of text and numbers: what the table shows, 样本不足 spelled out. */
export function overviewSheet(
  data: IndicatorOverview,
  keys: readonly string[],
  o: Omit<CellOptions, 'unit'>,
): (string | number)[][] {
  const header = [
    '乡镇',
    '常住人口',
    ...keys.map((k) => {
      const def = indicatorDef(k);
      const unit = def?.unit ?? '';
      const per = o.perCapita && isCountUnit(unit) ? `${unit}/万人` : unit;
      return `${def?.name ?? k}${per ? `（${per}）` : ''}`;
    }),
  ];
  const body = data.townships.map((t) => [
    t.unit.name,
    t.unit.population ?? '',
    ...keys.map((k): string | number => {
      const c = cellOf(t, k, cellOptions(k, o));
      if (c.insufficient) return `样本不足（${c.sample ?? 0}）`;
      if (c.noPopulation) return '未登记人口';
      return c.value ?? '';
    }),
  ]);
  return [header, ...body];
}

/** Builds the .xlsx in the browser (ExcelJS loaded only now) and hands it to the user. */
export async function downloadOverview(fileName: string, rows: (string | number)[][]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标总览', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.addRows(rows);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 14 : 16;
  });
  const buffer = await wb.xlsx.writeBuffer();
  const blob = new Blob([buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
