/**
 * Excel for every ledger kind, read from the kind's declarations (never from its name): the
 * import template, the all-or-nothing import check and the streamed export. exceljs is loaded
 * on first use inside each function.
 */
export { type SheetColumn, sheetColumns } from './ledgerExcel/columns';
export { type ExportOptions, type ExportRow, writeExport } from './ledgerExcel/export';
export {
  DEFAULT_MAX_ERRORS,
  DEFAULT_MAX_ROWS,
  formatImportError,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type ImportRow,
  parseImport,
  rowKey,
} from './ledgerExcel/parse';
export { buildTemplate, GUIDE_SHEET, TEMPLATE_ROWS } from './ledgerExcel/template';
