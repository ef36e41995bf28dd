import { takeBulkAction } from '../../api/ledgers';
import type { BulkOption } from './todoState';

export interface BulkResult {
  done: number;
  /** Records the server did not move on, with its Chinese reason (state, guard, changed meanwhile). */
  skipped: { id: string; number: string; reason: string }[];
}

/**
 * One batch step on the selected records of one kind: a single call to the same batch endpoint
 * the ledger lists use (POST /api/ledgers/:kind/bulk/:action); the server takes each record in
 * its own transaction and answers each one's result.
 */
export async function runBulk(option: BulkOption): Promise<BulkResult> {
  const r = await takeBulkAction(option.kind, option.action.key, option.items);
  const numbers = new Map(option.items.map((i) => [i.id, i.number]));
  return {
    done: r.results.filter((x) => x.ok).length,
    skipped: r.results
      .filter((x) => !x.ok)
      .map((x) => ({ id: x.id, number: numbers.get(x.id) ?? '', reason: x.message ?? '未能办理' })),
  };
}
