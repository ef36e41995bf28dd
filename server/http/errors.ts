import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode, isAppError } from '../../core/errors';
import { ERROR_MESSAGES } from '../../core/messages.zh-CN';

export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  message?: string,
  field?: string,
  extra?: Record<string, unknown>,
) {
  const body: { code: ErrorCode; message: string; field?: string } = {
    ...extra,
    code,
    message: message ?? ERROR_MESSAGES[code],
  };
  if (field) body.field = field;
  return reply.code(ERROR_STATUS[code]).send({ error: body });
}

const FASTIFY_CODES: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Every failure leaves as `{error:{code,message,field}}`. Expected ones carry
 * their own code; validation names the first bad field; anything else is
 * logged with its stack and answered with a generic 500, never the stack.
 */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (isAppError(err)) {
    const wait = err.extra?.retryAfterSeconds;
    if (typeof wait === 'number') reply.header('retry-after', String(wait));
    return sendError(reply, err.code, err.message, err.field, err.extra);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const first = err.validation[0];
    const field = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || undefined;
    const where =
      err.validationContext === 'querystring'
        ? '查询参数'
        : err.validationContext === 'params'
          ? '路径参数'
          : '';
    const label = field ? `${where}字段 ${field}：` : where;
    return sendError(reply, 'VALIDATION', `${label}${first?.message ?? ERROR_MESSAGES.VALIDATION}`, field);
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return sendError(reply, mapped);
  if (err.statusCode === 400) {
    // malformed JSON and the like: the client's fault, and safe to describe
    return sendError(
      reply,
      'VALIDATION',
      `请求格式错误：${err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? '请求体为空' : '不是有效的 JSON'}`,
    );
  }
  req.log.error({ err }, 'unhandled error');
  return sendError(reply, 'INTERNAL');
}

export { AppError };
