import { noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 上级交办与督察整改 (issue 16 §3): items the county assigns to a township (法治督察 findings,
 * 年度工作要点 tasks, 交办件) with a deadline the assigner sets, the township's progress reports,
 * and 销号 by the assigner; the township's own 年度工作计划 tasks run the same way, closed by its
 * own leader. No statute fixes the deadline: the assigner writes it on the item, and the clock
 * runs to that day.
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const TEST = 'core/ledgers/kinds/assignedTask.test.ts';

export const TASK_SOURCES = options(
  ['inspection', '法治督察反馈问题'],
  ['annual_points', '年度工作要点任务'],
  ['referral', '上级交办件'],
  ['own_plan', '本级年度工作计划任务'],
);

/** Items the township sets itself: its own leader closes them, not the county. */
export const isOwnTask = (d: Readonly<Record<string, unknown>>) => d.source === 'own_plan';

const assignerRule = {
  rule: '上级交办、督察反馈的事项由县级（交办方）销号或退回；本级年度计划任务由乡镇领导销号或退回',
  cite: [countySetting('交办事项“谁交办、谁销号”，按本县督察（督办）工作办法')],
  test: `${TEST} › only the assigner closes an item: the county for its own, the township leader for the plan`,
};

export const assignedTask: LedgerKind = {
  kind: 'assigned_task',
  label: '上级交办与督察整改',
  numberPrefix: '办',
  feeds: [],
  editors: ['county_reviewer', ...STAFF],
  fields: [
    { key: 'assignedOn', label: '交办日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'source',
      label: '事项来源',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: TASK_SOURCES,
    },
    { key: 'assigner', label: '交办（督察）单位', type: 'text', required: true, maxLength: 80, list: true },
    { key: 'documentNumber', label: '交办文号', type: 'text', maxLength: 60, searchable: true },
    {
      key: 'title',
      label: '事项名称',
      type: 'text',
      required: true,
      maxLength: 200,
      list: true,
      searchable: true,
    },
    noteField('content', '具体要求（问题描述）', true),
    {
      key: 'dueOn',
      label: '完成（整改）期限',
      type: 'date',
      required: true,
      allowFuture: true,
      notBefore: 'assignedOn',
      list: true,
      help: '交办方确定的期限；逾期未报送完成情况的在待办中提示',
    },
    { key: 'responsible', label: '责任科室（责任人）', type: 'text', required: true, maxLength: 60 },
  ],
  list: { dateField: 'assignedOn', title: (d) => String(d.title ?? '交办事项'), titleField: 'title' },
  states: [
    { key: 'assigned', label: '办理（整改）中', tone: 'processing', awaits: STAFF },
    { key: 'reported', label: '待县级销号', tone: 'warning', awaits: ['county_reviewer'] },
    { key: 'self_reported', label: '待领导销号', tone: 'warning', awaits: ['township_leader'] },
    { key: 'closed', label: '已销号', tone: 'success', final: true },
  ],
  initialState: 'assigned',
  editableIn: ['assigned'],
  actions: [
    {
      key: 'progress',
      label: '报告进展',
      from: ['assigned'],
      roles: STAFF,
      repeatable: true,
      fields: [
        { key: 'progressOn', label: '报告日期', type: 'date', required: true, notBefore: 'assignedOn' },
        noteField('progressNote', '进展情况', true),
      ],
      dateField: 'progressOn',
    },
    {
      key: 'report',
      label: '报送完成（整改）情况',
      from: ['assigned'],
      to: 'reported',
      roles: STAFF,
      offered: (d) => !isOwnTask(d),
      fields: [
        { key: 'doneOn', label: '报送日期', type: 'date', required: true, notBefore: 'assignedOn' },
        noteField('doneNote', '完成（整改）情况', true),
      ],
      dateField: 'doneOn',
      rules: [
        {
          rule: '本级年度计划任务请用“报告完成情况”，由本级领导销号',
          cite: assignerRule.cite,
          test: assignerRule.test,
        },
      ],
      guard: (g) => (isOwnTask(g.data) ? '本级年度计划任务请用“报告完成情况”，由本级领导销号' : null),
    },
    {
      key: 'report_own',
      label: '报告完成情况',
      from: ['assigned'],
      to: 'self_reported',
      roles: STAFF,
      offered: isOwnTask,
      fields: [
        { key: 'doneOn', label: '完成日期', type: 'date', required: true, notBefore: 'assignedOn' },
        noteField('doneNote', '完成情况', true),
      ],
      dateField: 'doneOn',
      rules: [
        {
          rule: '上级交办、督察反馈的事项须报送县级销号',
          cite: assignerRule.cite,
          test: assignerRule.test,
        },
      ],
      guard: (g) =>
        isOwnTask(g.data) ? null : '上级交办、督察反馈的事项请用“报送完成（整改）情况”，由县级销号',
    },
    {
      key: 'close',
      label: '销号',
      from: ['reported'],
      to: 'closed',
      roles: ['county_reviewer'],
      fields: [
        { key: 'closedOn', label: '销号日期', type: 'date', required: true, notBefore: 'doneOn' },
        noteField('closeNote', '销号意见'),
      ],
      dateField: 'closedOn',
    },
    {
      key: 'return',
      label: '退回继续整改',
      from: ['reported'],
      to: 'assigned',
      roles: ['county_reviewer'],
      fields: [noteField('returnReason', '退回原因', true)],
    },
    {
      key: 'close_own',
      label: '销号',
      from: ['self_reported'],
      to: 'closed',
      roles: ['township_leader'],
      fields: [
        { key: 'closedOn', label: '销号日期', type: 'date', required: true, notBefore: 'doneOn' },
        noteField('closeNote', '销号意见'),
      ],
      dateField: 'closedOn',
    },
    {
      key: 'return_own',
      label: '退回继续办理',
      from: ['self_reported'],
      to: 'assigned',
      roles: ['township_leader'],
      fields: [noteField('returnReason', '退回原因', true)],
    },
  ],
  clocks: [
    {
      // the deadline is the day the assigner set: 0 days after it is that day itself
      key: 'due',
      label: '完成（整改）期限',
      basis: 'working',
      days: 0,
      start: { field: 'dueOn' },
      deadline: true,
      stop: ['report', 'report_own'],
      // a returned item runs to the same deadline again: it was not done in time
      reopens: ['return', 'return_own'],
      source: '交办方确定的完成（整改）期限',
      cite: [countySetting('期限由交办（督察）单位在交办时确定，软件只记录该日期')],
      test: `${TEST} › the clock runs to the deadline the assigner set and stops when the township reports`,
      dueSoon: 5,
    },
  ],
};
