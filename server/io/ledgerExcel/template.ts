import type { Worksheet } from 'exceljs';
import type { LedgerKind } from '../../../core/ledgers';
import { columnLetter, optionLabels, ruleText, type SheetColumn, sheetColumns, typeText } from './columns';

/** Rows of the template that carry dropdowns and formats. */
export const TEMPLATE_ROWS = 1000;
export const GUIDE_SHEET = '填写说明';
const OPTIONS_SHEET = '选项';
const RED = 'FFC00000';

/** An Excel sheet name: at most 31 characters, none of []:*?/\ */
export function sheetName(label: string): string {
  return label.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || 'Sheet1';
}

function width(col: SheetColumn): number {
  const d = col.def;
  if (d.type === 'textarea') return 40;
  if (d.type === 'text' && d.format) return 22;
  if (d.type === 'date') return 13;
  return Math.min(Math.max([...col.header].length * 2 + 2, 10), 30);
}

/**
 * The import template of a kind: one header row of Chinese labels (required ones red with *),
 * dropdowns for options and villages, date and text formats on the first {@link TEMPLATE_ROWS}
 * rows, and a 填写说明 sheet describing every column.
 */
export async function buildTemplate(kind: LedgerKind, opts: { villages: string[] }): Promise<Buffer> {
  // loaded on first use: exceljs is heavy and most requests never need it
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治政府建设工作平台';
  const ws = wb.addWorksheet(sheetName(kind.label), { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const lists = wb.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });

  const columns = sheetColumns(kind);
  const header = ws.getRow(1);
  // one list per distinct declaration: a table's 职务 repeated over three rows shares one range
  const listRanges = new Map<object, string>();
  columns.forEach((col, i) => {
    const n = i + 1;
    const cell = header.getCell(n);
    cell.value = col.required ? `*${col.header}` : col.header;
    cell.font = { bold: true, ...(col.required ? { color: { argb: RED } } : {}) };
    cell.alignment = { vertical: 'middle', wrapText: true };
    const note = [ruleText(col, kind), col.def.help].filter(Boolean).join('\n');
    if (note) cell.note = note;

    const column = ws.getColumn(n);
    column.width = width(col);
    const d = col.def;
    if (d.type === 'date') column.numFmt = 'yyyy-mm-dd';
    else if (d.type === 'text' || d.type === 'textarea') column.numFmt = '@';

    const labels = optionLabels(d, opts.villages);
    let formula: string | undefined;
    if (labels && labels.length > 0) {
      formula = listRanges.get(d);
      if (!formula) {
        const c = listRanges.size + 1;
        lists.getCell(1, c).value = col.header;
        labels.forEach((label, j) => {
          lists.getCell(j + 2, c).value = label;
        });
        formula = `'${OPTIONS_SHEET}'!$${columnLetter(c)}$2:$${columnLetter(c)}$${labels.length + 1}`;
        listRanges.set(d, formula);
      }
    }
    for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
      const target = ws.getCell(r, n);
      if (formula) {
        target.dataValidation = {
          type: 'list',
          allowBlank: !col.required,
          formulae: [formula],
          // several options go in one cell, so typed values must be let through
          showErrorMessage: d.type !== 'multiselect',
          errorStyle: 'stop',
          errorTitle: col.header,
          error: `请从下拉列表中选择${col.header}`,
        };
      } else if (d.type === 'integer') {
        target.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [d.min ?? -1_000_000_000_000, d.max ?? 1_000_000_000_000],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: col.header,
          error: `${col.header}应为整数${d.min !== undefined ? `，不小于${d.min}` : ''}${d.max !== undefined ? `，不大于${d.max}` : ''}`,
        };
      }
    }
  });
  header.height = 32;

  writeGuide(guide, kind, columns, opts.villages);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeGuide(
  ws: Worksheet,
  kind: LedgerKind,
  columns: SheetColumn[],
  villages: readonly string[],
): void {
  ws.columns = [
    { key: 'header', width: 22 },
    { key: 'required', width: 10 },
    { key: 'type', width: 18 },
    { key: 'options', width: 40 },
    { key: 'rules', width: 50 },
    { key: 'help', width: 50 },
  ];
  const title = ws.addRow([`「${kind.label}」导入模板填写说明`]);
  title.font = { bold: true, size: 14 };
  for (const line of [
    `1. 在第一个工作表「${sheetName(kind.label)}」中每行填写一条记录，不要修改、删除或调换第一行的列名。`,
    '2. 列名前带 * 且为红色的列必须填写；下表列出了每列的要求。',
    '3. 不要合并单元格；空白行会被跳过；下拉列只能填写列表中的选项。',
    '4. 身份证号等长数字请保持文本格式（模板已设置），否则 Excel 会把末几位变成 0。',
    '5. 导入时逐行检查，有任何错误则整份文件都不导入，并按行号和列名列出错误；改正后可重新导入同一文件，已导入过的行不会重复导入。',
  ])
    ws.addRow([line]);
  ws.addRow([]);
  const head = ws.addRow(['列名', '是否必填', '类型', '可选值', '填写要求', '说明']);
  head.font = { bold: true };
  for (const col of columns) {
    const labels = optionLabels(col.def, villages);
    ws.addRow([
      col.header,
      col.required ? '必填' : '选填',
      typeText(col.def),
      labels ? (labels.length ? labels.join('、') : '（本乡镇尚未登记村（社区））') : '',
      ruleText(col, kind),
      col.def.help ?? '',
    ]).alignment = { vertical: 'top', wrapText: true };
  }
}
