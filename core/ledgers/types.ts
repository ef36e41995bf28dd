import type { Role } from '../roles';

/**
 * A ledger kind (台账种类) is declared once, as data plus a few pure functions. Everything
 * generic — validation, storage, lists, Excel, forms, workflow, clocks, 待办 — reads these
 * declarations; shared code never branches on a kind's name.
 */

export interface Option {
  value: string;
  label: string;
  /**
   * No longer offered: records that hold it keep it and read as before, a new value may not be
   * it. The text says where such entries now belong (shown in the refusal).
   */
  retired?: string;
}

/** Personal data: masked when presented unless the role needs it (see personal.ts). */
export type PersonalFormat = 'id_number' | 'phone' | 'name' | 'address';

interface FieldCommon {
  key: string;
  label: string;
  required?: boolean;
  help?: string;
  /** Included in the record's search text (Chinese substring search, 2-character words too). */
  searchable?: boolean;
  /** Shown as a list column. */
  list?: boolean;
  /** Offered as a list filter (select: equals one of; date: range). */
  filter?: boolean;
}

export interface TextField extends FieldCommon {
  type: 'text' | 'textarea';
  maxLength?: number;
  minLength?: number;
  /** Checked format; also decides how the value is masked. */
  format?: 'id_number' | 'phone' | 'credit_code';
  personal?: PersonalFormat;
}

export interface DateField extends FieldCommon {
  type: 'date';
  /** Another date (of the record or the same action) this one may not precede. */
  notBefore?: string;
  /** May the date lie after today? Events usually cannot. */
  allowFuture?: boolean;
}

export interface IntegerField extends FieldCommon {
  type: 'integer';
  min?: number;
  max?: number;
  /** Measure word shown after the number (人, 元). */
  suffix?: string;
}

export interface SelectField extends FieldCommon {
  type: 'select' | 'multiselect';
  options: readonly Option[];
}

export interface BooleanField extends FieldCommon {
  type: 'boolean';
}

/** A village or community (村/社区) under the record's township. */
export interface VillageField extends FieldCommon {
  type: 'village';
  /** Several villages (the ones a legal advisor serves): the value is a list of ids. */
  multiple?: boolean;
}

/** Rows of simple fields (当事人, 委员). Excel spreads the first `excelRows` rows over columns. */
export interface TableField extends FieldCommon {
  type: 'table';
  columns: readonly SimpleField[];
  minRows?: number;
  maxRows?: number;
  excelRows: number;
  /** The rows are people of the record's unit (who took part): the form picks them from its roster. */
  people?: PeopleList;
}

/**
 * A table whose rows are the unit's people (参加人员名单): the form offers 从名单选择 (the unit's
 * roster, `GET /api/ledgers/:kind/people`), 沿用上次名单 (the previous record's people, ticks
 * cleared), tick all/none per `ticks` column and the counts (应到 N 人，实到 M 人).
 */
export interface PeopleList {
  /** The text column holding the person's name. */
  name: string;
  /** A text column holding the post (职务), filled from the roster when known. */
  post?: string;
  /** What the count calls the listed rows (应到, 应考). */
  listed: string;
  /**
   * Boolean columns ticked per person, each with what the count calls the ticked rows (实到).
   * They are successive (合格 only of those who sat it: 参考): ticking one for everyone ticks
   * it where the earlier ones hold, clearing one clears the later ones.
   */
  ticks: readonly { column: string; counted: string }[];
}

/**
 * Records of this kind are the unit's staff (the 执法人员 roster): in `states`, their `name` (and
 * `post`) join the roster people lists are picked from.
 */
export interface StaffSource {
  name: string;
  post?: string;
  states: readonly string[];
}

/**
 * Records of another kind in the same township: the officers on an enforcement step, the
 * matter a case falls under. The value is a record id (or ids); guards see the records.
 */
export interface RefField extends FieldCommon {
  type: 'ref';
  kind: string;
  multiple?: boolean;
  minItems?: number;
}

export type SimpleField = TextField | DateField | IntegerField | SelectField | BooleanField;
export type FieldDef = SimpleField | VillageField | TableField | RefField;
export type FieldType = FieldDef['type'];

export type FieldValue = string | number | boolean | string[] | Record<string, unknown>[] | null;
export type RecordData = Record<string, FieldValue | undefined>;

/** One step taken in a record's workflow, as kept in its event list. */
export interface LedgerEvent {
  action: string;
  /** The day the step happened (the action's date field, else the day it was recorded). */
  on: string;
  payload: RecordData;
  actorId?: string;
}

export interface StateDef {
  key: string;
  label: string;
  /** Nothing more happens to the record: no clocks run, no 待办. */
  final?: boolean;
  /** Colour of its badge. */
  tone?: 'default' | 'processing' | 'success' | 'warning' | 'error';
  /**
   * Roles that must pick the record up (待受理, 已登记): it waits for them in 待办. States whose
   * work is already timed by a clock leave this out; the clock puts them in 待办 when due.
   */
  awaits?: readonly Role[];
}

/** A record another record refers to, as guards and forms see it. */
export interface RefRecord {
  id: string;
  kind: string;
  title: string;
  state: string;
  data: RecordData;
}

/** The working-day arithmetic a guard may need (a WorkCalendar satisfies it). */
export interface GuardCalendar {
  addWorkingDays(trigger: string, n: number): { date: string; provisional: boolean };
  addCalendarDays(trigger: string, n: number): { date: string; provisional: boolean };
  workingDaysBetween(a: string, b: string): number;
}

export interface CheckContext {
  refs: (field: string) => RefRecord[];
  today: string;
  settings: Readonly<Record<string, number>>;
}

/** A number a county may set for a kind (UNCONFIRMED or province-specific figures). */
export interface SettingDef {
  key: string;
  label: string;
  /** What the figure does, for the county admin who sets it (县级设置). */
  explain: string;
  default: number;
  unit: string;
  min: number;
  max: number;
  /** The legal basis (or, for a figure no national rule fixes, who fixes it locally). */
  source: string;
  /** How it is entered: a number (default), a yes/no switch (0/1), or a month and day stored as MMDD. */
  input?: 'number' | 'switch' | 'monthDay';
}

/**
 * Where a rule comes from: the statute (or policy document), its article and the version read.
 * `docs/statutes.md` is generated from these (scripts/statutes-table.ts), so a rule and its
 * source are read in one place.
 */
export interface Citation {
  /** 《行政处罚法》, 国办发〔2018〕118号 … */
  law: string;
  /** 第六十条, 第五十八条第二款; '' for a policy document without articles. */
  article: string;
  /** The text read: revision date and date in force. */
  version: string;
}

/** One rule a guard enforces, declared beside the action so the statutes table can list it. */
export interface RuleDef {
  /** What is refused or required, in Chinese, as a reader of the table sees it. */
  rule: string;
  cite: readonly Citation[];
  /** Days and their basis, when the rule counts days. */
  days?: { n: number; basis: 'calendar' | 'working' };
  /** The county setting that changes it. */
  setting?: string;
  /** The test that proves it: `path › test name`. */
  test: string;
}

/** What a guard sees: the record as it would be after the action, and its history before it. */
export interface GuardInput {
  data: RecordData;
  payload: RecordData;
  events: readonly LedgerEvent[];
  state: string;
  today: string;
  /** The records named by ref fields of the record and the payload, by field key. */
  refs: (field: string) => RefRecord[];
  calendar?: GuardCalendar;
  /** County settings (see ClockDef.setting), for thresholds a guard applies. */
  settings: Readonly<Record<string, number>>;
  /** Who takes the step (a user id), when known: a reviewer may not also decide. */
  actorId?: string;
}

export interface ActionDef {
  key: string;
  label: string;
  from: readonly string[];
  /** The state after the action; omitted for steps that only record something (回访, 延期). */
  to?: string;
  roles: readonly Role[];
  /** What the action asks for; stored on the record unless the action is `repeatable`. */
  fields?: readonly FieldDef[];
  /** The payload field that dates the step; else the step is dated the day it is recorded. */
  dateField?: string;
  /** May be taken many times; its payload lives only in the event list. */
  repeatable?: boolean;
  /** A Chinese reason to refuse, or null. Enforced on the server; shown in the UI. */
  guard?: (input: GuardInput) => string | null;
  /**
   * The part of `guard` that needs none of the step's own fields, judged on the record as it
   * stands (empty payload, today): a refusal here holds whatever the form says, so the button
   * is shown disabled with it instead of refusing after the form is filled (issue 15 §3). It
   * must never refuse what `guard` would allow; the server runs `guard` on the step regardless.
   */
  precheck?: (input: GuardInput) => string | null;
  /** The rules `guard` (and `extends`) enforce, each with its citation (docs/statutes.md). */
  rules?: readonly RuleDef[];
  /** A Chinese warning recorded with the step (e.g. a request filed late) without refusing it. */
  warn?: (input: GuardInput) => string | null;
  /** Safe to take on many records at once from 待办 or the list (no fields, no judgement). */
  bulk?: boolean;
  /** Needs a reason and may only be taken by `roles`: extends a clock by the payload's `days`. */
  extends?: string;
  pauses?: string;
  resumes?: string;
  /** Asks the user to confirm (destructive or final). */
  confirm?: string;
  /**
   * Offered (as a button, in 待办) only when this holds of the record — 解除查封 only where
   * something was seized. The guard still decides; this only keeps idle steps off the screen.
   */
  offered?: (data: Readonly<Record<string, unknown>>) => boolean;
}

/** Where a clock starts: a date field of the record, or the date of an action. */
/**
 * Where a clock starts: a date field of the record (several: the first one filled in, e.g. the
 * day a corrected request arrived, else the day the request arrived), or the date of an action.
 */
export type ClockStart = { field: string | readonly string[] } | { action: string; field?: string };

export interface ClockDef {
  key: string;
  label: string;
  basis: 'calendar' | 'working';
  days: number;
  /** Name of a setting that overrides `days` for a county (UNCONFIRMED figures become settings). */
  setting?: string;
  /** The setting's name where the clock's own label would not tell two settings apart (公示期限 ×2). */
  settingLabel?: string;
  start: ClockStart;
  /** Actions that complete the clock. */
  stop: readonly string[];
  /**
   * The start date is itself the due date someone set (交办 deadline, with `days: 0`): steps
   * taken before it still stop the clock, which they would not for a clock starting then.
   */
  deadline?: boolean;
  /** Actions that undo a stop (退回): after one, the clock runs again until the next stop. */
  reopens?: readonly string[];
  /** Only some records run this clock (e.g. the objection window only for forwarded items). */
  when?: (data: RecordData) => boolean;
  /** The statute or rule it comes from, shown in the explanation. */
  source: string;
  /** The same source, structured, for docs/statutes.md (required of enforcement clocks). */
  cite?: readonly Citation[];
  /** The test that proves the clock: `path › test name`. */
  test?: string;
  /** 临期 when this many working days or fewer remain (default 3). */
  dueSoon?: number;
  /** At most this many days of extension in total, in the clock's basis. */
  maxExtension?: number;
  /** Extensions allowed (default 1 when maxExtension is set). */
  maxExtensions?: number;
  /**
   * A window the township only needs to know about (司法确认申请期): never 逾期, it simply
   * ends. Shown as 临期 before it ends, so nobody misses it.
   */
  reminder?: boolean;
}

export interface ListDef {
  /** The record's main date: default sort, year filter, Excel and 待办 ordering. */
  dateField: string;
  /** A short title for lists, 待办 and history. */
  title: (data: RecordData) => string;
  /**
   * The field the title merely repeats (执法案件's 案件名称): the list shows it once, as 标题,
   * and does not offer it as a column of its own.
   */
  titleField?: string;
  /**
   * The `list` fields shown by default, chosen to fit a 1366-wide screen beside 编号, 标题,
   * 状态 and 期限; the others stay in the column chooser. Without it the list takes the `list`
   * fields in order while they fit (app/src/pages/ledgers/listColumns.ts).
   */
  columns?: readonly string[];
}

/** What a resident sends on 码上申请, before it becomes a kind's fields. */
export interface IntakeForm {
  name: string;
  phone: string;
  village?: string | undefined;
  /** One of the topic's `types`, when it offers them. */
  type?: string | undefined;
  content: string;
}

/** How a kind takes requests from the public page (码上申请), as one topic of its form. */
export interface IntakeDef {
  /** State of a record arriving from the public page. */
  state: string;
  /** The topic's key in the form and the API. */
  topic: string;
  label: string;
  /** What to tell a resident who picks this topic. */
  hint?: string;
  /** The content box's label (default 内容). */
  contentLabel?: string;
  /** A type the resident may name (optional for them), handed to `values` as `form.type`. */
  types?: { label: string; options: readonly Option[] };
  /** The form's answers as the kind's fields; `village` is the township's village as matched. */
  values: (form: IntakeForm, today: string, village: string | undefined) => RecordData;
  /**
   * What the resident's status page says happens next while the record waits in `state`
   * (issue 15 §18): the clock that times it, and the step in words (书面告知是否受理), read as
   * 预计 N 个工作日内书面告知是否受理（…前）.
   */
  next?: { clock: string; text: string };
}

/**
 * A document printed from one record for the file (issue 15 §5): 调解协议书, 处罚决定书. Every
 * kind also offers its 登记表 (all fields and steps) without declaring it; a kind declares the
 * documents its own workflow produces, and the generic writer (docx and print view) lays them out.
 */
export interface DocumentDef {
  key: string;
  /** 人民调解协议书; a function where the record decides (行政处罚决定书 / 不予行政处罚决定书). */
  title: string | ((data: RecordData) => string);
  /** The step that produces the document: offered once a record has taken it. */
  after: string;
  /** The record's fields (its own or stored by its steps) the document carries, in order. */
  fields: readonly string[];
  /** Fixed paragraphs after the fields (the parties' rights, when it takes effect), by the record. */
  notes?: (data: RecordData) => string[];
  /** The signature lines (当事人（签名）, 印章); by the record where it names the parties. */
  signatures: readonly string[] | ((data: RecordData) => string[]);
  /** The date written under the signatures (the step's date field). */
  dateField?: string;
  /** The rule that says what the document must contain. */
  cite?: readonly Citation[];
}

export interface LedgerKind {
  kind: string;
  label: string;
  /** Prefix of record numbers: 纠 → 纠〔2026〕15号. */
  numberPrefix: string;
  /** Fields of the record itself (the registration form). */
  fields: readonly FieldDef[];
  /**
   * Cross-field checks on the record: a Chinese message naming the fields, or null. They see
   * the records ref fields name (the officers on an act) and today.
   */
  checks?: readonly {
    fields: readonly string[];
    test: (data: RecordData, ctx: CheckContext) => string | null;
  }[];
  /** Thresholds and periods a county may set beyond clock lengths (较大数额罚款…). */
  settings?: readonly SettingDef[];
  list: ListDef;
  states: readonly StateDef[];
  /** State of a new record entered by staff (one from the public page: `intake.state`). */
  initialState: string;
  /** The kind takes requests from the public 码上申请 page: one topic of its form. */
  intake?: IntakeDef;
  /**
   * States in which a record is undone only by its own steps, never deleted, and the reason
   * shown on the delete button (a decided enforcement case: issue 15 §4).
   */
  undeletable?: { states: readonly string[]; reason: string };
  actions: readonly ActionDef[];
  clocks: readonly ClockDef[];
  /** Indicator catalog keys (core/indicators) this kind's records feed. */
  feeds: readonly string[];
  /** Roles that may register and edit records (actions carry their own roles). */
  editors: readonly Role[];
  /** States in which the registration fields may still be edited (default: every non-final state). */
  editableIn?: readonly string[];
  /** Documents its workflow produces, printed from the record (the 登记表 needs no declaration). */
  documents?: readonly DocumentDef[];
  /** Its records in these states are the unit's staff, offered when people lists are filled. */
  staff?: StaffSource;
}
