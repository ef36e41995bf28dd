import { chineseDate } from '../../../../core/calendar';
import {
  type FieldDef,
  type FieldValue,
  findAction,
  type LedgerKind,
  stateLabel,
} from '../../../../core/ledgers';
import type { AuditEntry } from '../../api/types';
import type { DiffLine } from '../../lib/auditDiff';
import { auditActionLabel } from '../../locales/zh-CN';
import { fieldText, tableSummary, type VillageName } from './fieldText';

/** One audit entry of a ledger record in the clerk's words: the step's label and labelled, formatted fields. */
export interface LedgerAuditView {
  action: string;
  lines: DiffLine[];
}

const EMPTY = '—';

// keys the ledger commands write around the record's own fields (server/commands/ledgers)
const ENVELOPE_LABELS: Record<string, string> = {
  kind: '台账类别',
  number: '编号',
  state: '状态',
  on: '办理日期',
  warning: '提示',
  reason: '删除理由',
  fileName: '文件名',
  size: '大小',
  event: '办理步骤',
  key: '设置项',
  value: '设置值',
  rows: '导入条数',
  document: '文书',
  format: '形式',
  revealed: '含完整个人信息',
};

const ENVELOPE_ORDER = ['kind', 'number', 'state', 'on', 'reason', 'warning'];

function fieldValueText(field: FieldDef, value: unknown, villageName?: VillageName): string {
  const v = value as FieldValue | undefined;
  return field.type === 'table' ? tableSummary(field, v) : fieldText(field, v, villageName);
}

/** A value no declaration describes: plain text, never JSON. */
function plainText(value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `${value.length}项`;
  return '（已记录）';
}

function actionLabel(kind: LedgerKind, action: string): string {
  const step = action.startsWith('ledger.action.') ? action.slice('ledger.action.'.length) : null;
  if (step === null) return auditActionLabel(action);
  return findAction(kind, step)?.label ?? '办理步骤';
}

/**
 * Lines for a ledger audit entry. Snapshots hold the record's fields (flat on an update,
 * under `data` on a creation, under `payload` for a step's own fields) and envelope keys
 * (state, date, number …); each is shown by its declared label with its value formatted.
 */
export function ledgerAuditView(
  kind: LedgerKind,
  entry: AuditEntry,
  villageName?: VillageName,
): LedgerAuditView {
  const stepFields = (() => {
    const step = entry.action.startsWith('ledger.action.')
      ? entry.action.slice('ledger.action.'.length)
      : null;
    return step ? (findAction(kind, step)?.fields ?? []) : [];
  })();
  const fieldByKey = new Map<string, FieldDef>([...kind.fields, ...stepFields].map((f) => [f.key, f]));

  const flatten = (snap: Record<string, unknown> | null): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    if (!snap) return out;
    for (const [k, v] of Object.entries(snap)) {
      if ((k === 'data' || k === 'payload') && v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [fk, fv] of Object.entries(v as Record<string, unknown>)) out.set(fk, fv);
      } else out.set(k, v);
    }
    return out;
  };
  const text = (key: string, value: unknown): string => {
    if (key === 'state' && typeof value === 'string') return stateLabel(kind, value);
    if (key === 'kind' && value === kind.kind) return kind.label;
    if (key === 'on' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
      return chineseDate(value.slice(0, 10));
    const field = fieldByKey.get(key);
    return field ? fieldValueText(field, value, villageName) : plainText(value);
  };
  const label = (key: string) => fieldByKey.get(key)?.label ?? ENVELOPE_LABELS[key] ?? '其他信息';

  const before = flatten(entry.before);
  const after = flatten(entry.after);
  // the envelope first, then the record's fields in the order the kind declares them
  const declared = [...fieldByKey.keys()];
  const rank = (key: string) => {
    const e = ENVELOPE_ORDER.indexOf(key);
    if (e !== -1) return e;
    const d = declared.indexOf(key);
    return d === -1 ? ENVELOPE_ORDER.length + declared.length : ENVELOPE_ORDER.length + d;
  };
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => rank(x) - rank(y));
  const lines: DiffLine[] = [];
  for (const key of keys) {
    const hadBefore = before.has(key);
    const hasAfter = after.has(key);
    const b = hadBefore ? text(key, before.get(key)) : undefined;
    const a = hasAfter ? text(key, after.get(key)) : undefined;
    if (hadBefore && hasAfter && b === a) continue;
    if (!hadBefore && a === EMPTY) continue;
    const line: DiffLine = { field: key, label: label(key) };
    if (b !== undefined) line.before = b;
    if (a !== undefined) line.after = a;
    lines.push(line);
  }
  return { action: actionLabel(kind, entry.action), lines };
}
