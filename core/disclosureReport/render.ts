import { type DisclosureReportDocument, feeText } from './compose';
import {
  ACTIVE_FIGURE_LABELS,
  ACTIVE_ROWS,
  APPLICANT_COLUMNS,
  REMEDY_COLUMNS,
  REMEDY_GROUPS,
  REQUEST_ROWS,
  remedyCell,
  requestCell,
} from './template';

/** A table as the template lays it out: header rows first, then body rows; `span` merges cells across. */
export interface TableCell {
  text: string;
  span?: number;
}
export interface RenderedTable {
  headerRows: number;
  rows: TableCell[][];
}
export type DisclosureBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: RenderedTable }
  | { kind: 'note'; text: string };

export interface RenderedDisclosureReport {
  title: string;
  blocks: DisclosureBlock[];
  signature: { unit: string; date: string };
}

const c = (text: string | number, span?: number): TableCell => ({
  text: String(text),
  ...(span ? { span } : {}),
});

const paragraphs = (text: string): DisclosureBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));

export function activeTable(doc: Pick<DisclosureReportDocument, 'active'>): RenderedTable {
  const rows: TableCell[][] = [];
  let last = '';
  for (const r of ACTIVE_ROWS) {
    const wide = r.figures.length === 1;
    if (r.item !== last) {
      // each 第二十条 item: its own title row, then the header of its figures
      rows.push([c(r.item, 4)]);
      rows.push([
        c('信息内容'),
        ...(wide
          ? [c(ACTIVE_FIGURE_LABELS[r.figures[0]] ?? '', 3)]
          : r.figures.map((f) => c(ACTIVE_FIGURE_LABELS[f] ?? f))),
      ]);
      last = r.item;
    }
    const values = r.figures.map((f) => doc.active[`active.${r.key}.${f}`] ?? 0);
    rows.push([c(r.label), ...(wide ? [c(values[0] ?? 0, 3)] : values.map((v) => c(v)))]);
  }
  return { headerRows: 0, rows };
}

export function requestTable(doc: Pick<DisclosureReportDocument, 'tables'>): RenderedTable {
  const cols = [...APPLICANT_COLUMNS.map((x) => x.key), 'total'];
  const header: TableCell[][] = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), c('申请人情况', 7)],
    [c(''), c('自然人'), c('法人或其他组织', 5), c('总计')],
    [c(''), c(''), ...APPLICANT_COLUMNS.slice(1).map((x) => c(x.label)), c('')],
  ];
  const body = REQUEST_ROWS.map((r) =>
    r.key === 'results'
      ? [c(r.label), ...cols.map(() => c(''))]
      : [c(r.label), ...cols.map((col) => c(doc.tables.requests[requestCell(r.key, col)] ?? 0))],
  );
  return { headerRows: 3, rows: [...header, ...body] };
}

export function remedyTable(doc: Pick<DisclosureReportDocument, 'tables'>): RenderedTable {
  const header: TableCell[][] = [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [c(''), c(''), c(''), c(''), c(''), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    REMEDY_GROUPS.flatMap(() => REMEDY_COLUMNS.map((x) => c(x.label))),
  ];
  const body = [
    REMEDY_GROUPS.flatMap((g) =>
      REMEDY_COLUMNS.map((x) => c(doc.tables.remedies[remedyCell(g.key, x.key)] ?? 0)),
    ),
  ];
  return { headerRows: 3, rows: [...header, ...body] };
}

/** The report in the template's six parts, tables as tables (the .docx, the page and the text read this). */
export function renderDisclosureReport(doc: DisclosureReportDocument): RenderedDisclosureReport {
  const assumed = doc.tables.assumed;
  return {
    title: doc.title,
    blocks: [
      { kind: 'heading', text: '一、总体情况' },
      ...paragraphs(doc.overview),
      { kind: 'heading', text: '二、主动公开政府信息情况' },
      { kind: 'table', table: activeTable(doc) },
      { kind: 'heading', text: '三、收到和处理政府信息公开申请情况' },
      { kind: 'table', table: requestTable(doc) },
      ...(assumed.length
        ? [
            {
              kind: 'note' as const,
              text: `注：${assumed.length}件申请登记时尚无年报统计所需信息，按默认口径计入：${assumed
                .map((a) => `${a.number}（${a.why}）`)
                .join('；')}。`,
            },
          ]
        : []),
      { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' },
      { kind: 'table', table: remedyTable(doc) },
      { kind: 'heading', text: '五、存在的主要问题及改进情况' },
      ...paragraphs(doc.problems),
      { kind: 'heading', text: '六、其他需要报告的事项' },
      ...paragraphs(`${feeText(doc.tables)}\n${doc.other}`),
    ],
    signature: doc.signature,
  };
}

/** Plain text, tables as tab-separated lines: what the report stores beside its document. */
export function disclosurePlainText(r: RenderedDisclosureReport): string {
  const lines = [r.title];
  for (const b of r.blocks) {
    if (b.kind === 'table') for (const row of b.table.rows) lines.push(row.map((x) => x.text).join('\t'));
    else lines.push(b.text);
  }
  lines.push(r.signature.unit, r.signature.date);
  return lines.join('\n');
}
