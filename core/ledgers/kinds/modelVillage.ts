import { noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 民主法治示范村（社区）创建: a village applies at a level (县级 up to 国家级), is named or not, and
 * a named one is re-examined (复核) and may lose the title. The 全国 title is named and re-examined
 * by 司法部 and 民政部 every two years (dynamic management, as reported by the provincial 司法厅);
 * provincial, municipal and county titles follow local rules, so the re-examination period is a
 * county setting, two years by default.
 */

const STAFF = ['township_clerk', 'township_leader', 'judicial_office'] as const;
const TEST = 'core/ledgers/kinds/modelVillage.test.ts';

export const MODEL_VILLAGE_LEVELS = options(
  ['national', '国家级'],
  ['provincial', '省级'],
  ['municipal', '市级'],
  ['county', '县级'],
);

const levelLabel = (v: unknown) => MODEL_VILLAGE_LEVELS.find((o) => o.value === v)?.label ?? '';

export const modelVillage: LedgerKind = {
  kind: 'model_village',
  label: '民主法治示范村创建',
  numberPrefix: '示',
  feeds: ['publicity.model_villages'],
  editors: STAFF,
  fields: [
    { key: 'village', label: '村（社区）', type: 'village', required: true, list: true, filter: true },
    {
      key: 'level',
      label: '创建级别',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: MODEL_VILLAGE_LEVELS,
    },
    { key: 'appliedOn', label: '申报日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'highlights',
      label: '创建主要做法',
      type: 'textarea',
      maxLength: 4000,
      searchable: true,
    },
  ],
  list: {
    dateField: 'appliedOn',
    title: (d) => `${levelLabel(d.level)}民主法治示范村（社区）创建`,
    // the level is in the title
    columns: ['village', 'appliedOn'],
  },
  states: [
    // the application is with the naming bodies: nothing waits for the township meanwhile
    { key: 'applying', label: '申报中', tone: 'processing' },
    { key: 'named', label: '已命名', tone: 'success' },
    { key: 'not_named', label: '未获命名', tone: 'default', final: true },
    { key: 'revoked', label: '已撤销称号', tone: 'error', final: true },
  ],
  initialState: 'applying',
  undeletable: { states: ['named', 'revoked'], reason: '已命名的称号只能经复核撤销，不能删除' },
  actions: [
    {
      key: 'name',
      label: '登记命名',
      from: ['applying'],
      to: 'named',
      roles: STAFF,
      fields: [
        { key: 'namedOn', label: '命名日期', type: 'date', required: true, notBefore: 'appliedOn' },
        { key: 'namedBy', label: '命名文件（文号）', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'namedOn',
    },
    {
      key: 'not_name',
      label: '登记未获命名',
      from: ['applying'],
      to: 'not_named',
      roles: STAFF,
      fields: [
        { key: 'notNamedOn', label: '结果日期', type: 'date', required: true, notBefore: 'appliedOn' },
        noteField('notNamedNote', '说明'),
      ],
      dateField: 'notNamedOn',
    },
    {
      // not repeatable: the latest 复核 stays on the record and restarts the clock; each one is
      // kept in the event list
      key: 'recheck',
      label: '登记复核结果',
      from: ['named'],
      roles: STAFF,
      fields: [
        { key: 'recheckedOn', label: '复核日期', type: 'date', required: true, notBefore: 'namedOn' },
        {
          key: 'recheckResult',
          label: '复核结果',
          type: 'select',
          required: true,
          options: options(['kept', '保留称号'], ['rectify', '限期整改后保留']),
        },
        noteField('recheckNote', '复核意见'),
      ],
      dateField: 'recheckedOn',
    },
    {
      key: 'revoke',
      label: '撤销（注销）称号',
      from: ['named'],
      to: 'revoked',
      roles: STAFF,
      confirm: '撤销后本村（社区）不再计入示范村（社区）数',
      fields: [
        { key: 'revokedOn', label: '撤销日期', type: 'date', required: true, notBefore: 'namedOn' },
        {
          key: 'revokeReason',
          label: '原因',
          type: 'select',
          required: true,
          options: options(
            ['failed', '复核不合格撤销'],
            ['cancelled', '注销（区划调整等）'],
            ['other', '其他'],
          ),
        },
        noteField('revokeNote', '说明'),
      ],
      dateField: 'revokedOn',
    },
  ],
  clocks: [
    {
      key: 'recheck',
      label: '复核期限',
      basis: 'calendar',
      days: 730,
      setting: 'model_village.recheck_days',
      // from the latest 复核, else from naming
      start: { field: ['recheckedOn', 'namedOn'] },
      stop: ['revoke'],
      source: '民主法治示范村（社区）动态管理（全国示范村每两年复核一次；其他级别按本地办法，默认730日）',
      cite: [
        countySetting(
          '全国民主法治示范村（社区）由司法部、民政部每两年复核一次；省、市、县级称号按本地办法，默认自命名或上次复核起730日，由县级设置',
        ),
      ],
      test: `${TEST} › recheck: two years from naming, then from the latest recheck`,
      dueSoon: 20,
    },
  ],
};
