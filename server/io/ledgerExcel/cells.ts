import { storableText } from '../../lib/storableText';
import type { CellField } from './columns';

/**
 * What a cell holds once Excel's wrappers are taken off: rich text becomes its text, a formula
 * its cached result, a hyperlink its text. Error values (#N/A) stay recognisable.
 */
export type Plain = string | number | boolean | Date | { error: string } | null;

export function plainValue(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  // a cell may hold NUL or a broken UTF-16 pair, which the database cannot store
  if (typeof v === 'string') return v.trim() === '' ? null : storableText(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainValue(o.richText.map((t) => String(t?.text ?? '')).join(''));
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
    if ('error' in o) return { error: String(o.error) };
    if ('text' in o) return plainValue(o.text);
  }
  return null;
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system (its 1900-02-29 bug folded in for serials after 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A Date as exceljs gives it (the cell's serial read as UTC) → YYYY-MM-DD. Read in UTC so the
 * server's time zone cannot move the day; rounded to the second to absorb floating error.
 */
export function dayOfDate(d: Date): string {
  const t = new Date(Math.round(d.getTime() / 1000) * 1000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** A date typed as text: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, with or without a time. */
export function dayOfText(s: string): string | null {
  const t = s.trim();
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(
      t,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
}

/** A number in a date column: an Excel serial the cell was not formatted to show, or 20260305. */
export function dayOfNumber(n: number, date1904: boolean): string | null {
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) return dayOfText(String(n));
  if (n < 1 || n > 2_958_465) return null;
  return dayOfDate(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(n + 1e-9) * DAY_MS));
}

function textOf(p: Exclude<Plain, null | { error: string }>): string {
  if (p instanceof Date) return dayOfDate(p);
  if (typeof p === 'boolean') return p ? '是' : '否';
  return String(p);
}

/**
 * A cell turned into what `validateRecord` accepts for its column, or a Chinese problem the
 * validator could not name (a formula error, an ID number Excel stored as a number).
 * `label` is the column header, already quoted.
 */
export function cellInput(
  def: CellField,
  p: Plain,
  label: string,
  date1904: boolean,
): { value?: unknown; error?: string } {
  if (p === null) return {};
  if (typeof p === 'object' && !(p instanceof Date))
    return { error: `${label}是错误值 ${p.error}（公式出错或引用失效），请改为实际内容` };
  switch (def.type) {
    case 'date': {
      if (p instanceof Date) return { value: dayOfDate(p) };
      if (typeof p === 'number') return { value: dayOfNumber(p, date1904) ?? String(p) };
      if (typeof p === 'string') return { value: dayOfText(p) ?? p };
      return { value: textOf(p) };
    }
    case 'integer': {
      if (typeof p === 'number') return { value: p };
      if (typeof p === 'string') {
        let s = p.replace(/[\s,，]/g, '');
        if (def.suffix && s.endsWith(def.suffix)) s = s.slice(0, -def.suffix.length);
        return { value: s };
      }
      return { value: textOf(p) };
    }
    case 'boolean':
      if (typeof p === 'string') {
        const s = p.trim();
        return { value: /^(true|是)$/i.test(s) ? true : /^(false|否)$/i.test(s) ? false : s };
      }
      return { value: typeof p === 'boolean' ? p : textOf(p) };
    case 'text':
    case 'textarea':
      if (typeof p === 'number' && def.format === 'id_number')
        return {
          error: `${label}被 Excel 存成了数字，末几位可能已变成 0，无法确认号码；请把该列设为“文本”格式后重新填写号码`,
        };
      return { value: textOf(p) };
    default:
      return { value: textOf(p) };
  }
}
