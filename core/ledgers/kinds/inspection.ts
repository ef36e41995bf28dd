import { options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { officersField, twoCertifiedOfficers } from './enforcementRules';

/** 日常巡查 / 专项检查: counted into `enforcement.inspections`; every inspection needs two certified officers. */
export const inspection: LedgerKind = {
  kind: 'inspection',
  label: '执法检查',
  numberPrefix: '检',
  feeds: ['enforcement.inspections'],
  editors: ['township_clerk', 'township_leader'],
  fields: [
    { key: 'inspectedOn', label: '检查日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'type',
      label: '检查类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['routine', '日常巡查'], ['special', '专项检查'], ['random', '双随机抽查']),
    },
    { key: 'matter', label: '执法事项', type: 'ref', kind: 'enforcement_matter' },
    {
      key: 'object',
      label: '检查对象',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    officersField('检查人员'),
    {
      key: 'result',
      label: '检查结果',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['ok', '未发现问题'], ['corrected', '责令整改'], ['case', '立案查处']),
    },
    { key: 'findings', label: '检查情况', type: 'textarea', maxLength: 2000, searchable: true },
  ],
  checks: [
    { fields: ['officers'], test: (d, ctx) => twoCertifiedOfficers(ctx.refs('officers'), d.inspectedOn) },
  ],
  list: { dateField: 'inspectedOn', title: (d) => `${String(d.object ?? '')}检查` },
  // a plain register entry: one state, no steps
  states: [{ key: 'done', label: '已检查', tone: 'success' }],
  initialState: 'done',
  actions: [],
  clocks: [],
};
