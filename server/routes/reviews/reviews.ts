import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Rectification } from '../../../core/contract/rectifications';
import { DefectDismissal, ReviewBatch, ReviewDetail, ReviewSummary } from '../../../core/contract/reviews';
import { file, NoContent, XLSX } from '../../../core/contract/shape';
import { AppError } from '../../../core/errors';
import { can, isAdmin } from '../../../core/policy';
import { prepareAnalysisWorker } from '../../analysisPool';
import { defectDismisser, defectRestorer } from '../../commands/defectDismissals';
import { loadRectification, rectificationIssuer } from '../../commands/rectificationCommands';
import { reviewBatchAnalyzer } from '../../commands/reviewBatchAnalyzer';
import { reviewDeleter, reviewReassigner } from '../../commands/reviewCommands';
import { actorOf } from '../../http/auth';
import { UPLOAD_LIMITS } from '../../io/limits';
import { reviewSheet } from '../../io/reviewSheet';
import { withSpooledUploads } from '../../io/uploadSpool';
import { storableText } from '../../lib/storableText';
import { presentRectification } from '../../presenters/rectification';
import { presentDismissals, presentReview, presentReviewSummary } from '../../presenters/review';
import { listDismissals } from '../../repositories/defectDismissalsRepo';
import { getReview, listReviews } from '../../repositories/reviewsRepo';
import type { RouteDeps } from '../index';
import {
  DismissalCreateBody,
  DismissalParams,
  RectificationCreateBody,
  ReviewDeleteBody,
  ReviewExportQuery,
  ReviewIdParams,
  ReviewListQuery,
  ReviewReassignBody,
} from './schema';

export const reviewRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config, now }) => {
  const { db } = database;
  const scopeOf = (req: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(req);
    return isAdmin(actor) ? null : actor.unitPath;
  };

  app.post(
    '/api/reviews',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '上传报告并审查（multipart，字段 files，可多个）',
        response: { 201: ReviewBatch },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: '请以 multipart/form-data 上传文件' });
      const parts = req.files({
        // one more than allowed, so the extra file is named in the refusal instead of busboy's English
        limits: { fileSize: UPLOAD_LIMITS.reportFileBytes, files: UPLOAD_LIMITS.reportFilesPerBatch + 1 },
        throwFileSizeLimit: false,
      });
      const limits = {
        fileBytes: UPLOAD_LIMITS.reportFileBytes,
        files: UPLOAD_LIMITS.reportFilesPerBatch,
        totalBytes: UPLOAD_LIMITS.reportBatchBytes,
        noun: '报告',
      };
      const { batchId, reviews } = await withSpooledUploads(
        parts,
        limits,
        storableText,
        (files) =>
          reviewBatchAnalyzer({ db, actor: actorOf(req), now: now() }, files, config.analysisSecondsPerFile),
        req.raw,
      );
      const rows = await listReviews(db, { scopePath: null, batchId });
      const order = new Map(reviews.map((r, i) => [r.id, i]));
      rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      return reply.code(201).send({ batchId, items: rows.map(presentReviewSummary) });
    },
  );

  app.get(
    '/api/reviews',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '已审查的报告',
        querystring: ReviewListQuery,
        response: { 200: z.array(ReviewSummary) },
      },
    },
    async (req) => {
      // the list is the 审查 page: an upload is likely next, so the analysis worker starts loading now
      prepareAnalysisWorker();
      return (await listReviews(db, { ...req.query, scopePath: scopeOf(req) })).map(presentReviewSummary);
    },
  );

  app.get(
    '/api/reviews/export',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '导出审查表（Excel）',
        querystring: ReviewExportQuery,
        response: { 200: file(XLSX, '审查表（Excel）') },
      },
    },
    async (req, reply) => {
      const rows = (await listReviews(db, { ...req.query, scopePath: scopeOf(req) })).map(
        presentReviewSummary,
      );
      const buf = await reviewSheet(rows);
      const name = encodeURIComponent(`报告审查表${req.query.year ? `-${req.query.year}` : ''}.xlsx`);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .send(buf);
    },
  );

  app.get(
    '/api/reviews/:id',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '报告审查详情（全文、结构、指标、问题、雷同段落）',
        params: ReviewIdParams,
        response: { 200: ReviewDetail },
      },
    },
    async (req) => {
      const found = await getReview(db, req.params.id);
      if (!found || !can(actorOf(req), 'review.manage', { path: found.unitPath }))
        throw new AppError('NOT_FOUND');
      const dismissed = await listDismissals(db, found.review.unitId, found.review.id);
      return presentReview(found.review, found.unitName, dismissed);
    },
  );

  app.post(
    '/api/reviews/:id/dismissals',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '忽略一项问题（误报），可撤销',
        params: ReviewIdParams,
        body: DismissalCreateBody,
        response: { 201: z.array(DefectDismissal) },
      },
    },
    async (req, reply) => {
      const ctx = { db, actor: actorOf(req), now: now() };
      const rows = await defectDismisser(ctx, { reviewId: req.params.id, ...req.body });
      return reply.code(201).send(presentDismissals(rows));
    },
  );

  app.delete(
    '/api/reviews/:id/dismissals/:defectIndex',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '撤销忽略，问题恢复',
        params: DismissalParams,
        response: { 200: z.array(DefectDismissal) },
      },
    },
    async (req) => {
      const ctx = { db, actor: actorOf(req), now: now() };
      return presentDismissals(
        await defectRestorer(ctx, { reviewId: req.params.id, defectIndex: req.params.defectIndex }),
      );
    },
  );

  app.post(
    '/api/reviews/:id/rectifications',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '下发整改事项',
        params: ReviewIdParams,
        body: RectificationCreateBody,
        response: { 201: Rectification },
      },
    },
    async (req, reply) => {
      const ctx = { db, actor: actorOf(req), now: now() };
      const row = await rectificationIssuer(ctx, { reviewId: req.params.id, ...req.body });
      return reply.code(201).send(presentRectification(await loadRectification(ctx, row.id), ctx.now));
    },
  );

  app.delete(
    '/api/reviews/:id',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '删除上传的报告（误传、重复上传），须填写原因，记入审计',
        params: ReviewIdParams,
        body: ReviewDeleteBody,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await reviewDeleter({ db, actor: actorOf(req), now: now() }, { id: req.params.id, ...req.body });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/reviews/:id/reassign',
    {
      config: { policy: 'review.manage' },
      schema: {
        summary: '把报告改派给所属乡镇，须填写原因，记入审计',
        params: ReviewIdParams,
        body: ReviewReassignBody,
        response: { 200: ReviewSummary },
      },
    },
    async (req) => {
      await reviewReassigner({ db, actor: actorOf(req), now: now() }, { id: req.params.id, ...req.body });
      const [row] = await listReviews(db, { scopePath: null, ids: [req.params.id] });
      if (!row) throw new AppError('NOT_FOUND');
      return presentReviewSummary(row);
    },
  );
};
