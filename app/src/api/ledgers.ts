import type { IntakeInfo, IntakeReceipt, IntakeSubmitted, IntakeTopic } from '../../../core/contract/intake';
import type {
  BulkResult,
  ImportResult,
  LedgerAttachment,
  LedgerEventView,
  LedgerPage,
  LedgerRecord,
  LedgerRecordDetail,
  LedgerSetting,
  LedgerSettingSaved,
  PeopleRoster,
  TodoItem,
  TodoList,
  TodoState,
  TodoWire,
} from '../../../core/contract/ledgers';
import type { ClockState, ClockView, RecordData } from '../../../core/ledgers';
import { ApiError, api, type Query } from './client';

export type {
  ClockState,
  ClockView,
  IntakeInfo,
  IntakeReceipt,
  IntakeTopic,
  LedgerAttachment,
  LedgerEventView,
  LedgerPage,
  LedgerRecord,
  LedgerRecordDetail,
  LedgerSetting,
  PeopleRoster,
  RecordData,
  TodoItem,
  TodoList,
  TodoState,
  TodoWire,
};

export interface ImportRowError {
  /** Null for a problem with the whole file (a missing column). */
  row: number | null;
  column: string | null;
  message: string;
}

/** 400 IMPORT_INVALID: every bad row, nothing imported. */
export class ImportInvalidError extends ApiError {
  readonly rows: ImportRowError[];
  constructor(message: string, rows: ImportRowError[]) {
    super(400, 'IMPORT_INVALID', message);
    this.rows = rows;
  }
}

const base = (kind: string) => `/api/ledgers/${encodeURIComponent(kind)}`;
const one = (kind: string, id: string) => `${base(kind)}/${encodeURIComponent(id)}`;

/** `params` is built by `ledgerApiQuery` (repeated `f.<field>` keys need URLSearchParams). */
export const listLedgerRecords = (kind: string, params: URLSearchParams) =>
  api.get<LedgerPage>(`${base(kind)}${params.size ? `?${params}` : ''}`);

export const getLedgerRecord = (kind: string, id: string, reveal = false) =>
  api.get<LedgerRecordDetail>(one(kind, id), reveal ? { reveal: 1 } : undefined);

export const createLedgerRecord = (kind: string, unitId: string | undefined, values: RecordData) =>
  api.post<LedgerRecord>(`${base(kind)}${unitId ? `?unit=${encodeURIComponent(unitId)}` : ''}`, values);

export const updateLedgerRecord = (kind: string, id: string, version: number, values: RecordData) =>
  api.patch<LedgerRecordDetail>(one(kind, id), { version, values });

export const deleteLedgerRecord = (kind: string, id: string, version: number, reason = '') =>
  api.delete<void>(
    `${one(kind, id)}?version=${version}${reason ? `&reason=${encodeURIComponent(reason)}` : ''}`,
  );

export const takeLedgerAction = (
  kind: string,
  id: string,
  action: string,
  version: number,
  values: RecordData,
) =>
  api.post<LedgerRecordDetail>(`${one(kind, id)}/actions/${encodeURIComponent(action)}`, {
    version,
    values,
  });

export const attachmentUrl = (kind: string, id: string, attachmentId: string) =>
  `${one(kind, id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const deleteLedgerAttachment = (kind: string, id: string, attachmentId: string) =>
  api.delete<void>(attachmentUrl(kind, id, attachmentId));

export const ledgerTemplateUrl = (kind: string) => `${base(kind)}/template.xlsx`;

export const ledgerExportUrl = (kind: string, params: URLSearchParams) => {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.delete('pageSize');
  return `${base(kind)}/export.xlsx${p.size ? `?${p}` : ''}`;
};

/** Records another record may name in a ref field: those of `kind` in one township. */
export const listRefCandidates = (kind: string, unitId: string) =>
  listLedgerRecords(kind, new URLSearchParams({ unit: unitId, pageSize: '200' }));

/** The township's people a kind's people lists are picked from, and each list's previous record. */
export const getPeopleRoster = (kind: string, unitId: string, except?: string) =>
  api.get<PeopleRoster>(`${base(kind)}/people`, except ? { unit: unitId, except } : { unit: unitId });

// —— county settings (期限、金额标准) ——

export const getLedgerSettings = (unitId: string) =>
  api.get<LedgerSetting[]>('/api/ledger-settings', { unit: unitId });

export const saveLedgerSetting = (unitId: string, key: string, value: number) =>
  api.put<LedgerSettingSaved>(
    `/api/ledger-settings/${encodeURIComponent(key)}?unit=${encodeURIComponent(unitId)}`,
    { value },
  );

/**
 * 待办 as sent: its ledger items leave out what their kind declares (`completeTodoList` in
 * core/ledgers fills it in where the page shows them; the 工作台 only counts, and does not load
 * the kinds' registry for it).
 */
export const getTodo = (query: Query) => api.get<TodoWire>('/api/todo', query);

interface Envelope {
  error?: { code?: string; message?: string; field?: string; rows?: ImportRowError[] };
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: Envelope | null = null;
  try {
    body = (await res.json()) as Envelope;
  } catch {
    // not our envelope
  }
  const e = body?.error;
  if (e?.code === 'IMPORT_INVALID' && Array.isArray(e.rows))
    return new ImportInvalidError(e.message ?? '导入文件有错误', e.rows);
  if (e?.code && e.message) return new ApiError(res.status, e.code, e.message, e.field);
  if (res.status === 413) return new ApiError(413, 'HTTP_413', '上传的文件过大');
  return new ApiError(
    res.status,
    `HTTP_${res.status}`,
    res.status >= 500 ? '服务暂不可用，请稍后重试' : `请求失败（${res.status}）`,
  );
}

/** A multipart upload (one `file`), or a public call: errors keep the envelope, nobody is redirected. */
async function send<T>(method: string, url: string, body?: FormData | object): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  }
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const fileForm = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

/** One file to a route that takes a multipart `file` (the 整改 answer's attachments, too). */
export const uploadFileTo = <T>(url: string, file: File) => send<T>('POST', url, fileForm(file));

/** `event`: the workflow step (index into `events`) the file is evidence of. */
export const uploadLedgerAttachment = (kind: string, id: string, file: File, event?: number) =>
  send<LedgerAttachment>(
    'POST',
    `${one(kind, id)}/attachments${event === undefined ? '' : `?event=${event}`}`,
    fileForm(file),
  );

export const importLedger = (kind: string, unitId: string | undefined, file: File) =>
  send<ImportResult>(
    'POST',
    `${base(kind)}/import${unitId ? `?unit=${encodeURIComponent(unitId)}` : ''}`,
    fileForm(file),
  );

// —— public intake (no session) ——

export interface IntakeInput {
  topic: string;
  name: string;
  phone: string;
  village?: string;
  type?: string;
  content: string;
  /** Honeypot: people leave it empty. */
  website: string;
}

const intakeBase = '/api/public/intake';

export const getIntake = (unitCode: string) =>
  send<IntakeInfo>('GET', `${intakeBase}/${encodeURIComponent(unitCode)}`);

export const submitIntake = (unitCode: string, input: IntakeInput) =>
  send<IntakeSubmitted>('POST', `${intakeBase}/${encodeURIComponent(unitCode)}`, input);

export const getIntakeReceipt = (receipt: string) =>
  send<IntakeReceipt>('GET', `${intakeBase}/receipts/${encodeURIComponent(receipt)}`);

/** One record's document (登记表, 调解协议书 …) as Word, and its print view (issue 15 §5). */
export const recordDocumentUrl = (kind: string, id: string, doc: string, format: 'docx' | 'print') =>
  `${one(kind, id)}/documents/${encodeURIComponent(doc)}/${format}`;

export type { BulkResult };

/** The same bulk step on several records of a kind: one result per record (done, or why not). */
export const takeBulkAction = (kind: string, action: string, items: { id: string; version: number }[]) =>
  api.post<BulkResult>(`${base(kind)}/bulk/${encodeURIComponent(action)}`, { items });
