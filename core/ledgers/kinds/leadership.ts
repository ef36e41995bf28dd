import { noteField, options } from '../fieldKit';
import type { LedgerKind, TableField } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 组织领导: the leadership group and its changes, meetings, 述法 and 法治督察 (domain-rules §2:
 * the first responsible persons' duties are reported in part 三 of the annual report).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;

/** The group must have a 组长: on registration and after every adjustment. */
const noLeader = (members: unknown) =>
  Array.isArray(members) && !members.some((m) => (m as Record<string, unknown>).role === 'leader')
    ? '领导小组应有组长'
    : null;

const MEMBERS: TableField = {
  key: 'members',
  label: '成员',
  type: 'table',
  required: true,
  minRows: 3,
  maxRows: 40,
  excelRows: 3,
  columns: [
    { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 40, searchable: true },
    {
      key: 'role',
      label: '小组职务',
      type: 'select',
      required: true,
      options: options(['leader', '组长'], ['deputy', '副组长'], ['member', '成员']),
    },
    { key: 'post', label: '单位职务', type: 'text', required: true, maxLength: 60 },
  ],
};

export const leadershipGroup: LedgerKind = {
  kind: 'leadership_group',
  label: '法治建设领导小组',
  numberPrefix: '领',
  feeds: [],
  editors: STAFF,
  fields: [
    { key: 'name', label: '名称', type: 'text', required: true, maxLength: 60, list: true, searchable: true },
    { key: 'establishedOn', label: '成立（调整）日期', type: 'date', required: true, list: true },
    { key: 'documentNumber', label: '成立文件文号', type: 'text', maxLength: 60, list: true },
    MEMBERS,
  ],
  checks: [
    {
      fields: ['members'],
      test: (d) => noLeader(d.members),
    },
  ],
  list: { dateField: 'establishedOn', title: (d) => String(d.name ?? '法治建设领导小组') },
  states: [
    { key: 'active', label: '在任', tone: 'success' },
    { key: 'dissolved', label: '已撤销', tone: 'default', final: true },
  ],
  initialState: 'active',
  actions: [
    {
      key: 'adjust',
      rules: [
        {
          rule: '调整后的领导小组须有组长',
          cite: [countySetting('领导小组由党政主要负责人任组长是本县组建文件的要求，不是法律条文')],
          test: '',
        },
      ],
      label: '调整成员',
      from: ['active'],
      roles: STAFF,
      // the adjustment replaces the member list on the record; the event keeps the old history
      fields: [
        { key: 'adjustedOn', label: '调整日期', type: 'date', required: true, notBefore: 'establishedOn' },
        { key: 'adjustDocument', label: '调整文件文号', type: 'text', maxLength: 60 },
        { ...MEMBERS, label: '调整后成员' },
        noteField('adjustNote', '调整说明', true),
      ],
      dateField: 'adjustedOn',
      // action fields are not seen by the record's checks: without this, an adjustment could drop the 组长
      guard: (g) => noLeader(g.payload.members),
    },
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
    },
  ],
  clocks: [],
};

export const MEETING_TYPES = options(
  ['deployment', '部署会'],
  ['progress', '推进会'],
  ['special', '专题会'],
  ['briefing', '听取汇报'],
);

export const meeting: LedgerKind = {
  kind: 'meeting',
  label: '法治建设会议',
  numberPrefix: '会',
  feeds: ['leadership.meetings'],
  editors: STAFF,
  fields: [
    { key: 'heldOn', label: '会议日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'type',
      label: '会议类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: MEETING_TYPES,
    },
    {
      key: 'title',
      label: '会议名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    { key: 'chair', label: '主持人', type: 'text', required: true, maxLength: 40, list: true },
    {
      key: 'chairRole',
      label: '主持人身份',
      type: 'select',
      required: true,
      filter: true,
      options: options(['secretary', '党委书记'], ['head', '乡镇长（主任）'], ['other', '其他领导']),
      help: '党委书记、乡镇长为推进法治建设第一责任人，其主持的会议在年度报告第三部分中单独反映',
    },
    noteField('topics', '议题', true),
    noteField('decisions', '会议决定'),
    { key: 'attendance', label: '参会人数', type: 'integer', min: 1, max: 1000, suffix: '人' },
  ],
  list: { dateField: 'heldOn', title: (d) => String(d.title ?? '法治建设会议') },
  states: [{ key: 'held', label: '已召开', tone: 'success' }],
  initialState: 'held',
  actions: [],
  clocks: [],
};

export const dutyReport: LedgerKind = {
  kind: 'duty_report',
  label: '领导干部述法',
  numberPrefix: '述',
  feeds: ['leadership.law_duty_reports'],
  editors: STAFF,
  fields: [
    { key: 'reportedOn', label: '述法日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'leader',
      label: '述法人',
      type: 'text',
      required: true,
      maxLength: 40,
      list: true,
      searchable: true,
    },
    { key: 'post', label: '职务', type: 'text', required: true, maxLength: 60, list: true },
    {
      key: 'occasion',
      label: '述法形式',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['annual', '年终述职述法'],
        ['special', '专题述法'],
        ['meeting', '会议述法'],
        ['written', '书面述法'],
      ),
    },
    noteField('summary', '述法要点', true),
    {
      key: 'evaluation',
      label: '评议结果',
      type: 'select',
      options: options(['excellent', '好'], ['good', '较好'], ['fair', '一般'], ['poor', '差']),
    },
  ],
  list: { dateField: 'reportedOn', title: (d) => `${String(d.leader ?? '')}述法` },
  states: [{ key: 'done', label: '已述法', tone: 'success' }],
  initialState: 'done',
  actions: [],
  clocks: [],
};

export const lawInspection: LedgerKind = {
  kind: 'inspection_of_law',
  label: '法治督察',
  numberPrefix: '督',
  feeds: ['leadership.inspections'],
  editors: STAFF,
  fields: [
    { key: 'conductedOn', label: '督察日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'type',
      label: '类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['inspection', '法治督察'], ['special', '专项督查'], ['self', '自查']),
    },
    {
      key: 'subject',
      label: '督察事项',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    noteField('findings', '发现的问题', true),
    noteField('requirements', '整改要求'),
    { key: 'rectifyBy', label: '整改期限', type: 'date', allowFuture: true, notBefore: 'conductedOn' },
  ],
  list: { dateField: 'conductedOn', title: (d) => String(d.subject ?? '法治督察') },
  states: [
    { key: 'open', label: '整改中', tone: 'warning' },
    { key: 'rectified', label: '已整改', tone: 'success', final: true },
  ],
  initialState: 'open',
  actions: [
    {
      key: 'rectify',
      label: '整改完成',
      from: ['open'],
      to: 'rectified',
      roles: STAFF,
      fields: [
        { key: 'rectifiedOn', label: '整改完成日期', type: 'date', required: true, notBefore: 'conductedOn' },
        noteField('rectification', '整改情况', true),
      ],
      dateField: 'rectifiedOn',
    },
  ],
  clocks: [],
};
