import { AppError } from '../../../core/errors';
import {
  type LedgerKind,
  maskData,
  type RecordData,
  type RecordDocument,
  recordDocument,
  refIds,
} from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { appendAudit } from '../../repositories/auditRepo';
import { recordTitles } from '../../repositories/ledgersRepo';
import { userNames } from '../../repositories/usersRepo';
import type { CommandContext } from '../context';
import { eventsOf, loadLedgerRecord, villagesOf } from './ledgerContext';

export type DocumentFormat = 'docx' | 'print';

/**
 * One record's document (登记表, or a declared 调解协议书 / 处罚决定书) for the file (issue 15 §5).
 *
 * Personal data: a document for the file is only useful with the parties' full particulars, so
 * it shows what the user may reveal — township staff with `ledger.reveal` on the record's unit
 * get ID numbers, phones and addresses in full; everyone else (the county, the 司法所) gets them
 * masked as on screen. Every document made is audited (`ledger.document`, with `revealed`), like
 * revealing a record on screen.
 */
export async function recordDocumentMaker(
  ctx: CommandContext,
  kind: LedgerKind,
  p: { id: string; document: string; format: DocumentFormat },
): Promise<{ doc: RecordDocument; revealed: boolean }> {
  const found = await loadLedgerRecord(ctx, kind, p.id);
  const revealed = can(ctx.actor, 'ledger.reveal', { path: found.unitPath });
  const mask = revealed ? 'none' : 'staff';
  const events = eventsOf(found.record);
  const data = found.record.data as RecordData;
  const ids = [data, ...events.map((e) => e.payload)].flatMap((d) => refIds(kind, d));
  const [villages, refs, names] = await Promise.all([
    villagesOf(ctx.db, found.record.unitId),
    recordTitles(ctx.db, [...new Set(ids)]),
    userNames(ctx.db, [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))]),
  ]);
  const villageNames = new Map(villages.map((v) => [v.id, v.name]));
  const doc = recordDocument(
    kind,
    p.document,
    {
      number: found.record.number,
      unitName: found.unitName,
      state: found.record.state,
      data: maskData(kind, data, mask),
      events: events.map((e) => ({
        action: e.action,
        on: e.on,
        payload: maskData(kind, e.payload, mask),
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      })),
    },
    { village: (id) => villageNames.get(id), ref: (id) => refs[id] },
  );
  if (!doc)
    throw new AppError('NOT_FOUND', {
      detail: `“${kind.label}”${found.record.number} 没有这份文书（或尚未办理到这一步）`,
    });
  await ctx.db.transaction((tx) =>
    appendAudit(tx, {
      unitId: found.record.unitId,
      actorId: ctx.actor.id,
      action: 'ledger.document',
      entity: 'ledger_record',
      entityId: found.record.id,
      after: {
        kind: kind.kind,
        number: found.record.number,
        document: doc.title,
        format: p.format === 'docx' ? 'Word 文档' : '打印',
        revealed,
      },
      at: ctx.now,
    }),
  );
  return { doc, revealed };
}
