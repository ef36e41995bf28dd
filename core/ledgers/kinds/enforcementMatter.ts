import { options } from '../fieldKit';
import type { LedgerKind } from '../types';

export const MATTER_TYPES = options(
  ['penalty', '行政处罚'],
  ['inspection', '行政检查'],
  ['coercion', '行政强制'],
  ['license', '行政许可'],
  ['other', '其他'],
);

/**
 * 执法事项清单 / 权责清单: what the township may enforce, with its legal basis — public
 * (事前公开, 国办发〔2018〕118号). A register: in force, or retired.
 */
export const enforcementMatter: LedgerKind = {
  kind: 'enforcement_matter',
  label: '执法事项',
  numberPrefix: '事项',
  feeds: [],
  editors: ['township_clerk', 'township_leader'],
  fields: [
    {
      key: 'name',
      label: '事项名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'type',
      label: '事项类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: MATTER_TYPES,
    },
    {
      key: 'legalBasis',
      label: '法律依据',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
    },
    { key: 'department', label: '实施机构', type: 'text', required: true, maxLength: 60, list: true },
    { key: 'listedOn', label: '列入清单日期', type: 'date', required: true, list: true },
  ],
  list: { dateField: 'listedOn', title: (d) => String(d.name ?? '执法事项'), titleField: 'name' },
  states: [
    { key: 'active', label: '有效', tone: 'success' },
    { key: 'retired', label: '已取消', tone: 'default', final: true },
  ],
  initialState: 'active',
  actions: [
    {
      key: 'retire',
      label: '取消事项',
      from: ['active'],
      to: 'retired',
      roles: ['township_leader'],
      fields: [
        { key: 'retiredOn', label: '取消日期', type: 'date', required: true, notBefore: 'listedOn' },
        { key: 'retireReason', label: '取消依据', type: 'textarea', required: true, maxLength: 500 },
      ],
      dateField: 'retiredOn',
    },
  ],
  clocks: [],
};
