import type { ClockState, ClockView, RecordData } from '../../../core/ledgers';
import { ApiError, api, type Query } from './client';

export type { ClockState, ClockView, RecordData };

/** One workflow step as the detail shows it (docs/ledger-api.md). */
export interface LedgerEventView {
  action: string;
  label: string;
  on: string;
  at: string;
  actorName: string | null;
  payload: RecordData;
  warning: string | null;
}

export interface LedgerAttachment {
  id: string;
  name: string;
  size: number;
  mime: string;
  sha256: string;
  createdAt: string;
  /** The workflow step (index into `events`) this file is evidence of; null for the record as a whole. */
  event?: number | null;
}

export interface LedgerRecord {
  id: string;
  kind: string;
  unitId: string;
  unitName: string;
  number: string;
  title: string;
  state: string;
  stateLabel: string;
  version: number;
  data: RecordData;
  clocks: ClockView[];
  createdAt: string;
  updatedAt: string;
}

/** The detail adds the history, the steps this user may take and the files. */
export interface LedgerRecordDetail extends LedgerRecord {
  /** May this user edit the registration fields (role and scope; the state is checked apart). */
  editable?: boolean;
  /** The server's today (China), for the same plan checks the server runs. */
  today?: string;
  events: LedgerEventView[];
  /** `blocked`: why the step is bound to fail now (the server's precheck), or null. */
  actions: { key: string; label: string; blocked?: string | null }[];
  /** Why 删除 is refused outright (a decided enforcement case), or null. */
  deleteRefused?: string | null;
  attachments: LedgerAttachment[];
  /** Titles of the records ref fields name (id → title). */
  refs?: Record<string, string>;
}

export interface LedgerPage {
  items: LedgerRecord[];
  total: number;
  /** False when the server stopped counting (more than 1000 matches). */
  totalExact?: boolean;
  /** Titles of the records ref fields name (id → title). */
  refs?: Record<string, string>;
}

/** `alert`: inside its kind's own early-warning window, yet due after the days asked for (提醒). */
export type TodoState = 'overdue' | 'due_soon' | 'provisional' | 'alert' | 'waiting';

export interface TodoItem {
  kind: string;
  kindLabel: string;
  id: string;
  number: string;
  title: string;
  unitName: string;
  clock: string | null;
  clockLabel: string | null;
  due: string | null;
  state: TodoState;
  reason: string;
  /** where the item is worked on when it is not a ledger record (the annual report) */
  link?: string;
}

export interface TodoList {
  items: TodoItem[];
  counts: { overdue: number; dueSoon: number; alerts: number; waiting: number };
}

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

// —— county settings (期限、金额标准) ——

export interface LedgerSetting {
  key: string;
  kind: string;
  /** The ledger (or 年度报告) it belongs to, in Chinese. */
  group: string;
  label: string;
  explain: string;
  /** Who it binds (the county and its townships). */
  scope: string;
  /** How it is entered; a month-day is stored as MMDD. */
  input: 'number' | 'switch' | 'monthDay';
  /** Measure word: 日, 个工作日, 元. */
  unit: string;
  default: number;
  min: number;
  max: number;
  source: string;
  value: number;
}

export const getLedgerSettings = (unitId: string) =>
  api.get<LedgerSetting[]>('/api/ledger-settings', { unit: unitId });

export const saveLedgerSetting = (unitId: string, key: string, value: number) =>
  api.put<{ settings: LedgerSetting[]; recomputed: number }>(
    `/api/ledger-settings/${encodeURIComponent(key)}?unit=${encodeURIComponent(unitId)}`,
    { value },
  );

export const getTodo = (query: Query) => api.get<TodoList>('/api/todo', query);

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

/** `event`: the workflow step (index into `events`) the file is evidence of. */
export const uploadLedgerAttachment = (kind: string, id: string, file: File, event?: number) =>
  send<LedgerAttachment>(
    'POST',
    `${one(kind, id)}/attachments${event === undefined ? '' : `?event=${event}`}`,
    fileForm(file),
  );

export const importLedger = (kind: string, unitId: string | undefined, file: File) =>
  send<{ imported: number; duplicates: number }>(
    'POST',
    `${base(kind)}/import${unitId ? `?unit=${encodeURIComponent(unitId)}` : ''}`,
    fileForm(file),
  );

// —— public intake (no session) ——

/** One topic of the form (申请调解, 信访事项, 意见建议): a kind's `intake` declaration. */
export interface IntakeTopic {
  key: string;
  label: string;
  /** What to tell a resident who picks it. */
  hint: string | null;
  contentLabel: string;
  /** A type the resident may name (纠纷类型), when the topic offers one. */
  types: { label: string; options: { value: string; label: string }[] } | null;
}

export interface IntakeInfo {
  unit: { name: string; code: string };
  topics: IntakeTopic[];
  /** Names of the township's villages (村/社区). */
  villages: string[];
}

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

/** All a receipt shows: what it is, where, its state — nothing of the record itself. */
export interface IntakeReceipt {
  receipt: string;
  kindLabel: string;
  unitName: string;
  stateLabel: string;
  submittedOn: string;
  updatedAt: string;
}

const intakeBase = '/api/public/intake';

export const getIntake = (unitCode: string) =>
  send<IntakeInfo>('GET', `${intakeBase}/${encodeURIComponent(unitCode)}`);

export const submitIntake = (unitCode: string, input: IntakeInput) =>
  send<{ receipt: string; unitName: string }>('POST', `${intakeBase}/${encodeURIComponent(unitCode)}`, input);

export const getIntakeReceipt = (receipt: string) =>
  send<IntakeReceipt>('GET', `${intakeBase}/receipts/${encodeURIComponent(receipt)}`);
