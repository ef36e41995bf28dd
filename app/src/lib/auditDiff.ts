import {
  AUDIT_FIELD_LABELS,
  RECTIFICATION_STATUS_LABELS,
  roleLabel,
  USER_STATUS_LABELS,
  unitLevelLabel,
} from '../locales/zh-CN';

export interface DiffLine {
  field: string;
  label: string;
  /** Absent when the field did not exist before (a creation). */
  before?: string;
  /** Absent when the field was removed. */
  after?: string;
}

type Snapshot = Record<string, unknown> | null | undefined;

/** Looks up a unit's display name by id; returns undefined when the unit is unknown here. */
export type UnitNameLookup = (id: string) => string | undefined;

const EMPTY = '—';

export function formatAuditValue(field: string, value: unknown, unitName?: UnitNameLookup): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'string') {
    if (field === 'role') return roleLabel(value);
    if (field === 'level') return unitLevelLabel(value);
    if (field === 'status') {
      return (
        (USER_STATUS_LABELS as Record<string, string>)[value] ??
        (RECTIFICATION_STATUS_LABELS as Record<string, string>)[value] ??
        value
      );
    }
    if ((field === 'unitId' || field === 'parentId') && unitName) return unitName(value) ?? value;
    return value;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  // a finding carried by a rectification reads best as its message, not as JSON
  if (field === 'defect' && typeof value === 'object' && 'message' in value) return String(value.message);
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// snapshots come back from jsonb with their keys reordered; show fields in a reading order instead
const FIELD_ORDER = Object.keys(AUDIT_FIELD_LABELS);
const rank = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
};

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The fields that differ between two audit snapshots, with display values: known
 * fields in label order, then unknown ones as they come. A creation lists only the
 * fields it actually set.
 */
export function auditDiff(before: Snapshot, after: Snapshot, unitName?: UnitNameLookup): DiffLine[] {
  const b = before ?? {};
  const a = after ?? {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort((x, y) => rank(x) - rank(y));
  const lines: DiffLine[] = [];
  for (const field of fields) {
    const hadBefore = before != null && field in b;
    const hasAfter = after != null && field in a;
    if (hadBefore && hasAfter && same(b[field], a[field])) continue;
    if (!hadBefore && isEmpty(a[field])) continue;
    const line: DiffLine = { field, label: AUDIT_FIELD_LABELS[field] ?? field };
    if (hadBefore) line.before = formatAuditValue(field, b[field], unitName);
    if (hasAfter) line.after = formatAuditValue(field, a[field], unitName);
    lines.push(line);
  }
  return lines;
}
