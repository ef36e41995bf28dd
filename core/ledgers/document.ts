import { chineseDate } from '../calendar/dates';
import { allFields } from './record';
import type { DocumentDef, FieldDef, FieldValue, LedgerKind, RecordData } from './types';
import { findAction, stateLabel } from './workflow';

/**
 * One record laid out as a document for the file (issue 15 §5): the kind's 登记表 (every field
 * and every step with its date) or a document its workflow declares (`documents`: 调解协议书,
 * 处罚决定书). Pure: the server writes it as .docx and as a print view, and masks personal data
 * before it gets here (what the user may reveal; see docs/ledger-api.md).
 */

/** The key of the document every kind offers. */
export const REGISTER_DOCUMENT = 'register';

export interface DocumentField {
  type: 'field';
  label: string;
  text: string;
}
export interface DocumentTable {
  type: 'table';
  label: string;
  columns: string[];
  rows: string[][];
}
export type DocumentItem = DocumentField | DocumentTable;

export interface DocumentStep {
  label: string;
  /** 2026年3月5日 */
  on: string;
  actorName: string | null;
  /** The step's fields as 标签：值, in the declaration's order. */
  details: string[];
}

export interface RecordDocument {
  key: string;
  title: string;
  number: string;
  unitName: string;
  stateLabel: string;
  items: DocumentItem[];
  /** The workflow's steps (the 登记表 only). */
  steps: DocumentStep[];
  notes: string[];
  signatures: string[];
  /** The date under the signatures (Chinese), or null: left blank to be written by hand. */
  date: string | null;
}

/** What the document is made from: the record as presented (already masked) and its steps. */
export interface DocumentInput {
  number: string;
  unitName: string;
  state: string;
  data: RecordData;
  events: readonly { action: string; on: string; payload: RecordData; actorName?: string | null }[];
}

/** Names for the ids a record stores: villages, and the records its ref fields name. */
export interface DocumentNames {
  village: (id: string) => string | undefined;
  ref: (id: string) => string | undefined;
}

const REGISTER_SIGNATURES = ['经办人（签名）', '负责人（签名）'];

const titleOf = (def: DocumentDef, data: RecordData) =>
  typeof def.title === 'function' ? def.title(data) : def.title;

/** The documents a record offers, the 登记表 first; declared ones once their step was taken. */
export function documentsFor(
  kind: LedgerKind,
  record: { data: RecordData; events: readonly { action: string }[] },
): { key: string; title: string }[] {
  return [
    { key: REGISTER_DOCUMENT, title: `${kind.label}登记表` },
    ...(kind.documents ?? [])
      .filter((d) => record.events.some((e) => e.action === d.after))
      .map((d) => ({ key: d.key, title: titleOf(d, record.data) })),
  ];
}

function optionLabel(options: readonly { value: string; label: string }[], v: unknown): string {
  return options.find((o) => o.value === v)?.label ?? String(v);
}

/** A value as printed: labels for options, names for ids, 2026年3月5日 for dates; '' when empty. */
export function documentText(f: FieldDef, v: FieldValue | unknown, names: DocumentNames): string {
  if (v === null || v === undefined || v === '') return '';
  const ids = () => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
  switch (f.type) {
    case 'date':
      return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? chineseDate(v) : String(v);
    case 'select':
      return optionLabel(f.options, v);
    case 'multiselect':
      return Array.isArray(v) ? v.map((x) => optionLabel(f.options, x)).join('、') : String(v);
    case 'boolean':
      return v === true ? '是' : v === false ? '否' : String(v);
    case 'integer':
      return `${typeof v === 'number' ? v.toLocaleString('zh-CN') : String(v)}${f.suffix ?? ''}`;
    case 'village':
      return ids()
        .map((id) => names.village(id) ?? id)
        .join('、');
    case 'ref':
      return ids()
        .map((id) => names.ref(id) ?? id)
        .join('、');
    case 'table':
      return Array.isArray(v) ? `${v.length}条` : '';
    default:
      return String(v);
  }
}

function itemOf(f: FieldDef, v: FieldValue | undefined, names: DocumentNames): DocumentItem {
  if (f.type !== 'table') return { type: 'field', label: f.label, text: documentText(f, v, names) };
  const rows = Array.isArray(v) ? v : [];
  return {
    type: 'table',
    label: f.label,
    columns: f.columns.map((c) => c.label),
    rows: rows.map((row) =>
      f.columns.map((c) => documentText(c, (row as Record<string, unknown>)[c.key], names)),
    ),
  };
}

/** The 登记表: the registration fields (blank ones too), what the steps stored, and every step. */
function registerDocument(kind: LedgerKind, input: DocumentInput, names: DocumentNames): RecordDocument {
  const own = new Set(kind.fields.map((f) => f.key));
  const items = allFields(kind)
    .filter((f) => own.has(f.key) || (input.data[f.key] !== undefined && input.data[f.key] !== null))
    .map((f) => itemOf(f, input.data[f.key], names));
  const steps = input.events.map((e) => {
    const action = findAction(kind, e.action);
    const details = (action?.fields ?? [])
      .filter((f) => f.key !== action?.dateField)
      .map((f) => {
        const text =
          f.type === 'table'
            ? (itemOf(f, e.payload[f.key], names) as DocumentTable).rows.map((r) => r.join(' ')).join('；')
            : documentText(f, e.payload[f.key], names);
        return text ? `${f.label}：${text}` : '';
      })
      .filter(Boolean);
    return {
      label: action?.label ?? e.action,
      on: /^\d{4}-\d{2}-\d{2}$/.test(e.on) ? chineseDate(e.on) : e.on,
      actorName: e.actorName ?? null,
      details,
    };
  });
  return {
    key: REGISTER_DOCUMENT,
    title: `${kind.label}登记表`,
    number: input.number,
    unitName: input.unitName,
    stateLabel: stateLabel(kind, input.state),
    items,
    steps,
    notes: [],
    signatures: REGISTER_SIGNATURES,
    date: null,
  };
}

/**
 * The document `key` of a record, or null when the kind has no such document or the record has
 * not yet taken the step that produces it.
 */
export function recordDocument(
  kind: LedgerKind,
  key: string,
  input: DocumentInput,
  names: DocumentNames,
): RecordDocument | null {
  if (key === REGISTER_DOCUMENT) return registerDocument(kind, input, names);
  const def = kind.documents?.find((d) => d.key === key);
  if (!def || !input.events.some((e) => e.action === def.after)) return null;
  const fields = allFields(kind);
  const items = def.fields.flatMap((k) => {
    const f = fields.find((x) => x.key === k);
    return f ? [itemOf(f, input.data[k], names)] : [];
  });
  const date = def.dateField ? input.data[def.dateField] : undefined;
  return {
    key: def.key,
    title: titleOf(def, input.data),
    number: input.number,
    unitName: input.unitName,
    stateLabel: stateLabel(kind, input.state),
    items,
    steps: [],
    notes: def.notes?.(input.data) ?? [],
    signatures: [...(typeof def.signatures === 'function' ? def.signatures(input.data) : def.signatures)],
    date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? chineseDate(date) : null,
  };
}
