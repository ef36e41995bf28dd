import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IntakeInfo, IntakeReceipt, IntakeSubmitted } from '../../../core/contract/intake';
import { AppError } from '../../../core/errors';
import { intakeInfo, intakeStatus, intakeSubmitter } from '../../commands/ledgers/intakeCommands';
import type { RouteDeps } from '../index';

const CodeParams = z.object({ unitCode: z.string().regex(/^\d{12}$/, '单位代码应为12位数字') });
const ReceiptParams = z.object({ receipt: z.string().trim().min(6).max(20) });
const IntakeBody = z.object({
  topic: z.string().max(20),
  name: z.string().trim().min(1, '请填写姓名').max(40, '姓名不能超过40个字'),
  phone: z.string().trim().min(1, '请填写联系电话').max(20),
  village: z.string().trim().max(60).optional(),
  /** One of the topic's types (纠纷类型), for a topic that offers them. */
  type: z.string().max(40).optional(),
  content: z.string().trim().min(5, '请至少用5个字说明情况').max(2000, '内容不能超过2000个字'),
  /** Honeypot: hidden from people by the page, filled in by bots. */
  website: z.string().max(200).optional(),
});

/** 码上申请: the public pages a resident reaches by QR code, without logging in. */
export const intakeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config, now }) => {
  const { db } = database;

  app.get(
    '/api/public/intake/:unitCode',
    {
      config: { policy: 'public' },
      schema: { summary: '码上申请：乡镇信息', params: CodeParams, response: { 200: IntakeInfo } },
    },
    async (req) => intakeInfo(db, req.params.unitCode),
  );

  app.post(
    '/api/public/intake/:unitCode',
    {
      config: {
        policy: 'public',
        // per IP and hour (@fastify/rate-limit, counted per instance); after the body is parsed so a
        // honeypot submission, refused below anyway, does not use up the address's allowance
        rateLimit: {
          max: config.intakePerHour,
          timeWindow: 3_600_000,
          hook: 'preHandler',
          allowList: (req) => Boolean((req.body as { website?: string } | undefined)?.website),
        },
      },
      bodyLimit: 16 * 1024,
      schema: {
        summary: '码上申请：提交调解申请或意见建议',
        params: CodeParams,
        body: IntakeBody,
        response: { 201: IntakeSubmitted },
      },
    },
    async (req, reply) => {
      if (req.body.website)
        throw new AppError('VALIDATION', { field: 'website', detail: '提交未通过校验，请刷新页面后重试' });
      const { website: _w, ...form } = req.body;
      const saved = await intakeSubmitter(db, req.params.unitCode, form, now(), req.ip);
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/public/intake/receipts/:receipt',
    {
      config: { policy: 'public' },
      schema: {
        summary: '码上申请：凭回执号查询办理状态',
        params: ReceiptParams,
        response: { 200: IntakeReceipt },
      },
    },
    async (req) => intakeStatus(db, req.params.receipt, now()),
  );
};
