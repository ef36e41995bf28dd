import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ledgerRecords } from '../../db/schema';

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
}

/**
 * Every published decision of a township (withdrawn ones too), newest first by the day published
 * or withdrawn. The page is served from these rows kept in memory for a short while (see
 * publicEnforcement.ts): one scan per township and minute instead of one per visitor.
 */
export function listPublishedDecisions(db: Db, unitId: string): Promise<PublicDecisionRow[]> {
  return db
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
    })
    .from(ledgerRecords)
    .where(and(live(unitId, 'enforcement_case'), sql`${ledgerRecords.data} ? 'publishedOn'`))
    .orderBy(
      sql`coalesce(${d('withdrawnOn')}, ${d('publishedOn')}) desc`,
      sql`${ledgerRecords.year} desc`,
      sql`${ledgerRecords.seq} desc`,
    );
}
