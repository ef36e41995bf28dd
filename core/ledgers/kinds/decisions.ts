import { noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { gb115, jc, provinceRule } from './citations';
import {
  lastReviewPassed,
  REVIEWERS,
  reviewedOnField,
  reviewerField,
  reviewerIsSubmitter,
} from './legalityReview';

/**
 * 依法决策: major decisions under 《重大行政决策程序暂行条例》 (2019; domain-rules §6),
 * normative documents with legality review and filing (§9), and contract review.
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const JC = '《重大行政决策程序暂行条例》';

const daysBetween = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? (Date.parse(b) - Date.parse(a)) / 86_400_000 : Number.NaN;

export const majorDecision: LedgerKind = {
  kind: 'major_decision',
  label: '重大行政决策',
  numberPrefix: '决',
  feeds: ['decision.major_decisions', 'decision.legality_reviews'],
  editors: STAFF,
  fields: [
    { key: 'initiatedOn', label: '启动日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'title',
      label: '决策事项',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    { key: 'sponsor', label: '承办单位', type: 'text', required: true, maxLength: 60, list: true },
    { key: 'inCatalogue', label: '列入年度决策事项目录', type: 'boolean', filter: true },
    { key: 'catalogueDocument', label: '目录公布文件', type: 'text', maxLength: 120 },
    {
      key: 'specialist',
      label: '专业性、技术性较强',
      type: 'boolean',
      help: `${JC}第十九条：专业性、技术性较强的决策事项，应当组织专家论证`,
    },
    {
      key: 'stability',
      label: '可能影响社会稳定',
      type: 'boolean',
      help: `${JC}第二十二条：可能对社会稳定、公共安全等造成不利影响的，应当组织风险评估`,
    },
    noteField('summary', '决策内容概要', true),
  ],
  list: { dateField: 'initiatedOn', title: (d) => String(d.title ?? '重大行政决策') },
  states: [
    { key: 'initiated', label: '已启动', tone: 'processing' },
    { key: 'drafted', label: '草案已形成', tone: 'processing' },
    { key: 'consulted', label: '已公众参与', tone: 'processing' },
    {
      key: 'reviewing',
      label: '合法性审查中',
      tone: 'warning',
      awaits: REVIEWERS,
    },
    { key: 'reviewed', label: '审查通过', tone: 'processing' },
    { key: 'decided', label: '已集体讨论决定', tone: 'success' },
    { key: 'reported', label: '已请示报告', tone: 'success' },
    { key: 'published', label: '已公布', tone: 'success' },
    { key: 'archived', label: '已归档', tone: 'default', final: true },
  ],
  initialState: 'initiated',
  editableIn: ['initiated', 'drafted'],
  actions: [
    {
      key: 'draft',
      label: '形成草案',
      from: ['initiated'],
      to: 'drafted',
      roles: STAFF,
      fields: [
        { key: 'draftedOn', label: '草案形成日期', type: 'date', required: true, notBefore: 'initiatedOn' },
      ],
      dateField: 'draftedOn',
    },
    {
      key: 'consult',
      label: '公众参与（征求意见）',
      rules: [{ rule: '征求意见一般不少于30日，缩短须说明理由', cite: [jc('第十五条')], test: '' }],
      from: ['drafted'],
      to: 'consulted',
      roles: STAFF,
      fields: [
        {
          key: 'consultFrom',
          label: '征求意见开始日期',
          type: 'date',
          required: true,
          notBefore: 'draftedOn',
        },
        {
          key: 'consultTo',
          label: '征求意见截止日期',
          type: 'date',
          required: true,
          notBefore: 'consultFrom',
        },
        { key: 'consultChannel', label: '征求意见方式', type: 'text', required: true, maxLength: 120 },
        { key: 'opinions', label: '收到意见', type: 'integer', min: 0, max: 100_000, suffix: '条' },
        noteField('shortReason', '征求意见少于30日的理由'),
      ],
      dateField: 'consultTo',
      guard: (g) =>
        daysBetween(g.payload.consultFrom, g.payload.consultTo) < 30 && !g.payload.shortReason
          ? `征求意见期限一般不少于30日，确需缩短的应当说明理由（${JC}第十五条）`
          : null,
    },
    {
      key: 'expert',
      label: '专家论证',
      from: ['consulted'],
      roles: STAFF,
      fields: [
        { key: 'expertOn', label: '论证日期', type: 'date', required: true, notBefore: 'draftedOn' },
        { key: 'experts', label: '论证专家', type: 'text', required: true, maxLength: 200 },
        noteField('expertOpinion', '论证意见', true),
      ],
      dateField: 'expertOn',
    },
    {
      key: 'risk',
      label: '风险评估',
      from: ['consulted'],
      roles: STAFF,
      fields: [
        { key: 'riskOn', label: '评估日期', type: 'date', required: true, notBefore: 'draftedOn' },
        {
          key: 'riskLevel',
          label: '风险等级',
          type: 'select',
          required: true,
          options: options(['low', '低'], ['medium', '中'], ['high', '高']),
        },
        noteField('riskConclusion', '评估结论及防控措施', true),
      ],
      dateField: 'riskOn',
    },
    {
      key: 'submit_review',
      label: '提交合法性审查',
      rules: [
        {
          rule: '专业性强的先经专家论证，影响稳定的先做风险评估，再提交审查',
          cite: [jc('第十九条'), jc('第二十二条')],
          test: '',
        },
      ],
      from: ['consulted'],
      to: 'reviewing',
      roles: STAFF,
      fields: [
        {
          key: 'reviewSubmittedOn',
          label: '提交审查日期',
          type: 'date',
          required: true,
          notBefore: 'consultTo',
        },
      ],
      dateField: 'reviewSubmittedOn',
      guard: (g) =>
        g.data.specialist === true && !g.events.some((e) => e.action === 'expert')
          ? `该事项专业性、技术性较强，提交审查前应组织专家论证（${JC}第十九条）`
          : g.data.stability === true && !g.events.some((e) => e.action === 'risk')
            ? `该事项可能影响社会稳定，提交审查前应进行风险评估（${JC}第二十二条）`
            : null,
    },
    {
      key: 'review_pass',
      label: '合法性审查通过',
      from: ['reviewing'],
      to: 'reviewed',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审查'),
        reviewerField('审查', 60),
        noteField('reviewOpinion', '审查意见', true),
      ],
      dateField: 'reviewedOn',
      rules: [
        {
          rule: '提交合法性审查的人不得同时出具审查意见',
          cite: [jc('第二十五条'), jc('第二十六条')],
          test: 'core/ledgers/kinds/decisions.test.ts › the person who submitted for review does not review',
        },
      ],
      guard: (g) => reviewerIsSubmitter(g, '决策事项'),
      // 条例第二十六条: the reviewer should get no less than 7 working days
      warn: (g) =>
        g.calendar &&
        typeof g.data.reviewSubmittedOn === 'string' &&
        typeof g.payload.reviewedOn === 'string' &&
        g.calendar.workingDaysBetween(g.data.reviewSubmittedOn, g.payload.reviewedOn) < 7
          ? `合法性审查时间少于7个工作日（${JC}第二十六条），请在审查意见中说明`
          : null,
    },
    {
      key: 'review_fail',
      label: '合法性审查未通过（退回修改）',
      from: ['reviewing'],
      to: 'drafted',
      roles: REVIEWERS,
      fields: [reviewedOnField('审查'), noteField('reviewProblems', '存在的合法性问题', true)],
      dateField: 'reviewedOn',
      rules: [
        {
          rule: '提交合法性审查的人不得同时出具审查意见',
          cite: [jc('第二十五条'), jc('第二十六条')],
          test: 'core/ledgers/kinds/decisions.test.ts › the person who submitted for review does not review',
        },
      ],
      guard: (g) => reviewerIsSubmitter(g, '决策事项'),
    },
    {
      key: 'decide',
      label: '集体讨论决定',
      rules: [{ rule: '未经合法性审查或审查未通过的不得提交集体讨论', cite: [jc('第二十五条')], test: '' }],
      from: ['consulted', 'reviewing', 'reviewed'],
      to: 'decided',
      roles: ['township_leader'],
      fields: [
        { key: 'decidedOn', label: '决定日期', type: 'date', required: true, notBefore: 'initiatedOn' },
        { key: 'meetingName', label: '会议名称', type: 'text', required: true, maxLength: 120 },
        noteField('minutes', '会议纪要', true),
        noteField('dissent', '不同意见（无则填“无”）', true),
        {
          key: 'outcome',
          label: '决定结果',
          type: 'select',
          required: true,
          options: options(
            ['approved', '通过'],
            ['amended', '修改后通过'],
            ['deferred', '暂缓'],
            ['rejected', '不予通过'],
          ),
        },
      ],
      dateField: 'decidedOn',
      guard: (g) =>
        lastReviewPassed(g.events, 'review_fail')
          ? null
          : `未经合法性审查或审查未通过的，不得提交集体讨论（${JC}第二十五条）`,
    },
    {
      key: 'report',
      label: '向党委请示报告',
      from: ['decided'],
      to: 'reported',
      roles: STAFF,
      fields: [
        { key: 'reportedOn', label: '请示报告日期', type: 'date', required: true, notBefore: 'decidedOn' },
      ],
      dateField: 'reportedOn',
    },
    {
      key: 'publish',
      label: '公布',
      from: ['reported'],
      to: 'published',
      roles: STAFF,
      fields: [
        { key: 'publishedOn', label: '公布日期', type: 'date', required: true, notBefore: 'reportedOn' },
        { key: 'publishChannel', label: '公布渠道', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'publishedOn',
    },
    {
      key: 'archive',
      label: '归档',
      from: ['published'],
      to: 'archived',
      roles: STAFF,
      fields: [
        { key: 'archivedOn', label: '归档日期', type: 'date', required: true, notBefore: 'publishedOn' },
      ],
      dateField: 'archivedOn',
    },
  ],
  clocks: [],
};

export const normativeDocument: LedgerKind = {
  kind: 'normative_document',
  label: '行政规范性文件',
  numberPrefix: '规',
  feeds: ['decision.normative_documents', 'decision.legality_reviews', 'decision.filing_timely_rate'],
  editors: STAFF,
  fields: [
    { key: 'draftedOn', label: '起草日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'title',
      label: '文件名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    { key: 'docNumber', label: '文号', type: 'text', maxLength: 60, list: true, searchable: true },
    { key: 'drafter', label: '起草单位', type: 'text', required: true, maxLength: 60 },
  ],
  list: { dateField: 'draftedOn', title: (d) => String(d.title ?? '行政规范性文件') },
  states: [
    { key: 'drafting', label: '起草中', tone: 'processing' },
    { key: 'consulted', label: '已征求意见', tone: 'processing' },
    {
      key: 'reviewing',
      label: '合法性审核中',
      tone: 'warning',
      awaits: REVIEWERS,
    },
    { key: 'reviewed', label: '审核通过', tone: 'processing' },
    { key: 'deliberated', label: '已集体审议', tone: 'processing' },
    { key: 'published', label: '已公布', tone: 'success' },
    { key: 'filed', label: '已报备', tone: 'success' },
    { key: 'settled', label: '备案审查完毕', tone: 'default', final: true },
  ],
  initialState: 'drafting',
  editableIn: ['drafting', 'consulted'],
  actions: [
    {
      key: 'consult',
      label: '征求意见',
      from: ['drafting'],
      to: 'consulted',
      roles: STAFF,
      fields: [
        {
          key: 'consultedOn',
          label: '征求意见截止日期',
          type: 'date',
          required: true,
          notBefore: 'draftedOn',
        },
        { key: 'opinions', label: '收到意见', type: 'integer', min: 0, max: 100_000, suffix: '条' },
      ],
      dateField: 'consultedOn',
    },
    {
      key: 'submit_review',
      label: '提交合法性审核',
      from: ['consulted'],
      to: 'reviewing',
      roles: STAFF,
      fields: [
        { key: 'reviewSubmittedOn', label: '提交日期', type: 'date', required: true, notBefore: 'draftedOn' },
      ],
      dateField: 'reviewSubmittedOn',
    },
    {
      key: 'review_pass',
      label: '合法性审核通过',
      from: ['reviewing'],
      to: 'reviewed',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审核'),
        reviewerField('审核', 60),
        noteField('reviewOpinion', '审核意见', true),
      ],
      dateField: 'reviewedOn',
      rules: [
        {
          rule: '提交合法性审核的人不得同时出具审核意见',
          cite: [gb115('二、明确审核范围和程序')],
          test: 'core/ledgers/kinds/decisions.test.ts › the person who submitted for review does not review',
        },
      ],
      guard: (g) => reviewerIsSubmitter(g, '规范性文件'),
    },
    {
      key: 'review_fail',
      label: '合法性审核未通过',
      from: ['reviewing'],
      to: 'drafting',
      roles: REVIEWERS,
      fields: [reviewedOnField('审核'), noteField('reviewProblems', '存在的问题', true)],
      dateField: 'reviewedOn',
      rules: [
        {
          rule: '提交合法性审核的人不得同时出具审核意见',
          cite: [gb115('二、明确审核范围和程序')],
          test: 'core/ledgers/kinds/decisions.test.ts › the person who submitted for review does not review',
        },
      ],
      guard: (g) => reviewerIsSubmitter(g, '规范性文件'),
    },
    {
      key: 'deliberate',
      label: '集体审议',
      rules: [
        {
          rule: '未经合法性审核或审核未通过的不得提交集体审议',
          cite: [gb115('关于严格审核程序的要求')],
          test: '',
        },
      ],
      from: ['reviewed', 'consulted', 'reviewing'],
      to: 'deliberated',
      roles: ['township_leader'],
      fields: [
        { key: 'deliberatedOn', label: '审议日期', type: 'date', required: true, notBefore: 'draftedOn' },
        noteField('deliberation', '审议意见', true),
      ],
      dateField: 'deliberatedOn',
      guard: (g) =>
        lastReviewPassed(g.events, 'review_fail') ? null : '未经合法性审核或审核未通过的，不得提交集体审议',
    },
    {
      key: 'publish',
      label: '公布',
      from: ['deliberated'],
      to: 'published',
      roles: STAFF,
      fields: [
        { key: 'publishedOn', label: '公布日期', type: 'date', required: true, notBefore: 'deliberatedOn' },
        { key: 'docNumber', label: '文号', type: 'text', required: true, maxLength: 60 },
      ],
      dateField: 'publishedOn',
    },
    {
      key: 'file',
      label: '报送备案',
      from: ['published'],
      to: 'filed',
      roles: STAFF,
      fields: [{ key: 'filedOn', label: '报备日期', type: 'date', required: true, notBefore: 'publishedOn' }],
      dateField: 'filedOn',
    },
    {
      key: 'filing_result',
      label: '登记备案审查结果',
      from: ['filed'],
      to: 'settled',
      roles: STAFF,
      fields: [
        { key: 'filingResultOn', label: '结果日期', type: 'date', required: true, notBefore: 'filedOn' },
        {
          key: 'filingResult',
          label: '备案审查结果',
          type: 'select',
          required: true,
          options: options(['passed', '准予备案'], ['corrected', '要求纠正'], ['revoked', '撤销或停止执行']),
        },
      ],
      dateField: 'filingResultOn',
    },
  ],
  clocks: [
    {
      key: 'filing',
      label: '报送备案期限',
      cite: [provinceRule('行政规范性文件备案规定（公布后报送备案的期限，默认15日）')],
      basis: 'calendar',
      days: 15,
      setting: 'normative_document.filing_days',
      start: { action: 'publish', field: 'publishedOn' },
      stop: ['file'],
      source: '规范性文件备案规定（公布之日起15日内报送备案，部分省份为30日，可由县级设置）',
    },
  ],
};

export const contractReview: LedgerKind = {
  kind: 'contract_review',
  label: '合同合法性审查',
  numberPrefix: '合',
  feeds: ['decision.contracts_reviewed', 'decision.legality_reviews'],
  editors: ['township_clerk', 'township_leader', 'legal_advisor', 'judicial_office'],
  fields: [
    { key: 'reviewedOn', label: '审查日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'contractName',
      label: '合同名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'counterparty',
      label: '合同相对方',
      type: 'text',
      required: true,
      maxLength: 120,
      searchable: true,
    },
    { key: 'counterpartyCode', label: '相对方统一社会信用代码', type: 'text', format: 'credit_code' },
    {
      key: 'amount',
      label: '合同金额',
      type: 'integer',
      min: 0,
      max: 10_000_000_000,
      suffix: '元',
      list: true,
    },
    { key: 'reviewer', label: '审查人员', type: 'text', required: true, maxLength: 60 },
    {
      key: 'opinion',
      label: '审查结论',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['approved', '同意签订'], ['amend', '修改后签订'], ['rejected', '不同意签订']),
    },
    noteField('opinionText', '审查意见', true),
  ],
  list: { dateField: 'reviewedOn', title: (d) => String(d.contractName ?? '合同审查') },
  states: [{ key: 'reviewed', label: '已审查', tone: 'success' }],
  initialState: 'reviewed',
  actions: [],
  clocks: [],
};
