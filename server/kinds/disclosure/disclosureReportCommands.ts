import crypto from 'node:crypto';
import { chinaDay } from '../../../core/calendar/dates';
import { checkDisclosureReport, type DisclosureCheck } from '../../../core/disclosureReport/check';
import {
  cellIds,
  composeDisclosureReport,
  type DisclosureReportDocument,
  refreshTables,
} from '../../../core/disclosureReport/compose';
import { DISCLOSURE_DUE_SETTING, disclosureReportDeadline } from '../../../core/disclosureReport/deadline';
import { disclosurePlainText, renderDisclosureReport } from '../../../core/disclosureReport/render';
import { ACTIVE_KEYS, cellName, REMEDY_CELLS, REQUEST_CELLS } from '../../../core/disclosureReport/template';
import { AppError } from '../../../core/errors';
import { ledgerKind } from '../../../core/ledgers/registry';
import { can } from '../../../core/policy';
import type { ReportIssuance } from '../../../core/report/issuance';
import {
  canEditReport,
  planReportAction,
  type ReportAction,
  type ReportStatus,
} from '../../../core/report/workflow';
import type { CommandContext } from '../../commands/context';
import { moveReport } from '../../commands/reports/reportStep';
import type { Db } from '../../db/client';
import { reportToDocx } from '../../io/reportDocx/reportDocx';
import {
  type AnnualReportWithUnit,
  findAnnualReport,
  getAnnualReport,
  insertAnnualReport,
  updateAnnualReportVersioned,
} from '../../repositories/annualReportsRepo';
import { appendAudit } from '../../repositories/auditRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import { getUnit, type UnitRow } from '../../repositories/unitsRepo';
import { disclosureSources, recordsByIds } from './disclosureReportRepo';

/** Stored in annual_reports with this type: the same workflow, versions and audit as the annual report. */
export const TYPE = 'disclosure_report' as const;
const ENTITY = 'disclosure_report';

const textOf = (doc: DisclosureReportDocument) => disclosurePlainText(renderDisclosureReport(doc));

/** The report drafted from the ledgers as they are now, stored nowhere (the CLI and the benchmark read this). */
export async function composeFromLedgers(db: Db, unit: UnitRow, year: number, today: string) {
  const sources = await disclosureSources(db, unit.id, year);
  return composeDisclosureReport({ unit: { id: unit.id, name: unit.name }, year, today, ...sources });
}

/** A township drafts its 政府信息公开工作年度报告 for a year. */
export async function disclosureReportDrafter(
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
  if (await findAnnualReport(ctx.db, unit.id, p.year, TYPE)) {
    throw new AppError('DUPLICATE_RECORD', {
      field: 'year',
      detail: `${unit.name}${p.year}年政府信息公开工作年度报告已经起草，请打开继续编辑`,
    });
  }
  const document = await composeFromLedgers(ctx.db, unit, p.year, today);
  const id = crypto.randomUUID();
  // the inserted row is the report: it is not read back (it carries every cell's trace)
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertAnnualReport(tx, {
      unitId: unit.id,
      id,
      type: TYPE,
      year: p.year,
      status: 'draft',
      document,
      text: textOf(document),
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: ctx.actor.id,
      action: 'disclosure_report.draft',
      entity: ENTITY,
      entityId: id,
      after: { year: p.year, status: 'draft', title: document.title },
      at: ctx.now,
    });
    return inserted;
  });
  return {
    report: row,
    unitPath: unit.path,
    unitName: unit.name,
    unitLevel: unit.level,
    unitCode: unit.code,
  };
}

/** A report the actor may see; out of scope is 404. */
export async function loadDisclosureReport(ctx: CommandContext, id: string): Promise<AnnualReportWithUnit> {
  const found = await getAnnualReport(ctx.db, id, TYPE);
  if (!found || !can(ctx.actor, 'report.read', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  return found;
}

/** The last day to publish, by the county's setting (the unit's own or an ancestor's). */
export async function deadlineOf(db: Db, unitPath: string, year: number) {
  const settings = await settingsFor(db, unitPath.split('/').filter(Boolean));
  return disclosureReportDeadline(year, settings[DISCLOSURE_DUE_SETTING.key]);
}

export const documentOf = (found: AnnualReportWithUnit) => found.report.document as DisclosureReportDocument;

export function disclosureChecks(found: AnnualReportWithUnit): DisclosureCheck[] {
  return checkDisclosureReport(documentOf(found));
}

async function editable(ctx: CommandContext, id: string) {
  const found = await loadDisclosureReport(ctx, id);
  if (!can(ctx.actor, 'report.write', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  if (!canEditReport(found.report.status as ReportStatus, ctx.actor)) {
    throw new AppError('ACTION_REFUSED', {
      field: 'status',
      detail: '只有草稿可以修改；已提交的报告请先退回',
    });
  }
  return found;
}

async function save(
  ctx: CommandContext,
  found: AnnualReportWithUnit,
  version: number,
  document: DisclosureReportDocument,
  audit: { action: string; after: unknown },
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
      entity: ENTITY,
      entityId: row.id,
      after: audit.after,
      at: ctx.now,
    });
    return { ...found, report: row };
  });
}

export interface DisclosureEdit {
  id: string;
  version: number;
  overview?: string | undefined;
  problems?: string | undefined;
  other?: string | undefined;
  /** table 二's figures by key (active.<row>.<figure>) */
  active?: Partial<Record<string, number>> | undefined;
}

/** The township writes parts 一, 五, 六 and states table 二's figures; tables 三 and 四 come from the ledgers only. */
export async function disclosureReportEditor(ctx: CommandContext, p: DisclosureEdit) {
  const found = await editable(ctx, p.id);
  const doc = documentOf(found);
  for (const key of Object.keys(p.active ?? {})) {
    if (!ACTIVE_KEYS.includes(key))
      throw new AppError('VALIDATION', { field: 'active', detail: `表二没有“${key}”这一项` });
  }
  const figures = Object.fromEntries(
    Object.entries(p.active ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  const next: DisclosureReportDocument = {
    ...doc,
    ...(p.overview !== undefined ? { overview: p.overview.trim() } : {}),
    ...(p.problems !== undefined ? { problems: p.problems.trim() } : {}),
    ...(p.other !== undefined ? { other: p.other.trim() } : {}),
    active: { ...doc.active, ...figures },
  };
  const changed = Object.fromEntries(
    Object.entries({ overview: p.overview, problems: p.problems, other: p.other, active: p.active }).filter(
      ([, v]) => v !== undefined,
    ),
  );
  return save(ctx, found, p.version, next, { action: 'disclosure_report.edit', after: changed });
}

/** Tables 三 and 四 again from today's ledgers (a draft only); what the township wrote stays. */
export async function disclosureReportRefresher(ctx: CommandContext, p: { id: string; version: number }) {
  const found = await editable(ctx, p.id);
  const doc = documentOf(found);
  const sources = await disclosureSources(ctx.db, found.report.unitId, found.report.year);
  const next = refreshTables(doc, sources);
  return save(ctx, found, p.version, next, {
    action: 'disclosure_report.refresh',
    after: { new: next.tables.requests['req.new.total'], done: next.tables.requests['req.done.total'] },
  });
}

const STAMPS: Partial<Record<ReportAction, (now: Date, actorId: string) => Record<string, unknown>>> = {
  submit: (now, actorId) => ({ submittedAt: now, submittedBy: actorId, returnReason: null }),
  approve: (now, actorId) => ({ approvedAt: now, approvedBy: actorId }),
  publish: (now) => ({ publishedAt: now }),
};

/**
 * One workflow step of the annual report's (core/report/workflow.ts, flow `disclosure_report`).
 * Submitting and approving need the checks clear, and the refusal names the first failing
 * cell; approving freezes the tables (signing date = approval day) as a version; publishing
 * records the 保密审查 given with the step.
 */
export async function disclosureReportTransition(
  ctx: CommandContext,
  p: {
    id: string;
    action: ReportAction;
    version: number;
    reason?: string | undefined;
    secrecy?: { reviewer: string; date: string; result: 'passed' | 'failed' } | undefined;
  },
) {
  const found = await loadDisclosureReport(ctx, p.id);
  if (!can(ctx.actor, 'report.act', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  const status = found.report.status as ReportStatus;
  let issuance = (found.report.issuance ?? {}) as ReportIssuance;
  if (p.action === 'publish' && p.secrecy) {
    issuance = {
      ...issuance,
      secrecy: { ...p.secrecy, recordedBy: ctx.actor.id, recordedAt: ctx.now.toISOString() },
    };
  }
  const known = { reason: p.reason, issuance, submittedBy: found.report.submittedBy, flow: TYPE };
  const plan = planReportAction(status, p.action, ctx.actor, known);
  if (!plan.ok) {
    if (plan.why === 'role') throw new AppError('FORBIDDEN', { detail: plan.reason });
    if (plan.why === 'reason') throw new AppError('VALIDATION', { field: 'reason', detail: plan.reason });
    throw new AppError('ACTION_REFUSED', { field: 'action', detail: plan.reason });
  }
  if (p.action === 'submit' || p.action === 'approve') {
    const blocking = disclosureChecks(found).filter((c) => c.severity === 'error');
    const first = blocking[0];
    if (first) {
      const more = blocking.length > 1 ? `（另有${blocking.length - 1}个问题）` : '';
      throw new AppError('ACTION_REFUSED', {
        field: first.cell ?? 'action',
        detail: `${first.message}${more}，改正后才能${p.action === 'submit' ? '提交审核' : '批准'}`,
      });
    }
  }
  let document = documentOf(found);
  if (p.action === 'approve') {
    document = { ...document, signature: { ...document.signature, date: chinaDay(ctx.now) } };
  }
  const reason = p.reason?.trim();
  return ctx.db.transaction(async (tx) => {
    const row = await moveReport(tx, ctx, {
      id: p.id,
      version: p.version,
      patch: {
        status: plan.to,
        ...(STAMPS[p.action]?.(ctx.now, ctx.actor.id) ?? {}),
        ...(reason ? { returnReason: reason } : {}),
        ...(p.action === 'publish' ? { issuance } : {}),
        ...(p.action === 'approve'
          ? { document, text: textOf(document), revision: found.report.revision + 1 }
          : {}),
      },
      approved: p.action === 'approve' ? { document } : undefined,
      audit: {
        action: `disclosure_report.${p.action}`,
        entity: ENTITY,
        before: { status },
        after: {
          ...(reason ? { reason } : {}),
          ...(p.action === 'publish' && p.secrecy ? { secrecy: p.secrecy } : {}),
        },
      },
    });
    return { ...found, report: row };
  });
}

const CELLS = new Set([...REQUEST_CELLS, ...REMEDY_CELLS]);

/** The records behind one cell of table 三 or 四, as the report counted them. */
export async function disclosureCellRecords(ctx: CommandContext, id: string, cell: string) {
  const found = await loadDisclosureReport(ctx, id);
  if (!CELLS.has(cell)) throw new AppError('NOT_FOUND', { field: 'cell', detail: '报告中没有这一格' });
  const ids = cellIds(documentOf(found).tables.trace, cell);
  const rows = await recordsByIds(ctx.db, found.report.unitId, ids);
  return {
    cell,
    name: cellName(cell),
    count: ids.length,
    records: rows.map((r) => {
      const kind = ledgerKind(r.kind);
      return {
        id: r.id,
        kind: r.kind,
        kindLabel: kind?.label ?? r.kind,
        number: r.number,
        title: r.title,
        state: kind?.states.find((s) => s.key === r.state)?.label ?? r.state,
        date: r.date,
      };
    }),
  };
}

/** The file name: 青石镇2025年政府信息公开工作年度报告.docx */
export const disclosureFileName = (unitName: string, year: number) =>
  `${unitName}${year}年政府信息公开工作年度报告.docx`;

/** The report in the official layout (GB/T 9704, the annual report's writer), tables as Word tables. */
export async function disclosureDocx(doc: DisclosureReportDocument): Promise<Buffer> {
  const r = renderDisclosureReport(doc);
  return reportToDocx({
    title: r.title,
    blocks: r.blocks.map((b) =>
      b.kind === 'table'
        ? b
        : b.kind === 'heading'
          ? { kind: 'heading' as const, level: 1 as const, text: b.text }
          : { kind: 'paragraph' as const, text: b.text, paragraphId: '' },
    ),
    signature: r.signature,
  });
}
