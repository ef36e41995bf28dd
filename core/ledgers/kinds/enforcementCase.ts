import { extensionFields, noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import {
  CF,
  DECISION_TYPES,
  decideGuard,
  decidePrecheck,
  done,
  EXTENSION_BASIS,
  HEARING_REQUEST_DAYS,
  hearingNoticeGuard,
  hearingRequestGuard,
  LITIGATION_MONTHS,
  MAJOR_FINE_ORG,
  MAJOR_FINE_PERSON,
  OFFICERS_RULE,
  REVIEW_CATALOG,
  reviewerRefusal,
  STAFF,
  STATEMENT_DAYS,
  T,
} from './enforcementGuards';
import { cf, fy, gb118, gi, ss } from './enforcementLaw';
import { ENFORCEMENT_MEASURES, MEASURE_CLOCKS } from './enforcementMeasures';
import { officersField, twoCertifiedOfficers } from './enforcementRules';
import { REVIEWERS, reviewedOnField, reviewerField } from './legalityReview';

// the figures and keys other modules and tests read from the case's declaration
export {
  DECISION_TYPES,
  hearingRights,
  LITIGATION_MONTHS,
  MAJOR_FINE_ORG,
  MAJOR_FINE_PERSON,
  majorReasons,
  REVIEW_CATALOG,
  STATEMENT_DAYS,
} from './enforcementGuards';

/**
 * 行政执法案件 under the three systems (国办发〔2018〕118号) and 行政处罚法 (2021); rules and
 * sources in domain-rules §7–§8 and its December 2026 corrections. Every clock and guard cites
 * its article and version (docs/statutes.md, generated from this declaration). In short:
 * - every investigative step names at least two officers certified on that day (Art.42);
 * - no decision before 告知, and none while the party may still be heard: the 陈述、申辩 period
 *   (a county setting) and, where Art.63 gives the right, the 5-working-day hearing window
 *   must have passed, unless the statement is recorded and answered or a waiver is recorded
 *   (Art.44, 45, 62–64); the simple procedure hears the party on the spot and files the
 *   decision with the organ (Art.51–52);
 * - 法制审核 (Art.58) for a 重大 case or one on the county's catalog, by a reviewer who did not
 *   investigate, legally qualified when reviewing for the first time, and not the decider; a
 *   集体讨论 (Art.57);
 * - clocks: decision within 90 days of 立案, extended only under a named rule (Art.60); service
 *   within 7 working days (Art.61); publicity within 7 / 20 working days unless withheld for a
 *   legal reason (118号; 政府信息公开条例 Art.14–15); withdrawal within 3 working days of a
 *   revocation (Art.48). The measures around the case (先行登记保存, 查封扣押, payment, 催告,
 *   the court, 移送司法机关) are in enforcementMeasures.ts; the guards in enforcementGuards.ts.
 */

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
/** Why a decision may stay unpublished: the exceptions of 政府信息公开条例 Art.14–15. */
export const WITHHOLD_REASONS = options(
  ['state_secret', '涉及国家秘密'],
  ['commercial_secret', '涉及商业秘密'],
  ['personal_privacy', '涉及个人隐私'],
  ['security', '公开后可能危及国家安全、公共安全、经济安全、社会稳定'],
  ['law_forbids', '法律、行政法规禁止公开'],
);

export const REVIEW_CHECKLIST = options(
  ['subject', '执法主体合法'],
  ['authority', '执法权限合法'],
  ['procedure', '程序合法'],
  ['facts', '事实清楚、证据确实充分'],
  ['basis', '适用依据准确'],
  ['discretion', '裁量适当'],
  ['documents', '文书完备规范'],
);

/** The decision's document by its type (行政处罚法 第五十九条 for penalties). */
const DECISION_TITLES: Record<string, string> = {
  warning: '行政处罚决定书',
  fine: '行政处罚决定书',
  confiscation: '行政处罚决定书',
  suspend: '行政处罚决定书',
  revoke: '行政处罚决定书',
  no_penalty: '不予行政处罚决定书',
  license: '准予行政许可决定书',
  license_denied: '不予行政许可决定书',
};

export const enforcementCase: LedgerKind = {
  kind: 'enforcement_case',
  label: '执法案件',
  numberPrefix: '执',
  feeds: [
    'enforcement.cases',
    'enforcement.legal_reviews',
    'enforcement.licenses',
    'enforcement.fines',
    'enforcement.publicity_timely_rate',
  ],
  editors: STAFF,
  settings: [
    {
      // read by the public enforcement page (server/kinds/enforcement/annualData.ts, issue 16 §2)
      key: 'enforcement_case.annual_data_due',
      label: '上年度行政执法数据公开截止日（次年此日之前）',
      explain: '乡镇（街道）上一年度行政执法总体情况在公示页公开的截止日；公示页写明该日期。',
      input: 'monthDay',
      default: 131,
      unit: '',
      min: 101,
      max: 331,
      source:
        '国办发〔2018〕118号要求于每年1月31日前公开本机关上年度行政执法总体情况有关数据（检索未能核实原文，按县级设置，默认1月31日）',
    },
    {
      key: MAJOR_FINE_PERSON,
      label: '较大数额罚没款（个人）',
      explain: '对个人的罚没款达到此金额的，当事人有权要求听证，登记时自动提示听证权利并列入法制审核。',
      default: 10_000,
      unit: '元',
      min: 1,
      max: 10_000_000,
      source:
        '行政处罚法第六十三条的“较大数额”由各省、部门规定（多数地方为个人1万元、单位10万元）；达到的，当事人有权要求听证',
    },
    {
      key: MAJOR_FINE_ORG,
      label: '较大数额罚没款（单位）',
      explain:
        '对法人或其他组织的罚没款达到此金额的，当事人有权要求听证，登记时自动提示听证权利并列入法制审核。',
      default: 100_000,
      unit: '元',
      min: 1,
      max: 100_000_000,
      source:
        '行政处罚法第六十三条的“较大数额”由各省、部门规定（多数地方为个人1万元、单位10万元）；达到的，当事人有权要求听证',
    },
    {
      key: STATEMENT_DAYS,
      label: '陈述、申辩期限',
      explain: '告知当事人拟作出的处罚后，须等待此期限届满（或当事人已陈述申辩、明确放弃）才能作出决定。',
      default: 3,
      unit: '个工作日',
      min: 1,
      max: 15,
      source:
        '行政处罚法第四十四、四十五条未规定陈述、申辩的期限（法律未规定具体天数，由部门规章或告知书确定）；默认3个工作日，以本县告知书载明的期限为准',
    },
    {
      key: REVIEW_CATALOG,
      label: '较大数额等听证案件列入法制审核目录',
      explain: '选“是”时，较大数额罚没、责令停产停业、吊销许可证件等可听证案件在作出决定前须经法制审核。',
      input: 'switch',
      default: 1,
      unit: '',
      min: 0,
      max: 1,
      source:
        '国办发〔2018〕118号要求各机关确定重大执法决定法制审核目录清单；默认1：较大数额罚没、责令停产停业、吊销许可证件等可听证案件须经法制审核',
    },
    {
      key: LITIGATION_MONTHS,
      label: '提起行政诉讼的期限',
      explain: '当事人起诉期限届满后方可申请法院强制执行，据此计算申请强制执行的起止日期。',
      default: 6,
      unit: '个月',
      min: 1,
      max: 6,
      source:
        '行政诉讼法第四十六条（知道作出行政行为之日起六个月，法律另有规定的除外）；申请法院强制执行在其届满后3个月内',
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
  list: { dateField: 'filedOn', title: (d) => String(d.caseName ?? '执法案件'), titleField: 'caseName' },
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
    { key: 'court', label: '已申请法院强制执行', tone: 'warning' },
    { key: 'transferred', label: '已移送司法机关', tone: 'default', final: true },
    { key: 'dropped', label: '已撤案（撤销）', tone: 'default', final: true },
  ],
  initialState: 'filed',
  editableIn: ['filed', 'investigating'],
  // a decision made or a case ended is an administrative act served on a party: it is undone by
  // its own steps (撤销决定, 撤案), never deleted, which would erase it from 公示 and statistics
  // while the decision stands (issue 15 §4)
  undeletable: {
    states: ['decided', 'served', 'executed', 'closed', 'revoked', 'court', 'transferred', 'dropped'],
    reason: '已作出决定或已结案的案件不能删除，只能通过办理步骤撤销',
  },
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
      rules: [OFFICERS_RULE],
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
        {
          key: 'hearingRightTold',
          label: '已告知要求听证的权利',
          type: 'boolean',
          help: '拟作出较大数额罚没款、责令停产停业、吊销许可证件等处罚的，应当告知当事人有要求听证的权利（行政处罚法第六十三条）',
        },
        officersField('送达告知书人员'),
      ],
      dateField: 'noticeOn',
      guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.noticeOn),
      rules: [OFFICERS_RULE],
    },
    {
      key: 'record_statement',
      label: '记录陈述、申辩',
      from: ['notified'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'statementOn', label: '陈述、申辩日期', type: 'date', required: true, notBefore: 'noticeOn' },
        {
          key: 'statementForm',
          label: '方式',
          type: 'select',
          required: true,
          options: options(['written', '书面陈述、申辩'], ['oral', '口头陈述、申辩（已制作笔录）']),
        },
        noteField('statementSummary', '当事人陈述、申辩要点', true),
        noteField('statementAnswer', '复核意见及采纳情况', true),
        {
          key: 'waivesHearing',
          label: '当事人表示不要求听证',
          type: 'boolean',
          help: '当事人有权要求听证的（行政处罚法第六十三条），其明确表示不要求听证的，不必等待听证申请期限届满',
        },
      ],
      dateField: 'statementOn',
      rules: [
        {
          rule: '告知后，陈述、申辩期限届满前不得作出决定；记录当事人的陈述、申辩及复核意见后可以作出',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          days: { n: 3, basis: 'working' },
          setting: STATEMENT_DAYS,
          test: 'core/ledgers/kinds/enforcementLaw.test.ts › no decision before the party is heard',
        },
      ],
    },
    {
      key: 'waive_rights',
      label: '当事人明确放弃权利',
      from: ['notified'],
      roles: STAFF,
      fields: [
        { key: 'waivedOn', label: '放弃日期', type: 'date', required: true, notBefore: 'noticeOn' },
        {
          key: 'waivedRights',
          label: '放弃的权利',
          type: 'multiselect',
          required: true,
          options: options(['statement', '陈述、申辩'], ['hearing', '要求听证']),
        },
        {
          key: 'waiverForm',
          label: '放弃方式',
          type: 'select',
          required: true,
          options: options(['written', '当事人书面声明'], ['record', '笔录记载并经当事人签字']),
        },
      ],
      dateField: 'waivedOn',
      rules: [
        {
          rule: '当事人明确放弃陈述、申辩或听证权利的（记录日期和方式），不必等待相应期限届满',
          cite: [cf('第四十四条'), cf('第六十二条'), cf('第六十四条')],
          test: 'core/ledgers/kinds/enforcementLaw.test.ts › no decision before the party is heard',
        },
      ],
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
      rules: [
        {
          rule: '听证申请须在告知后5个工作日内提出',
          cite: [cf('第六十四条第一款第一项'), cf('第八十五条')],
          days: { n: HEARING_REQUEST_DAYS, basis: 'working' },
          test: 'core/ledgers/kinds/enforcement.test.ts › a request on the 5th working day after the notice is allowed, on the 6th refused',
        },
      ],
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
      rules: [
        {
          rule: '应当在举行听证的7个工作日前通知当事人听证的时间、地点',
          cite: [cf('第六十四条第一款第二项'), cf('第八十五条')],
          days: { n: 7, basis: 'working' },
          test: 'core/ledgers/kinds/enforcement.test.ts › the hearing notice must go out at least 7 working days ahead',
        },
      ],
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
      rules: [
        {
          rule: '先通知听证的时间、地点，才能举行听证；听证后回到“已告知”，当事人已陈述、申辩',
          cite: [cf('第六十四条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › the hearing notice must go out at least 7 working days ahead',
        },
      ],
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
          key: 'reviewerOfficer',
          label: '审核人员（名册记录）',
          type: 'ref',
          kind: 'officer',
          help: '审核人员在执法人员名册中的，请选择，以核对其未参与本案调查、是否具有法律职业资格',
        },
        {
          key: 'reviewerFirstTime',
          label: '初次从事法制审核',
          type: 'boolean',
          help: '初次从事行政处罚决定法制审核的人员，应当取得法律职业资格（行政处罚法第五十八条第二款）',
        },
        { key: 'reviewerQualified', label: '审核人员具有法律职业资格', type: 'boolean' },
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
        if (missing.length > 0) return `审核通过前须逐项审核，尚未审核：${missing.join('、')}`;
        return reviewerRefusal(g);
      },
      rules: [
        {
          rule: '法制审核人员不得是本案的调查人员（参与调查取证、告知的执法人员）',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          test: `${T}a reviewer who investigated is refused`,
        },
        {
          rule: '初次从事行政处罚决定法制审核的人员须具有法律职业资格（记录在执法人员名册或审核记录中）',
          cite: [cf('第五十八条第二款')],
          test: `${T}a first-time reviewer needs 法律职业资格`,
        },
      ],
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
      fields: [
        ...extensionFields(60, '日'),
        {
          key: 'extensionBasis',
          label: '允许延长的法律、法规、规章及条款',
          type: 'text',
          required: true,
          maxLength: 200,
          help: '行政处罚法第六十条：法律、法规、规章另有规定的，从其规定；没有规定的，不能延长',
        },
      ],
      extends: 'decision',
      guard: (g) =>
        EXTENSION_BASIS.test(String(g.payload.extensionBasis ?? ''))
          ? null
          : `延长办案期限须写明允许延长的法律、法规或者规章及其条款，如《某某程序规定》第某条；没有依据的，不能延长（${CF}第六十条）`,
      rules: [
        {
          rule: '90日办案期限只能依法律、法规、规章的规定延长，延长时须写明其名称及条款；累计最多延长60日、1次',
          cite: [cf('第六十条')],
          test: `${T}an extension of the 90 days names the rule that allows it`,
        },
      ],
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
        {
          key: 'heardOnSpot',
          label: '已当场告知并听取陈述、申辩',
          type: 'boolean',
          help: '简易程序：当场告知拟作出的处罚内容及事实、理由、依据，并听取当事人的陈述、申辩（行政处罚法第四十四、五十二条）',
        },
      ],
      dateField: 'decidedOn',
      guard: decideGuard,
      precheck: decidePrecheck,
      rules: [
        {
          rule: '普通程序：作出决定前须告知当事人拟作出的决定及其陈述、申辩、听证的权利',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › refuses a decision before 告知',
        },
        {
          rule: '告知后，当事人陈述、申辩期限届满前不得作出决定，除非已记录其陈述、申辩及复核意见或其明确放弃',
          cite: [cf('第四十四条'), cf('第四十五条'), cf('第六十二条')],
          days: { n: 3, basis: 'working' },
          setting: STATEMENT_DAYS,
          test: `${T}no decision before the party is heard`,
        },
        {
          rule: '当事人有权要求听证的（较大数额罚没款、责令停产停业、吊销许可证件等），告知时须告知其要求听证的权利',
          cite: [cf('第六十三条')],
          setting: MAJOR_FINE_PERSON,
          test: `${T}the notice must tell the hearing right where Art.63 gives it`,
        },
        {
          rule: '当事人有权要求听证的（较大数额罚没款、责令停产停业、吊销许可证件等），听证申请期限（告知后5个工作日）届满前不得作出决定，除非听证已举行或当事人明确放弃',
          cite: [cf('第六十三条'), cf('第六十四条')],
          days: { n: HEARING_REQUEST_DAYS, basis: 'working' },
          setting: MAJOR_FINE_PERSON,
          test: `${T}no decision while a hearing may still be asked for`,
        },
        {
          rule: '简易程序只适用于警告或对个人200元、对单位3000元以下罚款',
          cite: [cf('第五十一条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › simple procedure, decided on the spot: %s',
        },
        {
          rule: '简易程序也须当场告知并听取当事人的陈述、申辩',
          cite: [cf('第四十四条'), cf('第五十二条')],
          test: `${T}the simple procedure still hears the party and files the decision`,
        },
        {
          rule: '重大执法决定（认定为重大、经过听证，或列入本县法制审核目录）须经法制审核通过后才能作出',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          setting: REVIEW_CATALOG,
          test: 'server/routes/ledgers/enforcement.test.ts › an admin lowers it for persons; a smaller fine then counts as 重大',
        },
        {
          rule: '作出决定的负责人不得同时是本案的法制审核人员',
          cite: [cf('第五十八条'), gb118('四、全面推行重大执法决定法制审核制度')],
          test: `${T}the reviewer may not decide`,
        },
        {
          rule: '情节复杂或者重大违法行为给予行政处罚，须经负责人集体讨论决定',
          cite: [cf('第五十七条')],
          test: 'server/routes/ledgers/enforcement.test.ts › 法制审核: submitted by the clerk, passed by the legal advisor (not by a clerk)',
        },
      ],
    },
    {
      key: 'report_filing',
      offered: (d) => d.procedure === 'simple' && !d.reportedOn,
      label: '简易程序决定备案',
      from: ['decided', 'served', 'executed'],
      roles: STAFF,
      fields: [
        { key: 'reportedOn', label: '报送备案日期', type: 'date', required: true, notBefore: 'decidedOn' },
      ],
      dateField: 'reportedOn',
      guard: (g) =>
        g.data.procedure !== 'simple'
          ? '只有简易程序当场作出的决定需要报所属行政机关备案'
          : done(g.events, 'report_filing')
            ? '该决定已备案'
            : null,
      rules: [
        {
          rule: '执法人员当场作出的行政处罚决定，应当报所属行政机关备案；未备案的不能结案',
          cite: [cf('第五十二条第三款')],
          test: `${T}the simple procedure still hears the party and files the decision`,
        },
      ],
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
      guard: (g) =>
        done(g.events, 'publish')
          ? '该决定已公示'
          : done(g.events, 'withhold_publicity')
            ? '该决定已依法决定不予公开'
            : null,
      rules: [
        {
          rule: '一个决定只公示一次；已依法决定不予公开的，不再公示',
          cite: [cf('第四十八条'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'withhold_publicity',
      offered: (d) => !d.publishedOn && !d.withheldOn,
      label: '决定不予公开',
      from: ['decided', 'served', 'executed'],
      roles: ['township_leader'],
      fields: [
        {
          key: 'withheldOn',
          label: '决定不予公开日期',
          type: 'date',
          required: true,
          notBefore: 'decidedOn',
        },
        {
          key: 'withholdReason',
          label: '不予公开的法定理由',
          type: 'select',
          required: true,
          options: WITHHOLD_REASONS,
        },
        noteField('withholdBasis', '依据及说明', true),
      ],
      dateField: 'withheldOn',
      guard: (g) =>
        done(g.events, 'publish')
          ? '该决定已公示，不能再决定不予公开；如需撤下，应依法撤回公示'
          : done(g.events, 'withhold_publicity')
            ? '已记录不予公开'
            : null,
      rules: [
        {
          rule: '执法决定只有具备法定理由（国家秘密、商业秘密、个人隐私、危及安全稳定、法律行政法规禁止公开）并记录依据的，才可不予公开；记录后可以结案',
          cite: [cf('第四十八条'), gi('第十四条'), gi('第十五条'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'execute',
      label: '执行完毕',
      from: ['served', 'court'],
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
      // every decision is published (处罚/许可 within 7 working days, the rest within 20) unless
      // withheld for a legal reason; an on-the-spot decision is filed with the organ first
      guard: (g) =>
        !g.data.publishedOn && !g.data.withheldOn
          ? '决定尚未公示，也未依法决定不予公开，不能结案归档'
          : g.data.procedure === 'simple' && !g.data.reportedOn
            ? `简易程序当场作出的决定尚未报所属行政机关备案（${CF}第五十二条），不能结案归档`
            : null,
      rules: [
        {
          rule: '决定已公示或已依法决定不予公开，简易程序决定已备案，才能结案归档',
          cite: [cf('第四十八条'), cf('第五十二条第三款'), gb118('二、全面推行行政执法公示制度')],
          test: `${T}a decision is withheld from publication only with a legal reason`,
        },
      ],
    },
    {
      key: 'revoke',
      label: '决定被撤销或变更',
      from: ['decided', 'served', 'executed', 'closed', 'court'],
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
      rules: [
        {
          rule: '只有曾公示的决定需要撤回公示',
          cite: [cf('第四十八条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
        },
      ],
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
      rules: [
        {
          rule: '被撤销的决定曾公示的，须先撤回公示才能归档',
          cite: [cf('第四十八条')],
          test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
        },
      ],
    },
    ...ENFORCEMENT_MEASURES,
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
  documents: [
    {
      // 行政处罚法 第五十九条: what the decision states; 第六十七条 the fine's 15 days
      key: 'decision',
      title: (d) => DECISION_TITLES[String(d.decisionType)] ?? '行政决定书',
      after: 'decide',
      cite: [cf('第五十九条'), cf('第六十七条'), fy('第二十条'), ss('第四十六条')],
      fields: [
        'decisionNumber',
        'partyType',
        'partyName',
        'partyIdNumber',
        'partyCreditCode',
        'partyAddress',
        'caseName',
        'facts',
        'legalBasis',
        'decisionType',
        'fineAmount',
        'confiscatedAmount',
        'decisionSummary',
        'decidedOn',
      ],
      notes: (d) => [
        ...(typeof d.fineAmount === 'number' && d.fineAmount > 0
          ? [
              '当事人应当自收到本决定书之日起十五日内缴纳罚款（《中华人民共和国行政处罚法》第六十七条），缴款方式见缴款通知。',
            ]
          : []),
        '当事人对本决定不服的，可以自收到本决定书之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条），或者在六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。',
      ],
      signatures: ['（作出决定的行政机关印章）'],
      dateField: 'decidedOn',
    },
  ],
  clocks: [
    {
      key: 'decision',
      label: '作出决定期限',
      basis: 'calendar',
      days: 90,
      start: { field: 'filedOn' },
      stop: ['decide', 'drop', 'transfer_judicial'],
      source: `${CF}第六十条`,
      cite: [cf('第六十条')],
      test: 'server/routes/ledgers/enforcement.test.ts › registers the case and starts the 90-day decision clock',
      // the figure of an extension is the allowing rule's; 60 days once covers the common ones
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
      cite: [cf('第六十一条'), cf('第八十五条')],
      test: 'server/routes/ledgers/enforcement.test.ts › collective discussion and an extension by the leader, then the decision',
    },
    {
      key: 'publicity',
      label: '公示期限',
      basis: 'working',
      days: 7,
      setting: 'enforcement.publicity_fast_days',
      settingLabel: '行政许可、行政处罚决定公示期限',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'withhold_publicity', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（行政许可、行政处罚决定7个工作日内公开）',
      cite: [gb118('二、全面推行行政执法公示制度'), cf('第四十八条')],
      test: 'server/routes/ledgers/enforcement.test.ts › collective discussion and an extension by the leader, then the decision',
    },
    {
      key: 'publicity_other',
      label: '公示期限',
      basis: 'working',
      days: 20,
      setting: 'enforcement.publicity_other_days',
      settingLabel: '其他执法决定公示期限',
      start: { action: 'decide', field: 'decidedOn' },
      stop: ['publish', 'withhold_publicity', 'revoke'],
      when: (d) => typeof d.decisionType === 'string' && !PUBLISH_FAST.has(d.decisionType),
      source: '国办发〔2018〕118号（其他执法决定20个工作日内公开）',
      cite: [gb118('二、全面推行行政执法公示制度')],
      test: 'core/ledgers/kinds/enforcement.test.ts › publicity of a %s decision: %s due %s (%s working days)',
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
      cite: [cf('第四十八条'), cf('第八十五条')],
      test: 'core/ledgers/kinds/enforcement.test.ts › publicity stops when published; withdrawal: 3 working days after a revocation, only if published',
    },
    ...MEASURE_CLOCKS,
  ],
};
