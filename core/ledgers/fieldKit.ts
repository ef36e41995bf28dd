import type { FieldDef, Option, TableField } from './types';

/** Building blocks several kinds share. A kind's own fields stay in its own declaration. */

export const options = (...labels: [value: string, label: string][]): Option[] =>
  labels.map(([value, label]) => ({ value, label }));

/** What every extension asks for: how long, and why (the approving role is the action's). */
export const extensionFields = (maxDays: number, unit: '日' | '个工作日'): FieldDef[] => [
  { key: 'days', label: `延长天数（${unit}）`, type: 'integer', required: true, min: 1, max: maxDays },
  { key: 'reason', label: '延长理由', type: 'textarea', required: true, minLength: 4, maxLength: 500 },
];

export const partiesField = (label = '当事人'): TableField => ({
  key: 'parties',
  label,
  type: 'table',
  required: true,
  minRows: 1,
  maxRows: 50,
  excelRows: 2,
  columns: [
    {
      key: 'name',
      label: '姓名或名称',
      type: 'text',
      required: true,
      maxLength: 60,
      searchable: true,
      personal: 'name',
    },
    { key: 'idNumber', label: '身份证号', type: 'text', format: 'id_number', personal: 'id_number' },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'address', label: '住址', type: 'text', maxLength: 200, personal: 'address' },
  ],
});

export const noteField = (key: string, label: string, required = false): FieldDef => ({
  key,
  label,
  type: 'textarea',
  required,
  maxLength: 2000,
});

/** The rows of a table field's value (an empty list when it holds none). */
export const rowsOf = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
