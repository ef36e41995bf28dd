import type { FieldDef, LedgerKind } from '../../../../core/ledgers';

/**
 * The table's width at 1366×768 (issue 15 §2): 1366 less the 208 px menu, the content's and
 * the card's padding (2×24 each) and a scrollbar — what a clerk's common laptop screen leaves.
 */
export const LIST_WIDTH = 1040;

/** Widths of the columns every list has: 编号 fixed left, 状态 and 期限 fixed right. */
export const FIXED_WIDTHS = { number: 140, title: 180, unit: 100, state: 100, clocks: 230 } as const;

/** A field's column width: enough for a date or an option label; free text is ellipsised. */
export function fieldWidth(f: FieldDef): number {
  switch (f.type) {
    case 'date':
      return 124; // 2026年11月26日 in full
    case 'integer':
    case 'boolean':
      return 90;
    case 'select':
    case 'village':
      return 110;
    case 'textarea':
      return 200;
    default:
      return 140;
  }
}

/** The fields a user may show as columns: the `list` fields, less the one the title repeats. */
export function columnChoices(kind: LedgerKind): FieldDef[] {
  return kind.fields.filter((f) => f.list && f.key !== kind.list.titleField);
}

/**
 * The fields shown by default: the kind's declared `list.columns`, else the `list` fields in
 * order while they fit beside 编号, 标题, (单位,) 状态 and 期限 in LIST_WIDTH.
 */
export function defaultColumnKeys(kind: LedgerKind, showUnit: boolean): string[] {
  const choices = columnChoices(kind);
  if (kind.list.columns) {
    const allowed = new Set(choices.map((f) => f.key));
    return kind.list.columns.filter((k) => allowed.has(k));
  }
  let room = LIST_WIDTH - fixedWidth(showUnit);
  const out: string[] = [];
  for (const f of choices) {
    const w = fieldWidth(f);
    if (w > room) break;
    room -= w;
    out.push(f.key);
  }
  return out;
}

/** The width of the columns every list has. */
export function fixedWidth(showUnit: boolean): number {
  const w = FIXED_WIDTHS;
  return w.number + w.title + w.state + w.clocks + (showUnit ? w.unit : 0);
}

/** The width of a list showing these fields. */
export function listWidth(kind: LedgerKind, keys: readonly string[], showUnit: boolean): number {
  const byKey = new Map(kind.fields.map((f) => [f.key, f]));
  return keys.reduce((n, k) => {
    const f = byKey.get(k);
    return n + (f ? fieldWidth(f) : 0);
  }, fixedWidth(showUnit));
}

/** The columns a user chose for a kind, kept in this browser per user (issue 15 §2). */
export function columnStorageKey(userId: string, kind: string): string {
  return `fazhi.columns.${userId}.${kind}`;
}

/** A stored choice, kept only where it still names columns of the kind (fields change). */
export function parseStoredColumns(raw: string | null, kind: LedgerKind): string[] | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return null;
    const allowed = new Set(columnChoices(kind).map((f) => f.key));
    return parsed.filter((k): k is string => typeof k === 'string' && allowed.has(k));
  } catch {
    return null;
  }
}
