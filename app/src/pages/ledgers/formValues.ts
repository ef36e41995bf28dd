import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDef, FieldValue, RecordData, SimpleField } from '../../../../core/ledgers';

/** antd form values: dates are Dayjs objects, everything else as stored. */
export type FormValues = Record<string, unknown>;

const DAY = 'YYYY-MM-DD';

function toInput(f: SimpleField | FieldDef, v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (f.type === 'date') return typeof v === 'string' && dayjs(v, DAY).isValid() ? dayjs(v, DAY) : undefined;
  if (f.type === 'table' && Array.isArray(v))
    return v.map((row) => {
      const r = (row ?? {}) as Record<string, unknown>;
      return Object.fromEntries(f.columns.map((c) => [c.key, toInput(c, r[c.key])]));
    });
  return v;
}

/** A record's data as initial form values for these fields. */
export function toFormValues(fields: readonly FieldDef[], data: RecordData): FormValues {
  const out: FormValues = {};
  for (const f of fields) {
    const v = toInput(f, data[f.key]);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

function fromInput(f: SimpleField | FieldDef, v: unknown): FieldValue | undefined {
  if (isEmpty(v)) return undefined;
  if (f.type === 'date') return dayjs.isDayjs(v) ? (v as Dayjs).format(DAY) : String(v);
  if (f.type === 'text' || f.type === 'textarea') return String(v).trim();
  if (f.type === 'table' && Array.isArray(v)) {
    const rows = v
      .map((row) => {
        const r = (row ?? {}) as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const c of f.columns) {
          const cv = fromInput(c, r[c.key]);
          if (cv !== undefined) out[c.key] = cv;
        }
        return out;
      })
      // a row left completely empty is a row the user added and did not fill
      .filter((r) => Object.keys(r).length > 0);
    return rows.length > 0 ? rows : undefined;
  }
  return v as FieldValue;
}

/** Form values as the API takes them: dates as YYYY-MM-DD, text trimmed, empty values left out. */
export function fromFormValues(fields: readonly FieldDef[], values: FormValues): RecordData {
  const out: RecordData = {};
  for (const f of fields) {
    const v = fromInput(f, values[f.key]);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * What a PATCH sends: only the fields whose value differs from the record's; a field the user
 * emptied is sent as null so the server clears it.
 */
export function changedValues(
  fields: readonly FieldDef[],
  before: RecordData,
  after: RecordData,
): RecordData {
  const out: RecordData = {};
  for (const f of fields) {
    if (same(before[f.key], after[f.key])) continue;
    out[f.key] = after[f.key] ?? null;
  }
  return out;
}

/** Labels of the fields whose values differ between two versions of a record (someone else's edit). */
export function differingLabels(fields: readonly FieldDef[], a: RecordData, b: RecordData): string[] {
  return fields.filter((f) => !same(a[f.key], b[f.key])).map((f) => f.label);
}

/**
 * After someone else saved the record: the latest version, with the user's own edits (what they
 * changed from the version they started from) laid over it. Fields the user did not touch take
 * the other person's values, so saving again cannot silently undo their change.
 */
export function mergeAfterConflict(
  fields: readonly FieldDef[],
  base: RecordData,
  latest: RecordData,
  typed: RecordData,
): RecordData {
  const mine = changedValues(fields, base, typed);
  const out: RecordData = {};
  for (const f of fields) {
    const v = Object.hasOwn(mine, f.key) ? mine[f.key] : latest[f.key];
    if (v !== undefined && v !== null) out[f.key] = v;
  }
  return out;
}
