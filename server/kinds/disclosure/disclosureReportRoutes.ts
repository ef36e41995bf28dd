import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { chinaDay } from '../../../core/calendar/dates';
import {
  DisclosureCellRecords,
  type DisclosureDocumentView,
  DisclosureReportList,
  DisclosureReportView,
  PublicDisclosureReports,
} from '../../../core/contract/disclosureReports';
import { DOCX, file } from '../../../core/contract/shape';
import { ACTIVE_KEYS } from '../../../core/disclosureReport/template';
import { AppError } from '../../../core/errors';
import { isAdmin } from '../../../core/policy';
import type { Actor } from '../../../core/policy/actor';
import {
  availableReportActions,
  canEditReport,
  REPORT_ACTIONS,
  REPORT_STATUS_LABELS,
  type ReportStatus,
} from '../../../core/report/workflow';
import { actorOf } from '../../http/auth';
import {
  type AnnualReportWithUnit,
  getAnnualReport,
  listAnnualReports,
  publishedAnnualReports,
} from '../../repositories/annualReportsRepo';
import { findUnitByCodeOrId } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../../routes/index';
import { attachmentName } from '../../routes/reports/reports';
import {
  deadlineOf,
  disclosureCellRecords,
  disclosureChecks,
  disclosureDocx,
  disclosureFileName,
  disclosureReportDrafter,
  disclosureReportEditor,
  disclosureReportRefresher,
  disclosureReportTransition,
  documentOf,
  loadDisclosureReport,
  TYPE,
} from './disclosureReportCommands';

const IdParams = z.object({ id: z.uuid('报告编号格式不正确') });
const Year = z.coerce.number().int('年度应为整数').min(2000, '年度不能早于2000年').max(2100, '年度不正确');
const Version = z.number().int().min(1).max(2_147_483_647);
const Text = (what: string) => z.string().max(20_000, `${what}不能超过20000字`).optional();
const Figure = z.number('表二的数字应为数').min(0, '表二的数字不能小于0').max(1e9, '表二的数字过大');
const EditBody = z.object({
  version: Version,
  overview: Text('总体情况'),
  problems: Text('存在的主要问题及改进情况'),
  other: Text('其他需要报告的事项'),
  active: z.partialRecord(z.enum(ACTIVE_KEYS as [string, ...string[]], '表二没有这一项'), Figure).optional(),
});
const ActionBody = z.object({
  action: z.enum(REPORT_ACTIONS, '请选择操作'),
  version: Version,
  reason: z.string().trim().max(2000, '原因不能超过2000字').optional(),
  secrecy: z
    .object({
      reviewer: z.string().trim().min(1, '请填写保密审查人').max(40, '保密审查人不能超过40字'),
      date: z.iso.date('日期格式应为YYYY-MM-DD'),
      result: z.enum(['passed', 'failed'], '请选择审查结论'),
    })
    .optional(),
});
const CellParams = IdParams.extend({ cell: z.string().max(60) });
const UnitParams = z.object({ unitCode: z.string().max(40) });
const CACHE = 'public, max-age=60, stale-while-revalidate=60';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** 政府信息公开工作年度报告: draft from the ledgers, edit, drill down, the workflow, the .docx, the public list. */
export const disclosureReportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  async function present(found: AnnualReportWithUnit, actor: Actor, at: Date) {
    const r = found.report;
    const status = r.status as ReportStatus;
    const { trace: _trace, ...tables } = documentOf(found).tables;
    const deadline = await deadlineOf(db, found.unitPath, r.year);
    const document: DisclosureDocumentView = { ...documentOf(found), tables };
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: found.unitName,
      year: r.year,
      status,
      statusLabel: REPORT_STATUS_LABELS[status],
      version: r.version,
      returnReason: r.returnReason,
      approvedAt: iso(r.approvedAt),
      publishedAt: iso(r.publishedAt),
      document,
      checks: disclosureChecks(found),
      deadline: { ...deadline, overdue: !r.publishedAt && chinaDay(at) > deadline.due },
      actions: isAdmin(actor) ? [] : availableReportActions(status, actor, TYPE),
      editable: canEditReport(status, actor),
    };
  }

  app.get(
    '/api/disclosure-reports',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '政府信息公开工作年度报告列表',
        querystring: z.object({ year: Year.optional() }),
        response: { 200: DisclosureReportList },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listAnnualReports(db, {
        scopePath: isAdmin(actor) ? null : actor.unitPath,
        year: req.query.year,
        type: TYPE,
      });
      const today = chinaDay(now());
      // the reader's county setting, once per year listed
      const dues = new Map<number, Awaited<ReturnType<typeof deadlineOf>>>();
      for (const y of new Set(rows.map((r) => r.year))) dues.set(y, await deadlineOf(db, actor.unitPath, y));
      return {
        items: rows.map((r) => {
          const due = dues.get(r.year) ?? { due: `${r.year + 1}-01-31` };
          return {
            id: r.id,
            unitId: r.unitId,
            unitName: r.unitName,
            unitCode: r.unitCode.trim(),
            year: r.year,
            status: r.status as ReportStatus,
            statusLabel: REPORT_STATUS_LABELS[r.status as ReportStatus] ?? r.status,
            approvedAt: iso(r.approvedAt),
            publishedAt: iso(r.publishedAt),
            updatedAt: iso(r.updatedAt),
            due: due.due,
            overdue: !r.publishedAt && today > due.due,
          };
        }),
      };
    },
  );

  app.post(
    '/api/disclosure-reports',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '从台账数据起草政府信息公开工作年度报告',
        body: z.object({ unitId: z.uuid('单位编号格式不正确').optional(), year: Year }),
        response: { 201: DisclosureReportView },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const found = await disclosureReportDrafter(c, req.body);
      reply.status(201);
      return present(found, c.actor, c.now);
    },
  );

  app.get(
    '/api/disclosure-reports/:id',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '政府信息公开工作年度报告（含检查结果）',
        params: IdParams,
        response: { 200: DisclosureReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      return present(await loadDisclosureReport(c, req.params.id), c.actor, c.now);
    },
  );

  app.patch(
    '/api/disclosure-reports/:id',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '修改总体情况、表二、存在的问题、其他事项',
        params: IdParams,
        body: EditBody,
        response: { 200: DisclosureReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      const found = await disclosureReportEditor(c, { id: req.params.id, ...req.body });
      return present(found, c.actor, c.now);
    },
  );

  app.post(
    '/api/disclosure-reports/:id/refresh',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '按台账重新统计表三、表四',
        params: IdParams,
        body: z.object({ version: Version }),
        response: { 200: DisclosureReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      const found = await disclosureReportRefresher(c, { id: req.params.id, version: req.body.version });
      return present(found, c.actor, c.now);
    },
  );

  app.post(
    '/api/disclosure-reports/:id/actions',
    {
      config: { policy: 'report.act' },
      schema: {
        summary: '提交审核、退回、批准、公开发布',
        params: IdParams,
        body: ActionBody,
        response: { 200: DisclosureReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      const found = await disclosureReportTransition(c, { id: req.params.id, ...req.body });
      return present(found, c.actor, c.now);
    },
  );

  app.get(
    '/api/disclosure-reports/:id/cells/:cell',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '表格某一格统计的台账记录',
        params: CellParams,
        response: { 200: DisclosureCellRecords },
      },
    },
    async (req) => disclosureCellRecords(ctx(req), req.params.id, req.params.cell),
  );

  app.get(
    '/api/disclosure-reports/:id/docx',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '下载政府信息公开工作年度报告（.docx）',
        params: IdParams,
        response: { 200: file(DOCX, '政府信息公开工作年度报告（.docx）') },
      },
    },
    async (req, reply) => {
      const found = await loadDisclosureReport(ctx(req), req.params.id);
      const bytes = await disclosureDocx(documentOf(found));
      return reply
        .type(DOCX)
        .header('content-disposition', attachmentName(disclosureFileName(found.unitName, found.report.year)))
        .send(bytes);
    },
  );

  app.get(
    '/api/public/units/:unitCode/disclosure-reports',
    {
      config: { policy: 'public' },
      schema: {
        summary: '已公开的政府信息公开工作年度报告（县、乡镇）',
        params: UnitParams,
        response: { 200: PublicDisclosureReports },
      },
    },
    async (req, reply) => {
      const unit = /^\d{12}$/.test(req.params.unitCode)
        ? await findUnitByCodeOrId(db, req.params.unitCode)
        : undefined;
      if (!unit || unit.level === 'village') throw new AppError('NOT_FOUND', { detail: '没有找到该单位' });
      const rows = await publishedAnnualReports(db, unit.path, TYPE);
      reply.header('cache-control', CACHE);
      return {
        unit: { name: unit.name, code: unit.code.trim() },
        reports: rows.map((r) => ({
          id: r.id,
          unitName: r.unitName,
          unitCode: r.unitCode.trim(),
          year: r.year,
          publishedAt: iso(r.publishedAt),
        })),
      };
    },
  );

  app.get(
    '/api/public/disclosure-reports/:id/docx',
    {
      config: { policy: 'public' },
      schema: {
        summary: '下载已公开的政府信息公开工作年度报告（.docx）',
        params: IdParams,
        response: { 200: file(DOCX, '政府信息公开工作年度报告（.docx）') },
      },
    },
    async (req, reply) => {
      const found = await getAnnualReport(db, req.params.id, TYPE);
      // a report not yet published does not exist for the public
      if (found?.report.status !== 'published') throw new AppError('NOT_FOUND');
      const bytes = await disclosureDocx(documentOf(found));
      reply.header('cache-control', CACHE);
      return reply
        .type(DOCX)
        .header('content-disposition', attachmentName(disclosureFileName(found.unitName, found.report.year)))
        .send(bytes);
    },
  );
};
