import { errorMessage } from '../../api/client';
import { getLedgerRecord, takeLedgerAction } from '../../api/ledgers';
import type { BulkOption } from './todoState';

export interface BulkResult {
  done: number;
  /** Records whose state does not allow the step (now), with the reason. */
  skipped: { id: string; number: string; reason: string }[];
}

/** Takes one bulk step on each record in turn, with its current version; never stops halfway silently. */
export async function runBulk(option: BulkOption): Promise<BulkResult> {
  const result: BulkResult = { done: 0, skipped: [] };
  for (const id of option.ids) {
    let number = id;
    try {
      const record = await getLedgerRecord(option.kind, id);
      number = record.number;
      if (!record.actions.some((a) => a.key === option.action.key)) {
        result.skipped.push({
          id,
          number,
          reason: `当前状态为“${record.stateLabel}”，不能${option.action.label}`,
        });
        continue;
      }
      await takeLedgerAction(option.kind, id, option.action.key, record.version, {});
      result.done++;
    } catch (e) {
      result.skipped.push({ id, number, reason: errorMessage(e) });
    }
  }
  return result;
}
