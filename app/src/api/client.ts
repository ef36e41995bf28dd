/** A failed API call, carrying the server's error envelope `{error:{code,message,field}}`. */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly status: number;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** The Chinese text to show for any thrown value. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  return '操作失败，请稍后重试';
}

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
}

const LOGIN_PATH = '/api/auth/login';

// The router sets this at start-up; the default keeps the client usable before (and without) it.
let onUnauthorized: (error: ApiError) => void = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

export function setUnauthorizedHandler(handler: (error: ApiError) => void): void {
  onUnauthorized = handler;
}

/** The session is gone: none at all, expired, or its account was disabled meanwhile. */
export function isSessionLost(e: unknown): e is ApiError {
  return isApiError(e) && (e.status === 401 || e.code === 'ACCOUNT_DISABLED');
}

function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as { error?: { code?: string; message?: string; field?: string } };
    const err = data.error;
    if (err?.code && err.message) return new ApiError(res.status, err.code, err.message, err.field);
  } catch {
    // not our JSON envelope (a proxy page, an empty body): fall through to a generic message
  }
  const message = res.status >= 500 ? '服务暂不可用，请稍后重试' : `请求失败（${res.status}）`;
  return new ApiError(res.status, `HTTP_${res.status}`, message);
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), init);
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const err = await toApiError(res);
    // a failed login is an answer to show on the form, not a lost session
    if (isSessionLost(err) && path !== LOGIN_PATH) onUnauthorized(err);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  /** `body`: what a deletion carries (a reason), when the route asks for one */
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, { body }),
};
