import type {
  FieldDef,
  LedgerKind,
  PersonalFormat,
  RefField,
  SimpleField,
  TableField,
  VillageField,
} from '../../../core/ledgers';

/**
 * A kind's fields laid out as spreadsheet columns, shared by the template, the import and the
 * export so the three always agree. A `table` field spreads its first `excelRows` rows over
 * columns: 当事人1姓名或名称, 当事人1身份证号, …, 当事人2姓名或名称, …
 */
/** A field one cell holds: everything but tables, which spread over several cells. */
export type CellField = SimpleField | VillageField | RefField;

export interface SheetColumn {
  /** The header text exactly as written in the template (without the required marker). */
  header: string;
  /** How one cell of this column is read, checked and shown. */
  def: CellField;
  /** The record field the column belongs to (the table's key for a spread table column). */
  field: FieldDef;
  table?: { field: TableField; index: number; column: SimpleField };
  /** Must be filled on every row (and must be present as a column). */
  required: boolean;
  /** Masked in exports for roles that may not see personal data. */
  personal?: PersonalFormat;
}

/** Rows of a table that must be filled: its `minRows`, at least one when the table is required. */
function requiredRows(f: TableField): number {
  return f.required ? Math.max(f.minRows ?? 1, 1) : 0;
}

/** Personal data by declaration; an ID number is personal even if a declaration forgot to say so. */
export function personalOf(def: CellField): PersonalFormat | undefined {
  if (def.type !== 'text' && def.type !== 'textarea') return undefined;
  return def.personal ?? (def.format === 'id_number' ? 'id_number' : undefined);
}

/** The template's and the import's columns: the kind's own (registration) fields. */
export function sheetColumns(kind: LedgerKind): SheetColumn[] {
  return columnsOf(kind.fields);
}

export function columnsOf(fields: readonly FieldDef[]): SheetColumn[] {
  const out: SheetColumn[] = [];
  for (const f of fields) {
    if (f.type !== 'table') {
      out.push({ header: f.label, def: f, field: f, required: f.required === true, personal: personalOf(f) });
      continue;
    }
    for (let i = 0; i < f.excelRows; i++) {
      for (const c of f.columns) {
        out.push({
          header: `${f.label}${i + 1}${c.label}`,
          def: c,
          field: f,
          table: { field: f, index: i, column: c },
          required: c.required === true && i < requiredRows(f),
          personal: personalOf(c),
        });
      }
    }
  }
  return out;
}

/**
 * Header text as people retype it: spaces and line breaks dropped, a leading required marker
 * (* or ＊) dropped, half-width brackets folded to the full-width ones the labels use.
 */
export function normaliseHeader(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * The column a validation issue's `field` refers to: `parties[0].idNumber` → 当事人1身份证号.
 * `rowIndex` maps a table value's row position back to its spread position (blank spread rows
 * are left out of the value). A whole-table issue names the table's first column.
 */
export function columnOfIssue(
  columns: readonly SheetColumn[],
  field: string,
  rowIndex: ReadonlyMap<string, readonly number[]>,
): SheetColumn | undefined {
  const m = /^([^[.]+)(?:\[(\d+)\](?:\.(.+))?)?$/.exec(field);
  if (!m) return undefined;
  const [, key, idx, sub] = m;
  const mine = columns.filter((c) => c.field.key === key);
  if (idx === undefined) return mine[0];
  const spread = rowIndex.get(key as string)?.[Number(idx)] ?? Number(idx);
  const inRow = mine.filter((c) => c.table?.index === spread);
  return (sub ? inRow.find((c) => c.table?.column.key === sub) : undefined) ?? inRow[0] ?? mine[0];
}

/** The type of a column in words, for the 填写说明 sheet. */
export function typeText(def: CellField): string {
  switch (def.type) {
    case 'text':
      return def.format === 'id_number'
        ? '身份证号'
        : def.format === 'phone'
          ? '电话号码'
          : def.format === 'credit_code'
            ? '统一社会信用代码'
            : '文字';
    case 'textarea':
      return '文字（可较长）';
    case 'date':
      return '日期';
    case 'integer':
      return def.suffix ? `整数（${def.suffix}）` : '整数';
    case 'select':
      return '单选（下拉选择）';
    case 'multiselect':
      return '多选';
    case 'boolean':
      return '是/否';
    case 'village':
      return '村（社区）（下拉选择）';
    case 'ref':
      return def.multiple ? '名称（可填多个，用顿号分隔）' : '名称';
  }
}

/** Format rules in words: lengths, ranges, formats, date order. */
export function ruleText(col: SheetColumn, kind: LedgerKind): string {
  const d = col.def;
  const rules: string[] = [];
  switch (d.type) {
    case 'text':
    case 'textarea':
      if (d.format === 'id_number')
        rules.push('18位居民身份证号码，末位可为X；请保持单元格为文本格式，以免末几位变成0');
      if (d.format === 'phone') rules.push('11位手机号，或带区号的固定电话（如0731-84123456）');
      if (d.format === 'credit_code') rules.push('18位统一社会信用代码');
      if (d.minLength !== undefined) rules.push(`至少${d.minLength}个字`);
      if (d.maxLength !== undefined) rules.push(`不超过${d.maxLength}个字`);
      break;
    case 'date': {
      rules.push('格式为 年-月-日，如 2026-03-05（也可写 2026/3/5 或 2026年3月5日）');
      if (!d.allowFuture) rules.push('不能晚于导入当天');
      if (d.notBefore) {
        const other = kind.fields.find((f) => f.key === d.notBefore);
        rules.push(`不能早于「${other?.label ?? d.notBefore}」`);
      }
      break;
    }
    case 'integer':
      if (d.min !== undefined && d.max !== undefined) rules.push(`${d.min}～${d.max}`);
      else if (d.min !== undefined) rules.push(`不小于${d.min}`);
      else if (d.max !== undefined) rules.push(`不大于${d.max}`);
      break;
    case 'multiselect':
      rules.push('可填多项，用顿号“、”分隔');
      break;
    case 'village':
      rules.push('只能填本乡镇（街道）的村（社区）名称');
      break;
    case 'ref':
      rules.push('填写本乡镇已登记的记录名称');
      break;
    default:
      break;
  }
  if (col.table && !col.required && col.table.column.required)
    rules.push(`填写了第${col.table.index + 1}行${col.table.field.label}的任一项时必填`);
  return rules.join('；');
}

/** Option labels a cell may hold, or null when the column takes free input. */
export function optionLabels(def: CellField, villages: readonly string[]): string[] | null {
  // a retired option is not offered for new rows (an exported old record still shows its label)
  if (def.type === 'select' || def.type === 'multiselect')
    return def.options.filter((o) => !o.retired).map((o) => o.label);
  if (def.type === 'boolean') return ['是', '否'];
  // several villages are typed with 、 between them, which a dropdown would refuse
  if (def.type === 'village') return def.multiple ? null : [...villages];
  return null;
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
