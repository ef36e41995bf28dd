import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { ledgerRecords } from '../db/schema';

/**
 * The SQL behind the public enforcement page (公示). It reads only the columns the page shows —
 * never the record's whole `data`, so ID numbers, phones, addresses and facts do not even leave
 * the database — and only what is public: active officers and matters, and enforcement decisions
 * whose publicity was published (or withdrawn).
 */

const d = (key: string) => sql`${ledgerRecords.data}->>${key}`;

const live = (unitId: string, kind: string) =>
  and(eq(ledgerRecords.unitId, unitId), eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt));

export interface PublicOfficerRow {
  name: string | null;
  certNumber: string | null;
  department: string | null;
  fields: unknown;
}

/** Officers in post with a certificate valid on `today`. */
export function listCertifiedOfficers(db: Db, unitId: string, today: string): Promise<PublicOfficerRow[]> {
  return db
    .select({
      name: sql<string | null>`${d('name')}`,
      certNumber: sql<string | null>`${d('certNumber')}`,
      department: sql<string | null>`${d('department')}`,
      fields: sql<unknown>`${ledgerRecords.data}->'fields'`,
    })
    .from(ledgerRecords)
    .where(
      and(
        live(unitId, 'officer'),
        eq(ledgerRecords.state, 'active'),
        sql`${d('issuedOn')} <= ${today}`,
        sql`${d('expiresOn')} >= ${today}`,
      ),
    )
    .orderBy(ledgerRecords.year, ledgerRecords.seq);
}

export interface PublicMatterRow {
  name: string | null;
  type: string | null;
  legalBasis: string | null;
  department: string | null;
}

export function listActiveMatters(db: Db, unitId: string): Promise<PublicMatterRow[]> {
  return db
    .select({
      name: sql<string | null>`${d('name')}`,
      type: sql<string | null>`${d('type')}`,
      legalBasis: sql<string | null>`${d('legalBasis')}`,
      department: sql<string | null>`${d('department')}`,
    })
    .from(ledgerRecords)
    .where(and(live(unitId, 'enforcement_matter'), eq(ledgerRecords.state, 'active')))
    .orderBy(ledgerRecords.year, ledgerRecords.seq);
}

export interface PublicDecisionRow {
  decisionNumber: string | null;
  caseName: string | null;
  decisionType: string | null;
  decidedOn: string | null;
  publishedOn: string | null;
  partyType: string | null;
  partyName: string | null;
  publicSummary: string | null;
  fineAmount: string | null;
  withdrawnOn: string | null;
  withdrawNotice: string | null;
  total: number;
}

export interface DecisionFilter {
  unitId: string;
  /** A phrase matched against what the page shows (case name, decision number, summary, notice). */
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Escapes LIKE wildcards so a user's % or _ matches itself. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function decisionConditions(f: DecisionFilter): SQL[] {
  const conds: SQL[] = [
    live(f.unitId, 'enforcement_case') as SQL,
    sql`${ledgerRecords.data} ? 'publishedOn'`,
  ];
  if (f.q) {
    const pattern = `%${likeLiteral(f.q)}%`;
    const hit = (key: string) => sql`${d(key)} ilike ${pattern}`;
    conds.push(sql`(case when ${ledgerRecords.data} ? 'withdrawnOn'
      then (${hit('decisionNumber')} or ${hit('withdrawNotice')})
      else (${hit('caseName')} or ${hit('decisionNumber')} or ${hit('publicSummary')}) end)`);
    // A natural person's full name is not public: a search for it (or a part of it) must not tell
    // whether that person was the party, even though the page shows only the masked name.
    conds.push(sql`not (${d('partyType')} = 'person' and ${d('partyName')} <> ''
      and (strpos(${d('partyName')}, ${f.q}) > 0 or strpos(${f.q}, ${d('partyName')}) > 0))`);
  }
  return conds;
}

/**
 * One page of published decisions, newest first (by the day published, or withdrawn), with the
 * number of all matches on every row (one round trip).
 */
export async function listPublishedDecisions(db: Db, f: DecisionFilter): Promise<PublicDecisionRow[]> {
  const rows = await db
    .select({
      decisionNumber: sql<string | null>`${d('decisionNumber')}`,
      caseName: sql<string | null>`${d('caseName')}`,
      decisionType: sql<string | null>`${d('decisionType')}`,
      decidedOn: sql<string | null>`${d('decidedOn')}`,
      publishedOn: sql<string | null>`${d('publishedOn')}`,
      partyType: sql<string | null>`${d('partyType')}`,
      partyName: sql<string | null>`${d('partyName')}`,
      publicSummary: sql<string | null>`${d('publicSummary')}`,
      fineAmount: sql<string | null>`${d('fineAmount')}`,
      withdrawnOn: sql<string | null>`${d('withdrawnOn')}`,
      withdrawNotice: sql<string | null>`${d('withdrawNotice')}`,
      total: sql<number>`count(*) over ()`,
    })
    .from(ledgerRecords)
    .where(and(...decisionConditions(f)))
    .orderBy(
      sql`coalesce(${d('withdrawnOn')}, ${d('publishedOn')}) desc`,
      sql`${ledgerRecords.year} desc`,
      sql`${ledgerRecords.seq} desc`,
    )
    .limit(f.limit)
    .offset(f.offset);
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** The number of matches, for a page past the end (where no row carries it). */
export async function countPublishedDecisions(db: Db, f: DecisionFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(ledgerRecords)
    .where(and(...decisionConditions(f)));
  return Number(row?.n ?? 0);
}
