import type { Writable } from 'node:stream';
import type { Style } from 'exceljs';
import {
  allFields,
  CLOCK_STATE_LABELS,
  type FieldValue,
  type LedgerKind,
  MASKERS,
  type PersonalFormat,
  type RecordData,
  type TableField,
} from '../../../core/ledgers';
import { type CellField, columnsOf, type SheetColumn } from './columns';
import { sheetName } from './template';

export interface ExportRow {
  number: string;
  stateLabel: string;
  unitName: string;
  data: RecordData;
  clocks?: { label: string; state: string; due: string }[];
  /** The workflow's steps (action key and date), for the steps' date columns. */
  events?: readonly { action: string; on: string }[];
}

export interface ExportOptions {
  /**
   * Mask personal fields the user's role may not see: `true` masks every personal format,
   * a list only those (staff who work with the people may see names but not ID numbers).
   */
  mask: boolean | readonly PersonalFormat[];
  /** Village id → name. */
  villageNames: Map<string, string>;
  /** Record id → title, for ref fields (the officers on a step, the matter of a case). */
  refTitles?: Map<string, string>;
}

/** Bytes of sheet XML allowed to wait for compression before rows stop being produced. */
const MAX_BACKLOG = 4 * 1024 * 1024;
/** Rows written between checks of the output's backlog. */
const BATCH = 500;

type Cell = string | number | Date | null;

const hides = (mask: ExportOptions['mask'], format: PersonalFormat) =>
  mask === true || (Array.isArray(mask) && mask.includes(format));

/** The declarations' value → what a person reads in the cell: labels, names, 是/否, real dates. */
function display(
  def: CellField,
  v: unknown,
  personal: PersonalFormat | undefined,
  opts: ExportOptions,
): Cell {
  if (v === null || v === undefined || v === '') return null;
  switch (def.type) {
    case 'select':
      return def.options.find((o) => o.value === v)?.label ?? String(v);
    case 'multiselect':
      return Array.isArray(v)
        ? v.map((x) => def.options.find((o) => o.value === x)?.label ?? String(x)).join('、')
        : String(v);
    case 'village':
      return (Array.isArray(v) ? v : [v])
        .map((x) => opts.villageNames.get(String(x)) ?? String(x))
        .join('、');
    case 'ref':
      return (Array.isArray(v) ? v : [v]).map((x) => opts.refTitles?.get(String(x)) ?? String(x)).join('、');
    case 'boolean':
      return v === true ? '是' : v === false ? '否' : String(v);
    case 'integer':
      return typeof v === 'number' ? v : String(v);
    case 'date': {
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
      // a real date (UTC midnight is exactly the day's serial), so Excel sorts and filters it
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : String(v);
    }
    default: {
      const s = String(v);
      return personal && hides(opts.mask, personal) ? MASKERS[personal](s) : s;
    }
  }
}

/** Table rows beyond the spread ones, as text in one column, so an export never drops a row. */
function restOfTable(f: TableField, v: FieldValue | undefined, opts: ExportOptions): string | null {
  if (!Array.isArray(v) || v.length <= f.excelRows) return null;
  return v
    .slice(f.excelRows)
    .map((row, i) => {
      const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
      const parts = f.columns
        .map((c) => {
          const shown = display(
            c,
            r[c.key],
            c.type === 'text' || c.type === 'textarea' ? c.personal : undefined,
            opts,
          );
          return shown === null
            ? null
            : `${c.label}：${shown instanceof Date ? shown.toISOString().slice(0, 10) : shown}`;
        })
        .filter(Boolean);
      return `${f.label}${f.excelRows + i + 1}（${parts.join('，')}）`;
    })
    .join('；');
}

/** A clock's state key (overdue) in Chinese (逾期); a label already in Chinese passes through. */
const clockState = (state: string) => (CLOCK_STATE_LABELS as Record<string, string>)[state] ?? state;

type OutColumn =
  | { header: string; width: number; get: (r: ExportRow) => Cell; date?: boolean }
  | { header: string; width: number; sheet: SheetColumn };

function outColumns(kind: LedgerKind, opts: ExportOptions): OutColumn[] {
  const out: OutColumn[] = [
    { header: '编号', width: 18, get: (r) => r.number },
    { header: '单位', width: 16, get: (r) => r.unitName },
    { header: '状态', width: 10, get: (r) => r.stateLabel },
  ];
  // the registration fields as in the template, then what the workflow's steps stored (受理日期, 协议形式…)
  const fields = allFields(kind);
  const sheet = columnsOf(fields);
  for (const f of fields) {
    for (const col of sheet.filter((c) => c.field === f))
      out.push({ header: col.header, width: col.def.type === 'textarea' ? 40 : 16, sheet: col });
    if (f.type === 'table')
      out.push({
        header: `其他${f.label}`,
        width: 30,
        get: (r) => restOfTable(f, r.data[f.key], opts),
      });
  }
  // the date of each step whose date is not already a field of the record (回访, 结案 …; issue 15 §5)
  const headers = new Set(out.map((c) => c.header));
  for (const a of kind.actions) {
    const stored = !a.repeatable && a.dateField && fields.some((f) => f.key === a.dateField);
    if (stored) continue;
    const dateLabel = a.fields?.find((f) => f.key === a.dateField)?.label;
    const header = dateLabel && !headers.has(dateLabel) ? dateLabel : `${a.label}日期`;
    if (headers.has(header)) continue;
    headers.add(header);
    out.push({ header, width: 14, date: true, get: (r) => stepDates(r, a.key) });
  }
  out.push({
    header: '期限状态',
    width: 30,
    get: (r) =>
      r.clocks?.length
        ? r.clocks.map((c) => `${c.label}：${clockState(c.state)}${c.due ? `（${c.due}）` : ''}`).join('；')
        : null,
  });
  return out;
}

const dayCell = (on: string): Cell => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : on;
};

/** The step's date (a real date when taken once; several 回访 dates as text, in order). */
function stepDates(r: ExportRow, action: string): Cell {
  const on = (r.events ?? []).filter((e) => e.action === action).map((e) => e.on);
  if (on.length === 0) return null;
  return on.length === 1 ? dayCell(on[0] as string) : on.join('、');
}

function cellOf(c: OutColumn, r: ExportRow, opts: ExportOptions): Cell {
  if ('get' in c) return c.get(r);
  const col = c.sheet;
  if (!col.table) return display(col.def, r.data[col.field.key], col.personal, opts);
  const rows = r.data[col.field.key];
  const row = Array.isArray(rows) ? rows[col.table.index] : undefined;
  const v =
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[col.table.column.key] : null;
  return display(col.def, v, col.personal, opts);
}

/** A writable whose backlog can be read: Node's own, or the readable-stream 2 that archiver bundles. */
interface Backlogged {
  once(event: 'drain', fn: () => void): unknown;
  off(event: 'drain', fn: () => void): unknown;
  needsDrain(): boolean;
}

/**
 * Where the sheet's XML waits to be compressed. exceljs writes a sheet into its own buffer
 * stream, which ignores backpressure and feeds archiver through a PassThrough; that
 * PassThrough's backlog is the only sign that compression (or a slow client behind `out`) is
 * falling behind, and without waiting on it a 100,000-row export keeps every row in memory.
 * Internal to exceljs 4, hence the defensive lookup: without it, the export still works.
 */
function entrySink(ws: unknown): Backlogged | undefined {
  const stream = (ws as { stream?: { pipes?: unknown[] } }).stream;
  const sink = stream?.pipes?.[0] as
    | (Writable & { _writableState?: { needDrain?: boolean; length?: number } })
    | undefined;
  if (!sink || typeof sink.once !== 'function' || typeof sink.removeListener !== 'function') return undefined;
  const needsDrain = () => sink.writableNeedDrain ?? sink._writableState?.needDrain;
  const backlog = () => sink.writableLength ?? sink._writableState?.length;
  if (typeof needsDrain() !== 'boolean' || typeof backlog() !== 'number') return undefined;
  return {
    once: (e, fn) => sink.once(e, fn),
    off: (e, fn) => sink.removeListener(e, fn),
    // keep compression busy while rows are built: wait only once a few MB are queued
    needsDrain: () => needsDrain() === true && (backlog() ?? 0) > MAX_BACKLOG,
  };
}

/** Waits for 'drain', but never longer than a second, so a change inside exceljs cannot hang an export. */
function drained(w: Backlogged): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      w.off('drain', done);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    w.once('drain', done);
  });
}

/**
 * Streams the list as a workbook: 编号, 单位, 状态, the kind's fields as in the import template
 * (labels for options, names for villages, tables spread, the rest of a long table in one
 * column), the fields its workflow steps store on the record, and 期限状态. Rows are committed
 * as they come, so memory stays flat however long the list; between batches it waits for
 * compression and `out` to catch up.
 */
export async function writeExport(
  kind: LedgerKind,
  rows: AsyncIterable<ExportRow>,
  out: NodeJS.WritableStream,
  opts: ExportOptions,
): Promise<void> {
  // loaded on first use: exceljs is heavy and most requests never need it
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as Writable,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = '法治政府建设工作平台';
  const ws = wb.addWorksheet(sheetName(kind.label), { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = outColumns(kind, opts);
  ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  // one style object per column: exceljs caches a style by identity, and a fresh {} on every
  // cell costs a fifth of the export's time
  const plain = {};
  const date = { numFmt: 'yyyy-mm-dd' };
  const styles = columns.map((c) =>
    ('sheet' in c && c.sheet.def.type === 'date') || ('date' in c && c.date) ? date : plain,
  );
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.commit();

  const sink = entrySink(ws);
  let n = 0;
  for await (const r of rows) {
    const row = ws.addRow(columns.map((c) => cellOf(c, r, opts)));
    row.eachCell((cell, i) => {
      cell.style = styles[i - 1] as Partial<Style>;
    });
    row.commit();
    if (++n % BATCH === 0) {
      if (sink?.needsDrain()) await drained(sink);
      // compression runs on the thread pool: give its callbacks a turn before producing more
      else await new Promise((resolve) => setImmediate(resolve));
    }
  }
  ws.commit();
  await wb.commit();
}
