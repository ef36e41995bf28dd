import { z } from 'zod';
import type { ClockView, describeKind, RecordData } from '../ledgers';
import { day, declared, instant } from './shape';

/** A ledger declaration as JSON (`GET /api/ledgers`): core/ledgers/describe.ts writes it. */
export const KindDescription = declared<ReturnType<typeof describeKind>>(
  '台账种类的声明：字段、状态、流程操作、时限（core/ledgers/describe.ts）',
);
export type KindDescription = z.infer<typeof KindDescription>;

/** Field values by key, masked for the reader; their types are the kind's field declarations. */
const Data = declared<RecordData>('字段值（按台账种类声明的字段，已按读者脱敏）');

const Clock = declared<ClockView>('时限：起算日、到期日、状态及说明（core/ledgers/clocks.ts ClockView）');

export const LedgerRecord = z.strictObject({
  id: z.string(),
  kind: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  version: z.number(),
  data: Data,
  clocks: z.array(Clock),
  createdAt: instant,
  updatedAt: instant,
});
export type LedgerRecord = z.infer<typeof LedgerRecord>;

export const LedgerAttachment = z.strictObject({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  mime: z.string(),
  sha256: z.string(),
  /** The workflow step (index into `events`) this file is evidence of; null for the record as a whole. */
  event: z.number().nullable(),
  createdAt: instant,
});
export type LedgerAttachment = z.infer<typeof LedgerAttachment>;

/** One workflow step as the detail shows it (docs/ledger-api.md). */
export const LedgerEventView = z.strictObject({
  action: z.string(),
  label: z.string(),
  on: day,
  at: instant,
  actorName: z.string().nullable(),
  payload: Data,
  warning: z.string().nullable(),
});
export type LedgerEventView = z.infer<typeof LedgerEventView>;

/** The detail adds the history, the steps this user may take and the files. */
export const LedgerRecordDetail = LedgerRecord.extend({
  /** May this user edit the registration fields (role and scope; the state is checked apart). */
  editable: z.boolean(),
  events: z.array(LedgerEventView),
  /** `blocked`: why the step is bound to fail now (the server's precheck), or null. */
  actions: z.array(z.strictObject({ key: z.string(), label: z.string(), blocked: z.string().nullable() })),
  /** Why 删除 is refused outright (a decided enforcement case), or null. */
  deleteRefused: z.string().nullable(),
  attachments: z.array(LedgerAttachment),
  /** Titles of the records ref fields name (id → title). */
  refs: z.record(z.string(), z.string()),
  /** The server's today (China), for the same plan checks the server runs. */
  today: day,
});
export type LedgerRecordDetail = z.infer<typeof LedgerRecordDetail>;

export const LedgerPage = z.strictObject({
  items: z.array(LedgerRecord),
  total: z.number(),
  /** False when `total` is not the exact count: a lower bound (show "1000+") or, with `totalEstimated`, an estimate. */
  totalExact: z.boolean(),
  /** `total` is estimated from the newest records of the list (show "约 N 条"). */
  totalEstimated: z.boolean(),
  /** Titles of the records ref fields name (id → title). */
  refs: z.record(z.string(), z.string()),
});
export type LedgerPage = z.infer<typeof LedgerPage>;

export const BulkResult = z.strictObject({
  /** one per record asked for; `message` says in Chinese why a record was not moved on */
  results: z.array(z.strictObject({ id: z.string(), ok: z.boolean(), message: z.string().optional() })),
});
export type BulkResult = z.infer<typeof BulkResult>;

export const ImportResult = z.strictObject({ imported: z.number(), duplicates: z.number() });
export type ImportResult = z.infer<typeof ImportResult>;

/** `alert`: inside its kind's own early-warning window, yet due after the days asked for (提醒). */
export const TODO_STATES = ['overdue', 'due_soon', 'provisional', 'alert', 'waiting'] as const;
export type TodoState = (typeof TODO_STATES)[number];

export const TodoItem = z.strictObject({
  kind: z.string(),
  kindLabel: z.string(),
  id: z.string(),
  number: z.string(),
  title: z.string(),
  unitName: z.string(),
  clock: z.string().nullable(),
  clockLabel: z.string().nullable(),
  due: day.nullable(),
  state: z.enum(TODO_STATES),
  reason: z.string(),
  /** a ledger record's version, for a batch step from 待办 (absent for 整改 and the annual report) */
  version: z.number().optional(),
  /** where the item is worked on when it is not a ledger record (the annual report) */
  link: z.string().optional(),
});
export type TodoItem = z.infer<typeof TodoItem>;

export const TodoList = z.strictObject({
  items: z.array(TodoItem),
  counts: z.strictObject({
    overdue: z.number(),
    dueSoon: z.number(),
    alerts: z.number(),
    waiting: z.number(),
  }),
});
export type TodoList = z.infer<typeof TodoList>;

/**
 * 待办 as the API sends it (issue 17: a county's list is ~700 items). An item of a ledger kind
 * leaves out what its kind's declaration gives: `kindLabel`, and for a clock `clockLabel` and
 * `reason`, with `remaining` (working days to `due`) where the reason counts them;
 * `completeTodoList` (core/ledgers/todoText.ts) puts them back. Other items come whole.
 */
export const TodoWireItem = TodoItem.extend({
  kindLabel: z.string().optional(),
  clockLabel: z.string().nullable().optional(),
  reason: z.string().optional(),
  /** working days from today to `due`, for a ledger clock due today or later */
  remaining: z.number().optional(),
});
export type TodoWireItem = z.infer<typeof TodoWireItem>;

export const TodoWire = TodoList.extend({ items: z.array(TodoWireItem) });
export type TodoWire = z.infer<typeof TodoWire>;

/** A county setting (期限、金额标准) with the value in force for the unit. */
export const LedgerSetting = z.strictObject({
  key: z.string(),
  kind: z.string(),
  /** the ledger (or 年度报告) it belongs to, in Chinese */
  group: z.string(),
  label: z.string(),
  /** what the figure does, for the admin who sets it */
  explain: z.string(),
  /** who it binds (the county and its townships) */
  scope: z.string(),
  /** how it is entered; a month-day is stored as MMDD */
  input: z.enum(['number', 'switch', 'monthDay']),
  /** Measure word: 日, 个工作日, 元. */
  unit: z.string(),
  default: z.number(),
  min: z.number(),
  max: z.number(),
  /** where the default comes from: statute and article, or who fixes it where no national rule does */
  source: z.string(),
  value: z.number(),
});
export type LedgerSetting = z.infer<typeof LedgerSetting>;

export const LedgerSettingSaved = z.strictObject({
  settings: z.array(LedgerSetting),
  recomputed: z.number(),
});
export type LedgerSettingSaved = z.infer<typeof LedgerSettingSaved>;

/** One person of a unit's roster (`GET /api/ledgers/:kind/people`): names as the reader may see them. */
export const RosterPerson = z.strictObject({
  name: z.string(),
  post: z.string().nullable(),
  /** Where the name comes from: the unit's accounts, its staff records (执法人员), its earlier lists. */
  sources: z.array(z.enum(['user', 'staff', 'list'])),
  /** The last day the person was on one of the unit's lists. */
  lastListed: day.nullable(),
});
export type RosterPerson = z.infer<typeof RosterPerson>;

/** The people a kind's people lists are picked from, and each list's previous record (沿用上次名单). */
export const PeopleRoster = z.strictObject({
  unitId: z.string(),
  people: z.array(RosterPerson),
  /** By table field: the unit's latest record listing somebody, or null. */
  previous: z.record(
    z.string(),
    z
      .strictObject({
        id: z.string(),
        number: z.string(),
        on: day,
        people: z.array(z.strictObject({ name: z.string(), post: z.string().nullable() })),
      })
      .nullable(),
  ),
});
export type PeopleRoster = z.infer<typeof PeopleRoster>;
