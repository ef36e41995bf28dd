import { extensionFields, noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { gkbh } from './citations';
import { gi } from './enforcementLaw';

/**
 * 政务公开 under 《政府信息公开条例》 (2019; domain-rules §5, §14 G1–G3): proactive disclosure
 * within 20 working days of the information being formed or changed (Art.26); requests answered
 * within 20 working days of receipt (Art.33), one extension of at most 20 working days with
 * approval, third-party consultation not counted (Art.32), a single correction notice within 7
 * working days that restarts the clock on the corrected request (Art.30), seven outcomes (Art.36).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const GI = '《政府信息公开条例》';
const TEST = 'core/ledgers/kinds/disclosure.test.ts';

/**
 * What is published proactively: the items of Art.20 (every organ), grouped as the annual report
 * template tables them, and the items Art.21 adds for 乡（镇）人民政府 — the 2019 list, not the
 * 2008 one (domain-rules, December 2026 corrections). Records entered under the 2008 keys were
 * re-classed by migration 0012_disclosure_categories_2019 (the mapping is listed there).
 */
export const DISCLOSURE_CATEGORIES = options(
  // Art.21, 乡（镇）
  ['agri_policy', '贯彻落实农业农村政策（第二十一条）'],
  ['irrigation', '农田水利工程建设运营（第二十一条）'],
  ['land_contract', '农村土地承包经营权流转（第二十一条）'],
  ['homestead', '宅基地使用情况审核（第二十一条）'],
  ['land_expropriation', '土地征收（第二十一条）'],
  ['house_expropriation', '房屋征收（第二十一条）'],
  ['fundraising', '筹资筹劳（第二十一条）'],
  ['social_assistance', '社会救助（第二十一条）'],
  // Art.20
  ['regulations', '规章和行政规范性文件（第二十条第一项）'],
  ['organisation', '机构职能、办公地址和时间、联系方式、负责人（第二十条第二项）'],
  ['planning', '发展规划、相关政策和统计信息（第二十条第三、四项）'],
  ['licensing', '行政许可、处罚、强制等的依据、程序和结果（第二十条第五、六项）'],
  ['finance', '财政预算决算、行政事业性收费（第二十条第七、八项）'],
  ['procurement', '政府集中采购、重大建设项目（第二十条第九、十项）'],
  ['livelihood', '扶贫、教育、医疗、社会保障、促进就业（第二十条第十一项）'],
  ['emergency', '突发事件应急预案和监督检查情况（第二十条第十二、十三项）'],
  ['recruitment', '公务员招考职位、条件及录用结果（第二十条第十四项）'],
  ['other', '其他依法应当主动公开的信息（第二十条第十五项）'],
);

export const disclosure: LedgerKind = {
  kind: 'disclosure',
  label: '主动公开',
  numberPrefix: '公开',
  feeds: ['supervision.disclosures'],
  editors: STAFF,
  fields: [
    {
      key: 'formedOn',
      label: '信息形成（变更）日期',
      type: 'date',
      required: true,
      list: true,
      filter: true,
    },
    {
      key: 'title',
      label: '信息标题',
      type: 'text',
      required: true,
      maxLength: 200,
      list: true,
      searchable: true,
    },
    {
      key: 'category',
      label: '公开类别',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: DISCLOSURE_CATEGORIES,
    },
    { key: 'channel', label: '公开渠道', type: 'text', maxLength: 120 },
  ],
  list: { dateField: 'formedOn', title: (d) => String(d.title ?? '政府信息') },
  states: [
    { key: 'pending', label: '待公开', tone: 'warning', awaits: STAFF },
    { key: 'published', label: '已公开', tone: 'success', final: true },
  ],
  initialState: 'pending',
  actions: [
    {
      key: 'publish',
      label: '公开',
      from: ['pending'],
      to: 'published',
      roles: STAFF,
      fields: [
        { key: 'publishedOn', label: '公开日期', type: 'date', required: true, notBefore: 'formedOn' },
        { key: 'url', label: '公开网址或位置', type: 'text', maxLength: 300 },
      ],
      dateField: 'publishedOn',
    },
  ],
  clocks: [
    {
      key: 'publish',
      label: '主动公开期限',
      basis: 'working',
      days: 20,
      start: { field: 'formedOn' },
      stop: ['publish'],
      source: `${GI}第二十六条`,
      cite: [gi('第二十六条')],
      test: `${TEST} › unpublished past the due date is 逾期; published late it is done late`,
    },
  ],
};

export const DISCLOSURE_OUTCOMES = options(
  ['already_public', '已主动公开，告知获取方式'],
  ['provided', '予以公开（提供）'],
  ['partial', '部分公开（区分处理，第三十七条）'],
  ['withheld', '不予公开'],
  ['not_ours', '非本机关负责公开，告知相关机关'],
  ['not_exist', '信息不存在'],
  ['repeated', '重复申请，不予重复处理'],
  ['petition_or_consult', '属信访、投诉、举报或咨询，告知通过相应渠道提出（第三十九条）'],
  ['other', '其他处理（告知通过其他途径办理等）'],
);

/**
 * The applicant columns of table 三 of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号):
 * 自然人, then 法人或其他组织 split five ways. A record registered before the field existed has
 * none: the report counts it as 自然人 and lists it under the table as counted so
 * (docs/disclosure-report.md), since an answered record can no longer be edited.
 */
export const APPLICANT_TYPES = options(
  ['natural', '自然人'],
  ['business', '商业企业'],
  ['research', '科研机构'],
  ['public_interest', '社会公益组织'],
  ['legal_service', '法律服务机构'],
  ['other_org', '其他法人或其他组织'],
);

/**
 * The outcome rows of table 三 (国办公开办函〔2021〕30号): 予以公开, 部分公开, the eight reasons of
 * 不予公开, the three of 无法提供, the five of 不予处理 and the three of 其他处理. Stored as the
 * record's `reportOutcome`; when it is absent the answer's `outcome` decides where it is
 * unambiguous (templateOutcomeOf).
 */
export const REPORT_OUTCOMES = options(
  ['provided', '予以公开'],
  ['partial', '部分公开（区分处理的，只计这一情形）'],
  ['w_secret', '不予公开：属于国家秘密'],
  ['w_law', '不予公开：其他法律行政法规禁止公开'],
  ['w_safety', '不予公开：危及“三安全一稳定”'],
  ['w_third', '不予公开：保护第三方合法权益'],
  ['w_internal', '不予公开：属于三类内部事务信息'],
  ['w_process', '不予公开：属于四类过程性信息'],
  ['w_case', '不予公开：属于行政执法案卷'],
  ['w_query', '不予公开：属于行政查询事项'],
  ['u_none', '无法提供：本机关不掌握相关政府信息'],
  ['u_make', '无法提供：没有现成信息需要另行制作'],
  ['u_unclear', '无法提供：补正后申请内容仍不明确'],
  ['d_petition', '不予处理：信访举报投诉类申请'],
  ['d_repeat', '不予处理：重复申请'],
  ['d_publication', '不予处理：要求提供公开出版物'],
  ['d_mass', '不予处理：无正当理由大量反复申请'],
  ['d_confirm', '不予处理：要求行政机关确认或重新出具已获取信息'],
  ['o_nocorrect', '其他处理：申请人无正当理由逾期不补正，不再处理'],
  ['o_nofee', '其他处理：申请人逾期未按收费通知缴纳费用，不再处理'],
  ['o_other', '其他处理：其他'],
);

/** The answer's outcome that decides the template row by itself (a 不予公开 needs its reason). */
const OUTCOME_TO_TEMPLATE: Record<string, string> = {
  already_public: 'provided',
  provided: 'provided',
  partial: 'partial',
  not_ours: 'u_none',
  not_exist: 'u_none',
  repeated: 'd_repeat',
  petition_or_consult: 'd_petition',
  other: 'o_other',
};

/**
 * Where a concluded request counts in table 三: its `reportOutcome` when recorded; else what the
 * answer's outcome says alone; a request abandoned after a correction notice is 其他处理 1.
 * null when the record does not say (a 不予公开 without its reason, an old record).
 */
export function templateOutcomeOf(state: string, data: Readonly<Record<string, unknown>>): string | null {
  if (typeof data.reportOutcome === 'string' && data.reportOutcome) return data.reportOutcome;
  if (state === 'abandoned') return 'o_nocorrect';
  if (typeof data.outcome === 'string') return OUTCOME_TO_TEMPLATE[data.outcome] ?? null;
  return null;
}

const reportOutcomeField = {
  key: 'reportOutcome',
  label: '年报统计口径（处理结果）',
  type: 'select',
  options: REPORT_OUTCOMES,
  help: '政府信息公开工作年度报告表三的行。不填时按“处理结果”归类；不予公开必须选择具体理由',
} as const;

const feeField = {
  key: 'fee',
  label: '收取信息处理费（元）',
  type: 'integer',
  min: 0,
  max: 1_000_000,
  help: `${GI}第四十二条：申请数量、频次明显超过合理范围的可以收取信息处理费；未收取的不填`,
} as const;

export const disclosureRequest: LedgerKind = {
  kind: 'disclosure_request',
  label: '依申请公开',
  numberPrefix: '申',
  feeds: ['supervision.disclosure_requests', 'supervision.disclosure_reply_timely_rate'],
  editors: STAFF,
  fields: [
    {
      key: 'receivedOn',
      label: '收到申请日期',
      type: 'date',
      required: true,
      list: true,
      filter: true,
      help: `${GI}第三十一条：当面提交的以提交之日、邮寄的以签收之日、网上提交的以确认之日为收到日期`,
    },
    {
      key: 'receiptMethod',
      label: '提交方式',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['in_person', '当面提交'],
        ['mail', '邮寄'],
        ['online', '互联网渠道'],
        ['fax', '传真'],
      ),
    },
    {
      key: 'applicant',
      label: '申请人',
      type: 'text',
      required: true,
      maxLength: 80,
      personal: 'name',
      searchable: true,
    },
    {
      key: 'applicantType',
      label: '申请人类型',
      type: 'select',
      list: true,
      filter: true,
      options: APPLICANT_TYPES,
      help: '政府信息公开工作年度报告表三的列（国办公开办函〔2021〕30号）',
    },
    { key: 'applicantPhone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    {
      key: 'content',
      label: '申请公开的内容',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
    },
    {
      key: 'answerStartOn',
      label: '答复期限起算日',
      type: 'date',
      help: '一般为收到申请日期；补正后为收到补正申请之日（第三十条）。不填则按收到申请日期',
    },
  ],
  list: { dateField: 'receivedOn', title: (d) => String(d.content ?? '依申请公开').slice(0, 30) },
  states: [
    { key: 'received', label: '办理中', tone: 'processing', awaits: STAFF },
    { key: 'correcting', label: '待补正', tone: 'warning' },
    { key: 'answered', label: '已答复', tone: 'success', final: true },
    { key: 'abandoned', label: '视为放弃申请', tone: 'default', final: true },
  ],
  initialState: 'received',
  editableIn: ['received'],
  actions: [
    {
      key: 'correction_notice',
      label: '一次性告知补正',
      from: ['received'],
      to: 'correcting',
      roles: STAFF,
      fields: [
        {
          key: 'correctionNoticeOn',
          label: '告知补正日期',
          type: 'date',
          required: true,
          notBefore: 'receivedOn',
        },
        noteField('correctionItems', '需要补正的事项', true),
        {
          key: 'correctionDueOn',
          label: '补正期限',
          type: 'date',
          allowFuture: true,
          notBefore: 'correctionNoticeOn',
          help: `${GI}第三十条：告知补正时应当明确合理的补正期限；逾期不补正的视为放弃申请`,
        },
      ],
      dateField: 'correctionNoticeOn',
      pauses: 'answer',
      guard: (g) =>
        g.events.some((e) => e.action === 'correction_notice') ? '补正只能一次性告知（第三十条）' : null,
      rules: [
        {
          rule: '补正只能一次性告知',
          cite: [gi('第三十条')],
          test: `${TEST} › a second correction notice is refused`,
        },
      ],
    },
    {
      key: 'abandon',
      label: '逾期未补正，视为放弃申请',
      from: ['correcting'],
      to: 'abandoned',
      roles: STAFF,
      fields: [
        {
          key: 'abandonedOn',
          label: '认定日期',
          type: 'date',
          required: true,
          notBefore: 'correctionNoticeOn',
        },
      ],
      dateField: 'abandonedOn',
      confirm: '申请人逾期未补正，确定视为放弃申请吗？',
      guard: ({ data }) =>
        typeof data.correctionDueOn === 'string' &&
        typeof data.abandonedOn === 'string' &&
        data.abandonedOn <= data.correctionDueOn
          ? `补正期限至${data.correctionDueOn}，期限届满前不能视为放弃申请（${GI}第三十条）`
          : null,
      rules: [
        {
          rule: '补正期限届满前不能视为放弃申请',
          cite: [gi('第三十条')],
          test: `${TEST} › abandon: only after the correction period has run out`,
        },
      ],
    },
    {
      key: 'corrected',
      label: '收到补正',
      from: ['correcting'],
      to: 'received',
      roles: STAFF,
      // the clock restarts: it counts from the day the corrected request arrived
      fields: [
        {
          key: 'answerStartOn',
          label: '收到补正申请日期',
          type: 'date',
          required: true,
          notBefore: 'correctionNoticeOn',
        },
      ],
      dateField: 'answerStartOn',
      resumes: 'answer',
    },
    {
      key: 'consult_start',
      label: '征求第三方意见',
      from: ['received'],
      roles: STAFF,
      fields: [
        {
          key: 'consultFrom',
          label: '书面征求意见日期',
          type: 'date',
          required: true,
          notBefore: 'receivedOn',
        },
        { key: 'thirdParty', label: '第三方', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'consultFrom',
      pauses: 'answer',
    },
    {
      key: 'consult_end',
      label: '收到第三方意见',
      from: ['received'],
      roles: STAFF,
      fields: [
        {
          key: 'consultTo',
          label: '收到意见（或期满）日期',
          type: 'date',
          required: true,
          notBefore: 'consultFrom',
        },
      ],
      dateField: 'consultTo',
      resumes: 'answer',
      guard: (g) =>
        g.events.filter((e) => e.action === 'consult_start').length >
        g.events.filter((e) => e.action === 'consult_end').length
          ? null
          : '尚未登记征求第三方意见',
      rules: [
        {
          rule: '征求第三方意见结束须先有开始；征求意见的时间不计入答复期限',
          cite: [gi('第三十二条'), gi('第三十三条第三款')],
          test: `${TEST} › third-party consultation 11-04 → 11-10 adds its 5 working days (both ends count): 11-30 → 12-07`,
        },
      ],
    },
    {
      key: 'extend',
      label: '延长答复期限',
      from: ['received'],
      roles: ['township_leader'],
      fields: extensionFields(20, '个工作日'),
      extends: 'answer',
    },
    {
      key: 'answer',
      label: '答复',
      from: ['received'],
      to: 'answered',
      roles: STAFF,
      fields: [
        { key: 'answeredOn', label: '答复日期', type: 'date', required: true, notBefore: 'receivedOn' },
        { key: 'outcome', label: '处理结果', type: 'select', required: true, options: DISCLOSURE_OUTCOMES },
        reportOutcomeField,
        feeField,
        noteField('answerText', '答复内容及依据', true),
      ],
      dateField: 'answeredOn',
      guard: ({ data }) =>
        data.outcome === 'withheld' && !data.reportOutcome
          ? '不予公开的，请在“年报统计口径”中选择不予公开的具体理由'
          : null,
      rules: [
        {
          rule: '不予公开的须说明理由，并按年度报告表三的八种理由之一归类',
          cite: [gi('第三十六条第三项'), gkbh('三、收到和处理政府信息公开申请情况')],
          test: `${TEST} › a withheld answer names one of the template reasons`,
        },
      ],
    },
  ],
  clocks: [
    {
      key: 'answer',
      label: '答复期限',
      basis: 'working',
      days: 20,
      // a corrected request restarts the count (Art.30); otherwise it runs from receipt
      start: { field: ['answerStartOn', 'receivedOn'] },
      stop: ['answer', 'abandon'],
      source: `${GI}第三十三条`,
      cite: [gi('第三十三条')],
      test: `${TEST} › answer due 20 working days after receipt: 09-28 → 10-30 across 国庆`,
      maxExtension: 20,
      maxExtensions: 1,
    },
    {
      key: 'correction',
      label: '告知补正期限',
      basis: 'working',
      days: 7,
      start: { field: 'receivedOn' },
      stop: ['correction_notice', 'answer'],
      source: `${GI}第三十条（收到申请之日起7个工作日内一次性告知补正）`,
      cite: [gi('第三十条')],
      test: `${TEST} › correction reminder: 7 working days from receipt (09-28 → 10-13), ended by the notice`,
      reminder: true,
    },
  ],
};
