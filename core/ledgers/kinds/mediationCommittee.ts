import { options, rowsOf } from '../fieldKit';
import type { LedgerKind } from '../types';
import { tj } from './citations';

/**
 * 人民调解委员会 (人民调解法 第八、九条): set up by a village or community committee, or by the
 * township; 3–9 members including a woman; a three-year term. A register, not a case: one
 * state, and the only step is dissolving it.
 */
export const mediationCommittee: LedgerKind = {
  kind: 'mediation_committee',
  label: '人民调解委员会',
  numberPrefix: '调委',
  feeds: ['dispute.mediation_committees'],
  // the 司法所 keeps this register with the township (mediation guidance)
  editors: ['township_clerk', 'township_leader', 'judicial_office'],
  fields: [
    { key: 'name', label: '名称', type: 'text', required: true, maxLength: 60, list: true, searchable: true },
    {
      key: 'level',
      label: '类别',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(
        ['village', '村（居）调委会'],
        ['township', '乡镇（街道）调委会'],
        ['professional', '行业性专业性调委会'],
      ),
    },
    { key: 'village', label: '所在村（社区）', type: 'village', list: true },
    { key: 'establishedOn', label: '成立（换届）日期', type: 'date', required: true, list: true },
    {
      key: 'members',
      label: '委员',
      type: 'table',
      required: true,
      minRows: 3,
      maxRows: 9,
      excelRows: 3,
      columns: [
        { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 40, searchable: true },
        {
          key: 'position',
          label: '职务',
          type: 'select',
          required: true,
          options: options(['chair', '主任'], ['vice', '副主任'], ['member', '委员']),
        },
        {
          key: 'gender',
          label: '性别',
          type: 'select',
          required: true,
          options: options(['f', '女'], ['m', '男']),
        },
        { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
      ],
    },
  ],
  checks: [
    {
      fields: ['members'],
      test: (d) =>
        rowsOf(d.members).length > 0 && !rowsOf(d.members).some((m) => m.gender === 'f')
          ? '人民调解委员会委员中应当有妇女成员（人民调解法第九条）'
          : null,
    },
    {
      fields: ['village', 'level'],
      test: (d) => (d.level === 'village' && !d.village ? '村（居）调委会须选择所在村（社区）' : null),
    },
  ],
  list: { dateField: 'establishedOn', title: (d) => String(d.name ?? '人民调解委员会') },
  states: [
    { key: 'active', label: '在任', tone: 'success' },
    { key: 'dissolved', label: '已撤销', tone: 'default', final: true },
  ],
  initialState: 'active',
  actions: [
    {
      key: 'dissolve',
      label: '撤销',
      from: ['active'],
      to: 'dissolved',
      roles: ['township_leader'],
      fields: [
        { key: 'dissolvedOn', label: '撤销日期', type: 'date', required: true, notBefore: 'establishedOn' },
      ],
      dateField: 'dissolvedOn',
      confirm: '撤销后该调委会不再计入统计，确定吗？',
    },
  ],
  clocks: [
    {
      key: 'term',
      cite: [tj('第九条')],
      label: '任期届满',
      basis: 'calendar',
      days: 1095,
      start: { field: 'establishedOn' },
      stop: ['dissolve'],
      source: '《人民调解法》第九条（委员每届任期三年）',
      reminder: true,
      dueSoon: 20,
    },
  ],
};
