import { extensionFields, noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { DBF, dbf, provinceRule } from './citations';
import { countySetting, fy, ss } from './enforcementLaw';

/**
 * 监督: reconsideration and litigation where the township answers (domain-rules §10, §14
 * L1–L4), 人大代表建议, 民情热线, and monthly 政务服务 figures.
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const SUP_TEST = 'core/ledgers/kinds/supervision.test.ts';

export const LITIGATION_OUTCOMES = options(
  ['upheld', '维持'],
  ['revoked', '撤销'],
  ['illegal', '确认违法'],
  ['changed', '变更'],
  ['dismissed', '驳回申请（起诉）'],
  ['mediated', '调解'],
  ['settled', '和解'],
  ['withdrawn', '申请人（原告）撤回'],
  ['performance', '责令履行'],
);

/** Outcomes the township lost: the decision did not stand. */
const LOST = new Set(['revoked', 'illegal', 'changed', 'performance']);

/**
 * Where a concluded case counts in table 四 of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号):
 * 维持 and 驳回 as 结果维持, the outcomes the township lost as 结果纠正, 调解、和解、撤回 as
 * 其他结果; a case not concluded by the year's end is 尚未审结.
 */
export function remedyResultOf(data: Readonly<Record<string, unknown>>, yearEnd: string): string {
  const on = typeof data.concludedOn === 'string' ? data.concludedOn : null;
  const outcome = typeof data.outcome === 'string' ? data.outcome : null;
  if (!on || !outcome || on > yearEnd) return 'pending';
  if (outcome === 'upheld' || outcome === 'dismissed') return 'upheld';
  return LOST.has(outcome) ? 'corrected' : 'other';
}

export const litigationCase: LedgerKind = {
  kind: 'litigation_case',
  label: '复议诉讼案件',
  numberPrefix: '讼',
  feeds: [
    'supervision.reconsideration_cases',
    'supervision.litigation_cases',
    'supervision.litigation_lost',
    'supervision.judicial_recommendations',
    'supervision.head_appearance_rate',
    'supervision.reconsideration_correction_rate',
    'supervision.litigation_loss_rate',
  ],
  editors: STAFF,
  fields: [
    {
      key: 'receivedOn',
      label: '收到申请书（起诉状）副本日期',
      type: 'date',
      required: true,
      list: true,
      filter: true,
    },
    {
      key: 'type',
      label: '案件类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['reconsideration', '行政复议（被申请人）'], ['litigation', '行政诉讼（被告）']),
    },
    {
      key: 'procedure',
      label: '复议程序',
      type: 'select',
      options: options(['ordinary', '普通程序'], ['simplified', '简易程序']),
      help: '行政复议法：普通程序10个工作日内、简易程序5个工作日内提出书面答复',
    },
    { key: 'caseNumber', label: '案号', type: 'text', maxLength: 60, list: true, searchable: true },
    {
      key: 'counterparty',
      label: '申请人（原告）',
      type: 'text',
      required: true,
      maxLength: 120,
      personal: 'name',
      searchable: true,
    },
    { key: 'organ', label: '复议机关（法院）', type: 'text', required: true, maxLength: 80 },
    {
      key: 'aboutDisclosure',
      label: '涉及政府信息公开',
      type: 'boolean',
      filter: true,
      help: '因政府信息公开（主动公开或依申请公开）引起的案件，计入政府信息公开工作年度报告表四',
    },
    {
      key: 'afterReview',
      label: '经行政复议后起诉',
      type: 'boolean',
      help: '行政诉讼案件：已经行政复议后起诉的勾选（年度报告表四“复议后起诉”）；不勾选为“未经复议直接起诉”',
    },
    {
      key: 'disputedAct',
      label: '被申请复议（被诉）的行政行为',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      searchable: true,
    },
  ],
  checks: [
    {
      fields: ['procedure', 'type'],
      test: (d) =>
        d.type === 'reconsideration' && !d.procedure ? '行政复议案件应选择复议程序（普通或简易）' : null,
    },
  ],
  list: {
    dateField: 'receivedOn',
    title: (d) => `${String(d.counterparty ?? '')}诉（申请）${String(d.disputedAct ?? '').slice(0, 20)}`,
  },
  states: [
    { key: 'received', label: '待答复（答辩）', tone: 'warning', awaits: STAFF },
    { key: 'answered', label: '已答复（答辩）', tone: 'processing' },
    { key: 'concluded', label: '已审结', tone: 'success' },
    { key: 'closed', label: '已结案', tone: 'default', final: true },
  ],
  initialState: 'received',
  editableIn: ['received', 'answered'],
  actions: [
    {
      key: 'answer',
      label: '提交书面答复（答辩状）及证据',
      from: ['received'],
      to: 'answered',
      roles: STAFF,
      fields: [
        { key: 'answeredOn', label: '提交日期', type: 'date', required: true, notBefore: 'receivedOn' },
        noteField('answerSummary', '答复（答辩）要点', true),
      ],
      dateField: 'answeredOn',
    },
    {
      key: 'hearing',
      label: '登记开庭（听证）',
      rules: [
        {
          rule: '负责人出庭的须写明姓名；未出庭的须写明委托的工作人员和理由',
          cite: [ss('第三条第三款')],
          test: '',
        },
      ],
      from: ['answered'],
      roles: STAFF,
      repeatable: true,
      fields: [
        {
          key: 'hearingOn',
          label: '开庭（听证）日期',
          type: 'date',
          required: true,
          notBefore: 'receivedOn',
        },
        { key: 'headAppeared', label: '负责人出庭（出席）', type: 'boolean', required: true },
        { key: 'headName', label: '出庭负责人', type: 'text', maxLength: 40 },
        { key: 'delegate', label: '委托出庭工作人员', type: 'text', maxLength: 40 },
        noteField('absenceReason', '负责人未出庭的理由'),
      ],
      dateField: 'hearingOn',
      // 行政诉讼法第三条: if the head does not appear, a staff member does, and the reason is recorded
      guard: (g) =>
        g.payload.headAppeared === true
          ? g.payload.headName
            ? null
            : '请填写出庭负责人'
          : g.payload.delegate && g.payload.absenceReason
            ? null
            : '负责人未出庭的，应填写委托出庭的工作人员和不能出庭的理由',
    },
    {
      key: 'conclude',
      label: '登记审理结果',
      from: ['answered'],
      to: 'concluded',
      roles: STAFF,
      fields: [
        {
          key: 'concludedOn',
          label: '裁判（决定）日期',
          type: 'date',
          required: true,
          notBefore: 'receivedOn',
        },
        { key: 'outcome', label: '结果', type: 'select', required: true, options: LITIGATION_OUTCOMES },
        noteField('outcomeNote', '裁判（决定）要点'),
      ],
      dateField: 'concludedOn',
      warn: (g) =>
        typeof g.payload.outcome === 'string' && LOST.has(g.payload.outcome)
          ? '该结果计入败诉（被撤销、确认违法、变更或责令履行），请分析原因并整改'
          : null,
    },
    {
      key: 'recommendation',
      label: '收到复议意见书或司法（检察）建议',
      from: ['answered', 'concluded'],
      roles: STAFF,
      fields: [
        { key: 'recommendationOn', label: '收到日期', type: 'date', required: true, notBefore: 'receivedOn' },
        {
          key: 'recommendationType',
          label: '类型',
          type: 'select',
          required: true,
          options: options(
            ['opinion', '行政复议意见书'],
            ['judicial', '司法建议'],
            ['procuratorial', '检察建议'],
          ),
        },
        noteField('recommendationText', '主要内容', true),
      ],
      dateField: 'recommendationOn',
    },
    {
      key: 'recommendation_reply',
      label: '反馈整改情况',
      rules: [{ rule: '须先登记收到的意见书或建议', cite: [fy('第七十六条')], test: '' }],
      from: ['answered', 'concluded'],
      roles: STAFF,
      fields: [
        {
          key: 'recommendationRepliedOn',
          label: '反馈日期',
          type: 'date',
          required: true,
          notBefore: 'recommendationOn',
        },
        noteField('recommendationReply', '整改情况', true),
      ],
      dateField: 'recommendationRepliedOn',
      guard: (g) => (g.data.recommendationOn ? null : '尚未登记收到的意见书或建议'),
    },
    {
      key: 'close',
      label: '结案',
      rules: [
        {
          rule: '收到的意见书或建议反馈前不能结案',
          cite: [fy('第七十六条'), countySetting('司法建议、检察建议的反馈按建议书要求')],
          test: '',
        },
      ],
      from: ['concluded'],
      to: 'closed',
      roles: STAFF,
      fields: [
        { key: 'closedOn', label: '结案日期', type: 'date', required: true, notBefore: 'concludedOn' },
      ],
      dateField: 'closedOn',
      guard: (g) =>
        g.data.recommendationOn && !g.data.recommendationRepliedOn
          ? '收到的意见书或建议尚未反馈，不能结案'
          : null,
    },
  ],
  clocks: [
    {
      key: 'answer_reconsideration',
      label: '复议答复期限',
      basis: 'working',
      days: 10,
      start: { field: 'receivedOn' },
      stop: ['answer'],
      when: (d) => d.type === 'reconsideration' && d.procedure !== 'simplified',
      source: '《行政复议法》第四十八条（普通程序10个工作日内提出书面答复）',
      cite: [fy('第四十八条'), fy('第八十八条')],
    },
    {
      key: 'answer_reconsideration_simple',
      label: '复议答复期限',
      basis: 'working',
      days: 5,
      start: { field: 'receivedOn' },
      stop: ['answer'],
      when: (d) => d.type === 'reconsideration' && d.procedure === 'simplified',
      source: '《行政复议法》第五十四条（简易程序5个工作日内提出书面答复）',
      cite: [fy('第五十四条'), fy('第八十八条')],
    },
    {
      key: 'answer_litigation',
      label: '答辩期限',
      basis: 'calendar',
      days: 15,
      start: { field: 'receivedOn' },
      stop: ['answer'],
      when: (d) => d.type === 'litigation',
      source: '《行政诉讼法》第六十七条（收到起诉状副本之日起15日内提交答辩状及证据）',
      cite: [ss('第六十七条')],
    },
    {
      key: 'recommendation',
      label: '意见书（建议）反馈期限',
      basis: 'calendar',
      days: 60,
      start: { action: 'recommendation', field: 'recommendationOn' },
      stop: ['recommendation_reply'],
      source: '《行政复议法》第七十六条、司法（检察）建议书载明的期限（一般60日）',
      cite: [fy('第七十六条'), countySetting('司法建议、检察建议按建议书载明的期限；未载明的按60日')],
    },
  ],
};

const closable = (label: string): LedgerKind['actions'] => [
  {
    key: 'assign',
    label: '交办',
    from: ['received'],
    to: 'handling',
    roles: STAFF,
    fields: [
      { key: 'assignedOn', label: '交办日期', type: 'date', required: true, notBefore: 'receivedOn' },
      { key: 'handler', label: '承办单位（人）', type: 'text', required: true, maxLength: 60 },
    ],
    dateField: 'assignedOn',
  },
  {
    key: 'reply',
    label: `${label}答复`,
    from: ['received', 'handling'],
    to: 'replied',
    roles: STAFF,
    fields: [
      { key: 'repliedOn', label: '答复日期', type: 'date', required: true, notBefore: 'receivedOn' },
      noteField('reply', '答复内容', true),
      {
        key: 'satisfaction',
        label: '满意度',
        type: 'select',
        options: options(['satisfied', '满意'], ['basic', '基本满意'], ['unsatisfied', '不满意']),
      },
    ],
    dateField: 'repliedOn',
  },
  {
    key: 'close',
    label: '办结',
    from: ['replied'],
    to: 'closed',
    roles: STAFF,
    bulk: true,
  },
];

const itemStates: LedgerKind['states'] = [
  { key: 'received', label: '待交办', tone: 'warning', awaits: STAFF },
  { key: 'handling', label: '办理中', tone: 'processing' },
  { key: 'replied', label: '已答复', tone: 'success' },
  { key: 'closed', label: '已办结', tone: 'default', final: true },
];

export const npcSuggestion: LedgerKind = {
  kind: 'npc_suggestion',
  label: '人大代表建议',
  numberPrefix: '建',
  feeds: ['supervision.npc_suggestions', 'supervision.npc_closure_rate', 'supervision.npc_timely_rate'],
  editors: STAFF,
  fields: [
    { key: 'receivedOn', label: '交办日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'deputy',
      label: '代表',
      type: 'text',
      required: true,
      maxLength: 60,
      list: true,
      searchable: true,
    },
    {
      key: 'title',
      label: '建议标题',
      type: 'text',
      required: true,
      maxLength: 200,
      list: true,
      searchable: true,
    },
    noteField('content', '建议内容', true),
  ],
  list: { dateField: 'receivedOn', title: (d) => String(d.title ?? '人大代表建议') },
  states: itemStates,
  initialState: 'received',
  actions: [
    ...closable('代表建议'),
    {
      // 涉及面广、处理难度大的 may take up to six months from 交办 (three more after the first three)
      key: 'extend',
      label: '延期答复（情况复杂）',
      from: ['received', 'handling'],
      roles: ['township_leader'],
      fields: [
        ...extensionFields(92, '日'),
        {
          key: 'deputyToldOn',
          label: '向代表说明办理情况日期',
          type: 'date',
          required: true,
          allowFuture: false,
        },
      ],
      extends: 'reply',
    },
  ],
  clocks: [
    {
      key: 'reply',
      label: '答复期限',
      basis: 'calendar',
      // three months counted as 90 days; the province's rule may differ, so it is a setting
      days: 90,
      setting: 'npc_suggestion.reply_days',
      start: { field: 'receivedOn' },
      stop: ['reply'],
      source: `${DBF}建议办理条款（交办之日起三个月内答复；复杂的可延至六个月，先向代表说明），县级可按本省规定设置`,
      cite: [
        dbf('建议、批评和意见的办理答复（条号以2025年修正文本为准，待核对）'),
        provinceRule('代表建议办理办法'),
      ],
      test: `${SUP_TEST} › 90 days: 06-01 + 90 = 08-30 (Sun) → 08-31; a county setting of 60 → 07-31`,
      // 3 + 3 months: at most 92 more days (the longest three months), once
      maxExtension: 92,
      maxExtensions: 1,
    },
  ],
};

/**
 * 检察建议 entered on its own (issue 13 §2), not only inside a litigation case: the 检察院 may
 * send one after any supervision. It is answered in writing within two months of receipt unless
 * the 检察院 sets a shorter period (domain-rules, December 2026 corrections). The two months are
 * counted as 60 days by default (a county setting, the rule's article not yet read); a period set
 * in the 建议书 runs as its own clock.
 */
export const procuratorialRecommendation: LedgerKind = {
  kind: 'procuratorial_recommendation',
  label: '检察建议',
  numberPrefix: '检',
  feeds: [],
  editors: STAFF,
  fields: [
    { key: 'receivedOn', label: '收到日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'procuratorate',
      label: '提出建议的检察院',
      type: 'text',
      required: true,
      maxLength: 80,
      list: true,
      searchable: true,
    },
    { key: 'documentNumber', label: '检察建议书文号', type: 'text', maxLength: 60, searchable: true },
    {
      key: 'title',
      label: '建议事项',
      type: 'text',
      required: true,
      maxLength: 200,
      list: true,
      searchable: true,
    },
    noteField('content', '建议内容', true),
    {
      key: 'setDueOn',
      label: '建议书要求的回复日期',
      type: 'date',
      allowFuture: true,
      notBefore: 'receivedOn',
      help: '检察院在建议书中确定了更短回复期限的，填写该日期；未确定的留空，按两个月计',
    },
  ],
  list: { dateField: 'receivedOn', title: (d) => String(d.title ?? '检察建议') },
  states: itemStates,
  initialState: 'received',
  actions: closable('检察建议'),
  clocks: [
    {
      key: 'reply',
      label: '书面回复期限',
      basis: 'calendar',
      days: 60,
      setting: 'procuratorial_recommendation.reply_days',
      start: { field: 'receivedOn' },
      stop: ['reply'],
      when: (d) => !d.setDueOn,
      source: '检察建议书回复期限（收到之日起两个月，默认按60日计，县级可设置）',
      cite: [countySetting('两个月按60日计；《人民检察院检察建议工作规定》（2019）所定回复期限，条号待核对')],
      test: `${SUP_TEST} › 检察建议: two months (60 days) from receipt unless the 检察院 set a shorter date`,
    },
    {
      // the date set by the 检察院 is the deadline itself (0 working days after it is that day)
      key: 'reply_set',
      label: '书面回复期限（建议书确定）',
      basis: 'working',
      days: 0,
      start: { field: 'setDueOn' },
      stop: ['reply'],
      // started on the set date, it would not see a reply before it: it ends once replied
      when: (d) => typeof d.setDueOn === 'string' && !d.repliedOn,
      source: '检察建议书确定的回复期限',
      cite: [countySetting('期限由检察院在建议书中确定，软件只记录该日期')],
      test: `${SUP_TEST} › 检察建议: two months (60 days) from receipt unless the 检察院 set a shorter date`,
    },
  ],
};

export const hotlineItem: LedgerKind = {
  kind: 'hotline_item',
  label: '民情热线诉求',
  numberPrefix: '热',
  feeds: ['supervision.hotline_items', 'supervision.hotline_closure_rate'],
  editors: STAFF,
  fields: [
    { key: 'receivedOn', label: '受理日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'channel',
      label: '来源',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(
        ['12345', '12345热线'],
        ['mayor', '市（县）长热线'],
        ['online', '网络问政'],
        ['other', '其他'],
      ),
    },
    { key: 'ticket', label: '工单号', type: 'text', maxLength: 60, searchable: true },
    { key: 'caller', label: '诉求人', type: 'text', maxLength: 40, personal: 'name' },
    { key: 'callerPhone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    {
      key: 'content',
      label: '诉求内容',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
      list: true,
    },
    { key: 'village', label: '所在村（社区）', type: 'village', filter: true },
  ],
  list: { dateField: 'receivedOn', title: (d) => String(d.content ?? '热线诉求').slice(0, 30) },
  states: itemStates,
  initialState: 'received',
  actions: closable('诉求'),
  clocks: [
    {
      key: 'reply',
      label: '办理时限',
      cite: [countySetting('热线工单办理时限由本地热线规定确定：默认5个工作日，县级设置')],
      basis: 'working',
      days: 5,
      setting: 'hotline_item.reply_days',
      start: { field: 'receivedOn' },
      stop: ['reply'],
      source: '本地热线工单办理规定（默认5个工作日，可由县级设置）',
    },
  ],
};

export const serviceMonth: LedgerKind = {
  kind: 'service_month',
  label: '政务服务月报',
  numberPrefix: '服',
  feeds: ['service.windows', 'service.matters_handled', 'service.satisfaction_rate'],
  editors: STAFF,
  fields: [
    {
      key: 'month',
      label: '月份（填该月1日）',
      type: 'date',
      required: true,
      list: true,
      filter: true,
    },
    {
      key: 'windows',
      label: '便民服务窗口',
      type: 'integer',
      required: true,
      min: 0,
      max: 1000,
      suffix: '个',
      list: true,
    },
    {
      key: 'matters',
      label: '办理事项',
      type: 'integer',
      required: true,
      min: 0,
      max: 1_000_000,
      suffix: '件',
      list: true,
    },
    {
      key: 'surveyed',
      label: '参与评价',
      type: 'integer',
      required: true,
      min: 0,
      max: 1_000_000,
      suffix: '人次',
    },
    {
      key: 'satisfied',
      label: '满意评价',
      type: 'integer',
      required: true,
      min: 0,
      max: 1_000_000,
      suffix: '人次',
    },
  ],
  checks: [
    {
      fields: ['month'],
      test: (d) =>
        typeof d.month === 'string' && !d.month.endsWith('-01')
          ? '「月份」请填写该月1日（如2026-03-01）'
          : null,
    },
    {
      fields: ['satisfied', 'surveyed'],
      test: (d) =>
        Number(d.satisfied) > Number(d.surveyed)
          ? `「满意评价」（${d.satisfied}）不能多于「参与评价」（${d.surveyed}）`
          : null,
    },
  ],
  list: { dateField: 'month', title: (d) => `${String(d.month ?? '').slice(0, 7)}政务服务` },
  states: [{ key: 'reported', label: '已填报', tone: 'success' }],
  initialState: 'reported',
  actions: [],
  clocks: [],
};
