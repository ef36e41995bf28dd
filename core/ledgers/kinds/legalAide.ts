import { noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';

/**
 * 法律明白人 roster: one record per person, under the village they serve. The trainings a person
 * took and the work they did are steps kept in the record's event list (each dated, with the
 * hours of a training), so a person's file reads as a timeline. The year's figures count the
 * people on the roster at the year's end (dispute.legal_aides); the training batches and the
 * person-times trained come from the training sessions themselves (学法活动 of type
 * 法律明白人培训), where one batch is one record.
 */

const STAFF = ['township_clerk', 'township_leader', 'judicial_office'] as const;

export const LEGAL_AIDE_ROLES = options(
  ['cadre', '村（社区）“两委”成员'],
  ['group_leader', '村民小组长'],
  ['grid', '网格员'],
  ['mediator', '人民调解员'],
  ['member', '党员'],
  ['representative', '村（居）民代表'],
  ['other', '其他'],
);

export const legalAide: LedgerKind = {
  kind: 'legal_aide',
  label: '法律明白人',
  numberPrefix: '明',
  feeds: ['dispute.legal_aides'],
  editors: STAFF,
  fields: [
    {
      key: 'name',
      label: '姓名',
      type: 'text',
      required: true,
      maxLength: 40,
      personal: 'name',
      searchable: true,
      list: true,
    },
    { key: 'village', label: '村（社区）', type: 'village', required: true, list: true, filter: true },
    {
      key: 'role',
      label: '身份',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: LEGAL_AIDE_ROLES,
    },
    { key: 'idNumber', label: '身份证号', type: 'text', format: 'id_number', personal: 'id_number' },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'appointedOn', label: '确定日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'batch',
      label: '培养批次',
      type: 'text',
      maxLength: 40,
      list: true,
      searchable: true,
      help: '如“2025年第一批”',
    },
  ],
  list: {
    dateField: 'appointedOn',
    title: (d) => String(d.name ?? '法律明白人'),
    titleField: 'name',
    columns: ['village', 'role'],
  },
  states: [
    { key: 'active', label: '在册', tone: 'success' },
    { key: 'left', label: '已退出', tone: 'default', final: true },
  ],
  initialState: 'active',
  actions: [
    {
      key: 'train',
      label: '登记培训',
      from: ['active'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'trainedOn', label: '培训日期', type: 'date', required: true, notBefore: 'appointedOn' },
        { key: 'hours', label: '学时', type: 'integer', required: true, min: 1, max: 200, suffix: '学时' },
        { key: 'topic', label: '培训内容', type: 'text', required: true, maxLength: 120 },
      ],
      dateField: 'trainedOn',
    },
    {
      key: 'activity',
      label: '登记履职活动',
      from: ['active'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'activityOn', label: '活动日期', type: 'date', required: true, notBefore: 'appointedOn' },
        {
          key: 'activityType',
          label: '活动类型',
          type: 'select',
          required: true,
          options: options(
            ['publicity', '普法宣传'],
            ['screening', '矛盾纠纷排查'],
            ['mediation', '参与调解'],
            ['guidance', '法律咨询引导'],
            ['other', '其他'],
          ),
        },
        noteField('activityNote', '活动情况', true),
      ],
      dateField: 'activityOn',
    },
    {
      key: 'leave',
      label: '退出',
      from: ['active'],
      to: 'left',
      roles: ['township_leader', 'judicial_office'],
      fields: [
        { key: 'leftOn', label: '退出日期', type: 'date', required: true, notBefore: 'appointedOn' },
        noteField('leftReason', '退出原因', true),
      ],
      dateField: 'leftOn',
    },
  ],
  clocks: [],
};
