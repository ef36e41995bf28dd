import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ledgerRecords } from '../../db/schema';

/**
 * The SQL behind the public enforcement page (公示). It reads only the columns the page shows —
 * never the record's whole `data`, so ID numbers, phones, addresses and facts do not even leave
 * the database — and only what is public: active officers and matters, and enforcement decisions
 * whose publicity was published (or withdrawn).
 */

const d = (key: string) => sql`${ledgerRecords.data}->>${key}`;

type TextColumns<K extends string> = Record<K, SQL<string | null>>;

/** The record's fields `keys` as text columns of the same names (null when absent). */
const textFields = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, sql<string | null>`${d(k)}`])) as TextColumns<K>;

const live = (unitId: string, kind: string) =>
  and(eq(ledgerRecords.unitId, unitId), eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt));

const OFFICER_COLUMNS = ['name', 'certNumber', 'department'] as const;
export type PublicOfficerRow = Record<(typeof OFFICER_COLUMNS)[number], string | null> & { fields: unknown };

/** Officers in post with a certificate valid on `today`. */
export function listCertifiedOfficers(db: Db, unitId: string, today: string): Promise<PublicOfficerRow[]> {
  return db
    .select({
      ...textFields(OFFICER_COLUMNS),
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

const MATTER_COLUMNS = ['name', 'type', 'legalBasis', 'department'] as const;
export type PublicMatterRow = Record<(typeof MATTER_COLUMNS)[number], string | null>;

export function listActiveMatters(db: Db, unitId: string): Promise<PublicMatterRow[]> {
  return db
    .select(textFields(MATTER_COLUMNS))
    .from(ledgerRecords)
    .where(and(live(unitId, 'enforcement_matter'), eq(ledgerRecords.state, 'active')))
    .orderBy(ledgerRecords.year, ledgerRecords.seq);
}

const DECISION_COLUMNS = [
  'decisionNumber',
  'caseName',
  'decisionType',
  'decidedOn',
  'publishedOn',
  'partyType',
  'partyName',
  'publicSummary',
  'fineAmount',
  'withdrawnOn',
  'withdrawNotice',
] as const;
export type PublicDecisionRow = Record<(typeof DECISION_COLUMNS)[number], string | null>;

/**
 * Every published decision of a township (withdrawn ones too), newest first by the day published
 * or withdrawn. The page is served from these rows kept in memory for a short while (see
 * publicEnforcement.ts): one scan per township and minute instead of one per visitor.
 */
export function listPublishedDecisions(db: Db, unitId: string): Promise<PublicDecisionRow[]> {
  return db
    .select(textFields(DECISION_COLUMNS))
    .from(ledgerRecords)
    .where(and(live(unitId, 'enforcement_case'), sql`${ledgerRecords.data} ? 'publishedOn'`))
    .orderBy(
      sql`coalesce(${d('withdrawnOn')}, ${d('publishedOn')}) desc`,
      sql`${ledgerRecords.year} desc`,
      sql`${ledgerRecords.seq} desc`,
    );
}

/** Every field key this file reads, by kind: a test holds them to the kinds' declarations. */
export const FIELDS_READ = {
  officer: [...OFFICER_COLUMNS, 'fields', 'issuedOn', 'expiresOn'],
  enforcement_matter: MATTER_COLUMNS,
  enforcement_case: DECISION_COLUMNS,
} as const;
