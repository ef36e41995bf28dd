import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_STATUS, type ErrorCode, isAppError } from '../../core/errors';
import { ERROR_MESSAGES } from '../../core/messages.zh-CN';
import { BROKEN_UPLOAD } from '../io/uploadSpool';

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
  const fromInput = inputFailure(err);
  if (fromInput) {
    req.log.warn({ err }, 'refused input the checks let through');
    return sendError(reply, fromInput.code, fromInput.message);
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

/**
 * The last net for input no check caught (issue 14 §1.7): PostgreSQL refusing a value because of
 * what the client sent is the client's error, 4xx with a Chinese message, never a 500. Drizzle
 * wraps the driver's error, so the SQLSTATE is looked for on the error and on its cause.
 */
const SQLSTATE_CODES: Record<string, { code: ErrorCode; message?: string }> = {
  '23505': { code: 'DUPLICATE_RECORD' }, // unique_violation: two creates of one name at once
  '22P02': { code: 'VALIDATION', message: '提交的值格式不正确' }, // invalid_text_representation
  '22P05': { code: 'VALIDATION', message: '提交的文字含有无法保存的字符' }, // untranslatable_character
  '22021': { code: 'VALIDATION', message: '提交的文字含有无法保存的字符' }, // character_not_in_repertoire
  '22003': { code: 'VALIDATION', message: '提交的数值超出范围' }, // numeric_value_out_of_range
  '22007': { code: 'VALIDATION', message: '提交的日期格式不正确' }, // invalid_datetime_format
  '22008': { code: 'VALIDATION', message: '提交的日期不存在' }, // datetime_field_overflow
  '22001': { code: 'VALIDATION', message: '提交的文字过长' }, // string_data_right_truncation
  '54000': { code: 'VALIDATION', message: '提交的内容过大' }, // program_limit_exceeded (index row size)
};

/** Busboy's words for a multipart body that stops or breaks midway. */
const BROKEN_MULTIPART =
  /Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found|Part terminated early/i;

function inputFailure(err: unknown): { code: ErrorCode; message: string } | undefined {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const sqlState = (e as { code?: unknown }).code;
    const hit = typeof sqlState === 'string' ? SQLSTATE_CODES[sqlState] : undefined;
    if (hit) return { code: hit.code, message: hit.message ?? ERROR_MESSAGES[hit.code] };
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && BROKEN_MULTIPART.test(message))
      return { code: 'VALIDATION', message: BROKEN_UPLOAD };
    if (e instanceof RangeError && /Invalid time value|Invalid Date/i.test(e.message))
      return { code: 'VALIDATION', message: '提交的日期不存在' };
  }
  return undefined;
}

export { AppError };
