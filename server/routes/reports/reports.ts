import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AreaConfirmations, ReportList, ReportVersion, ReportView } from '../../../core/contract/reports';
import { DOCX, file, PDF } from '../../../core/contract/shape';
import { AREAS } from '../../../core/indicators/types';
import { isAdmin } from '../../../core/policy';
import { reportDeadlines, SUBMIT_BEFORE_SETTING, submitBeforeOf } from '../../../core/report/deadlines';
import { MEETING_BODIES, SECRECY_RESULTS } from '../../../core/report/issuance';
import { REPORT_PARTS } from '../../../core/report/model';
import { REPORT_ACTIONS, REPORT_STATUS_LABELS, type ReportStatus } from '../../../core/report/workflow';
import { confirmationSetter, confirmationsReader } from '../../commands/reports/ledgerConfirmations';
import {
  figureRefresher,
  loadReport,
  paragraphAdder,
  paragraphEditor,
  reportDrafter,
  reportInspector,
  reportRecomposer,
  reportTransition,
} from '../../commands/reports/reportCommands';
import { reportDocx } from '../../commands/reports/reportExport';
import { issuanceRecorder } from '../../commands/reports/reportIssuance';
import { pdfMakerFor, whileClientWaits } from '../../commands/reports/reportPdfMaker';
import { actorOf } from '../../http/auth';
import { deadlineStates, presentAnnualReport } from '../../presenters/annualReport';
import { listAnnualReports, listAnnualReportVersions } from '../../repositories/annualReportsRepo';
import { settingsFor } from '../../repositories/ledgerSettingsRepo';
import { listUnits } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../index';

const IdParams = z.object({ id: z.uuid('报告编号格式不正确') });
const Year = z.coerce.number().int('年度应为整数').min(2000, '年度不能早于2000年').max(2100, '年度不正确');
const ListQuery = z.object({ year: Year.optional() });
const DraftBody = z.object({ unitId: z.uuid('单位编号格式不正确').optional(), year: Year });
const Version = z.number().int().min(1).max(2_147_483_647);
const VersionBody = z.object({ version: Version });
const ParagraphParams = IdParams.extend({ paragraphId: z.string().min(1).max(40) });
const ParagraphBody = z.object({ version: Version, text: z.string().max(5000, '一段不能超过5000字') });
const AddBody = z.object({
  version: Version,
  part: z.enum(REPORT_PARTS, '请选择报告的部分'),
  sectionId: z.string().max(40).optional(),
  text: z.string().trim().min(2, '请填写段落内容').max(5000, '一段不能超过5000字'),
});
const ActionBody = z.object({
  version: Version,
  reason: z.string().trim().max(2000, '原因不能超过2000字').optional(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
const Day = z.iso.date('日期格式应为YYYY-MM-DD');
const Name = (what: string, max: number) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}不能超过${max}字`);
const IssuanceBody = z.discriminatedUnion(
  'part',
  [
    z.object({
      part: z.literal('addressing'),
      version: Version,
      mainTo: Name('主送机关', 200),
      copyTo: z.string().trim().max(200, '抄送机关不能超过200字'),
      signer: z.string().trim().max(40, '签发人不能超过40字'),
    }),
    z.object({
      part: z.literal('meeting'),
      version: Version,
      body: z.enum(Object.keys(MEETING_BODIES) as [keyof typeof MEETING_BODIES], '请选择审议会议'),
      date: Day,
    }),
    z.object({
      part: z.literal('secrecy'),
      version: Version,
      reviewer: Name('保密审查人', 40),
      date: Day,
      result: z.enum(Object.keys(SECRECY_RESULTS) as [keyof typeof SECRECY_RESULTS], '请选择审查结论'),
    }),
  ],
  '请选择要记录的事项',
);
const ConfirmQuery = z.object({ unitId: z.uuid('单位编号格式不正确').optional(), year: Year });
const ConfirmBody = ConfirmQuery.extend({
  area: z.enum(AREAS, '请选择工作领域'),
  confirmed: z.boolean(),
});

export const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 年度报告: draft from the ledgers, edit, check, the workflow steps, and the .docx. */
export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });
  const pdfMaker = pdfMakerFor(db, config.pdf);
  // looked up once: whether this server can offer the PDF at all
  const pdf = (await pdfMaker.converter) !== null;
  const present = async (c: ReturnType<typeof ctx>, found: Awaited<ReturnType<typeof loadReport>>) => ({
    ...presentAnnualReport(found, await reportInspector(c, found), c.actor, c.now),
    pdf,
  });

  app.get(
    '/api/reports',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '年度报告列表（含未起草的单位）',
        querystring: ListQuery,
        response: { 200: ReportList },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const scopePath = isAdmin(actor) ? null : actor.unitPath;
      const [rows, unitRows, settings] = await Promise.all([
        listAnnualReports(db, { scopePath, year: req.query.year }),
        listUnits(db, scopePath),
        settingsFor(db, actor.unitPath.split('/').filter(Boolean)),
      ]);
      const submitBefore = submitBeforeOf(settings[SUBMIT_BEFORE_SETTING.key]);
      const at = now();
      const withReport = new Set(rows.map((r) => `${r.unitId}:${r.year}`));
      const missing = req.query.year
        ? unitRows
            .filter((u) => u.level !== 'village' && !withReport.has(`${u.id}:${req.query.year}`))
            .map((u) => ({ unitId: u.id, unitName: u.name, level: u.level }))
        : [];
      return {
        items: rows.map((r) => ({
          ...r,
          status: r.status as ReportStatus,
          submittedAt: iso(r.submittedAt),
          approvedAt: iso(r.approvedAt),
          reportedAt: iso(r.reportedAt),
          publishedAt: iso(r.publishedAt),
          updatedAt: iso(r.updatedAt),
          unitCode: r.unitCode.trim(),
          statusLabel: REPORT_STATUS_LABELS[r.status as ReportStatus] ?? r.status,
          deadlines: deadlineStates(
            reportDeadlines(r.year, submitBefore),
            { submit: r.reportedAt, publish: r.publishedAt },
            at,
          ),
        })),
        missing,
      };
    },
  );

  app.post(
    '/api/reports',
    {
      config: { policy: 'report.write' },
      schema: { summary: '从台账数据起草年度报告', body: DraftBody, response: { 201: ReportView } },
    },
    async (req, reply) => {
      const c = ctx(req);
      const found = await reportDrafter(c, req.body);
      reply.status(201);
      return present(c, found);
    },
  );

  app.get(
    '/api/reports/:id',
    {
      config: { policy: 'report.read' },
      schema: { summary: '年度报告（含检查结果）', params: IdParams, response: { 200: ReportView } },
    },
    async (req) => {
      const c = ctx(req);
      return present(c, await loadReport(c, req.params.id));
    },
  );

  app.get(
    '/api/reports/:id/versions',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '年度报告的批准版本',
        params: IdParams,
        response: { 200: z.array(ReportVersion) },
      },
    },
    async (req) => {
      const found = await loadReport(ctx(req), req.params.id);
      const versions = await listAnnualReportVersions(db, found.report.id);
      return versions.map((v) => ({ ...v, approvedAt: v.approvedAt.toISOString() }));
    },
  );

  app.put(
    '/api/reports/:id/paragraphs/:paragraphId',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '修改一段（清空即删除）',
        params: ParagraphParams,
        body: ParagraphBody,
        response: { 200: ReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      return present(
        c,
        await paragraphEditor(c, { id: req.params.id, paragraphId: req.params.paragraphId, ...req.body }),
      );
    },
  );

  app.post(
    '/api/reports/:id/paragraphs',
    {
      config: { policy: 'report.write' },
      schema: { summary: '增加一段', params: IdParams, body: AddBody, response: { 200: ReportView } },
    },
    async (req) => {
      const c = ctx(req);
      return present(c, await paragraphAdder(c, { id: req.params.id, ...req.body }));
    },
  );

  app.post(
    '/api/reports/:id/refresh',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '按台账刷新报告中的数字',
        params: IdParams,
        body: VersionBody,
        response: { 200: ReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      return present(c, await figureRefresher(c, { id: req.params.id, ...req.body }));
    },
  );

  app.post(
    '/api/reports/:id/recompose',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '按台账重新起草全文',
        params: IdParams,
        body: VersionBody,
        response: { 200: ReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      return present(c, await reportRecomposer(c, { id: req.params.id, ...req.body }));
    },
  );

  app.post(
    '/api/reports/:id/issuance',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '记录主送、抄送、签发人，会议审议情况或保密审查',
        params: IdParams,
        body: IssuanceBody,
        response: { 200: ReportView },
      },
    },
    async (req) => {
      const c = ctx(req);
      return present(c, await issuanceRecorder(c, { id: req.params.id, ...req.body }));
    },
  );

  app.get(
    '/api/report-confirmations',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '各领域台账年度登记完整的确认',
        querystring: ConfirmQuery,
        response: { 200: AreaConfirmations },
      },
    },
    async (req) => confirmationsReader(ctx(req), req.query),
  );

  app.put(
    '/api/report-confirmations',
    {
      config: { policy: 'report.write' },
      schema: {
        summary: '确认（或撤回确认）某领域台账本年度已登记完整',
        body: ConfirmBody,
        response: { 200: AreaConfirmations },
      },
    },
    async (req) => confirmationSetter(ctx(req), req.body),
  );

  for (const action of REPORT_ACTIONS) {
    app.post(
      `/api/reports/:id/${action}`,
      {
        config: { policy: 'report.act' },
        schema: {
          summary: `年度报告：${action}`,
          params: IdParams,
          body: ActionBody,
          response: { 200: ReportView },
        },
      },
      async (req) => {
        const c = ctx(req);
        return present(c, await reportTransition(c, { id: req.params.id, action, ...req.body }));
      },
    );
  }

  app.get(
    '/api/reports/:id/docx',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '下载年度报告（.docx，GB/T 9704 版式）',
        params: IdParams,
        response: { 200: file(DOCX, '年度报告（.docx）') },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const file = await reportDocx(await loadReport(c, req.params.id));
      return reply.type(DOCX).header('content-disposition', attachmentName(file.name)).send(file.bytes);
    },
  );

  app.get(
    '/api/reports/:id/pdf',
    {
      config: { policy: 'report.read' },
      schema: {
        summary: '下载年度报告（PDF，服务器装有 LibreOffice 或 Chromium 时；按版本缓存，忙时 503）',
        params: IdParams,
        response: { 200: file(PDF, '年度报告（PDF）') },
      },
    },
    async (req, reply) => {
      const c = ctx(req);
      const found = await loadReport(c, req.params.id);
      const file = await pdfMaker.pdf(found, whileClientWaits(reply), c.now);
      return reply
        .type(PDF)
        .header('content-disposition', attachmentName(file.name))
        .header('x-fazhi-pdf', file.cached ? 'cached' : 'made')
        .send(file.bytes);
    },
  );
};
