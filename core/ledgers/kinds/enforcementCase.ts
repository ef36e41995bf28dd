import { chineseDate } from '../../calendar';
import { extensionFields, noteField, options } from '../fieldKit';
import type { GuardInput, LedgerKind, RecordData } from '../types';
import { officersField, twoCertifiedOfficers } from './enforcementRules';
import { lastReviewPassed, REVIEWERS, reviewedOnField, reviewerField } from './legalityReview';

/**
 * 行政执法案件 under the three systems (国办发〔2018〕118号) and 行政处罚法 (2021); rules and
 * sources in domain-rules §7–§8. What is special, all beside the declaration:
 * - every investigative step names at least two officers certified on that day (Art.42);
 * - no decision before 告知 (Art.44–45, 62); a 重大 case — flagged, or made so by the decision
 *   itself (较大数额 set by the county, 责令停产停业, 吊销许可) — needs a passed 法制审核
 *   (Art.58) and a 集体讨论 (Art.57) before the decision;
 * - a hearing must be asked for within 5 working days of the notice, and its notice sent at
 *   least 7 working days ahead (Art.64);
 * - the simple procedure only up to ¥200 for a person and ¥3,000 for an organisation (Art.51);
 * - clocks: decision within 90 days of 立案 (Art.60, extension recorded); service within 7
 *   working days when the party was absent (Art.61); publicity of 处罚/许可 decisions within 7
 *   working days, other decisions within 20 (118号, settings per province); withdrawal of the
 *   publicity within 3 working days of a revocation (Art.48).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const CF = '《行政处罚法》';

export const DECISION_TYPES = options(
  ['warning', '警告、通报批评'],
  ['fine', '罚款'],
  ['confiscation', '没收违法所得、没收非法财物'],
  ['suspend', '责令停产停业、责令关闭、限制从业'],
  ['revoke', '暂扣许可证件、降低资质等级、吊销许可证件'],
  ['license', '准予行政许可'],
  ['license_denied', '不予行政许可'],
  ['no_penalty', '不予行政处罚'],
  ['other', '其他行政决定'],
);

/** 处罚 and 许可 decisions are published within 7 working days; the rest within 20. */
const PUBLISH_FAST = new Set([
  'warning',
  'fine',
  'confiscation',
  'suspend',
  'revoke',
  'license',
  'license_denied',
]);
const HEAVY = new Set(['suspend', 'revoke']);

export const REVIEW_CHECKLIST = options(
  ['subject', '执法主体合法'],
  ['authority', '执法权限合法'],
  ['procedure', '程序合法'],
  ['facts', '事实清楚、证据确实充分'],
  ['basis', '适用依据准确'],
  ['discretion', '裁量适当'],
  ['documents', '文书完备规范'],
);

/** 较大数额 for a person and for an organisation: county settings (domain-rules §8, configurable). */
export const MAJOR_FINE_PERSON = 'enforcement.major_fine_person';
export const MAJOR_FINE_ORG = 'enforcement.major_fine_org';

const amount = (d: RecordData) => Number(d.fineAmount ?? 0) + Number(d.confiscatedAmount ?? 0);

/** Why a case is 重大 (empty when it is not): the flag, or what the decision would impose. */
export function majorReasons(d: RecordData, settings: Readonly<Record<string, number>>): string[] {
  const reasons: string[] = [];
  if (d.major === true) reasons.push('立案时认定为重大案件');
  if (typeof d.decisionType === 'string' && HEAVY.has(d.decisionType)) {
    reasons.push(`拟作出“${DECISION_TYPES.find((o) => o.value === d.decisionType)?.label}”`);
  }
  const org = d.partyType === 'organisation';
  const limit = settings[org ? MAJOR_FINE_ORG : MAJOR_FINE_PERSON] ?? (org ? 100_000 : 10_000);
  if (amount(d) >= limit)
    reasons.push(`罚没金额${amount(d)}元达到较大数额（${org ? '单位' : '个人'}${limit}元）`);
  return reasons;
}

const done = (events: GuardInput['events'], action: string) => events.some((e) => e.action === action);

function decideGuard(g: GuardInput): string | null {
  const d = g.data;
  if (g.state === 'filed' && d.procedure !== 'simple')
    return '普通程序案件须先调查取证并告知当事人，才能作出决定';
  if (d.procedure === 'simple') {
    const cap = d.partyType === 'organisation' ? 3000 : 200;
    if (
      amount(d) > cap ||
      (typeof d.decisionType === 'string' && !['warning', 'fine'].includes(d.decisionType))
    ) {
      return `简易程序只适用于警告或${d.partyType === 'organisation' ? '对单位3000元' : '对个人200元'}以下罚款（${CF}第五十一条），请改按普通程序办理`;
    }
    return null;
  }
  if (!done(g.events, 'notify')) {
    return `作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利（${CF}第四十四、四十五、六十二条）`;
  }
  const major = majorReasons(d, g.settings);
  if (major.length > 0) {
    if (!lastReviewPassed(g.events, 'review_return')) {
      return `该案件属于重大执法决定（${major.join('；')}），须经法制审核通过后才能作出决定（${CF}第五十八条）`;
    }
    if (!done(g.events, 'discuss')) {
      return `该案件属于重大执法决定（${major.join('；')}），须经负责人集体讨论决定（${CF}第五十七条）`;
    }
  }
  return null;
}

function hearingRequestGuard(g: GuardInput): string | null {
  const notice = g.data.noticeOn;
  const asked = g.payload.hearingRequestedOn;
  if (typeof notice !== 'string' || typeof asked !== 'string' || !g.calendar) return null;
  const last = g.calendar.addWorkingDays(notice, 5).date;
  return asked > last
    ? `听证申请应在告知后5个工作日内提出（${CF}第六十四条），本案告知日为${chineseDate(notice)}，期限至${chineseDate(last)}`
    : null;
}

function hearingNoticeGuard(g: GuardInput): string | null {
  const noticeOn = g.payload.hearingNoticeOn;
  const hearingOn = g.payload.hearingOn;
  if (typeof noticeOn !== 'string' || typeof hearingOn !== 'string' || !g.calendar) return null;
  const earliest = g.calendar.addWorkingDays(noticeOn, 7).date;
  return hearingOn < earliest
    ? `应当在举行听证的7个工作日前通知当事人（${CF}第六十四条）：${chineseDate(noticeOn)}通知的，听证最早安排在${chineseDate(earliest)}`
    : null;
}

export const enforcementCase: LedgerKind = {
  kind: 'enforcement_case',
  label: '执法案件',
  numberPrefix: '执',
  feeds: ['enforcement.cases', 'enforcement.legal_reviews', 'enforcement.licenses', 'enforcement.fines'],
  editors: STAFF,
  settings: [
    {
      key: MAJOR_FINE_PERSON,
      label: '较大数额罚没款（个人）',
      default: 10_000,
      unit: '元',
      min: 1,
      max: 10_000_000,
      source: '各省、部门规定的“较大数额”标准',
    },
    {
      key: MAJOR_FINE_ORG,
      label: '较大数额罚没款（单位）',
      default: 100_000,
      unit: '元',
      min: 1,
      max: 100_000_000,
      source: '各省、部门规定的“较大数额”标准',
    },
  ],
  fields: [
    { key: 'filedOn', label: '立案日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'caseName',
      label: '案由',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'procedure',
      label: '程序',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['simple', '简易程序'], ['ordinary', '普通程序']),
    },
    {
      key: 'source',
      label: '案件来源',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['patrol', '巡查发现'],
        ['complaint', '投诉举报'],
        ['assigned', '上级交办'],
        ['referral', '部门移送'],
        ['other', '其他'],
      ),
    },
    { key: 'matter', label: '执法事项', type: 'ref', kind: 'enforcement_matter', required: true },
    {
      key: 'partyType',
      label: '当事人类型',
      type: 'select',
      required: true,
      filter: true,
      options: options(['person', '自然人'], ['organisation', '法人或其他组织']),
    },
    {
      key: 'partyName',
      label: '当事人',
      type: 'text',
      required: true,
      maxLength: 120,
      searchable: true,
      personal: 'name',
    },
    { key: 'partyIdNumber', label: '身份证号', type: 'text', format: 'id_number', personal: 'id_number' },
    { key: 'partyCreditCode', label: '统一社会信用代码', type: 'text', format: 'credit_code' },
    { key: 'partyPhone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'partyAddress', label: '住所', type: 'text', maxLength: 200, personal: 'address' },
    { key: 'facts', label: '违法事实', type: 'textarea', required: true, maxLength: 4000, searchable: true },
    { key: 'legalBasis', label: '立案依据', type: 'textarea', maxLength: 2000 },
    {
      key: 'major',
      label: '重大案件',
      type: 'boolean',
      filter: true,
      help: '涉及重大公共利益、直接关系当事人或第三人重大权益、案情疑难复杂等（行政处罚法第五十八条）',
    },
    officersField('立案承办人员'),
  ],
  checks: [
    {
      fields: ['partyCreditCode', 'partyType'],
      test: (d) =>
        d.partyType === 'organisation' && !d.partyCreditCode
          ? '当事人为单位的，应填写统一社会信用代码'
          : null,
    },
    { fields: ['officers'], test: (d, ctx) => twoCertifiedOfficers(ctx.refs('officers'), d.filedOn) },
  ],
  list: { dateField: 'filedOn', title: (d) => String(d.caseName ?? '执法案件') },
  states: [
    { key: 'filed', label: '已立案', tone: 'processing', awaits: STAFF },
    { key: 'investigating', label: '调查取证', tone: 'processing' },
    { key: 'notified', label: '已告知', tone: 'processing' },
    { key: 'hearing', label: '听证', tone: 'warning' },
    { key: 'reviewing', label: '法制审核中', tone: 'warning', awaits: REVIEWERS },
    { key: 'reviewed', label: '审核通过', tone: 'processing' },
    { key: 'decided', label: '已决定', tone: 'success' },
    { key: 'served', label: '已送达', tone: 'success' },
    { key: 'executed', label: '已执行', tone: 'success' },
    // not final: a closed case's decision may still be revoked (复议、诉讼), which reopens publicity work
    { key: 'closed', label: '结案归档', tone: 'default' },
    { key: 'revoked', label: '决定已撤销', tone: 'error' },
    { key: 'dropped', label: '已撤案（撤销）', tone: 'default', final: true },
  ],
  initialState: 'filed',
  editableIn: ['filed', 'investigating'],
  actions: [
    {
      key: 'investigate',
      label: '调查取证',
      from: ['filed', 'investigating', 'notified'],
      to: 'investigating',
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'stepOn', label: '取证日期', type: 'date', required: true, notBefore: 'filedOn' },
        {
          key: 'means',
          label: '取证方式',
          type: 'multiselect',
          required: true,
          options: options(
            ['inquiry', '询问笔录'],
            ['inspection', '现场检查（勘验）笔录'],
            ['photo', '拍照录像'],
            ['sampling', '抽样取证'],
            ['preservation', '先行登记保存'],
            ['documents', '调取书证'],
            ['other', '其他'],
          ),
        },
        officersField(),
        noteField('stepNote', '取证情况', true),
      ],
      dateField: 'stepOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.stepOn),
    },
    {
      key: 'notify',
      label: '告知（陈述、申辩、听证权利）',
      // also after a 法制审核 submitted before 告知: else the reviewed case could never be decided
      from: ['investigating', 'reviewed'],
      to: 'notified',
      roles: STAFF,
      fields: [
        { key: 'noticeOn', label: '告知日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('intendedDecision', '拟作出的决定及事实、理由、依据', true),
        officersField('送达告知书人员'),
      ],
      dateField: 'noticeOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.noticeOn),
    },
    {
      key: 'request_hearing',
      label: '当事人申请听证',
      from: ['notified'],
      to: 'hearing',
      roles: STAFF,
      fields: [
        {
          key: 'hearingRequestedOn',
          label: '申请听证日期',
          type: 'date',
          required: true,
          notBefore: 'noticeOn',
        },
      ],
      dateField: 'hearingRequestedOn',
      guard: hearingRequestGuard,
    },
    {
      key: 'schedule_hearing',
      label: '通知听证',
      from: ['hearing'],
      roles: STAFF,
      fields: [
        {
          key: 'hearingNoticeOn',
          label: '通知日期',
          type: 'date',
          required: true,
          notBefore: 'hearingRequestedOn',
        },
        {
          key: 'hearingOn',
          label: '听证日期',
          type: 'date',
          required: true,
          allowFuture: true,
          notBefore: 'hearingNoticeOn',
        },
        { key: 'hearingPlace', label: '听证地点', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'hearingNoticeOn',
      guard: hearingNoticeGuard,
    },
    {
      key: 'hold_hearing',
      label: '举行听证',
      from: ['hearing'],
      to: 'notified',
      roles: STAFF,
      fields: [
        { key: 'heardOn', label: '听证日期', type: 'date', required: true, notBefore: 'hearingRequestedOn' },
        { key: 'hearingChair', label: '听证主持人', type: 'text', required: true, maxLength: 40 },
        noteField('hearingRecord', '听证笔录要点', true),
      ],
      dateField: 'heardOn',
      guard: (g) => (g.data.hearingOn ? null : '请先通知听证时间、地点'),
    },
    {
      key: 'submit_review',
      label: '提交法制审核',
      from: ['notified', 'investigating'],
      to: 'reviewing',
      roles: STAFF,
      fields: [
        { key: 'reviewSubmittedOn', label: '提交日期', type: 'date', required: true, notBefore: 'filedOn' },
      ],
      dateField: 'reviewSubmittedOn',
    },
    {
      key: 'review_pass',
      label: '法制审核通过',
      from: ['reviewing'],
      to: 'reviewed',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审核'),
        reviewerField('审核', 40),
        {
          key: 'reviewChecks',
          label: '审核内容',
          type: 'multiselect',
          required: true,
          options: REVIEW_CHECKLIST,
          help: '主体、权限、程序、事实证据、依据、裁量、文书，逐项审核',
        },
        noteField('reviewOpinion', '审核意见', true),
      ],
      dateField: 'reviewedOn',
      guard: (g) => {
        const v = g.payload.reviewChecks;
        const checked: unknown[] = Array.isArray(v) ? v : [];
        const missing = REVIEW_CHECKLIST.filter((o) => !checked.includes(o.value)).map((o) => o.label);
        return missing.length > 0 ? `审核通过前须逐项审核，尚未审核：${missing.join('、')}` : null;
      },
    },
    {
      key: 'review_return',
      label: '法制审核退回',
      from: ['reviewing'],
      to: 'investigating',
      roles: REVIEWERS,
      fields: [
        reviewedOnField('审核'),
        reviewerField('审核', 40),
        noteField('returnReasons', '退回理由及补正意见', true),
      ],
      dateField: 'reviewedOn',
    },
    {
      key: 'discuss',
      label: '负责人集体讨论',
      from: ['notified', 'reviewed'],
      roles: ['township_leader'],
      fields: [
        { key: 'discussedOn', label: '讨论日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('discussionMinutes', '讨论纪要及决定意见', true),
        noteField('dissent', '不同意见（如有）'),
      ],
      dateField: 'discussedOn',
    },
    {
      key: 'extend',
      label: '延长办案期限',
      from: ['filed', 'investigating', 'notified', 'hearing', 'reviewing', 'reviewed'],
      roles: ['township_leader'],
      fields: extensionFields(60, '日'),
      extends: 'decision',
    },
    {
      key: 'decide',
      label: '作出决定',
      from: ['filed', 'notified', 'reviewed'],
      to: 'decided',
      roles: ['township_leader'],
      fields: [
        { key: 'decidedOn', label: '决定日期', type: 'date', required: true, notBefore: 'noticeOn' },
        { key: 'decisionNumber', label: '决定书文号', type: 'text', required: true, maxLength: 60 },
        { key: 'decisionType', label: '决定类型', type: 'select', required: true, options: DECISION_TYPES },
        { key: 'fineAmount', label: '罚款金额', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
        {
          key: 'confiscatedAmount',
          label: '没收金额',
          type: 'integer',
          min: 0,
          max: 1_000_000_000,
          suffix: '元',
        },
        noteField('decisionSummary', '决定内容', true),
        { key: 'servedOnSpot', label: '当场交付决定书', type: 'boolean' },
      ],
      dateField: 'decidedOn',
      guard: decideGuard,
    },
    {
      key: 'serve',
      label: '送达决定书',
      from: ['decided'],
      to: 'served',
      roles: STAFF,
      fields: [
        { key: 'servedOn', label: '送达日期', type: 'date', required: true, notBefore: 'decidedOn' },
        {
          key: 'serviceMethod',
          label: '送达方式',
          type: 'select',
          required: true,
          options: options(
            ['direct', '直接送达'],
            ['left', '留置送达'],
            ['mail', '邮寄送达'],
            ['electronic', '电子送达（经当事人同意）'],
            ['notice', '公告送达'],
          ),
        },
      ],
      dateField: 'servedOn',
    },
    {
      key: 'publish',
      label: '公示决定',
      from: ['decided', 'served', 'executed', 'closed'],
      roles: STAFF,
      fields: [
        { key: 'publishedOn', label: '公示日期', type: 'date', required: true, notBefore: 'decidedOn' },
        { key: 'publicSummary', label: '公示内容摘要', type: 'textarea', required: true, maxLength: 1000 },
      ],
      dateField: 'publishedOn',
      guard: (g) => (g.events.some((e) => e.action === 'publish') ? '该决定已公示' : null),
    },
    {
      key: 'execute',
      label: '执行完毕',
      from: ['served'],
      to: 'executed',
      roles: STAFF,
      fields: [
        { key: 'executedOn', label: '执行完毕日期', type: 'date', required: true, notBefore: 'servedOn' },
        { key: 'paidAmount', label: '实缴罚没款', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
      ],
      dateField: 'executedOn',
    },
    {
      key: 'close',
      label: '结案归档',
      from: ['executed', 'served'],
      to: 'closed',
      roles: STAFF,
      fields: [{ key: 'closedOn', label: '归档日期', type: 'date', required: true, notBefore: 'decidedOn' }],
      dateField: 'closedOn',
      // every decision is published (处罚/许可 within 7 working days, the rest within 20)
      guard: (g) => (g.data.publishedOn ? null : '决定尚未公示，不能结案归档'),
    },
    {
      key: 'revoke',
      label: '决定被撤销或变更',
      from: ['decided', 'served', 'executed', 'closed'],
      to: 'revoked',
      roles: ['township_leader'],
      fields: [
        { key: 'revokedOn', label: '撤销（变更）日期', type: 'date', required: true, notBefore: 'decidedOn' },
        noteField('revokeReason', '撤销（变更）原因', true),
      ],
      dateField: 'revokedOn',
    },
    {
      key: 'withdraw_publicity',
      label: '撤回公示',
      from: ['revoked'],
      roles: STAFF,
      fields: [
        { key: 'withdrawnOn', label: '撤回日期', type: 'date', required: true, notBefore: 'revokedOn' },
        noteField('withdrawNotice', '撤回说明（公开）', true),
      ],
      dateField: 'withdrawnOn',
      guard: (g) => (g.data.publishedOn ? null : '该决定未曾公示，无需撤回'),
    },
    {
      key: 'archive_revoked',
      label: '撤销后归档',
      from: ['revoked'],
      to: 'dropped',
      roles: STAFF,
      fields: [
        { key: 'archivedOn', label: '归档日期', type: 'date', required: true, notBefore: 'revokedOn' },
      ],
      dateField: 'archivedOn',
      guard: (g) => (g.data.publishedOn && !g.data.withdrawnOn ? '该决定曾公示，须先撤回公示才能归档' : null),
    },
    {
      key: 'drop',
      label: '撤销立案',
      from: ['filed', 'investigating', 'notified'],
      to: 'dropped',
      roles: ['township_leader'],
      fields: [
        { key: 'droppedOn', label: '撤案日期', type: 'date', required: true, notBefore: 'filedOn' },
        noteField('dropReason', '撤案理由', true),
      ],
      dateField: 'droppedOn',
    },
  ],
  clocks: [
    {
      key: 'decision',
      label: '作出决定期限',
      basis: 'calendar',
      days: 90,
      start: { field: 'filedOn' },
      stop: ['decide', 'drop'],
      source: `${CF}第六十条`,
      maxExtension: 60,
      dueSoon: 10,
    },
    {
      key: 'service',
      label: '送达期限',
      basis: 'working',
      days: 7,
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['serve', 'revoke'],
      when: (d) => d.servedOnSpot !== true,
      source: `${CF}第六十一条（当事人不在场的，七日内送达）`,
    },
    {
      key: 'publicity',
      label: '公示期限',
      basis: 'working',
      days: 7,
      setting: 'enforcement.publicity_fast_days',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（行政许可、行政处罚决定7个工作日内公开）',
    },
    {
      key: 'publicity_other',
      label: '公示期限',
      basis: 'working',
      days: 20,
      setting: 'enforcement.publicity_other_days',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && !PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（其他执法决定20个工作日内公开）',
    },
    {
      key: 'withdrawal',
      label: '撤回公示期限',
      basis: 'working',
      days: 3,
      start: { action: 'revoke', field: 'revokedOn' },
      stop: ['withdraw_publicity'],
      when: (d) => typeof d.publishedOn === 'string',
      source: `${CF}第四十八条（决定被变更、撤销的，三日内撤回公开信息）`,
    },
  ],
};
