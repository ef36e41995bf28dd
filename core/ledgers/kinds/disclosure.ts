import { extensionFields, noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';

/**
 * 政务公开 under 《政府信息公开条例》 (2019; domain-rules §5, §14 G1–G3): proactive disclosure
 * within 20 working days of the information being formed or changed (Art.26); requests answered
 * within 20 working days of receipt (Art.33), one extension of at most 20 working days with
 * approval, third-party consultation not counted (Art.32), a single correction notice within 7
 * working days that restarts the clock on the corrected request (Art.30), seven outcomes (Art.36).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const GI = '《政府信息公开条例》';

/** Art.21: what townships publish proactively, besides the general Art.20 items. */
export const DISCLOSURE_CATEGORIES = options(
  ['rural_revitalisation', '贯彻落实乡村振兴战略政策措施'],
  ['land_planning', '乡镇土地利用总体规划、宅基地使用审核'],
  ['expropriation', '征收或征用土地、房屋拆迁及补偿、补助费用'],
  ['finance', '乡镇财政收支、集体资金和资产管理'],
  ['welfare', '社会救助、抚恤、优抚、救灾资金发放'],
  ['public_works', '乡镇公共事业建设、政府采购'],
  ['family_planning', '计划生育、户籍、社会保障'],
  ['general', '机构职能、规范性文件、规划计划等（第二十条）'],
  ['other', '其他'],
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
    },
  ],
};

export const DISCLOSURE_OUTCOMES = options(
  ['already_public', '已主动公开，告知获取方式'],
  ['provided', '予以公开（提供）'],
  ['withheld', '不予公开'],
  ['not_ours', '非本机关负责公开，告知相关机关'],
  ['not_exist', '信息不存在'],
  ['repeated', '重复申请，不予重复处理'],
  ['other', '其他处理（告知通过其他途径办理等）'],
);

export const disclosureRequest: LedgerKind = {
  kind: 'disclosure_request',
  label: '依申请公开',
  numberPrefix: '申',
  feeds: ['supervision.disclosure_requests'],
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
      ],
      dateField: 'correctionNoticeOn',
      pauses: 'answer',
      guard: (g) =>
        g.events.some((e) => e.action === 'correction_notice') ? '补正只能一次性告知（第三十条）' : null,
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
        noteField('answerText', '答复内容及依据', true),
      ],
      dateField: 'answeredOn',
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
      stop: ['answer'],
      source: `${GI}第三十三条`,
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
      reminder: true,
    },
  ],
};
