import crypto from 'node:crypto';
import { chinaDay } from '../../../core/calendar/dates';
import { AppError } from '../../../core/errors';
import { can } from '../../../core/policy';
import { checkReport, type ReportCheck } from '../../../core/report/checks/index';
import { reportDeadlines, SUBMIT_BEFORE_SETTING, submitBeforeOf } from '../../../core/report/deadlines';
import { appendParagraph, findParagraph, mapParagraph } from '../../../core/report/edit';
import { bindFigures, refreshFigures, staleFigures } from '../../../core/report/figureBinding';
import { handWrittenText } from '../../../core/report/handWritten';
import { issuanceAfterSendBack, type ReportIssuance } from '../../../core/report/issuance';
import type { ReportDocument, ReportPartKey } from '../../../core/report/model';
import { paragraphText, renderReport, reportPlainText } from '../../../core/report/render';
import {
  canEditReport,
  isFrozen,
  planReportAction,
  type ReportAction,
  type ReportStatus,
} from '../../../core/report/workflow';
import type { Db } from '../../db/client';
import {
  type AnnualReportWithUnit,
  findAnnualReport,
  getAnnualReport,
  insertAnnualReport,
  otherUnitsReports,
  ownReportDocument,
  updateAnnualReportVersioned,
} from '../../repositories/annualReportsRepo';
import { appendAudit } from '../../repositories/auditRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import { getUnit, type UnitRow } from '../../repositories/unitsRepo';
import type { CommandContext } from '../context';
import { reviewBatchAnalyzer } from '../reviewBatchAnalyzer';
import { composeFromLedgers } from './reportDraftOnly';
import { reportDocx } from './reportExport';
import { countyPathOf, initialIssuance, reportFigures, siblingUnitNames } from './reportInputs';
import { moveReport } from './reportStep';

const textOf = (doc: ReportDocument) => reportPlainText(renderReport(doc));

/** A township drafts its report for a year from the ledgers as they are now. */
export async function reportDrafter(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year: number },
): Promise<AnnualReportWithUnit> {
  const unit = await getUnit(ctx.db, p.unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'report.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  if (!can(ctx.actor, 'report.write', { path: unit.path })) throw new AppError('FORBIDDEN');
  const today = chinaDay(ctx.now);
  if (p.year > Number(today.slice(0, 4))) {
    throw new AppError('VALIDATION', { field: 'year', detail: `${p.year}年尚未开始，不能起草该年度报告` });
  }
  if (await findAnnualReport(ctx.db, unit.id, p.year)) {
    throw new AppError('DUPLICATE_RECORD', {
      field: 'year',
      detail: `${unit.name}${p.year}年度报告已经起草，请打开继续编辑`,
    });
  }
  const { document } = await composeFromLedgers(ctx, unit, p.year);
  const issuance = await initialIssuance(ctx, unit);
  const id = crypto.randomUUID();
  await ctx.db.transaction(async (tx) => {
    await insertAnnualReport(tx, {
      unitId: unit.id,
      id,
      year: p.year,
      status: 'draft',
      document,
      text: textOf(document),
      issuance,
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'report.draft',
      entity: 'annual_report',
      entityId: id,
      after: { year: p.year, status: 'draft', title: document.title },
      at: ctx.now,
    });
  });
  return loadReport(ctx, id);
}

/** A report the actor may see; out of scope is 404. */
export async function loadReport(ctx: CommandContext, id: string): Promise<AnnualReportWithUnit> {
  const found = await getAnnualReport(ctx.db, id);
  if (!found || !can(ctx.actor, 'report.read', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  return found;
}

async function unitOf(db: Db, found: AnnualReportWithUnit): Promise<UnitRow> {
  const unit = await getUnit(db, found.report.unitId);
  if (!unit) throw new AppError('NOT_FOUND');
  return unit;
}

/** The county's submission date for the unit (its own or an ancestor's setting). */
async function deadlinesFor(db: Db, unit: UnitRow, year: number) {
  const settings = await settingsFor(db, unit.path.split('/').filter(Boolean));
  return reportDeadlines(year, submitBeforeOf(settings[SUBMIT_BEFORE_SETTING.key]));
}

export interface ReportInspection {
  checks: ReportCheck[];
  /** figures whose ledger value changed since they were written (none once frozen) */
  stale: { paragraphId: string; key: string; from: number; to: number | null }[];
  deadlines: ReturnType<typeof reportDeadlines>;
}

/**
 * The checks as the report stands: against today's ledgers while it is a draft, against
 * nothing but itself once frozen (its figures are then the approved ones).
 */
export async function reportInspector(
  ctx: CommandContext,
  found: AnnualReportWithUnit,
): Promise<ReportInspection> {
  const unit = await unitOf(ctx.db, found);
  const doc = found.report.document as ReportDocument;
  const frozen = isFrozen(found.report.status as ReportStatus);
  const [figures, others, lastYear, siblings, deadlines] = await Promise.all([
    frozen ? Promise.resolve(null) : reportFigures(ctx, unit, found.report.year),
    otherUnitsReports(ctx.db, {
      countyPath: countyPathOf(unit),
      year: found.report.year,
      exceptUnitId: unit.id,
    }),
    ownReportDocument(ctx.db, unit.id, found.report.year - 1),
    siblingUnitNames(ctx, unit),
    deadlinesFor(ctx.db, unit, found.report.year),
  ]);
  const values = figures?.values ?? {};
  // only what townships wrote themselves is compared: the composer words every report alike
  const checks = checkReport(doc, {
    values,
    otherReports: others.map((o) => ({
      unitName: o.unitName,
      text: handWrittenText(o.document as ReportDocument),
    })),
    ...(lastYear ? { lastYear: { text: handWrittenText(lastYear as ReportDocument) } } : {}),
    otherUnitNames: siblings,
  });
  return { checks, stale: frozen ? [] : staleFigures(doc, values), deadlines };
}

async function editableReport(ctx: CommandContext, id: string) {
  const found = await loadReport(ctx, id);
  if (!can(ctx.actor, 'report.write', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  if (!canEditReport(found.report.status as ReportStatus, ctx.actor)) {
    throw new AppError('ACTION_REFUSED', {
      field: 'status',
      detail: '只有草稿可以修改；已提交的报告请先退回',
    });
  }
  return found;
}

/** Saves a changed document under the version the editor had, with an audit entry. */
async function saveDocument(
  ctx: CommandContext,
  found: AnnualReportWithUnit,
  version: number,
  document: ReportDocument,
  audit: { action: string; before?: unknown; after?: unknown },
) {
  return ctx.db.transaction(async (tx) => {
    const row = await updateAnnualReportVersioned(tx, found.report.id, version, {
      document,
      text: textOf(document),
      updatedAt: ctx.now,
    });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: audit.action,
      entity: 'annual_report',
      entityId: row.id,
      before: audit.before ?? null,
      after: audit.after ?? null,
      at: ctx.now,
    });
    return { ...found, report: row };
  });
}

/** The township rewrites a paragraph; figures still written as before stay bound to the ledgers. */
export async function paragraphEditor(
  ctx: CommandContext,
  p: { id: string; version: number; paragraphId: string; text: string },
) {
  const found = await editableReport(ctx, p.id);
  const doc = found.report.document as ReportDocument;
  const old = findParagraph(doc, p.paragraphId);
  if (!old)
    throw new AppError('NOT_FOUND', { field: 'paragraphId', detail: '该段落不存在，可能已被删除，请刷新' });
  const text = p.text.trim();
  // an edited paragraph is the township's own text: the copy checks read only such text
  const next = mapParagraph(doc, p.paragraphId, (para) =>
    text === ''
      ? null
      : {
          ...para,
          segments: bindFigures(para.segments, text),
          ...(paragraphText(para) === text
            ? {}
            : {
                origin: 'written' as const,
                // the composer's wording, kept once, so the copy checks see only what the township added
                ...(para.origin !== 'written' ? { basis: paragraphText(para) } : {}),
              }),
        },
  );
  return saveDocument(ctx, found, p.version, next, {
    action: text === '' ? 'report.paragraph.remove' : 'report.paragraph.edit',
    before: { paragraphId: p.paragraphId, text: paragraphText(old) },
    after: { paragraphId: p.paragraphId, text },
  });
}

/** The township adds a paragraph of its own to a part (or a subsection of it). */
export async function paragraphAdder(
  ctx: CommandContext,
  p: { id: string; version: number; part: ReportPartKey; sectionId?: string | undefined; text: string },
) {
  const found = await editableReport(ctx, p.id);
  const doc = found.report.document as ReportDocument;
  if (!doc.parts.some((x) => x.key === p.part))
    throw new AppError('VALIDATION', { field: 'part', detail: '报告中没有这一部分' });
  const added = appendParagraph(doc, p.part, p.text.trim(), p.sectionId);
  return saveDocument(ctx, found, p.version, added.doc, {
    action: 'report.paragraph.add',
    after: { paragraphId: added.id, part: p.part, text: p.text.trim() },
  });
}

/** Every live figure set to what the ledgers say now. */
export async function figureRefresher(ctx: CommandContext, p: { id: string; version: number }) {
  const found = await editableReport(ctx, p.id);
  const unit = await unitOf(ctx.db, found);
  const { values } = await reportFigures(ctx, unit, found.report.year);
  const { doc, changed } = refreshFigures(found.report.document as ReportDocument, values);
  return saveDocument(ctx, found, p.version, doc, {
    action: 'report.refresh',
    after: { changed: changed.map((c) => ({ key: c.key, from: c.from, to: c.to })) },
  });
}

/** Drafts the text again from the ledgers, keeping nothing of the old draft but its place. */
export async function reportRecomposer(ctx: CommandContext, p: { id: string; version: number }) {
  const found = await editableReport(ctx, p.id);
  const unit = await unitOf(ctx.db, found);
  const { document } = await composeFromLedgers(ctx, unit, found.report.year);
  return saveDocument(ctx, found, p.version, document, { action: 'report.recompose' });
}

const STAMPS: Partial<
  Record<ReportAction, (now: Date, actorId: string, issuance: ReportIssuance) => Record<string, unknown>>
> = {
  submit: (now, actorId) => ({ submittedAt: now, submittedBy: actorId, returnReason: null }),
  approve: (now, actorId) => ({ approvedAt: now, approvedBy: actorId }),
  report: (now) => ({ reportedAt: now }),
  publish: (now) => ({ publishedAt: now }),
  return: () => ({}),
  // the text will change: the meeting's review and the secrecy check were of the old one
  send_back: (_now, _actorId, issuance) => ({
    approvedAt: null,
    approvedBy: null,
    reportedAt: null,
    issuance: issuanceAfterSendBack(issuance),
  }),
};

/**
 * One workflow step. Submitting and approving need the blocking checks clear; approving
 * freezes the text (the signing date becomes the approval day) and keeps it as a version.
 */
export async function reportTransition(
  ctx: CommandContext,
  p: { id: string; action: ReportAction; version: number; reason?: string | undefined },
) {
  const found = await loadReport(ctx, p.id);
  if (!can(ctx.actor, 'report.act', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  const status = found.report.status as ReportStatus;
  const issuance = (found.report.issuance ?? {}) as ReportIssuance;
  const known = { reason: p.reason, issuance, submittedBy: found.report.submittedBy };
  let plan = planReportAction(status, p.action, ctx.actor, known);
  if (plan.ok && (p.action === 'submit' || p.action === 'approve')) {
    // the checks are the expensive part: run them only for a step the actor may otherwise take
    const { checks } = await reportInspector(ctx, found);
    const blockingChecks = checks.filter((c) => c.severity === 'error').length;
    plan = planReportAction(status, p.action, ctx.actor, { ...known, blockingChecks });
  }
  if (!plan.ok) {
    if (plan.why === 'role') throw new AppError('FORBIDDEN', { detail: plan.reason });
    if (plan.why === 'reason') throw new AppError('VALIDATION', { field: 'reason', detail: plan.reason });
    throw new AppError('ACTION_REFUSED', { field: 'action', detail: plan.reason });
  }
  let document = found.report.document as ReportDocument;
  if (p.action === 'approve') {
    document = { ...document, signature: { ...document.signature, date: chinaDay(ctx.now) } };
  }
  const stamps = STAMPS[p.action]?.(ctx.now, ctx.actor.id, issuance) ?? {};
  // what goes up to the county is the file itself, read back as the county reads any report
  const sentUp = p.action === 'report' ? await reportDocx(found) : null;
  const reason = p.reason?.trim();
  const moved = await ctx.db.transaction(async (tx) => {
    const row = await moveReport(tx, ctx, {
      id: p.id,
      version: p.version,
      patch: {
        status: plan.to,
        ...stamps,
        ...(reason ? { returnReason: reason } : {}),
        ...(p.action === 'approve'
          ? { document, text: textOf(document), revision: found.report.revision + 1 }
          : {}),
      },
      approved: p.action === 'approve' ? { document } : undefined,
      audit: {
        action: `report.${p.action}`,
        entity: 'annual_report',
        before: { status },
        after: {
          ...(reason ? { reason } : {}),
          ...(p.action === 'approve' ? { revision: found.report.revision + 1 } : {}),
        },
      },
    });
    return { ...found, report: row };
  });
  if (sentUp) await intoCountyReview(ctx, found, sentUp);
  return moved;
}

/**
 * A report sent up lands in the county's 报告审查 like an uploaded one: read from its .docx,
 * analyzed, compared with the other reports on file, ready for 整改 items. Recorded as the
 * reporting user's act on behalf of the county office.
 */
async function intoCountyReview(
  ctx: CommandContext,
  found: AnnualReportWithUnit,
  file: { name: string; bytes: Buffer },
) {
  const unit = await unitOf(ctx.db, found);
  const county = unit.parentId ? await getUnit(ctx.db, unit.parentId) : undefined;
  if (!county) return; // a county's own report goes to no reviewer here
  const actor = {
    id: ctx.actor.id,
    role: 'county_reviewer' as const,
    unitId: county.id,
    unitPath: county.path,
  };
  await reviewBatchAnalyzer({ ...ctx, actor }, [{ name: file.name, data: file.bytes }]);
}
