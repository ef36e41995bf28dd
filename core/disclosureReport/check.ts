import type { DisclosureReportDocument } from './compose';
import {
  ACTIVE_KEYS,
  APPLICANT_COLUMNS,
  cellName,
  REMEDY_COLUMNS,
  REMEDY_GROUPS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  remedyCell,
  requestCell,
} from './template';

/** A finding on the report: `error` blocks submitting and approving; `cell` names the table cell. */
export interface DisclosureCheck {
  severity: 'error' | 'warning';
  code: 'arithmetic' | 'assumed' | 'missing_part' | 'negative';
  message: string;
  cell?: string;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The template's own arithmetic (国办公开办函〔2021〕30号, table 三 and 四) on the cells as they
 * stand, whatever produced them: 总计列 = the six applicant columns; each group row = its
 * reasons; （七）总计 = （一）…（六）; 新收 + 结转 = 总计 + 结转下年度; table 四's 总计 = its four
 * results. Each failure names the cell and what it should be.
 */
export function checkArithmetic(doc: Pick<DisclosureReportDocument, 'tables'>): DisclosureCheck[] {
  const out: DisclosureCheck[] = [];
  const req = doc.tables.requests;
  const v = (row: string, col: string) => req[requestCell(row, col)] ?? 0;
  const wrong = (cell: string, got: number, want: number, what: string) =>
    out.push({
      severity: 'error',
      code: 'arithmetic',
      cell,
      message: `${cellName(cell)}为${got}，应为${what}${want}，表格数据不平衡`,
    });
  for (const row of REQUEST_ROWS) {
    if (row.key === 'results') continue;
    const want = sum(APPLICANT_COLUMNS.map((c) => v(row.key, c.key)));
    const got = v(row.key, 'total');
    if (got !== want) wrong(requestCell(row.key, 'total'), got, want, '各类申请人之和');
  }
  for (const col of REQUEST_COLUMNS) {
    for (const row of REQUEST_ROWS) {
      if (!row.sumOf) continue;
      const want = sum(row.sumOf.map((k) => v(k, col.key)));
      const got = v(row.key, col.key);
      if (got !== want) wrong(requestCell(row.key, col.key), got, want, '其下各项之和');
    }
    const inflow = v('new', col.key) + v('carried', col.key);
    const outflow = v('done', col.key) + v('forward', col.key);
    if (inflow !== outflow) {
      wrong(
        requestCell('forward', col.key),
        v('forward', col.key),
        inflow - v('done', col.key),
        '本年新收加上年结转减去办结总计，即',
      );
    }
  }
  for (const g of REMEDY_GROUPS) {
    const cell = remedyCell(g.key, 'total');
    const got = doc.tables.remedies[cell] ?? 0;
    const want = sum(
      REMEDY_COLUMNS.filter((c) => c.key !== 'total').map(
        (c) => doc.tables.remedies[remedyCell(g.key, c.key)] ?? 0,
      ),
    );
    if (got !== want) {
      out.push({
        severity: 'error',
        code: 'arithmetic',
        cell,
        message: `${cellName(cell)}为${got}，应为四种结果之和${want}，表格数据不平衡`,
      });
    }
  }
  return out;
}

/** Everything that keeps the report from going on: the arithmetic, records to complete, parts left empty. */
export function checkDisclosureReport(doc: DisclosureReportDocument): DisclosureCheck[] {
  const out = checkArithmetic(doc);
  for (const key of ACTIVE_KEYS) {
    const n = doc.active[key];
    if (n === undefined || !Number.isFinite(n) || n < 0) {
      out.push({
        severity: 'error',
        code: 'negative',
        cell: key,
        message: `${cellName(key)}须为不小于0的数`,
      });
    }
  }
  const assumed = doc.tables.assumed;
  if (assumed.length > 0) {
    const named = assumed
      .slice(0, 3)
      .map((u) => `${u.number}（${u.why}）`)
      .join('、');
    out.push({
      severity: 'warning',
      code: 'assumed',
      message: `有${assumed.length}件依申请公开记录登记时缺少年报统计信息，已按默认口径计入表三：${named}${assumed.length > 3 ? '等' : ''}；报告表三下方注明`,
    });
  }
  if (!doc.problems.trim()) {
    out.push({
      severity: 'error',
      code: 'missing_part',
      message: '第五部分“存在的主要问题及改进情况”尚未填写（《政府信息公开条例》第五十条第五项）',
    });
  }
  return out;
}
