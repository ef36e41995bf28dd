import { and, asc, desc, eq, inArray, isNotNull, like, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { annualReports, annualReportVersions, units } from '../db/schema';

export type AnnualReportRow = typeof annualReports.$inferSelect;

/**
 * The reports this table holds (see schema.ts): every function reads one type, the 法治政府建设
 * 年度报告 unless told otherwise, so a 政府信息公开工作年度报告 never reaches code that reads the other.
 */
export type ReportType = 'annual' | 'disclosure_report' | 'enforcement_annual';

const withUnit = {
  report: annualReports,
  unitPath: units.path,
  unitName: units.name,
  unitLevel: units.level,
  unitCode: units.code,
};

export async function insertAnnualReport(
  db: Db,
  r: typeof annualReports.$inferInsert,
): Promise<AnnualReportRow> {
  const [row] = await db.insert(annualReports).values(r).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function getAnnualReport(db: Db, id: string, type: ReportType = 'annual') {
  const [row] = await db
    .select(withUnit)
    .from(annualReports)
    .innerJoin(units, eq(units.id, annualReports.unitId))
    .where(and(eq(annualReports.id, id), eq(annualReports.type, type)));
  return row;
}

export type AnnualReportWithUnit = NonNullable<Awaited<ReturnType<typeof getAnnualReport>>>;

export async function findAnnualReport(db: Db, unitId: string, year: number, type: ReportType = 'annual') {
  const [row] = await db
    .select({ id: annualReports.id })
    .from(annualReports)
    .where(and(eq(annualReports.unitId, unitId), eq(annualReports.year, year), eq(annualReports.type, type)));
  return row;
}

/** Reports of the units under `scopePath` (every unit for the administrator), without their text. */
export function listAnnualReports(
  db: Db,
  f: { scopePath: string | null; year?: number | undefined; type?: ReportType },
) {
  const conds: SQL[] = [eq(annualReports.type, f.type ?? 'annual')];
  if (f.scopePath) conds.push(like(units.path, `${f.scopePath}%`));
  if (f.year) conds.push(eq(annualReports.year, f.year));
  return db
    .select({
      id: annualReports.id,
      unitId: annualReports.unitId,
      unitName: units.name,
      unitCode: units.code,
      year: annualReports.year,
      status: annualReports.status,
      revision: annualReports.revision,
      submittedAt: annualReports.submittedAt,
      approvedAt: annualReports.approvedAt,
      reportedAt: annualReports.reportedAt,
      publishedAt: annualReports.publishedAt,
      updatedAt: annualReports.updatedAt,
      version: annualReports.version,
    })
    .from(annualReports)
    .innerJoin(units, eq(units.id, annualReports.unitId))
    .where(and(...conds))
    .orderBy(desc(annualReports.year), asc(units.code))
    .limit(2000);
}

/**
 * A year's reports of every type (the annual report, the disclosure report, the enforcement
 * figures) in a scope, with what 待办 needs of them: one statement for all its yearly duties.
 */
export function yearReportsOf(db: Db, scopePath: string, year: number) {
  return db
    .select({
      id: annualReports.id,
      type: annualReports.type,
      unitId: annualReports.unitId,
      status: annualReports.status,
      reportedAt: annualReports.reportedAt,
      publishedAt: annualReports.publishedAt,
    })
    .from(annualReports)
    .innerJoin(units, eq(units.id, annualReports.unitId))
    .where(and(eq(annualReports.year, year), like(units.path, `${scopePath}%`)));
}
export type YearReport = Awaited<ReturnType<typeof yearReportsOf>>[number];

/** Moves a report on only when nobody else has since: undefined on a stale version. */
export async function updateAnnualReportVersioned(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof annualReports.$inferInsert>,
): Promise<AnnualReportRow | undefined> {
  const [row] = await db
    .update(annualReports)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(annualReports.id, id), eq(annualReports.version, version)))
    .returning();
  return row;
}

export async function insertAnnualReportVersion(db: Db, v: typeof annualReportVersions.$inferInsert) {
  await db.insert(annualReportVersions).values(v);
}

export function listAnnualReportVersions(db: Db, reportId: string) {
  return db
    .select({
      revision: annualReportVersions.revision,
      approvedBy: annualReportVersions.approvedBy,
      approvedAt: annualReportVersions.approvedAt,
    })
    .from(annualReportVersions)
    .where(eq(annualReportVersions.reportId, reportId))
    .orderBy(asc(annualReportVersions.revision));
}

/**
 * The reports other units of the same county wrote for the year (any status: a copy is a
 * copy before it is sent), for the cross-report check. `countyPath` bounds it to one county.
 */
export function otherUnitsReports(db: Db, p: { countyPath: string; year: number; exceptUnitId: string }) {
  return db
    .select({ unitName: units.name, document: annualReports.document })
    .from(annualReports)
    .innerJoin(units, eq(units.id, annualReports.unitId))
    .where(
      and(
        like(units.path, `${p.countyPath}%`),
        eq(annualReports.year, p.year),
        eq(annualReports.type, 'annual'),
        ne(annualReports.unitId, p.exceptUnitId),
      ),
    );
}

export async function ownReportDocument(db: Db, unitId: string, year: number): Promise<unknown> {
  const [row] = await db
    .select({ document: annualReports.document })
    .from(annualReports)
    .where(
      and(eq(annualReports.unitId, unitId), eq(annualReports.year, year), eq(annualReports.type, 'annual')),
    );
  return row?.document;
}

export async function ownReportText(db: Db, unitId: string, year: number): Promise<string | undefined> {
  const [row] = await db
    .select({ text: annualReports.text })
    .from(annualReports)
    .where(
      and(eq(annualReports.unitId, unitId), eq(annualReports.year, year), eq(annualReports.type, 'annual')),
    );
  return row?.text;
}

/** Published reports of the units under `path`, newest year first, for the public index. */
export function publishedAnnualReports(db: Db, path: string, type: ReportType = 'annual') {
  return db
    .select({
      id: annualReports.id,
      unitId: annualReports.unitId,
      unitName: units.name,
      unitCode: units.code,
      year: annualReports.year,
      publishedAt: annualReports.publishedAt,
    })
    .from(annualReports)
    .innerJoin(units, eq(units.id, annualReports.unitId))
    .where(
      and(
        like(units.path, `${path}%`),
        eq(annualReports.type, type),
        eq(annualReports.status, 'published'),
        isNotNull(annualReports.publishedAt),
      ),
    )
    .orderBy(desc(annualReports.year), asc(units.code));
}

export function unitsNamed(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, [...ids]));
}
