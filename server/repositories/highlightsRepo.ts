import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { matchesFilter } from '../../core/indicators/evaluate';
import { ledgerKind } from '../../core/ledgers';
import type { HighlightQuery, LedgerHighlight } from '../../core/report/input';
import type { Db } from '../db/client';
import { ledgerRecords } from '../db/schema';

/** Rows read per query before the in-memory filter: highlights are the newest few, not a census. */
const SCAN_LIMIT = 400;

function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad field name ${name}`);
  return name;
}

/**
 * The records a report names, one query per declared highlight: the kind's records of the
 * units in the year, newest first; states in SQL, the rest of the filter in core's own test
 * so highlights and indicators agree on what a filter means.
 */
export async function ledgerHighlights(
  db: Db,
  p: { unitIds: readonly string[]; year: number; queries: readonly HighlightQuery[] },
): Promise<LedgerHighlight[]> {
  if (p.unitIds.length === 0) return [];
  const from = `${p.year}-01-01`;
  const to = `${p.year}-12-31`;
  const lists = await Promise.all(
    p.queries.map(async (q) => {
      const kind = ledgerKind(q.kind);
      if (!kind) return [];
      const onMainDate = kind.list.dateField === q.dateField;
      const dateExpr = onMainDate ? sql`event_date` : sql.raw(`(data->>'${ident(q.dateField)}')`);
      const conds: SQL[] = [
        eq(ledgerRecords.kind, q.kind),
        inArray(ledgerRecords.unitId, [...p.unitIds]),
        isNull(ledgerRecords.deletedAt),
        onMainDate
          ? sql`event_date between ${from}::date and ${to}::date`
          : sql`${dateExpr} between ${from} and ${to}`,
      ];
      if (q.where?.states?.length) conds.push(inArray(ledgerRecords.state, [...q.where.states]));
      const rows = await db
        .select({
          id: ledgerRecords.id,
          title: ledgerRecords.title,
          state: ledgerRecords.state,
          eventDate: ledgerRecords.eventDate,
          data: ledgerRecords.data,
          events: ledgerRecords.events,
        })
        .from(ledgerRecords)
        .where(and(...conds))
        .orderBy(desc(dateExpr), desc(ledgerRecords.id))
        .limit(SCAN_LIMIT);
      const picked: LedgerHighlight[] = [];
      for (const r of rows) {
        const data = (r.data ?? {}) as Record<string, unknown>;
        const record = {
          kind: q.kind,
          state: r.state,
          eventDate: r.eventDate,
          data,
          events: (r.events ?? []) as { action: string; on?: string }[],
        };
        if (!matchesFilter(q.where, record)) continue;
        const titled = data[q.titleField];
        picked.push({
          query: q.id,
          kind: q.kind,
          id: r.id,
          title: typeof titled === 'string' && titled.trim() ? titled.trim() : r.title,
          date: typeof data[q.dateField] === 'string' ? (data[q.dateField] as string) : r.eventDate,
          fields: Object.fromEntries(q.fields.map((f) => [f, data[f] ?? null])),
        });
        if (picked.length >= q.limit) break;
      }
      return picked;
    }),
  );
  return lists.flat();
}
