import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PublicReport, PublicReportIndex } from '../../../core/contract/reports';
import { DOCX, file, PDF } from '../../../core/contract/shape';
import { AppError } from '../../../core/errors';
import type { ReportDocument } from '../../../core/report/model';
import { renderReport } from '../../../core/report/render';
import { reportDocx, reportHtml } from '../../commands/reports/reportExport';
import { pdfMakerFor, whileClientWaits } from '../../commands/reports/reportPdfMaker';
import { getAnnualReport, publishedAnnualReports } from '../../repositories/annualReportsRepo';
import { findUnitByCodeOrId, listUnits } from '../../repositories/unitsRepo';
import type { RouteDeps } from '../index';
import { attachmentName } from '../reports/reports';

const UnitParams = z.object({ unitCode: z.string().max(40) });
const IdParams = z.object({ id: z.uuid('报告编号格式不正确') });
const CACHE = 'public, max-age=60, stale-while-revalidate=60';

/** Published reports of a county or township, without a login. */
export const publicReportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (
  app,
  { database, config, now },
) => {
  const { db } = database;
  const pdfMaker = pdfMakerFor(db, config.pdf);
  const pdf = (await pdfMaker.converter) !== null;

  async function published(id: string) {
    const found = await getAnnualReport(db, id);
    // a report not yet published does not exist for the public
    if (found?.report.status !== 'published') throw new AppError('NOT_FOUND');
    return found;
  }

  app.get(
    '/api/public/units/:unitCode/reports',
    {
      config: { policy: 'public' },
      schema: {
        summary: '已公开的法治政府建设年度报告（县、乡镇）',
        params: UnitParams,
        response: { 200: PublicReportIndex },
      },
    },
    async (req, reply) => {
      const unit = /^\d{12}$/.test(req.params.unitCode)
        ? await findUnitByCodeOrId(db, req.params.unitCode)
        : undefined;
      if (!unit || unit.level === 'village') throw new AppError('NOT_FOUND', { detail: '没有找到该单位' });
      const [reports, unitRows] = await Promise.all([
        publishedAnnualReports(db, unit.path),
        listUnits(db, unit.path),
      ]);
      reply.header('cache-control', CACHE);
      return {
        unit: { name: unit.name, code: unit.code.trim(), level: unit.level },
        reports: reports.map((r) => ({
          ...r,
          unitCode: r.unitCode.trim(),
          publishedAt: r.publishedAt?.toISOString() ?? null,
        })),
        // the county's index: every unit that reports, with the years it has published
        units: unitRows
          .filter((u) => u.level !== 'village')
          .map((u) => ({
            name: u.name,
            code: u.code.trim(),
            published: reports
              .filter((r) => r.unitId === u.id)
              .map((r) => ({ year: r.year, publishedAt: r.publishedAt?.toISOString() ?? null })),
          })),
      };
    },
  );

  app.get(
    '/api/public/reports/:id',
    {
      config: { policy: 'public' },
      schema: { summary: '一份已公开的年度报告', params: IdParams, response: { 200: PublicReport } },
    },
    async (req, reply) => {
      const found = await published(req.params.id);
      reply.header('cache-control', CACHE);
      return {
        id: found.report.id,
        unit: { name: found.unitName, code: found.unitCode.trim() },
        year: found.report.year,
        publishedAt: found.report.publishedAt?.toISOString() ?? null,
        rendered: renderReport(found.report.document as ReportDocument),
        pdf,
      };
    },
  );

  app.get(
    '/api/public/reports/:id/docx',
    {
      config: { policy: 'public' },
      schema: {
        summary: '下载已公开的年度报告（.docx）',
        params: IdParams,
        response: { 200: file(DOCX, '年度报告（.docx）') },
      },
    },
    async (req, reply) => {
      const file = await reportDocx(await published(req.params.id));
      return reply.type(DOCX).header('content-disposition', attachmentName(file.name)).send(file.bytes);
    },
  );

  app.get(
    '/api/public/reports/:id/html',
    {
      config: { policy: 'public' },
      schema: {
        summary: '已公开的年度报告（网页版）',
        params: IdParams,
        response: { 200: file('text/html', '年度报告（网页）') },
      },
    },
    async (req, reply) => {
      const html = reportHtml(await published(req.params.id));
      return reply.type('text/html; charset=utf-8').header('cache-control', CACHE).send(html);
    },
  );

  app.get(
    '/api/public/reports/:id/pdf',
    {
      config: { policy: 'public' },
      schema: {
        summary: '下载已公开的年度报告（PDF；首次生成需数秒，之后按版本缓存；忙时 503）',
        params: IdParams,
        response: { 200: file(PDF, '年度报告（PDF）') },
      },
    },
    async (req, reply) => {
      const found = await published(req.params.id);
      const file = await pdfMaker.pdf(found, whileClientWaits(reply), now());
      return reply
        .type(PDF)
        .header('content-disposition', attachmentName(file.name))
        .header('cache-control', CACHE)
        .header('x-fazhi-pdf', file.cached ? 'cached' : 'made')
        .send(file.bytes);
    },
  );
};
