import { extensionFields, noteField, options, partiesField, rowsOf } from '../fieldKit';
import type { LedgerKind } from '../types';
import { tj, tjgd } from './citations';
import { countySetting } from './enforcementLaw';

/**
 * 矛盾纠纷排查调处 (人民调解法; domain-rules §11). What is special here: an oral agreement
 * must be recorded by the mediator (Art.28), a failed mediation must tell the parties their
 * other routes (Art.26), a case is closed only after a follow-up visit, and an agreement opens
 * the 30-day window to apply for 司法确认 (Art.33).
 */

export const DISPUTE_TYPES = options(
  ['family', '婚姻家庭'],
  ['neighbour', '邻里纠纷'],
  ['land', '土地山林'],
  ['homestead', '宅基地'],
  ['labour', '劳资纠纷'],
  ['contract', '合同债务'],
  ['damage', '损害赔偿'],
  ['expropriation', '征地拆迁'],
  ['other', '其他'],
);

const STAFF = ['township_clerk', 'township_leader'] as const;

export const dispute: LedgerKind = {
  kind: 'dispute',
  label: '矛盾纠纷',
  numberPrefix: '纠',
  feeds: ['dispute.handled', 'dispute.resolved', 'dispute.success_rate', 'dispute.closure_rate'],
  // the 司法所 guides the township's people's mediation and may enter the cases it guides
  editors: [...STAFF, 'judicial_office'],
  fields: [
    { key: 'registeredOn', label: '登记日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'source',
      label: '来源',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['screening', '排查'],
        ['visit', '来访'],
        ['grid', '网格上报'],
        ['referral', '转办'],
        ['online', '群众线上申请'],
      ),
    },
    {
      key: 'type',
      label: '纠纷类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: DISPUTE_TYPES,
    },
    { key: 'village', label: '所在村（社区）', type: 'village', list: true, filter: true },
    partiesField(),
    {
      key: 'summary',
      label: '纠纷概要',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
    },
    {
      key: 'riskLevel',
      label: '风险等级',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['low', '低'], ['medium', '中'], ['high', '高']),
    },
    {
      key: 'mediationBody',
      label: '调解组织',
      type: 'select',
      options: options(
        ['village', '村（居）人民调解委员会'],
        ['township', '乡镇（街道）人民调解委员会'],
        ['professional', '行业性专业性调解委员会'],
      ),
    },
    { key: 'mediator', label: '调解员', type: 'text', maxLength: 40, list: true, searchable: true },
    { key: 'amount', label: '涉及金额', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
  ],
  list: {
    dateField: 'registeredOn',
    title: (d) => {
      const names = rowsOf(d.parties)
        .map((p) => String(p.name ?? ''))
        .filter(Boolean);
      const who =
        names.length > 1 ? `${names[0]}与${names[1]}${names.length > 2 ? '等' : ''}` : (names[0] ?? '');
      const label = DISPUTE_TYPES.find((o) => o.value === d.type)?.label ?? '纠纷';
      return `${who}${label}`;
    },
  },
  states: [
    { key: 'pending', label: '待受理', tone: 'warning', awaits: STAFF },
    { key: 'accepted', label: '已受理', tone: 'processing', awaits: STAFF },
    { key: 'mediating', label: '调解中', tone: 'processing' },
    { key: 'succeeded', label: '调解成功', tone: 'success' },
    { key: 'failed', label: '调解不成', tone: 'error' },
    { key: 'closed', label: '已结案', tone: 'default', final: true },
    { key: 'declined', label: '不予受理', tone: 'default', final: true },
  ],
  initialState: 'accepted',
  intake: {
    state: 'pending',
    topic: 'mediation',
    label: '申请调解',
    hint: '邻里、婚姻家庭、土地等矛盾纠纷，请简要说明双方和争议事项',
    contentLabel: '纠纷情况',
    next: { clock: 'mediation', text: '受理并组织调解' },
    types: { label: '纠纷类型', options: DISPUTE_TYPES },
    values: (form, today, village) => ({
      registeredOn: today,
      source: 'online',
      type: form.type ?? 'other',
      village,
      parties: [{ name: form.name, phone: form.phone }],
      summary: form.content,
      riskLevel: 'low',
    }),
  },
  editableIn: ['pending', 'accepted', 'mediating'],
  actions: [
    {
      key: 'accept',
      label: '受理',
      from: ['pending'],
      to: 'accepted',
      roles: STAFF,
      fields: [
        { key: 'acceptedOn', label: '受理日期', type: 'date', required: true, notBefore: 'registeredOn' },
      ],
      dateField: 'acceptedOn',
    },
    {
      key: 'decline',
      label: '不予受理',
      from: ['pending'],
      to: 'declined',
      roles: STAFF,
      fields: [noteField('declineReason', '不予受理理由', true)],
      confirm: '不予受理后该记录将归档，确定吗？',
    },
    {
      key: 'start_mediation',
      label: '开始调解',
      from: ['accepted'],
      to: 'mediating',
      roles: STAFF,
      fields: [
        {
          key: 'mediationStartedOn',
          label: '调解开始日期',
          type: 'date',
          required: true,
          notBefore: 'registeredOn',
        },
        { key: 'mediator', label: '调解员', type: 'text', required: true, maxLength: 40 },
      ],
      dateField: 'mediationStartedOn',
    },
    {
      key: 'extend_mediation',
      label: '延长调解期限',
      from: ['accepted', 'mediating'],
      roles: ['township_leader'],
      fields: extensionFields(30, '日'),
      extends: 'mediation',
    },
    {
      key: 'succeed',
      rules: [{ rule: '口头协议须由调解员记录协议内容', cite: [tj('第二十八条')], test: '' }],
      label: '调解成功',
      from: ['mediating'],
      to: 'succeeded',
      roles: STAFF,
      fields: [
        {
          key: 'agreementForm',
          label: '协议形式',
          type: 'select',
          required: true,
          options: options(['written', '书面调解协议书'], ['oral', '口头协议（调解员记录）']),
        },
        {
          key: 'agreementOn',
          label: '协议生效日期',
          type: 'date',
          required: true,
          notBefore: 'registeredOn',
        },
        noteField('agreementTerms', '协议内容', true),
        noteField('oralRecord', '口头协议记录'),
      ],
      dateField: 'agreementOn',
      // 人民调解法 第二十八条: an oral agreement counts only when the mediator records it.
      guard: ({ payload }) =>
        payload.agreementForm === 'oral' && !payload.oralRecord
          ? '口头协议须由调解员记录协议内容（人民调解法第二十八条）'
          : null,
    },
    {
      key: 'fail',
      label: '调解不成',
      from: ['mediating'],
      to: 'failed',
      roles: STAFF,
      fields: [
        { key: 'endedOn', label: '终止调解日期', type: 'date', required: true, notBefore: 'registeredOn' },
        noteField('failureReason', '调解不成原因', true),
        {
          key: 'guidedTo',
          label: '告知的其他途径',
          type: 'multiselect',
          required: true,
          options: options(
            ['arbitration', '仲裁'],
            ['administrative', '行政途径'],
            ['litigation', '司法（诉讼）'],
          ),
          help: '人民调解法第二十六条：调解不成的，应告知当事人依法通过仲裁、行政、司法等途径维护权利',
        },
      ],
      dateField: 'endedOn',
    },
    {
      key: 'follow_up',
      label: '回访',
      from: ['succeeded', 'failed'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'visitedOn', label: '回访日期', type: 'date', required: true, notBefore: 'registeredOn' },
        {
          key: 'performance',
          label: '履行情况',
          type: 'select',
          required: true,
          options: options(
            ['performed', '已履行'],
            ['partly', '部分履行'],
            ['not', '未履行'],
            ['na', '不适用'],
          ),
        },
        noteField('visitNote', '回访情况', true),
      ],
      dateField: 'visitedOn',
    },
    {
      key: 'record_confirmation',
      label: '登记司法确认申请',
      from: ['succeeded'],
      roles: STAFF,
      fields: [
        {
          key: 'confirmationAppliedOn',
          label: '申请司法确认日期',
          type: 'date',
          required: true,
          notBefore: 'agreementOn',
        },
      ],
      dateField: 'confirmationAppliedOn',
    },
    {
      key: 'close',
      label: '结案',
      rules: [
        {
          rule: '结案前至少记录一次回访',
          cite: [countySetting('回访后结案为人民调解工作的通行做法，本县可在工作规则中细化')],
          test: '',
        },
      ],
      from: ['succeeded', 'failed'],
      to: 'closed',
      roles: STAFF,
      bulk: true,
      guard: ({ events }) =>
        events.some((e) => e.action === 'follow_up') ? null : '结案前至少需要记录一次回访',
    },
  ],
  documents: [
    {
      // 人民调解法 第二十九条: what the agreement states and when it takes effect
      key: 'agreement',
      title: '人民调解协议书',
      after: 'succeed',
      cite: [tj('第二十九条'), tj('第三十三条')],
      fields: [
        'parties',
        'type',
        'summary',
        'agreementTerms',
        'agreementForm',
        'oralRecord',
        'mediationBody',
        'mediator',
        'agreementOn',
      ],
      notes: () => [
        '本协议经各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章后生效（《中华人民共和国人民调解法》第二十九条）。当事人各执一份，人民调解委员会留存一份。',
        '当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。',
      ],
      signatures: (d) => [
        ...rowsOf(d.parties).map((p) => `当事人${p.name ? `（${String(p.name)}）` : ''}签名、盖章或按指印`),
        '人民调解员（签名）',
        '人民调解委员会（印章）',
      ],
      dateField: 'agreementOn',
    },
  ],
  clocks: [
    {
      key: 'mediation',
      label: '调解期限',
      cite: [tjgd('第三十三条')],
      basis: 'calendar',
      days: 30,
      setting: 'dispute.mediation_days',
      start: { field: 'registeredOn' },
      stop: ['succeed', 'fail', 'decline'],
      // The 30 days are local practice (司法部 2002 规定 "一般一个月内调结"), hence a county setting.
      source: '人民调解工作规定（一般在一个月内调结，可由县级设置）',
      maxExtension: 30,
    },
    {
      key: 'judicial_confirmation',
      label: '司法确认申请期',
      cite: [tj('第三十三条')],
      basis: 'calendar',
      days: 30,
      start: { action: 'succeed', field: 'agreementOn' },
      stop: ['record_confirmation'],
      source: '《人民调解法》第三十三条（协议生效之日起三十日内共同申请司法确认）',
      reminder: true,
      dueSoon: 5,
    },
  ],
};
