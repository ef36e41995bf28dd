import { DISCLOSURE_CATEGORIES, templateOutcomeOf } from '../ledgers/kinds/disclosure';
import { remedyResultOf } from '../ledgers/kinds/supervision';
import {
  ACTIVE_KEYS,
  APPLICANT_COLUMNS,
  OUTCOME_KEYS,
  REMEDY_CELLS,
  REQUEST_CELLS,
  REQUEST_ROWS,
  remedyCell,
  requestCell,
} from './template';

/** A ledger record as the composer reads it (the server's repository loads these). */
export interface SourceRecord {
  id: string;
  number: string;
  state: string;
  data: Readonly<Record<string, unknown>>;
}

/**
 * A record registered before the report's fields existed, counted by a stated default and
 * listed under the table so the reader sees which figures rest on it.
 */
export interface Assumed {
  id: string;
  number: string;
  /** what the record lacked and where it was counted */
  why: string;
}

/** What the ledgers say for the year: the cells of tables 三 and 四 and the records behind each. */
export interface DisclosureTables {
  requests: Record<string, number>;
  remedies: Record<string, number>;
  /**
   * Each counted record once, with where it counts (cellIds derives any cell's records from
   * this): a request as [id, column, 1 new | 0 carried, result row or 'forward'], a case as
   * [id, group, result]. Kept compact: 2,000 requests are ~120 KB, not a list per cell.
   */
  trace: DisclosureTrace;
  /** 信息处理费: the sum charged (元) on requests concluded in the year, and on how many */
  fee: { amount: number; requests: number };
  assumed: Assumed[];
  /** proactive disclosure published in the year, by category, for 一、总体情况 */
  proactive: { published: number; byCategory: { key: string; label: string; count: number }[] };
}

export interface DisclosureTrace {
  requests: [id: string, col: string, isNew: 0 | 1, res: string][];
  cases: [id: string, group: string, res: string][];
}

/** The 政府信息公开工作年度报告 as stored: tables from the ledgers, table 二 and the texts by the township. */
export interface DisclosureReportDocument {
  unit: { id: string; name: string };
  year: number;
  title: string;
  /** 一、总体情况 */
  overview: string;
  /** 二、主动公开政府信息情况: `active.<row>.<figure>` as the township states them */
  active: Record<string, number>;
  tables: DisclosureTables;
  /** 五、存在的主要问题及改进情况 */
  problems: string;
  /** 六、其他需要报告的事项 (the 信息处理费 sentence is composed; this is what follows it) */
  other: string;
  signature: { unit: string; date: string };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The day a request was concluded (answered, or deemed abandoned), or null while it is open. */
export function concludedOn(r: SourceRecord): string | null {
  if (r.state === 'answered') return str(r.data.answeredOn);
  if (r.state === 'abandoned') return str(r.data.abandonedOn);
  return null;
}

const APPLICANTS = new Set<string>(APPLICANT_COLUMNS.map((c) => c.key));
/** A result row → the rows that sum it: its group (不予公开 …) and （七）总计; 'forward' → none. */
const GROUP_OF = new Map<string, string[]>(
  OUTCOME_KEYS.map((k) => [
    k,
    [
      ...REQUEST_ROWS.filter((r) => r.sumOf?.includes(k)).map((r) => r.key),
      ...(k === 'provided' || k === 'partial' ? [] : ['done']),
    ],
  ]),
);

/** The ids of the records a cell of table 三 or 四 counts, from the stored trace. */
export function cellIds(trace: DisclosureTrace, cell: string): string[] {
  const [table, row = '', col = ''] = cell.split('.');
  if (table === 'remedy') {
    return trace.cases
      .filter(([, g, res]) => g === row && (col === 'total' || res === col))
      .map(([id]) => id);
  }
  const rowDef = REQUEST_ROWS.find((r) => r.key === row);
  const leaves = new Set(row === 'done' ? OUTCOME_KEYS : (rowDef?.sumOf ?? [row]));
  return trace.requests
    .filter(([, c, isNew, res]) => {
      if (col !== 'total' && c !== col) return false;
      if (row === 'new') return isNew === 1;
      if (row === 'carried') return isNew === 0;
      return leaves.has(res);
    })
    .map(([id]) => id);
}
/** Where a 不予公开 answered before its reason was asked for is counted (docs/disclosure-report.md). */
const LEGACY_WITHHELD = 'w_law';

/**
 * Tables 三 and 四 for one year (rules in docs/disclosure-report.md):
 * - 本年新收: received in the year; 上年结转: received before it and not concluded before it;
 * - 办理结果: concluded in the year, in the row of its template outcome;
 * - 结转下年度: received by 31 December and not concluded by then;
 * - a record from before the applicant type (or the 不予公开 reason) was asked for counts by a
 *   stated default and is listed in `assumed`;
 * - table 四 counts the 复议诉讼案件 marked 涉及政府信息公开 received in the year, with their
 *   result as of 31 December.
 */
export function composeTables(
  year: number,
  requests: readonly SourceRecord[],
  proactive: readonly SourceRecord[],
  cases: readonly SourceRecord[] = [],
): DisclosureTables {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const trace: DisclosureTrace = { requests: [], cases: [] };
  const assumed: Assumed[] = [];
  const fee = { amount: 0, requests: 0 };
  for (const r of requests) {
    const received = str(r.data.receivedOn);
    if (!received || received > end) continue;
    const concluded = concludedOn(r);
    if (concluded && concluded < start) continue;
    const inYear = concluded !== null && concluded <= end;
    if (inYear && typeof r.data.fee === 'number' && r.data.fee > 0) {
      fee.amount += r.data.fee;
      fee.requests += 1;
    }
    let applicant = str(r.data.applicantType);
    const lacks: string[] = [];
    if (!applicant || !APPLICANTS.has(applicant)) {
      applicant = 'natural';
      lacks.push('未记录申请人类型，按自然人计');
    }
    let outcome = inYear ? templateOutcomeOf(r.state, r.data) : null;
    if (inYear && !outcome) {
      // only records answered before the answer asked for the reason: 不予公开 without one
      outcome = LEGACY_WITHHELD;
      lacks.push('不予公开未记录理由，按“其他法律行政法规禁止公开”计');
    }
    if (lacks.length) assumed.push({ id: r.id, number: r.number, why: lacks.join('；') });
    trace.requests.push([
      r.id,
      applicant,
      received >= start ? 1 : 0,
      inYear && outcome ? outcome : 'forward',
    ]);
  }
  for (const c of cases) {
    const received = str(c.data.receivedOn);
    if (c.data.aboutDisclosure !== true || !received?.startsWith(`${year}-`)) continue;
    const group =
      c.data.type === 'reconsideration' ? 'review' : c.data.afterReview === true ? 'after' : 'direct';
    trace.cases.push([c.id, group, remedyResultOf(c.data, end)]);
  }
  const counts = new Map<string, number>();
  const bump = (cell: string) => counts.set(cell, (counts.get(cell) ?? 0) + 1);
  for (const [, col, isNew, res] of trace.requests) {
    for (const row of [isNew ? 'new' : 'carried', res, ...(GROUP_OF.get(res) ?? [])]) {
      bump(requestCell(row, col));
      bump(requestCell(row, 'total'));
    }
  }
  for (const [, group, res] of trace.cases) {
    bump(remedyCell(group, res));
    bump(remedyCell(group, 'total'));
  }
  const count = (cells: readonly string[]) =>
    Object.fromEntries(cells.map((c) => [c, counts.get(c) ?? 0])) as Record<string, number>;
  return {
    requests: count(REQUEST_CELLS),
    remedies: count(REMEDY_CELLS),
    trace,
    fee,
    assumed,
    proactive: proactiveCounts(year, proactive),
  };
}

function proactiveCounts(year: number, records: readonly SourceRecord[]): DisclosureTables['proactive'] {
  const counts = new Map<string, number>();
  let published = 0;
  for (const r of records) {
    const on = str(r.data.publishedOn);
    if (r.state !== 'published' || !on?.startsWith(`${year}-`)) continue;
    published += 1;
    const cat = str(r.data.category) ?? 'other';
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
  }
  const byCategory = DISCLOSURE_CATEGORIES.filter((o) => counts.has(o.value)).map((o) => ({
    key: o.value,
    // the label without its article note: 社会救助（第二十一条） → 社会救助
    label: o.label.replace(/（第.+?）$/, ''),
    count: counts.get(o.value) ?? 0,
  }));
  return { published, byCategory: byCategory.sort((a, b) => b.count - a.count) };
}

/** 一、总体情况 as composed from the tables; the township may rewrite it. */
export function overviewText(unitName: string, year: number, t: DisclosureTables): string {
  const r = t.requests;
  const top = t.proactive.byCategory
    .slice(0, 3)
    .map((c) => `${c.label}${c.count}条`)
    .join('、');
  const active =
    t.proactive.published > 0
      ? `${year}年，${unitName}通过政府网站和政务公开栏等渠道主动公开政府信息${t.proactive.published}条${top ? `，其中${top}` : ''}。`
      : `${year}年，${unitName}台账中未登记主动公开政府信息。`;
  const req = `本年新收政府信息公开申请${r['req.new.total'] ?? 0}件，上年结转${r['req.carried.total'] ?? 0}件，办结${r['req.done.total'] ?? 0}件，结转下年度继续办理${r['req.forward.total'] ?? 0}件。`;
  const remedy = ['review', 'direct', 'after'].reduce(
    (n, g) => n + (t.remedies[remedyCell(g, 'total')] ?? 0),
    0,
  );
  const rem = remedy
    ? `因政府信息公开被申请行政复议或提起行政诉讼共${remedy}件次。`
    : '未发生因政府信息公开引起的行政复议、行政诉讼。';
  return active + req + rem;
}

/** 六's composed sentence on 信息处理费 (条例第四十二条). */
export function feeText(t: DisclosureTables): string {
  return t.fee.requests > 0
    ? `本年度依照《政府信息公开信息处理费管理办法》对${t.fee.requests}件申请收取信息处理费，共计${t.fee.amount}元。`
    : '本年度未收取信息处理费。';
}

/** A first draft: the tables from the ledgers, table 二 at zero for the township to fill in. */
export function composeDisclosureReport(p: {
  unit: { id: string; name: string };
  year: number;
  /** the signing date, YYYY-MM-DD (the drafting day until approval) */
  today: string;
  requests: readonly SourceRecord[];
  proactive: readonly SourceRecord[];
  cases: readonly SourceRecord[];
}): DisclosureReportDocument {
  const tables = composeTables(p.year, p.requests, p.proactive, p.cases);
  return {
    unit: p.unit,
    year: p.year,
    title: `${p.unit.name}${p.year}年政府信息公开工作年度报告`,
    overview: overviewText(p.unit.name, p.year, tables),
    active: Object.fromEntries(ACTIVE_KEYS.map((k) => [k, 0])),
    tables,
    problems: '',
    other: '',
    signature: { unit: p.unit.name, date: p.today },
  };
}

/** The tables again from today's ledgers, keeping what the township wrote. */
export function refreshTables(
  doc: DisclosureReportDocument,
  src: {
    requests: readonly SourceRecord[];
    proactive: readonly SourceRecord[];
    cases: readonly SourceRecord[];
  },
): DisclosureReportDocument {
  return { ...doc, tables: composeTables(doc.year, src.requests, src.proactive, src.cases) };
}
