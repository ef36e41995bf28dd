import type { CheckContext, FieldDef, LedgerKind, RecordData } from './types';
import { type FieldIssue, type ValidateOptions, validateFields } from './validate';

/**
 * Validates a record's own fields (create: all of them; update: those given) and then the
 * kind's cross-field checks on the record as it would be saved.
 */
export function validateRecord(
  kind: LedgerKind,
  input: Record<string, unknown>,
  opts: ValidateOptions,
): { values: RecordData; issues: FieldIssue[] } {
  const { values, issues } = validateFields(kind.fields, input, { ...opts, contextFields: kind.fields });
  if (issues.length > 0) return { values, issues };
  const merged = { ...opts.context, ...values };
  const ctx: CheckContext = {
    refs: (field) => {
      const v = merged[field];
      return (Array.isArray(v) ? v : [v]).flatMap((id) => {
        const rec = typeof id === 'string' ? opts.refRecords?.get(id) : undefined;
        return rec ? [rec] : [];
      });
    },
    today: opts.today,
    settings: opts.settings ?? {},
  };
  for (const check of kind.checks ?? []) {
    const message = check.test(merged, ctx);
    if (message) issues.push({ field: check.fields[0] ?? '', message });
  }
  return { values, issues };
}

/** Whether registration fields may still be edited in this state. */
export function editableIn(kind: LedgerKind, state: string): boolean {
  if (kind.editableIn) return kind.editableIn.includes(state);
  return kind.states.find((s) => s.key === state)?.final !== true;
}

/** The text the list's Chinese search runs over: searchable fields, table columns included. */
export function searchText(kind: LedgerKind, data: RecordData): string {
  const parts: string[] = [];
  const add = (f: FieldDef, v: unknown) => {
    if (f.type === 'table') {
      if (!Array.isArray(v)) return;
      for (const row of v)
        for (const c of f.columns) if (c.searchable) add(c, (row as Record<string, unknown>)[c.key]);
      return;
    }
    if (!f.searchable || v === null || v === undefined) return;
    parts.push(String(v));
  };
  for (const f of kind.fields) add(f, data[f.key]);
  return parts.join(' ');
}

/** Every field a record of this kind can hold: its own, and what its actions store on it. */
export function allFields(kind: LedgerKind): FieldDef[] {
  const seen = new Set<string>();
  const out: FieldDef[] = [];
  for (const f of [
    ...kind.fields,
    ...kind.actions.filter((a) => !a.repeatable).flatMap((a) => a.fields ?? []),
  ]) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    out.push(f);
  }
  return out;
}

/** Record ids held by ref fields in some data (a record's, or a step's payload). */
export function refIds(kind: LedgerKind, data: RecordData): string[] {
  const out: string[] = [];
  for (const f of [...kind.fields, ...kind.actions.flatMap((a) => a.fields ?? [])]) {
    if (f.type !== 'ref') continue;
    const v = data[f.key];
    for (const id of Array.isArray(v) ? v : [v])
      if (typeof id === 'string' && !out.includes(id)) out.push(id);
  }
  return out;
}
