import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportResult } from '../../../core/contract/ledgers';
import { file, XLSX } from '../../../core/contract/shape';
import { AppError } from '../../../core/errors';
import { can } from '../../../core/policy';
import { ledgerExporter, ledgerImporter, templateBuilder } from '../../commands/ledgers/excelCommands';
import { requireKind } from '../../commands/ledgers/ledgerContext';
import { actorOf } from '../../http/auth';
import { storableText } from '../../lib/storableText';
import type { RouteDeps } from '../index';
import { listFilter } from './ledgers';
import { CreateQuery, KindParams, ListQuery } from './schema';

const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const ExportQuery = ListQuery.extend({ reveal: z.enum(['0', '1']).optional() });

const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const ledgerExcelRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  app.get(
    '/api/ledgers/:kind/template.xlsx',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '下载导入模板',
        params: KindParams,
        querystring: CreateQuery,
        response: { 200: file(XLSX, '导入模板（Excel）') },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const buf = await templateBuilder(ctx(req), kind, req.query.unit);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`${kind.label}导入模板.xlsx`))
        .send(buf);
    },
  );

  app.post(
    '/api/ledgers/:kind/import',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '从 Excel 导入（multipart，字段 file；全部正确才导入）',
        params: KindParams,
        querystring: CreateQuery,
        response: { 200: ImportResult },
      },
    },
    async (req) => {
      const kind = requireKind(req.params.kind);
      if (!req.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: '请以 multipart/form-data 上传文件' });
      const part = await req.file({
        limits: { fileSize: IMPORT_MAX_BYTES, files: 1 },
        throwFileSizeLimit: false,
      });
      if (!part) throw new AppError('VALIDATION', { field: 'file', detail: '请选择要导入的 Excel 文件' });
      const data = await part.toBuffer();
      return ledgerImporter(ctx(req), kind, {
        unitId: req.query.unit,
        fileName: storableText(part.filename),
        data: new Uint8Array(data),
        truncated: part.file.truncated,
      });
    },
  );

  app.get(
    '/api/ledgers/:kind/export.xlsx',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '导出当前筛选结果（Excel）',
        params: KindParams,
        querystring: ExportQuery,
        response: { 200: file(XLSX, '筛选结果（Excel）') },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const c = ctx(req);
      const { reveal, ...query } = req.query;
      const { filter, env, unit } = await listFilter(c, kind, query);
      if (reveal === '1' && !can(c.actor, 'ledger.reveal', { path: unit.path }))
        throw new AppError('FORBIDDEN');
      const out = new PassThrough();
      // headers go out before the first row; a failure later ends the download early (logged)
      ledgerExporter(c, kind, { filter, env, unit, reveal: reveal === '1' }, out).catch((err) => {
        req.log.error({ err }, 'ledger export failed');
        out.destroy(err);
      });
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`${kind.label}-${env.today}.xlsx`))
        .send(out);
    },
  );
};
