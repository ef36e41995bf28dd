import { type ActionDef, ledgerKind } from '../../../../core/ledgers';
import type { TodoItem, TodoState } from '../../api/ledgers';

export const TODO_STATE_TAGS: Record<TodoState, { label: string; color: string }> = {
  overdue: { label: '逾期', color: 'error' },
  due_soon: { label: '临期', color: 'warning' },
  provisional: { label: '暂估', color: 'purple' },
  alert: { label: '提醒', color: 'gold' },
  waiting: { label: '待处理', color: 'processing' },
};

export type TodoTab = 'all' | 'overdue' | 'due_soon' | 'alert' | 'waiting';

export const TODO_TABS: readonly TodoTab[] = ['all', 'overdue', 'due_soon', 'alert', 'waiting'];

export function isTodoTab(s: string | null): s is TodoTab {
  return s !== null && (TODO_TABS as readonly string[]).includes(s);
}

/** The items of one tab: 临期 includes the 暂估 ones (their due date may still move). */
export function itemsOfTab(items: readonly TodoItem[], tab: TodoTab): TodoItem[] {
  if (tab === 'all') return [...items];
  if (tab === 'due_soon') return items.filter((i) => i.state === 'due_soon' || i.state === 'provisional');
  return items.filter((i) => i.state === tab);
}

export interface BulkOption {
  kind: string;
  kindLabel: string;
  action: ActionDef;
  /** The selected records of that kind, with the version each was listed at (the step is only tried on them). */
  items: { id: string; version: number; number: string }[];
}

/**
 * Steps that may be taken on all the selected records at once: those declared `bulk` (no
 * fields, no judgement) by the kinds of the selection. Whether each record is in a state that
 * allows it is for the server to say, record by record.
 */
export function bulkOptions(selected: readonly TodoItem[]): BulkOption[] {
  const byKind = new Map<string, TodoItem[]>();
  for (const i of selected) byKind.set(i.kind, [...(byKind.get(i.kind) ?? []), i]);
  const out: BulkOption[] = [];
  for (const [kind, items] of byKind) {
    const def = ledgerKind(kind);
    if (!def) continue;
    // one entry per record (a record may be listed under two clocks); only ledger records carry a version
    const records = new Map<string, { id: string; version: number; number: string }>();
    for (const i of items)
      if (i.version !== undefined) records.set(i.id, { id: i.id, version: i.version, number: i.number });
    if (records.size === 0) continue;
    for (const action of def.actions.filter((a) => a.bulk && (a.fields?.length ?? 0) === 0))
      out.push({ kind, kindLabel: def.label, action, items: [...records.values()] });
  }
  return out;
}
