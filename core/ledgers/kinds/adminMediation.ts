import { extensionFields, noteField, options, partiesField, rowsOf } from '../fieldKit';
import type { Citation, LedgerKind } from '../types';
import { provinceRule } from './citations';
import { countySetting } from './enforcementLaw';

/**
 * 行政调解 (issue 16 §3): disputes the township government mediates itself, within its own
 * administrative duties — not the 人民调解委员会 (dispute.ts). No national statute governs it;
 * each province has its own rule. Read (search corpus `pages`): 《山东省行政调解办法》
 * (省政府令第363号, 2025-01-09公布, 2025-05-01施行) — 行政调解 is the government leading the
 * parties to a voluntary agreement on civil disputes tied to its administrative duties, free of
 * charge and never a substitute for enforcement (第二条、第六条); older provincial rules
 * (辽宁, 重庆, 深圳) say the same and leave the time limits to each body. No time limit was
 * confirmed, so both are county settings: 受理 within 5 working days of the application and
 * mediation within 30 days of 受理, once extendable by up to 30 days.
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const TEST = 'core/ledgers/kinds/adminMediation.test.ts';

const rule = (what: string): Citation => provinceRule(`行政调解办法（规章）：${what}`);
const SHANDONG: Citation = {
  law: '《山东省行政调解办法》（山东省人民政府令第363号）',
  article: '第二条、第六条',
  version: '2025-01-09公布，2025-05-01施行（示例省份，其他省份按本省规定）',
};

export const ADMIN_MEDIATION_TYPES = options(
  ['land', '土地、山林、水利权属'],
  ['resettlement', '征收补偿安置'],
  ['labour', '劳动报酬和社会保障'],
  ['consumer', '消费权益'],
  ['environment', '环境污染'],
  ['traffic', '交通事故损害赔偿'],
  ['medical', '医疗纠纷'],
  ['property', '物业服务'],
  ['other', '其他与行政管理有关的民事纠纷'],
);

export const adminMediation: LedgerKind = {
  kind: 'admin_mediation',
  label: '行政调解',
  numberPrefix: '政调',
  feeds: ['dispute.admin_mediations', 'dispute.admin_mediation_succeeded', 'dispute.admin_mediation_rate'],
  editors: STAFF,
  fields: [
    { key: 'appliedOn', label: '申请（启动）日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'origin',
      label: '启动方式',
      type: 'select',
      required: true,
      filter: true,
      options: options(['application', '当事人申请'], ['ex_officio', '依职权主动调解（经当事人同意）']),
    },
    {
      key: 'type',
      label: '纠纷类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: ADMIN_MEDIATION_TYPES,
    },
    { key: 'village', label: '所在村（社区）', type: 'village', filter: true },
    partiesField(),
    {
      key: 'summary',
      label: '争议事项',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
    },
    { key: 'department', label: '承办科室（站所）', type: 'text', required: true, maxLength: 60, list: true },
    { key: 'mediator', label: '调解主持人', type: 'text', required: true, maxLength: 40, list: true },
  ],
  checks: [
    {
      fields: ['parties'],
      test: (d) => (rowsOf(d.parties).length < 2 ? '「当事人」至少应有争议双方两方' : null),
    },
  ],
  list: {
    dateField: 'appliedOn',
    title: (d) => {
      const names = rowsOf(d.parties)
        .map((p) => String(p.name ?? ''))
        .filter(Boolean);
      const label = ADMIN_MEDIATION_TYPES.find((o) => o.value === d.type)?.label ?? '纠纷';
      return `${names.slice(0, 2).join('与')}${names.length > 2 ? '等' : ''}${label}（行政调解）`;
    },
  },
  states: [
    { key: 'applied', label: '待受理', tone: 'warning' },
    { key: 'mediating', label: '调解中', tone: 'processing' },
    { key: 'succeeded', label: '调解成功', tone: 'success', final: true },
    { key: 'terminated', label: '终止调解', tone: 'error', final: true },
    { key: 'declined', label: '不予受理', tone: 'default', final: true },
  ],
  initialState: 'applied',
  editableIn: ['applied', 'mediating'],
  actions: [
    {
      key: 'accept',
      label: '受理',
      from: ['applied'],
      to: 'mediating',
      roles: STAFF,
      fields: [
        { key: 'acceptedOn', label: '受理日期', type: 'date', required: true, notBefore: 'appliedOn' },
        {
          key: 'consent',
          label: '各方当事人同意行政调解',
          type: 'boolean',
          required: true,
          help: '行政调解以当事人自愿为前提，任何一方不同意的不得调解',
        },
      ],
      dateField: 'acceptedOn',
      rules: [
        {
          rule: '各方当事人同意调解才能受理',
          cite: [SHANDONG, rule('自愿原则')],
          test: `${TEST} › mediation needs the consent of every party; an agreement needs its date and terms`,
        },
      ],
      guard: (g) =>
        g.payload.consent === true ? null : '行政调解须经各方当事人同意，不同意的应告知其他救济途径',
    },
    {
      key: 'decline',
      label: '不予受理',
      from: ['applied'],
      to: 'declined',
      roles: STAFF,
      fields: [
        { key: 'declinedOn', label: '决定日期', type: 'date', required: true, notBefore: 'appliedOn' },
        noteField('declineReason', '理由及告知的其他途径', true),
      ],
      dateField: 'declinedOn',
    },
    {
      key: 'extend',
      label: '延长调解期限',
      from: ['mediating'],
      roles: ['township_leader'],
      fields: extensionFields(30, '日'),
      extends: 'mediate',
    },
    {
      key: 'agree',
      label: '达成调解协议',
      from: ['mediating'],
      to: 'succeeded',
      roles: STAFF,
      fields: [
        { key: 'agreementOn', label: '协议签订日期', type: 'date', required: true, notBefore: 'acceptedOn' },
        noteField('agreement', '协议内容', true),
        { key: 'amount', label: '涉及金额', type: 'integer', min: 0, max: 1_000_000_000, suffix: '元' },
      ],
      dateField: 'agreementOn',
    },
    {
      key: 'terminate',
      label: '终止调解',
      from: ['mediating'],
      to: 'terminated',
      roles: STAFF,
      fields: [
        { key: 'terminatedOn', label: '终止日期', type: 'date', required: true, notBefore: 'acceptedOn' },
        noteField('terminateReason', '终止原因及告知的其他途径', true),
      ],
      dateField: 'terminatedOn',
    },
  ],
  clocks: [
    {
      key: 'accept',
      label: '受理决定期限',
      basis: 'working',
      days: 5,
      setting: 'admin_mediation.accept_days',
      start: { field: 'appliedOn' },
      stop: ['accept', 'decline'],
      source: '本省行政调解规定（受理期限未经核实，默认5个工作日，县级设置）',
      cite: [rule('受理期限'), countySetting('受理期限未经核实：默认5个工作日')],
      test: `${TEST} › 受理 within 5 working days and mediation within 30 days of 受理, both county settings`,
    },
    {
      key: 'mediate',
      label: '调解期限',
      basis: 'calendar',
      days: 30,
      setting: 'admin_mediation.mediate_days',
      start: { action: 'accept', field: 'acceptedOn' },
      stop: ['agree', 'terminate'],
      source: '本省行政调解规定（调解期限未经核实，默认受理之日起30日，可延长一次不超过30日，县级设置）',
      cite: [rule('调解期限及延长'), countySetting('调解期限未经核实：默认30日，可延长一次，不超过30日')],
      test: `${TEST} › 受理 within 5 working days and mediation within 30 days of 受理, both county settings`,
      maxExtension: 30,
      maxExtensions: 1,
    },
  ],
};
