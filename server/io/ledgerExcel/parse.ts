import { createHash } from 'node:crypto';
import type { CellValue, Worksheet, XlsxReadOptions } from 'exceljs';
import { canonicalJson } from '../../../core/audit/canonical';
import { type LedgerKind, type RecordData, type RefRecord, validateRecord } from '../../../core/ledgers';
import { READ_LIMITS } from '../limits';
import { KIND_NAMES_ZH, sniffKind } from '../sniff';
import { checkZip } from '../zipGuard';
import { cellInput, plainValue } from './cells';
import { columnLetter, columnOfIssue, normaliseHeader, type SheetColumn, sheetColumns } from './columns';

export interface ImportError {
  /** Excel row number (1 = the first row of the sheet); null for file-level problems. */
  row: number | null;
  /** The column's header as in the template; null when the problem is not about one column. */
  column: string | null;
  message: string;
}

export interface ImportRow {
  row: number;
  values: RecordData;
  /** sha256 hex of the kind and the row's normalised values: the same row imported twice has the same key. */
  key: string;
}

export type ImportResult =
  | {
      ok: true;
      rows: ImportRow[] /** headers present in the file but not in the kind */;
      ignoredColumns: string[];
    }
  | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  today: string;
  villageByName: Map<string, string>;
  villages: Set<string>;
  /** Records ref columns may name, by id (the cell holds the record's title). */
  refRecords?: ReadonlyMap<string, RefRecord>;
  /** More data rows than this are refused (default 20,000). */
  maxRows?: number;
  /** At most this many errors are listed; the rest are counted (default 200). */
  maxErrors?: number;
}

export const DEFAULT_MAX_ROWS = 20_000;
export const DEFAULT_MAX_ERRORS = 200;
/** An import file is a table, not a report with photos: 20 MB holds 20,000 rows many times over. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const IMPORT_ZIP_LIMITS = {
  ...READ_LIMITS,
  maxFileBytes: MAX_FILE_BYTES,
  maxUnzippedBytes: 200 * 1024 * 1024,
};
/**
 * Sheet parts the import never reads. exceljs expands a rule's range into one entry per cell,
 * so a dropdown set on a whole column (B2:B1048576, what WPS and Excel write when the column
 * header is clicked) costs a million entries per column: 7 s and 1 GB for an ordinary file.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
];
/** The header may sit below a title row or two. */
const HEADER_SCAN_ROWS = 10;

const fileError = (message: string): ImportResult => ({
  ok: false,
  errors: [{ row: null, column: null, message }],
});

const NOT_XLSX = '文件不是有效的 Excel（.xlsx）文件';
const TEMPLATE_HINT = '请下载本台账的导入模板，填写后以 .xlsx 格式上传';

/** `第 3 行「当事人1身份证号」：…`, for logs, the CLI and tests. */
export function formatImportError(e: ImportError): string {
  const where = [e.row !== null ? `第 ${e.row} 行` : '', e.column !== null ? `「${e.column}」` : ''].join('');
  return where ? `${where}：${e.message}` : e.message;
}

/** The file's bytes, before any parsing: what it really is, whether it is safe to unzip. */
async function checkBytes(data: Uint8Array): Promise<string | null> {
  if (data.length === 0) return '文件是空的（0 字节），请重新选择文件';
  if (data.length > MAX_FILE_BYTES)
    return `文件过大（${(data.length / 1024 / 1024).toFixed(1)} MB），导入文件不能超过 ${MAX_FILE_BYTES / 1024 / 1024} MB；请分成多个文件导入`;
  const sniffed = sniffKind(data);
  if (sniffed === 'ole2')
    return '这是旧版 Excel（.xls）或 WPS 表格文件，系统只能读取 .xlsx：请在 Excel 或 WPS 中打开，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入';
  if (sniffed !== 'zip') {
    const looks = sniffed === 'unknown' ? '' : `（看起来是${KIND_NAMES_ZH[sniffed]}）`;
    return `${NOT_XLSX}${looks}。${TEMPLATE_HINT}`;
  }
  const zip = await checkZip(data, IMPORT_ZIP_LIMITS);
  if (!zip.ok) {
    if (zip.code === 'ZIP_BOMB') return '文件解压后异常巨大，疑似构造的恶意文件，已拒绝导入';
    if (zip.code === 'UNSAFE_XML')
      return '文件含有 Excel 和 WPS 不会写入的 XML 文档类型声明，疑似构造的恶意文件，已拒绝导入';
    return `${NOT_XLSX}：文件已损坏或不完整。${TEMPLATE_HINT}`;
  }
  if (!zip.entries.some((e) => e.name === 'xl/workbook.xml'))
    return `${NOT_XLSX}（可能是 Word 文档或其他压缩包）。${TEMPLATE_HINT}`;
  return null;
}

const cellText = (v: CellValue | undefined): string => {
  const p = plainValue(v);
  return p === null || typeof p === 'object' ? '' : String(p);
};

interface HeaderMatch {
  row: number;
  /** sheet column number → the kind's column */
  byCol: Map<number, SheetColumn>;
  ignored: string[];
  duplicates: string[];
}

/** The first of the top rows naming at least two of the kind's columns (or all, if it has one). */
function findHeader(ws: Worksheet, columns: readonly SheetColumn[]): HeaderMatch | null {
  const byHeader = new Map(columns.map((c) => [normaliseHeader(c.header), c]));
  const need = Math.min(2, columns.length);
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const values = ws.getRow(r).values as CellValue[];
    const byCol = new Map<number, SheetColumn>();
    const seen = new Map<SheetColumn, number>();
    const ignored: string[] = [];
    const duplicates: string[] = [];
    values.forEach((v, n) => {
      const text = cellText(v);
      if (!text) return;
      const col = byHeader.get(normaliseHeader(text));
      if (!col) {
        ignored.push(text.trim());
        return;
      }
      const first = seen.get(col);
      if (first !== undefined) {
        duplicates.push(`列名「${col.header}」出现了两次（${columnLetter(first)}列和${columnLetter(n)}列）`);
        return;
      }
      seen.set(col, n);
      byCol.set(n, col);
    });
    if (byCol.size >= need) return { row: r, byCol, ignored, duplicates };
  }
  return null;
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
  range: string;
}

/**
 * Merged ranges of the sheet. exceljs keeps them in `_merges` (master address → Range); the
 * public `model.merges` would first rebuild the model of every row.
 */
function mergesOf(ws: Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  return merges ? Object.values(merges).filter((m): m is MergeRange => m !== undefined) : [];
}

class ErrorList {
  readonly shown: ImportError[] = [];
  hidden = 0;
  readonly badRows = new Set<number>();
  constructor(private readonly max: number) {}
  add(e: ImportError): void {
    if (e.row !== null) this.badRows.add(e.row);
    if (this.shown.length < this.max) this.shown.push(e);
    else this.hidden++;
  }
  get empty(): boolean {
    return this.shown.length === 0;
  }
  result(): ImportResult {
    const errors = [...this.shown];
    if (this.hidden > 0)
      errors.push({
        row: null,
        column: null,
        message: `另有 ${this.hidden} 处错误未列出（共 ${this.badRows.size} 行有错误），请先改正以上错误后重新导入`,
      });
    return { ok: false, errors };
  }
}

/**
 * Reads the first sheet of an uploaded .xlsx and checks every row against the kind's
 * declarations. All or nothing: any problem anywhere gives `ok: false` with every problem
 * (up to `maxErrors`) by Excel row number and column header; otherwise every non-blank row's
 * validated values and a key that recognises the row when the same file is imported again.
 */
export async function parseImport(
  kind: LedgerKind,
  buffer: Uint8Array,
  opts: ImportOptions,
): Promise<ImportResult> {
  const bad = await checkBytes(buffer);
  if (bad) return fileError(bad);

  // loaded on first use: exceljs is heavy and most requests never need it
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  // rows as stored, formatted blank ones included: far more than any real file, far less than 1,048,576
  const storedRows = Math.max(maxRows * 5, 100_000);
  // `maxRows` is read by exceljs's sheet parser but missing from its typings
  const readOptions: Partial<XlsxReadOptions> & { maxRows: number } = {
    ignoreNodes: IGNORED_NODES,
    maxRows: storedRows,
  };
  try {
    // exceljs types its input as an ArrayBuffer; JSZip reads either
    await wb.xlsx.load(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
      readOptions,
    );
  } catch (err) {
    if (/Max row count/.test(String((err as Error).message)))
      return fileError(
        `表格的行数过多（超过 ${storedRows} 行，设置了格式的空行也算在内），一次最多导入 ${maxRows} 行数据；请删除多余的行，或分成几个文件分别导入`,
      );
    return fileError(`${NOT_XLSX}：无法读取其中的表格，文件可能已损坏。${TEMPLATE_HINT}`);
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.actualRowCount === 0)
    return fileError(`第一个工作表${ws ? `「${ws.name}」` : ''}是空的，没有表头和数据。${TEMPLATE_HINT}`);

  const columns = sheetColumns(kind);
  const header = findHeader(ws, columns);
  if (!header)
    return fileError(
      `第一个工作表「${ws.name}」中找不到表头：前 ${HEADER_SCAN_ROWS} 行中没有一行包含本台账的列名（如${columns
        .slice(0, 3)
        .map((c) => `「${c.header}」`)
        .join('')}）。${TEMPLATE_HINT}`,
    );

  const fatal: ImportError[] = header.duplicates.map((message) => ({
    row: header.row,
    column: null,
    message,
  }));
  const present = new Set(header.byCol.values());
  const missing = columns.filter((c) => c.required && !present.has(c));
  if (missing.length > 0)
    fatal.push({
      row: header.row,
      column: null,
      message: `缺少必填列：${missing.map((c) => `「${c.header}」`).join('')}。请使用下载的模板，不要删除或修改第 ${header.row} 行的列名`,
    });
  const merges = mergesOf(ws).filter((m) => m.bottom >= header.row);
  for (const m of merges.slice(0, 20))
    fatal.push({
      row: m.top,
      column: header.byCol.get(m.left)?.header ?? null,
      message: `单元格 ${m.range} 是合并单元格。导入时每一行须是一条完整的记录，请取消合并，并在每一行分别填写`,
    });
  if (merges.length > 20)
    fatal.push({ row: null, column: null, message: `另有 ${merges.length - 20} 处合并单元格未列出` });
  if (fatal.length > 0) return { ok: false, errors: fatal };

  const errors = new ErrorList(opts.maxErrors ?? DEFAULT_MAX_ERRORS);
  const date1904 = wb.properties?.date1904 === true;
  const validateOpts = {
    today: opts.today,
    villages: opts.villages,
    villageByName: opts.villageByName,
    ...(opts.refRecords ? { refRecords: opts.refRecords } : {}),
  };
  const mapped = [...header.byCol.entries()];
  const rows: ImportRow[] = [];
  let dataRows = 0;
  let tooMany = false;

  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (tooMany || r <= header.row) return;
    const values = row.values as CellValue[];
    const input: Record<string, unknown> = {};
    const tables = new Map<string, Map<number, Record<string, unknown>>>();
    const failed = new Set<SheetColumn>();
    let blank = true;
    for (const [n, col] of mapped) {
      const p = plainValue(values[n]);
      if (p === null) continue;
      blank = false;
      const cell = cellInput(col.def, p, `「${col.header}」`, date1904);
      if (cell.error !== undefined) {
        failed.add(col);
        errors.add({ row: r, column: col.header, message: cell.error });
        continue;
      }
      if (cell.value === undefined) continue;
      if (col.table) {
        const byIndex = tables.get(col.field.key) ?? new Map<number, Record<string, unknown>>();
        tables.set(col.field.key, byIndex);
        const tableRow = byIndex.get(col.table.index) ?? {};
        byIndex.set(col.table.index, tableRow);
        tableRow[col.table.column.key] = cell.value;
      } else input[col.field.key] = cell.value;
    }
    if (blank) return;
    if (++dataRows > maxRows) {
      tooMany = true;
      return;
    }
    // a table's value holds its non-blank spread rows in order; remember where each came from
    const rowIndex = new Map<string, number[]>();
    for (const [key, byIndex] of tables) {
      const order = [...byIndex.keys()].sort((a, b) => a - b);
      rowIndex.set(key, order);
      input[key] = order.map((i) => byIndex.get(i));
    }
    const { values: checked, issues } = validateRecord(kind, input, validateOpts);
    for (const issue of issues) {
      const col = columnOfIssue(columns, issue.field, rowIndex);
      // a cell already reported (an error value) is not reported again as empty
      if (col && failed.has(col)) continue;
      errors.add({ row: r, column: col?.header ?? null, message: issueMessage(issue, col, rowIndex) });
    }
    if (issues.length === 0 && failed.size === 0)
      rows.push({ row: r, values: checked, key: rowKey(kind, checked) });
  });

  if (tooMany)
    return fileError(
      `数据超过 ${maxRows} 行，一次最多导入 ${maxRows} 行；请把表格分成几个文件分别导入（每个文件保留第 ${header.row} 行的列名）`,
    );
  if (!errors.empty) return errors.result();
  if (rows.length === 0)
    return fileError(`表格中只有列名，没有数据：请从第 ${header.row + 1} 行起每行填写一条记录`);
  return { ok: true, rows, ignoredColumns: header.ignored };
}

/**
 * The validator names a table cell by its position in the value (「当事人」第1行「身份证号」);
 * the sheet names it by its column (「当事人2身份证号」), which is what the user sees.
 */
function issueMessage(
  issue: { field: string; message: string },
  col: SheetColumn | undefined,
  rowIndex: ReadonlyMap<string, readonly number[]>,
): string {
  if (!col?.table) return issue.message;
  const m = /^[^[]+\[(\d+)\]\./.exec(issue.field);
  if (!m || rowIndex.get(col.field.key)?.[Number(m[1])] !== col.table.index) return issue.message;
  const { field, column } = col.table;
  return issue.message.replace(
    `「${field.label}」第${Number(m[1]) + 1}行「${column.label}」`,
    `「${col.header}」`,
  );
}

/** The same values give the same key whatever order the fields were read in. */
export function rowKey(kind: LedgerKind, values: RecordData): string {
  return createHash('sha256')
    .update(canonicalJson({ kind: kind.kind, values }))
    .digest('hex');
}
