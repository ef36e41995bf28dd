import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { ledgerRecords } from '../../db/schema';

/**
 * The SQL behind a township's 行政执法总体情况 of a year (issue 16 §2): counts and sums over its
 * enforcement cases, inspections and reconsideration and litigation cases, each dated by the day
 * that puts it in the year (立案, 决定, 查封扣押, 听证, 执行, 审结). Aggregates only: no record
 * leaves the database.
 */

const d = (key: string) => sql`(${ledgerRecords.data}->>${key})`;
const live = (unitId: string, kind: string) =>
  and(eq(ledgerRecords.unitId, unitId), eq(ledgerRecords.kind, kind), isNull(ledgerRecords.deletedAt));
const num = (key: string) =>
  sql`coalesce(case when jsonb_typeof(${ledgerRecords.data}->${key}) = 'number' then (${ledgerRecords.data}->>${key})::numeric end, 0)`;

const LICENSING = ['license', 'license_denied'];
/** Decisions that still stand (not revoked). */
const STANDING = ['decided', 'served', 'executed', 'closed', 'court'];

export interface AnnualCaseFigures {
  filed: number;
  revoked: number;
  dropped: number;
  transferred: number;
  seized: number;
  courtApplications: number;
  hearings: number;
  legalReviews: number;
  decidedAmount: number;
  paidAmount: number;
  /** standing decisions of the year by decision type (licences included) */
  byType: Map<string, number>;
}

export async function annualCaseFigures(
  db: Db,
  unitId: string,
  from: string,
  to: string,
): Promise<AnnualCaseFigures> {
  const inYear = (key: string) => sql`${d(key)} between ${from} and ${to}`;
  const list = (values: string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  const where: SQL | undefined = live(unitId, 'enforcement_case');
  const [row] = rowsOf(
    await db.execute(sql`select
      count(*) filter (where ${inYear('filedOn')} and coalesce(${d('decisionType')}, '') not in (${list(LICENSING)})) as filed,
      count(*) filter (where ${inYear('decidedOn')} and ${ledgerRecords.state} = 'revoked') as revoked,
      count(*) filter (where ${inYear('filedOn')} and ${ledgerRecords.state} = 'dropped') as dropped,
      count(*) filter (where ${inYear('filedOn')} and ${ledgerRecords.state} = 'transferred') as transferred,
      count(*) filter (where ${inYear('seizedOn')}) as seized,
      count(*) filter (where ${inYear('appliedOn')}) as court,
      count(*) filter (where ${inYear('heardOn')}) as hearings,
      coalesce(sum((select count(*) from jsonb_array_elements(${ledgerRecords.events}) e
        where e->>'action' = 'review_pass' and e->>'on' between ${from} and ${to})), 0) as reviews,
      coalesce(sum(${num('fineAmount')} + ${num('confiscatedAmount')}) filter (where ${inYear('decidedOn')} and ${ledgerRecords.state} in (${list(STANDING)})), 0) as decided,
      coalesce(sum(${num('paidAmount')}) filter (where ${inYear('executedOn')}), 0) as paid
      from ${ledgerRecords} where ${where}`),
  );
  const types = rowsOf(
    await db.execute(sql`select ${d('decisionType')} as t, count(*) as n from ${ledgerRecords}
      where ${where} and ${inYear('decidedOn')} and ${ledgerRecords.state} in (${list(STANDING)}) group by 1`),
  );
  const n = (k: string) => Number(row?.[k] ?? 0);
  return {
    filed: n('filed'),
    revoked: n('revoked'),
    dropped: n('dropped'),
    transferred: n('transferred'),
    seized: n('seized'),
    courtApplications: n('court'),
    hearings: n('hearings'),
    legalReviews: n('reviews'),
    decidedAmount: n('decided'),
    paidAmount: n('paid'),
    byType: new Map(types.map((t) => [String(t.t ?? 'other'), Number(t.n)])),
  };
}

export async function annualInspections(db: Db, unitId: string, from: string, to: string): Promise<number> {
  const [row] = rowsOf(
    await db.execute(
      sql`select count(*) as n from ${ledgerRecords} where ${live(unitId, 'inspection')} and ${d('inspectedOn')} between ${from} and ${to}`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** Reconsideration and litigation cases concluded in the year, by type and outcome. */
export async function annualReviewOutcomes(
  db: Db,
  unitId: string,
  from: string,
  to: string,
): Promise<{ type: string; outcome: string; n: number }[]> {
  const rows = rowsOf(
    await db.execute(sql`select ${d('type')} as type, ${d('outcome')} as outcome, count(*) as n from ${ledgerRecords}
      where ${live(unitId, 'litigation_case')} and ${d('concludedOn')} between ${from} and ${to} group by 1, 2`),
  );
  return rows.map((r) => ({ type: String(r.type ?? ''), outcome: String(r.outcome ?? ''), n: Number(r.n) }));
}

/** Every field key this file reads, by kind: a test holds them to the kinds' declarations. */
export const ANNUAL_FIELDS_READ = {
  enforcement_case: [
    'filedOn',
    'decisionType',
    'decidedOn',
    'seizedOn',
    'appliedOn',
    'heardOn',
    'fineAmount',
    'confiscatedAmount',
    'paidAmount',
    'executedOn',
  ],
  inspection: ['inspectedOn'],
  litigation_case: ['type', 'outcome', 'concludedOn'],
} as const;
