import { isDayString } from '../calendar';
import { isCreditCode, isIdNumber, isPhone } from './personal';
import type { FieldDef, FieldValue, RecordData, RefField, RefRecord, SimpleField, TableField } from './types';

/** One problem with one field, in Chinese, naming the field by its label. */
export interface FieldIssue {
  field: string;
  message: string;
}

export interface ValidateOptions {
  /** Only the fields present in the input are checked (PATCH); required ones may be absent. */
  partial?: boolean;
  /** Values already on the record, for `notBefore` and cross-field checks. */
  context?: RecordData;
  today: string;
  /** Ids of the villages a village field may name (the record's township's villages). */
  villages?: ReadonlySet<string>;
  /** Village names to ids, so an Excel cell may name the village. */
  villageByName?: ReadonlyMap<string, string>;
  /** Declarations of the `context` values, so messages can name them by label. */
  contextFields?: readonly FieldDef[];
  /** Records ref fields may name (loaded by the server for the ids in the input). */
  refRecords?: ReadonlyMap<string, RefRecord>;
  /** County settings, for checks that apply a threshold. */
  settings?: Readonly<Record<string, number>>;
}

export interface Validated {
  values: RecordData;
  issues: FieldIssue[];
}

const q = (label: string) => `「${label}」`;

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

/** Excel and forms may give an option's Chinese label instead of its value. */
function optionValue(
  f: { options: readonly { value: string; label: string }[] },
  raw: unknown,
): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  const hit = f.options.find((o) => o.value === s || o.label === s);
  return hit ? hit.value : null;
}

function checkSimple(
  f: SimpleField | FieldDef,
  raw: unknown,
  opts: ValidateOptions,
  label: string,
): { value?: FieldValue; error?: string } {
  switch (f.type) {
    case 'text':
    case 'textarea': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { error: `${label}应为文字` };
      const s = String(raw).trim();
      if (f.maxLength !== undefined && [...s].length > f.maxLength)
        return { error: `${label}不能超过${f.maxLength}个字` };
      if (f.minLength !== undefined && [...s].length < f.minLength)
        return { error: `${label}至少需要${f.minLength}个字` };
      if (f.format === 'id_number' && !isIdNumber(s.toUpperCase()))
        return { error: `${label}不是有效的18位居民身份证号码` };
      if (f.format === 'phone' && !isPhone(s.replace(/\s/g, '')))
        return { error: `${label}不是有效的手机号或固定电话` };
      if (f.format === 'credit_code' && !isCreditCode(s.toUpperCase()))
        return { error: `${label}不是有效的统一社会信用代码` };
      const value =
        f.format === 'id_number' || f.format === 'credit_code'
          ? s.toUpperCase()
          : f.format === 'phone'
            ? s.replace(/\s/g, '')
            : s;
      return { value };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isDayString(raw.trim()))
        return { error: `${label}应为日期（年-月-日）` };
      const s = raw.trim();
      if (!f.allowFuture && s > opts.today) return { error: `${label}不能晚于今天` };
      return { value: s };
    }
    case 'integer': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && /^-?\d+$/.test(raw.trim())
            ? Number(raw.trim())
            : Number.NaN;
      if (!Number.isSafeInteger(n)) return { error: `${label}应为整数` };
      if (f.min !== undefined && n < f.min) return { error: `${label}不能小于${f.min}` };
      if (f.max !== undefined && n > f.max) return { error: `${label}不能大于${f.max}` };
      return { value: n };
    }
    case 'select': {
      const v = optionValue(f, raw);
      const offered = f.options.filter((o) => !o.retired);
      if (v === null) return { error: `${label}只能是：${offered.map((o) => o.label).join('、')}` };
      const retired = f.options.find((o) => o.value === v)?.retired;
      // a record that already holds a retired value keeps it through edits of other fields
      if (retired && opts.context?.[f.key] !== v)
        return { error: `${label}不能再选“${f.options.find((o) => o.value === v)?.label}”：${retired}` };
      return { value: v };
    }
    case 'multiselect': {
      const items = Array.isArray(raw)
        ? raw
        : typeof raw === 'string'
          ? raw.split(/[、,，;；]/).filter((s) => s.trim())
          : null;
      if (!items) return { error: `${label}应为多个选项` };
      const out: string[] = [];
      for (const it of items) {
        const v = optionValue(f, it);
        if (v === null)
          return {
            error: `${label}中的“${String(it)}”不在可选范围内（${f.options.map((o) => o.label).join('、')}）`,
          };
        if (!out.includes(v)) out.push(v);
      }
      return { value: out };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === '是') return { value: true };
      if (raw === '否') return { value: false };
      return { error: `${label}应为“是”或“否”` };
    }
    case 'village': {
      const items =
        f.multiple && typeof raw === 'string' ? raw.split(/[、,，;；]/) : f.multiple ? raw : [raw];
      if (!Array.isArray(items) || items.some((i) => typeof i !== 'string')) {
        return { error: `${label}应为本乡镇的村（社区）` };
      }
      const ids: string[] = [];
      for (const item of items as string[]) {
        const s = item.trim();
        if (!s) continue;
        const id = opts.villageByName?.get(s) ?? s;
        if (opts.villages && !opts.villages.has(id)) return { error: `${label}“${s}”不是本乡镇的村（社区）` };
        if (!ids.includes(id)) ids.push(id);
      }
      return { value: f.multiple ? ids : (ids[0] ?? null) };
    }
    case 'table':
    case 'ref':
      return { error: `${label}格式不正确` };
  }
}

/** Ref values are record ids (or, from Excel, record titles) of the declared kind. */
function checkRef(
  f: RefField,
  raw: unknown,
  opts: ValidateOptions,
  label: string,
): { value?: FieldValue; error?: string } {
  const items = Array.isArray(raw)
    ? raw
    : typeof raw === 'string'
      ? f.multiple
        ? raw.split(/[、,，;；]/)
        : [raw]
      : null;
  if (!items || items.some((i) => typeof i !== 'string')) return { error: `${label}格式不正确` };
  const ids: string[] = [];
  for (const item of items as string[]) {
    const s = item.trim();
    if (!s) continue;
    const byId = opts.refRecords?.get(s);
    const rec =
      byId && byId.kind === f.kind
        ? byId
        : [...(opts.refRecords?.values() ?? [])].find((r) => r.kind === f.kind && r.title === s);
    if (opts.refRecords && !rec) return { error: `${label}中的“${s}”不存在或不属于本乡镇` };
    const id = rec?.id ?? s;
    if (!ids.includes(id)) ids.push(id);
  }
  if (f.minItems !== undefined && ids.length < f.minItems)
    return { error: `${label}至少需要${f.minItems}个` };
  if (!f.multiple && ids.length > 1) return { error: `${label}只能选一个` };
  return { value: f.multiple ? ids : (ids[0] ?? null) };
}

function checkTable(
  f: TableField,
  raw: unknown,
  opts: ValidateOptions,
  issues: FieldIssue[],
): FieldValue | undefined {
  if (!Array.isArray(raw)) {
    issues.push({ field: f.key, message: `${q(f.label)}应为列表` });
    return undefined;
  }
  const rows: Record<string, unknown>[] = [];
  raw.forEach((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push({ field: `${f.key}[${i}]`, message: `${q(f.label)}第${i + 1}行格式不正确` });
      return;
    }
    const src = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const c of f.columns) {
      const label = `${q(f.label)}第${i + 1}行${q(c.label)}`;
      const v = src[c.key];
      if (isEmpty(v)) {
        if (c.required) issues.push({ field: `${f.key}[${i}].${c.key}`, message: `${label}不能为空` });
        continue;
      }
      const r = checkSimple(c, v, opts, label);
      if (r.error) issues.push({ field: `${f.key}[${i}].${c.key}`, message: r.error });
      else out[c.key] = r.value;
    }
    for (const k of Object.keys(src)) {
      if (!f.columns.some((c) => c.key === k))
        issues.push({ field: `${f.key}[${i}].${k}`, message: `${q(f.label)}第${i + 1}行有未知字段“${k}”` });
    }
    rows.push(out);
  });
  if (f.minRows !== undefined && rows.length < f.minRows)
    issues.push({ field: f.key, message: `${q(f.label)}至少需要${f.minRows}行` });
  if (f.maxRows !== undefined && rows.length > f.maxRows)
    issues.push({ field: f.key, message: `${q(f.label)}最多${f.maxRows}行` });
  return rows;
}

/**
 * Checks and normalises input against field declarations: types, required fields, options
 * (value or label), formats, ranges and date order. Returns every issue, not just the first,
 * so a form or an Excel row can show them all at once.
 */
export function validateFields(
  fields: readonly FieldDef[],
  input: Record<string, unknown>,
  opts: ValidateOptions,
): Validated {
  const issues: FieldIssue[] = [];
  const values: RecordData = {};
  for (const key of Object.keys(input)) {
    if (!fields.some((f) => f.key === key)) issues.push({ field: key, message: `未知字段“${key}”` });
  }
  for (const f of fields) {
    const present = Object.hasOwn(input, f.key);
    const raw = input[f.key];
    if (isEmpty(raw)) {
      if (f.required && (!opts.partial || present))
        issues.push({ field: f.key, message: `${q(f.label)}不能为空` });
      else if (present) values[f.key] = null;
      continue;
    }
    if (f.type === 'table') {
      const v = checkTable(f, raw, opts, issues);
      if (v !== undefined) values[f.key] = v;
      continue;
    }
    const r = f.type === 'ref' ? checkRef(f, raw, opts, q(f.label)) : checkSimple(f, raw, opts, q(f.label));
    if (r.error) issues.push({ field: f.key, message: r.error });
    else if (r.value !== undefined) values[f.key] = r.value;
  }
  // date order, against this input and what the record already holds
  const merged: RecordData = { ...opts.context, ...values };
  for (const f of fields) {
    if (f.type !== 'date' || !f.notBefore) continue;
    const v = values[f.key];
    const other = merged[f.notBefore];
    if (typeof v === 'string' && typeof other === 'string' && v < other) {
      const otherLabel = labelOf([...fields, ...(opts.contextFields ?? [])], f.notBefore) ?? f.notBefore;
      issues.push({ field: f.key, message: `${q(f.label)}（${v}）不能早于${q(otherLabel)}（${other}）` });
    }
  }
  return { values, issues };
}

function labelOf(fields: readonly FieldDef[], key: string): string | undefined {
  return fields.find((f) => f.key === key)?.label;
}
