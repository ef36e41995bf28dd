import { ERROR_MESSAGES } from './messages.zh-CN';

/** Stable error codes and their HTTP status. Wording lives in messages.zh-CN.ts. */
export const ERROR_STATUS = {
  VALIDATION: 400,
  IMPORT_INVALID: 400,
  WEAK_PASSWORD: 400,
  WRONG_PASSWORD: 400,
  INVALID_UNIT_CODE: 400,
  INVALID_PARENT_UNIT: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  STALE_VERSION: 409,
  DUPLICATE_RECORD: 409,
  USERNAME_TAKEN: 409,
  UNIT_CODE_TAKEN: 409,
  BODY_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  FILE_TYPE_NOT_ALLOWED: 415,
  ACTION_REFUSED: 422,
  LOGIN_THROTTLED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * An expected failure with a code the client can act on. `detail` replaces the
 * stock wording when the message must name something specific (a row, a value).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly status: number;
  /** More for the client: every field issue of a form, every bad row of an import. */
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    opts: { field?: string; detail?: string; extra?: Record<string, unknown> } = {},
  ) {
    super(opts.detail ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.field = opts.field;
    this.status = ERROR_STATUS[code];
    this.extra = opts.extra;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
