import crypto from 'node:crypto';
import { AREAS } from '../../core/indicators/types';
import type { ReportIssuance } from '../../core/report/issuance';
import { reportPlainText } from '../../core/report/render';
import { operatorAt } from '../commands/context';
import { composeFromLedgers } from '../commands/reports/reportDraftOnly';
import { initialIssuance } from '../commands/reports/reportInputs';
import type { Db } from '../db/client';
import { insertAnnualReport, insertAnnualReportVersion } from '../repositories/annualReportsRepo';
import { appendAudit } from '../repositories/auditRepo';
import { insertAreaConfirmation } from '../repositories/ledgerConfirmationsRepo';
import type { UnitRow } from '../repositories/unitsRepo';

/** A day of the year after the report year, never later than now. */
function stamp(year: number, monthDay: string, now: Date): Date {
  const d = new Date(`${year + 1}-${monthDay}T02:00:00Z`);
  return d < now ? d : now;
}

/**
 * Last year's report of a demo township, composed from its demo ledgers and taken through
 * every step on the usual dates (submitted in February, published in March), so the public
 * page and the county's comparison have something to show. Written as the steps would write it.
 */
export async function seedPublishedReport(db: Db, town: UnitRow, leaderId: string, now: Date): Promise<void> {
  const year = now.getUTCFullYear() - 1;
  const ctx = { db, actor: operatorAt(town), now };
  // the demo ledgers are complete by construction: the township confirmed each area in January
  for (const area of AREAS) {
    await insertAreaConfirmation(db, {
      unitId: town.id,
      year,
      area,
      confirmedBy: leaderId,
      confirmedAt: stamp(year, '01-15', now),
    });
  }
  const { document, rendered } = await composeFromLedgers(ctx, town, year);
  const approvedAt = stamp(year, '02-16', now);
  const recorded = (monthDay: string) => ({
    date: stamp(year, monthDay, now).toISOString().slice(0, 10),
    recordedBy: leaderId,
    recordedAt: stamp(year, monthDay, now).toISOString(),
  });
  const issuance: ReportIssuance = {
    ...(await initialIssuance(ctx, town)),
    signer: '示例签发人',
    meeting: { body: 'party_committee', ...recorded('02-18') },
    secrecy: { reviewer: '示例保密员', result: 'passed', ...recorded('03-10') },
  };
  const signed = {
    ...document,
    signature: { ...document.signature, date: approvedAt.toISOString().slice(0, 10) },
  };
  const text = reportPlainText({ ...rendered, signature: signed.signature });
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await insertAnnualReport(tx, {
      unitId: town.id,
      id,
      year,
      status: 'published',
      document: signed,
      text,
      revision: 1,
      issuance,
      submittedAt: stamp(year, '02-10', now),
      approvedBy: leaderId,
      approvedAt,
      reportedAt: stamp(year, '02-20', now),
      publishedAt: stamp(year, '03-12', now),
      createdBy: leaderId,
      createdAt: stamp(year, '01-20', now),
      updatedAt: stamp(year, '03-12', now),
    });
    await insertAnnualReportVersion(tx, {
      unitId: town.id,
      reportId: id,
      revision: 1,
      document: signed,
      text,
      approvedBy: leaderId,
      approvedAt,
    });
    await appendAudit(tx, {
      unitId: town.id,
      actorId: null,
      action: 'report.seed',
      entity: 'annual_report',
      entityId: id,
      after: { year, status: 'published', note: '示例数据' },
      at: now,
    });
  });
}
