import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LedgerAttachment } from '../../../core/contract/ledgers';
import { file, NoContent } from '../../../core/contract/shape';
import {
  attachmentAdder,
  attachmentLoader,
  attachmentRemover,
} from '../../commands/ledgers/attachmentCommands';
import { requireKind } from '../../commands/ledgers/ledgerContext';
import { actorOf } from '../../http/auth';
import { withOneAttachment } from '../../io/attachmentUpload';
import { presentAttachment } from '../../presenters/ledger';
import type { RouteDeps } from '../index';
import { AttachmentParams, RecordParams } from './schema';

const AttachmentQuery = z.object({ event: z.coerce.number().int().min(0).max(2_147_483_647).optional() });

export const ledgerAttachmentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });

  app.post(
    '/api/ledgers/:kind/:id/attachments',
    {
      config: { policy: 'ledger.work' },
      schema: {
        summary: '上传附件（multipart，字段 file；event=步骤序号 表示某一办理步骤的证据）',
        params: RecordParams,
        querystring: AttachmentQuery,
        response: { 201: LedgerAttachment },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const saved = await withOneAttachment(req, (file) =>
        attachmentAdder(ctx(req), kind, { id: req.params.id, ...file, event: req.query.event }),
      );
      return reply.code(201).send(presentAttachment(saved));
    },
  );

  app.get(
    '/api/ledgers/:kind/:id/attachments/:attachmentId',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '下载附件',
        params: AttachmentParams,
        response: { 200: file('application/octet-stream', '附件原文件（Content-Type 为上传时识别的类型）') },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const { file, content } = await attachmentLoader(
        ctx(req),
        kind,
        req.params.id,
        req.params.attachmentId,
      );
      // streamed piece by piece (attachment_chunks): a large file never holds the database or the memory at once
      return reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Readable.from(content));
    },
  );

  app.delete(
    '/api/ledgers/:kind/:id/attachments/:attachmentId',
    {
      config: { policy: 'ledger.work' },
      schema: { summary: '删除附件', params: AttachmentParams, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      await attachmentRemover(ctx(req), kind, req.params.id, req.params.attachmentId);
      return reply.code(204).send(null);
    },
  );
};
