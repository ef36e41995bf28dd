import { extensionFields, noteField, options } from '../fieldKit';
import type { ActionDef, ClockDef } from '../types';
import {
  CF,
  courtApplicationGuard,
  done,
  LITIGATION_MONTHS,
  lateSurcharge,
  money,
  OFFICERS_RULE,
  OPEN,
  STAFF,
  T,
  urgeGuard,
} from './enforcementGuards';
import { cf, fy, qz, ss } from './enforcementLaw';
import { officersField, twoCertifiedOfficers } from './enforcementRules';

/**
 * The measures around a case (执法案件) beside the decision itself: 先行登记保存 (行政处罚法
 * Art.56), 查封、扣押 (行政强制法 Art.25), payment and 加处罚款 (Art.67, 72), 催告 and the
 * application to the people's court for an organ without enforcement power (行政强制法
 * Art.53–54), and 移送司法机关 (Art.27). enforcementCase.ts spreads them into its declaration.
 */
export const ENFORCEMENT_MEASURES: readonly ActionDef[] = [
  {
    key: 'preserve',
    offered: (d) => !d.preservedOn,
    label: '先行登记保存',
    from: ['filed', 'investigating'],
    to: 'investigating',
    roles: STAFF,
    fields: [
      { key: 'preservedOn', label: '登记保存日期', type: 'date', required: true, notBefore: 'filedOn' },
      { key: 'preserveApprover', label: '批准的负责人', type: 'text', required: true, maxLength: 40 },
      noteField('preservedItems', '登记保存的证据（物品）清单', true),
      officersField(),
    ],
    dateField: 'preservedOn',
    guard: (g) => twoCertifiedOfficers(g.refs('officers'), g.payload.preservedOn),
    rules: [OFFICERS_RULE],
  },
  {
    key: 'dispose_preserved',
    offered: (d) => Boolean(d.preservedOn) && !d.preserveDecidedOn,
    label: '对登记保存物品作出处理决定',
    from: [...OPEN, 'decided', 'served'],
    roles: STAFF,
    fields: [
      {
        key: 'preserveDecidedOn',
        label: '处理决定日期',
        type: 'date',
        required: true,
        notBefore: 'preservedOn',
      },
      {
        key: 'preserveDisposal',
        label: '处理方式',
        type: 'select',
        required: true,
        options: options(
          ['release', '解除登记保存'],
          ['record', '记录、复制、拍照后退还'],
          ['test', '送检验、检测、鉴定'],
          ['seize', '依法查封、扣押'],
          ['transfer', '移送有关部门'],
        ),
      },
    ],
    dateField: 'preserveDecidedOn',
    guard: (g) =>
      !g.data.preservedOn
        ? '本案没有先行登记保存的物品'
        : done(g.events, 'dispose_preserved')
          ? '已对登记保存物品作出处理决定'
          : null,
    rules: [
      {
        rule: '只有先行登记保存了证据的案件才作出处理决定，且只作一次',
        cite: [cf('第五十六条')],
        test: `${T}先行登记保存 is decided within 7 working days`,
      },
    ],
  },
  {
    key: 'seize',
    offered: (d) => !d.seizedOn,
    label: '查封、扣押',
    from: ['filed', 'investigating', 'notified'],
    roles: ['township_leader'],
    fields: [
      { key: 'seizedOn', label: '查封、扣押日期', type: 'date', required: true, notBefore: 'filedOn' },
      {
        key: 'seizureType',
        label: '措施',
        type: 'select',
        required: true,
        options: options(['seal', '查封场所、设施或者财物'], ['detain', '扣押财物']),
      },
      {
        key: 'seizureBasis',
        label: '实施依据（法律、法规）',
        type: 'text',
        required: true,
        maxLength: 200,
      },
      noteField('seizedItems', '查封、扣押清单', true),
      officersField(),
    ],
    dateField: 'seizedOn',
    guard: (g) =>
      done(g.events, 'seize')
        ? '本案已实施查封、扣押'
        : twoCertifiedOfficers(g.refs('officers'), g.payload.seizedOn),
    rules: [OFFICERS_RULE],
  },
  {
    key: 'extend_seizure',
    offered: (d) => Boolean(d.seizedOn) && !d.releasedOn,
    label: '延长查封、扣押期限',
    from: [...OPEN, 'decided', 'served'],
    roles: ['township_leader'],
    fields: extensionFields(30, '日'),
    extends: 'seizure',
    guard: (g) => (g.data.seizedOn ? null : '本案没有查封、扣押'),
    rules: [
      {
        rule: '查封、扣押期限不得超过30日；情况复杂的，经负责人批准可延长一次，延长不得超过30日',
        cite: [qz('第二十五条')],
        days: { n: 30, basis: 'calendar' },
        test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
      },
    ],
  },
  {
    key: 'seizure_test_start',
    offered: (d) => Boolean(d.seizedOn) && !d.releasedOn && !d.testStartedOn,
    label: '送检验、检测、检疫或技术鉴定',
    from: [...OPEN, 'decided', 'served'],
    roles: STAFF,
    fields: [
      { key: 'testStartedOn', label: '送检日期', type: 'date', required: true, notBefore: 'seizedOn' },
      noteField('testSubject', '送检物品及检测、鉴定事项', true),
    ],
    dateField: 'testStartedOn',
    pauses: 'seizure',
    guard: (g) =>
      !g.data.seizedOn ? '本案没有查封、扣押' : done(g.events, 'seizure_test_start') ? '已记录送检' : null,
    rules: [
      {
        rule: '查封、扣押物品的检测、检验、检疫或者技术鉴定期间，不计入查封、扣押期限（自送检之日至结果出具之日）',
        cite: [qz('第二十五条第三款')],
        test: `${T}testing time is kept out of the 查封、扣押 period`,
      },
    ],
  },
  {
    key: 'seizure_test_end',
    offered: (d) => Boolean(d.testStartedOn) && !d.testEndedOn,
    label: '检测、鉴定结果出具',
    from: [...OPEN, 'decided', 'served'],
    roles: STAFF,
    fields: [
      {
        key: 'testEndedOn',
        label: '结果出具日期',
        type: 'date',
        required: true,
        notBefore: 'testStartedOn',
      },
    ],
    dateField: 'testEndedOn',
    resumes: 'seizure',
    guard: (g) =>
      !g.data.testStartedOn
        ? '尚未记录送检'
        : done(g.events, 'seizure_test_end')
          ? '已记录检测、鉴定结果'
          : null,
    rules: [
      {
        rule: '检测、鉴定结果出具后，查封、扣押期限恢复计算',
        cite: [qz('第二十五条第三款')],
        test: `${T}testing time is kept out of the 查封、扣押 period`,
      },
    ],
  },
  {
    key: 'release_seizure',
    offered: (d) => Boolean(d.seizedOn) && !d.releasedOn,
    label: '解除查封、扣押或作出处理',
    from: [...OPEN, 'decided', 'served', 'executed'],
    roles: STAFF,
    fields: [
      { key: 'releasedOn', label: '解除（处理）日期', type: 'date', required: true, notBefore: 'seizedOn' },
      noteField('releaseNote', '解除或处理情况', true),
    ],
    dateField: 'releasedOn',
    guard: (g) =>
      !g.data.seizedOn ? '本案没有查封、扣押' : done(g.events, 'release_seizure') ? '已解除或处理' : null,
    rules: [
      {
        rule: '只有实施了查封、扣押的案件才解除或处理，且只作一次；解除或处理即停止查封、扣押期限',
        cite: [qz('第二十五条'), qz('第二十八条')],
        test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
      },
    ],
  },
  {
    key: 'pay',
    offered: (d) => money(d.fineAmount) + money(d.confiscatedAmount) > 0 && !d.paidOn,
    label: '缴纳罚款',
    from: ['served', 'court'],
    roles: STAFF,
    fields: [
      { key: 'paidOn', label: '缴纳日期', type: 'date', required: true, notBefore: 'servedOn' },
      {
        key: 'paidAmount',
        label: '实缴罚没款',
        type: 'integer',
        required: true,
        min: 0,
        max: 1_000_000_000,
        suffix: '元',
      },
      { key: 'surcharge', label: '加处罚款', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
    ],
    dateField: 'paidOn',
    guard: (g) =>
      money(g.data.fineAmount) + money(g.data.confiscatedAmount) <= 0
        ? '该决定没有罚没款'
        : done(g.events, 'pay')
          ? '已记录缴纳'
          : null,
    warn: lateSurcharge,
    rules: [
      {
        rule: '有罚没款的决定才记录缴纳；逾期缴纳的，提示每日按罚款数额3%加处罚款、不超过罚款数额',
        cite: [cf('第六十七条第三款'), cf('第七十二条第一款第一项')],
        days: { n: 15, basis: 'calendar' },
        test: `${T}payment, 催告 and the application to the court`,
      },
    ],
  },
  {
    key: 'urge',
    offered: (d) => money(d.fineAmount) > 0 && !d.paidOn,
    label: '催告履行',
    from: ['served'],
    roles: STAFF,
    fields: [
      { key: 'urgedOn', label: '催告书送达日期', type: 'date', required: true, notBefore: 'servedOn' },
      noteField('urgeContent', '催告履行的义务、期限及方式', true),
    ],
    dateField: 'urgedOn',
    guard: urgeGuard,
    rules: [
      {
        rule: '决定书送达后15日内缴纳罚款；期满前不能催告',
        cite: [cf('第六十七条第三款')],
        days: { n: 15, basis: 'calendar' },
        test: `${T}payment, 催告 and the application to the court`,
      },
    ],
  },
  {
    key: 'apply_court',
    offered: (d) => Boolean(d.urgedOn),
    label: '申请人民法院强制执行',
    from: ['served'],
    to: 'court',
    roles: ['township_leader'],
    fields: [
      { key: 'appliedOn', label: '申请日期', type: 'date', required: true, notBefore: 'urgedOn' },
      { key: 'court', label: '受理法院', type: 'text', required: true, maxLength: 60 },
    ],
    dateField: 'appliedOn',
    guard: courtApplicationGuard,
    rules: [
      {
        rule: '没有行政强制执行权的机关，申请法院强制执行前须书面催告，催告书送达10个工作日后仍未履行的才能申请',
        cite: [qz('第五十四条'), qz('第六十九条')],
        days: { n: 10, basis: 'working' },
        test: `${T}payment, 催告 and the application to the court`,
      },
      {
        rule: '申请须在复议（60日）、诉讼（6个月）期限届满之日起3个月内提出，届满前不能申请',
        cite: [qz('第五十三条'), fy('第二十条'), ss('第四十六条')],
        setting: LITIGATION_MONTHS,
        test: `${T}payment, 催告 and the application to the court`,
      },
    ],
  },
  {
    key: 'transfer_judicial',
    label: '移送司法机关',
    from: [...OPEN],
    to: 'transferred',
    roles: ['township_leader'],
    fields: [
      { key: 'transferredOn', label: '移送日期', type: 'date', required: true, notBefore: 'filedOn' },
      { key: 'receivingOrgan', label: '接收机关', type: 'text', required: true, maxLength: 60 },
      noteField('transferReason', '涉嫌犯罪的事实及移送理由', true),
    ],
    dateField: 'transferredOn',
    confirm: '移送司法机关后本案不再作出行政处罚决定，确定吗？',
    rules: [
      {
        rule: '违法行为涉嫌犯罪的，及时将案件移送司法机关；移送后办案期限停止计算',
        cite: [cf('第二十七条')],
        test: `${T}a case transferred to the judicial organs stops its clocks`,
      },
    ],
  },
];

export const MEASURE_CLOCKS: readonly ClockDef[] = [
  {
    key: 'preservation',
    label: '先行登记保存处理期限',
    basis: 'working',
    days: 7,
    start: { action: 'preserve', field: 'preservedOn' },
    stop: ['dispose_preserved'],
    source: `${CF}第五十六条（先行登记保存的，七日内及时作出处理决定）`,
    cite: [cf('第五十六条'), cf('第八十五条')],
    test: `${T}先行登记保存 is decided within 7 working days`,
  },
  {
    key: 'seizure',
    label: '查封、扣押期限',
    basis: 'calendar',
    days: 30,
    start: { action: 'seize', field: 'seizedOn' },
    stop: ['release_seizure'],
    source: '《行政强制法》第二十五条（不超过三十日，经批准可延长一次，不超过三十日）',
    cite: [qz('第二十五条')],
    test: `${T}查封、扣押 runs 30 days and extends once by at most 30`,
    maxExtension: 30,
    maxExtensions: 1,
    dueSoon: 5,
  },
  {
    key: 'payment',
    label: '当事人缴纳罚款期限',
    basis: 'calendar',
    days: 15,
    start: { action: 'serve', field: 'servedOn' },
    stop: ['pay', 'execute', 'revoke'],
    when: (d) => Number(d.fineAmount ?? 0) > 0,
    source: `${CF}第六十七条（收到决定书之日起十五日内缴纳罚款）`,
    cite: [cf('第六十七条第三款'), cf('第七十二条')],
    test: `${T}payment, 催告 and the application to the court`,
    // the party's period, not the township's: it never counts as the township's 逾期
    reminder: true,
  },
];
