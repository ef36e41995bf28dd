import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Rectification, RectificationAttachment } from '../../../core/contract/rectifications';
import { file } from '../../../core/contract/shape';
import { isAdmin } from '../../../core/policy';
import { RECTIFICATION_STATUSES } from '../../../core/review/rectificationFlow';
import {
  loadRectification,
  rectificationAttachmentAdder,
  rectificationAttachmentLoader,
  rectificationTransition,
} from '../../commands/rectificationCommands';
import { actorOf } from '../../http/auth';
import { withOneAttachment } from '../../io/attachmentUpload';
import { presentRectification } from '../../presenters/rectification';
import { listAttachmentsOf } from '../../repositories/ledgerAttachmentsRepo';
import type { RectificationWithContext } from '../../repositories/rectificationsRepo';
import { listRectifications } from '../../repositories/rectificationsRepo';
import type { RouteDeps } from '../index';

const IdParams = z.object({ id: z.uuid('整改事项编号格式不正确') });
const AttachmentParams = IdParams.extend({ attachmentId: z.uuid('附件编号格式不正确') });
const ListQuery = z.object({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  reviewId: z.uuid().optional(),
});
const AnswerBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  text: z.string().trim().min(2, '请填写整改情况').max(5000),
});
const CloseBody = z.object({ version: z.number().int().min(1).max(2_147_483_647) });
const ReturnBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  text: z.string().trim().min(2, '请填写退回原因').max(2000),
});

export const rectificationRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const { db } = database;
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db, actor: actorOf(req), now: now() });
  /** Items with the files sent with their answers (one query for the lot). */
  async function present(rows: RectificationWithContext[], at: Date) {
    const files = await listAttachmentsOf(
      db,
      rows.map((r) => r.item.id),
    );
    return rows.map((r) =>
      presentRectification(
        r,
        at,
        files.filter((f) => f.recordId === r.item.id),
      ),
    );
  }
  const presentOne = async (r: RectificationWithContext, at: Date) =>
    (await present([r], at))[0] as Rectification;

  app.get(
    '/api/rectifications',
    {
      config: { policy: 'rectification.read' },
      schema: { summary: '整改事项', querystring: ListQuery, response: { 200: z.array(Rectification) } },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await listRectifications(db, {
        ...req.query,
        scopePath: isAdmin(actor) ? null : actor.unitPath,
      });
      return present(rows, now());
    },
  );

  app.get(
    '/api/rectifications/:id',
    {
      config: { policy: 'rectification.read' },
      schema: { summary: '整改事项详情', params: IdParams, response: { 200: Rectification } },
    },
    async (req) => presentOne(await loadRectification(ctx(req), req.params.id), now()),
  );

  // the three steps of 整改销号 differ only in who may take them and what they carry
  const steps = [
    { action: 'answer', policy: 'rectification.answer', summary: '乡镇反馈整改情况', body: AnswerBody },
    { action: 'close', policy: 'review.manage', summary: '审查员销号', body: CloseBody },
    { action: 'return', policy: 'review.manage', summary: '审查员退回重新整改', body: ReturnBody },
  ] as const;
  for (const step of steps) {
    app.post(
      `/api/rectifications/:id/${step.action}`,
      {
        config: { policy: step.policy },
        schema: {
          summary: step.summary,
          params: IdParams,
          body: step.body,
          response: { 200: Rectification },
        },
      },
      async (req) => {
        const c = ctx(req);
        const body = req.body as { version: number; text?: string };
        return presentOne(
          await rectificationTransition(c, { id: req.params.id, action: step.action, ...body }),
          c.now,
        );
      },
    );
  }

  app.post(
    '/api/rectifications/:id/attachments',
    {
      config: { policy: 'rectification.answer' },
      schema: {
        summary: '为整改反馈上传附件（multipart，字段 file；如修改后的报告）',
        params: IdParams,
        response: { 201: RectificationAttachment },
      },
    },
    async (req, reply) => {
      const saved = await withOneAttachment(req, (file) =>
        rectificationAttachmentAdder(ctx(req), { id: req.params.id, ...file }),
      );
      return reply.code(201).send({
        id: saved.id,
        name: saved.name,
        size: saved.size,
        mime: saved.mime,
        createdAt: saved.createdAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/rectifications/:id/attachments/:attachmentId',
    {
      config: { policy: 'rectification.read' },
      schema: {
        summary: '下载整改反馈的附件',
        params: AttachmentParams,
        response: { 200: file('application/octet-stream', '附件原文件（Content-Type 为上传时识别的类型）') },
      },
    },
    async (req, reply) => {
      const { file, content } = await rectificationAttachmentLoader(
        ctx(req),
        req.params.id,
        req.params.attachmentId,
      );
      // streamed piece by piece (attachment_chunks), as ledger attachments are
      return reply
        .header('content-type', file.mime)
        .header('content-length', String(file.size))
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Readable.from(content));
    },
  );
};
