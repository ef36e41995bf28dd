import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { SourceRecord } from '../../../core/disclosureReport/compose';
import type { Db } from '../../db/client';
import { ledgerRecords } from '../../db/schema';

/** The fields core/disclosureReport/compose.ts reads (fixed identifiers: no input reaches the SQL). */
const REQUEST_KEYS = [
  'receivedOn',
  'answeredOn',
  'abandonedOn',
  'applicantType',
  'outcome',
  'reportOutcome',
  'fee',
] as const;
const CASE_KEYS = ['receivedOn', 'type', 'afterReview', 'aboutDisclosure', 'concludedOn', 'outcome'] as const;

/**
 * The ledger rows a township's 政府信息公开工作年度报告 reads for a year: the kinds' own field keys
 * appear in SQL only here. Requests that could count (received by 31 December and not concluded
 * before 1 January), proactive disclosures published in the year, and the 复议诉讼案件 marked
 * 涉及政府信息公开 received in it. The list index (kind, unit_id, event_date) serves each.
 */
export async function disclosureSources(
  db: Db,
  unitId: string,
  year: number,
): Promise<{ requests: SourceRecord[]; proactive: SourceRecord[]; cases: SourceRecord[] }> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  // only the fields the report reads: a request's text (申请内容, 答复) can run to thousands of characters
  const pick = (keys: readonly string[]) =>
    sql<Record<string, unknown>>`jsonb_build_object(${sql.raw(
      keys.map((k) => `'${k}', ${'data'}->'${k}'`).join(', '),
    )})`;
  const cols = (keys: readonly string[]) => ({
    id: ledgerRecords.id,
    number: ledgerRecords.number,
    state: ledgerRecords.state,
    data: pick(keys),
  });
  const live = (kind: string) =>
    and(eq(ledgerRecords.unitId, unitId), eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt));
  const [requests, proactive, cases] = await Promise.all([
    db
      .select(cols(REQUEST_KEYS))
      .from(ledgerRecords)
      .where(
        and(
          live('disclosure_request'),
          lte(ledgerRecords.eventDate, end),
          sql`coalesce(${ledgerRecords.data}->>'answeredOn', ${ledgerRecords.data}->>'abandonedOn', ${end}) >= ${start}`,
        ),
      ),
    db
      .select(cols(['category', 'publishedOn']))
      .from(ledgerRecords)
      .where(
        and(
          live('disclosure'),
          eq(ledgerRecords.state, 'published'),
          sql`${ledgerRecords.data}->>'publishedOn' between ${start} and ${end}`,
        ),
      ),
    db
      .select(cols(CASE_KEYS))
      .from(ledgerRecords)
      .where(
        and(
          live('litigation_case'),
          sql`${ledgerRecords.eventDate} between ${start} and ${end}`,
          sql`${ledgerRecords.data} @> '{"aboutDisclosure":true}'::jsonb`,
        ),
      ),
  ]);
  return { requests, proactive, cases };
}

/** The records a cell counts, by id, within the township (a drill-down). */
export function recordsByIds(db: Db, unitId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: ledgerRecords.id,
      kind: ledgerRecords.kind,
      number: ledgerRecords.number,
      title: ledgerRecords.title,
      state: ledgerRecords.state,
      date: ledgerRecords.eventDate,
    })
    .from(ledgerRecords)
    .where(and(eq(ledgerRecords.unitId, unitId), inArray(ledgerRecords.id, [...ids])))
    .orderBy(ledgerRecords.eventDate, ledgerRecords.number);
}
