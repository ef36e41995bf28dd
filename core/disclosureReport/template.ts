/**
 * The tables of the 政府信息公开工作年度报告 as the national template sets them
 * (《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号, 2021-09-26), under
 * 《政府信息公开条例》 (2019) 第四十九条、第五十条. Rows and columns are data here; the
 * composer (compose.ts) fills them from ledger records and the checker (check.ts) applies the
 * template's own arithmetic. docs/disclosure-report.md explains each choice.
 */

/** Table 三's columns: 自然人, the five kinds of 法人或其他组织, 总计. */
export const APPLICANT_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'business', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'public_interest', label: '社会公益组织' },
  { key: 'legal_service', label: '法律服务机构' },
  { key: 'other_org', label: '其他' },
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key'];
export const REQUEST_COLUMNS = [...APPLICANT_COLUMNS, { key: 'total', label: '总计' }] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number]['key'];

export interface RequestRow {
  key: string;
  label: string;
  /** indentation in the table: 0 a numbered item, 1 a （一） group, 2 a reason under it */
  level: 0 | 1 | 2;
  /** the rows it is the sum of (the template's arithmetic) */
  sumOf?: readonly string[];
}

const reasons = (_group: string, items: [string, string][]): RequestRow[] =>
  items.map(([key, label], i) => ({ key, label: `${i + 1}.${label}`, level: 2 as const }));

const WITHHELD = reasons('withheld', [
  ['w_secret', '属于国家秘密'],
  ['w_law', '其他法律行政法规禁止公开'],
  ['w_safety', '危及“三安全一稳定”'],
  ['w_third', '保护第三方合法权益'],
  ['w_internal', '属于三类内部事务信息'],
  ['w_process', '属于四类过程性信息'],
  ['w_case', '属于行政执法案卷'],
  ['w_query', '属于行政查询事项'],
]);
const UNABLE = reasons('unable', [
  ['u_none', '本机关不掌握相关政府信息'],
  ['u_make', '没有现成信息需要另行制作'],
  ['u_unclear', '补正后申请内容仍不明确'],
]);
const DECLINED = reasons('declined', [
  ['d_petition', '信访举报投诉类申请'],
  ['d_repeat', '重复申请'],
  ['d_publication', '要求提供公开出版物'],
  ['d_mass', '无正当理由大量反复申请'],
  ['d_confirm', '要求行政机关确认或重新出具已获取信息'],
]);
const OTHER = reasons('other', [
  ['o_nocorrect', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['o_nofee', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['o_other', '其他'],
]);
const keys = (rows: RequestRow[]) => rows.map((r) => r.key);

/** The outcome rows a concluded request can count in (one each: the reasons and the two plain rows). */
export const OUTCOME_KEYS = [
  'provided',
  'partial',
  ...keys(WITHHELD),
  ...keys(UNABLE),
  ...keys(DECLINED),
  ...keys(OTHER),
] as const;

/** Table 三's rows in the template's order. */
export const REQUEST_ROWS: readonly RequestRow[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', level: 0 },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', level: 0 },
  { key: 'results', label: '三、本年度办理结果', level: 0 },
  { key: 'provided', label: '（一）予以公开', level: 1 },
  { key: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 1 },
  { key: 'withheld', label: '（三）不予公开', level: 1, sumOf: keys(WITHHELD) },
  ...WITHHELD,
  { key: 'unable', label: '（四）无法提供', level: 1, sumOf: keys(UNABLE) },
  ...UNABLE,
  { key: 'declined', label: '（五）不予处理', level: 1, sumOf: keys(DECLINED) },
  ...DECLINED,
  { key: 'other', label: '（六）其他处理', level: 1, sumOf: keys(OTHER) },
  ...OTHER,
  {
    key: 'done',
    label: '（七）总计',
    level: 1,
    sumOf: ['provided', 'partial', 'withheld', 'unable', 'declined', 'other'],
  },
  { key: 'forward', label: '四、结转下年度继续办理', level: 0 },
];

/** Table 二's rows: what 第二十条 asks to be reported, with the figures each row has. */
export const ACTIVE_ROWS = [
  { key: 'rule', item: '第二十条第（一）项', label: '规章', figures: ['issued', 'repealed', 'valid'] },
  {
    key: 'normative',
    item: '第二十条第（一）项',
    label: '行政规范性文件',
    figures: ['issued', 'repealed', 'valid'],
  },
  { key: 'licence', item: '第二十条第（五）项', label: '行政许可', figures: ['decisions'] },
  { key: 'penalty', item: '第二十条第（六）项', label: '行政处罚', figures: ['decisions'] },
  { key: 'coercion', item: '第二十条第（六）项', label: '行政强制', figures: ['decisions'] },
  { key: 'fee', item: '第二十条第（八）项', label: '行政事业性收费', figures: ['amount'] },
] as const;
export const ACTIVE_FIGURE_LABELS: Record<string, string> = {
  issued: '本年制发件数',
  repealed: '本年废止件数',
  valid: '现行有效件数',
  decisions: '本年处理决定数量',
  amount: '本年收费金额（单位：万元）',
};
/** Every key of table 二: `active.<row>.<figure>`. */
export const ACTIVE_KEYS: readonly string[] = ACTIVE_ROWS.flatMap((r) =>
  r.figures.map((f) => `active.${r.key}.${f}`),
);

/** Table 四's groups and columns: 行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉. */
export const REMEDY_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'direct', label: '行政诉讼：未经复议直接起诉' },
  { key: 'after', label: '行政诉讼：复议后起诉' },
] as const;
export type RemedyGroup = (typeof REMEDY_GROUPS)[number]['key'];
export const REMEDY_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

/** A cell's key: `req.<row>.<column>` in table 三, `remedy.<group>.<column>` in table 四. */
export const requestCell = (row: string, col: string) => `req.${row}.${col}`;
export const remedyCell = (group: string, col: string) => `remedy.${group}.${col}`;

/** Every cell of tables 三 and 四, in reading order. */
export const REQUEST_CELLS: readonly string[] = REQUEST_ROWS.flatMap((r) =>
  REQUEST_COLUMNS.map((c) => requestCell(r.key, c.key)),
);
export const REMEDY_CELLS: readonly string[] = REMEDY_GROUPS.flatMap((g) =>
  REMEDY_COLUMNS.map((c) => remedyCell(g.key, c.key)),
);

/** A cell named as a reader of the table would: 表三「（三）不予公开」行「自然人」列. */
export function cellName(cell: string): string {
  const [table, row, col] = cell.split('.');
  if (table === 'req') {
    const r = REQUEST_ROWS.find((x) => x.key === row)?.label ?? row;
    const c = REQUEST_COLUMNS.find((x) => x.key === col)?.label ?? col;
    return `表三「${r}」行「${c}」列`;
  }
  if (table === 'remedy') {
    const g = REMEDY_GROUPS.find((x) => x.key === row)?.label ?? row;
    const c = REMEDY_COLUMNS.find((x) => x.key === col)?.label ?? col;
    return `表四「${g}」「${c}」`;
  }
  if (table === 'active') {
    const r = ACTIVE_ROWS.find((x) => x.key === row)?.label ?? row;
    return `表二「${r}」「${ACTIVE_FIGURE_LABELS[col ?? ''] ?? col}」`;
  }
  return cell;
}
