import { parseDay } from '../../calendar/dates';
import { extensionFields, noteField, options, partiesField } from '../fieldKit';
import type { GuardInput, LedgerKind } from '../types';
import { xf } from './citations';

/**
 * 信访事项 under 《信访工作条例》 (2022; domain-rules §4 and its December 2026 corrections). What
 * is special: items are classed 建议意见、检举控告、申诉求决 (Art.31); the objection window only
 * runs for items forwarded or assigned to us (Art.23 ¶3), and such items also carry the deadline
 * the assigning organ set (Art.22); the handling clock allows one extension of at most 30 days,
 * approved by the leader and told to the petitioner (Art.34). 复查 and 复核 are decided by the
 * next organs up (Art.35–36), not by the township: it records the request and the outcome but
 * runs no clock of its own for them, so its 待办 never shows them overdue. A 复查 request more
 * than 30 days after the reply is recorded as late; after 复核 the same facts are not accepted
 * again (Art.36).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;
const XF = '《信访工作条例》';

/** 信访事项的类别 (Art.31): how an item is handled depends on its class. */
export const PETITION_NATURES = options(
  ['suggestion', '建议意见'],
  ['accusation', '检举控告'],
  ['claim', '申诉求决'],
);

const TEST = 'core/ledgers/kinds/petition.test.ts';

export const PETITION_OUTCOMES = options(
  ['support', '支持'],
  ['explain', '解释说明'],
  ['reject', '不予支持'],
);

const daysBetween = (a: string, b: string) => parseDay(b) - parseDay(a);

function lateRequest(from: string, on: unknown, what: string): string | null {
  if (typeof on !== 'string') return null;
  const n = daysBetween(from, on);
  return n > 30 ? `${what}在收到答复${n}日后提出，已超过30日（${XF}第三十五、三十六条）` : null;
}

const served = ({ data }: GuardInput) => String(data.servedOn ?? data.repliedOn ?? '');

export const petition: LedgerKind = {
  kind: 'petition',
  label: '信访事项',
  numberPrefix: '访',
  feeds: [
    'petition.timely_acceptance_rate',
    'petition.timely_closure_rate',
    'petition.visit_batches',
    'petition.visitors',
    'petition.cases',
    'petition.closed',
    'petition.closure_rate',
  ],
  editors: STAFF,
  fields: [
    { key: 'receivedOn', label: '收到日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'channel',
      label: '信访形式',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['visit', '来访'], ['letter', '来信'], ['online', '网上信访'], ['phone', '电话']),
    },
    {
      key: 'origin',
      label: '来源',
      type: 'select',
      required: true,
      filter: true,
      options: options(['direct', '直接受理'], ['forwarded', '上级转送'], ['assigned', '上级交办']),
    },
    {
      key: 'assignedDueOn',
      label: '交办（转送）机关要求办结日期',
      type: 'date',
      allowFuture: true,
      help: `${XF}第二十二条：上级交办、转送的信访事项，按交办（转送）机关要求的期限办理并报告结果`,
    },
    {
      key: 'nature',
      label: '信访事项类别',
      type: 'select',
      filter: true,
      list: true,
      options: PETITION_NATURES,
      help: `${XF}第三十一条：分为建议意见、检举控告、申诉求决类，分别处理`,
    },
    { key: 'people', label: '人数', type: 'integer', required: true, min: 1, max: 10_000, suffix: '人' },
    {
      key: 'representatives',
      label: '推选代表人数',
      type: 'integer',
      min: 1,
      max: 5,
      suffix: '人',
      help: `${XF}第二十条：多人采用走访形式的，应当推选代表，代表人数不超过5人`,
    },
    partiesField('信访人'),
    {
      key: 'subject',
      label: '信访事由',
      type: 'text',
      required: true,
      maxLength: 200,
      list: true,
      searchable: true,
    },
    {
      key: 'category',
      label: '问题类别',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['land', '农村农业与土地'],
        ['urban', '城乡建设'],
        ['labour', '劳动和社会保障'],
        ['welfare', '民政与社会救助'],
        ['law', '政法'],
        ['environment', '生态环境'],
        ['other', '其他'],
      ),
    },
    {
      key: 'content',
      label: '主要诉求',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      searchable: true,
    },
    { key: 'village', label: '所在村（社区）', type: 'village', filter: true },
    {
      key: 'noticeExempt',
      label: '无需另行书面告知',
      type: 'boolean',
      help: `${XF}第二十三条：能够当场答复的当场书面告知；信访人姓名（名称）、住址不清的无需告知`,
    },
  ],
  checks: [
    {
      fields: ['representatives', 'people'],
      test: (d) =>
        d.channel === 'visit' && Number(d.people) > 5 && !d.representatives
          ? '多人走访的，应填写推选代表人数（不超过5人）'
          : typeof d.representatives === 'number' && d.representatives > Number(d.people)
            ? '推选代表人数不能多于人数'
            : null,
    },
    {
      fields: ['assignedDueOn'],
      test: (d) =>
        d.origin === 'direct' && d.assignedDueOn
          ? '交办（转送）机关要求办结日期只适用于上级交办、转送的事项'
          : typeof d.assignedDueOn === 'string' &&
              typeof d.receivedOn === 'string' &&
              d.assignedDueOn < d.receivedOn
            ? '交办（转送）机关要求办结日期 不能早于 收到日期'
            : null,
    },
  ],
  list: {
    dateField: 'receivedOn',
    title: (d) => String(d.subject ?? '信访事项'),
    titleField: 'subject',
  },
  states: [
    { key: 'registered', label: '已登记', tone: 'warning', awaits: STAFF },
    { key: 'accepted', label: '办理中', tone: 'processing' },
    { key: 'replied', label: '已办结', tone: 'success' },
    // 复查/复核 are with the organs above (Art.35–36): nothing awaits the township here
    { key: 'review', label: '上级复查中', tone: 'default' },
    { key: 'reviewed', label: '复查已答复', tone: 'success' },
    { key: 'recheck', label: '上级复核中', tone: 'default' },
    { key: 'final', label: '复核终结', tone: 'default', final: true },
    { key: 'objected', label: '已提出异议退回', tone: 'default', final: true },
    { key: 'not_accepted', label: '不予受理', tone: 'default', final: true },
  ],
  initialState: 'registered',
  // 信访工作条例 第二十一、二十三条: a 信访 matter sent online through 码上申请 is registered as
  // one, so its 15-day written-notice clock runs from the day it arrived; the clerk classes it
  // (第三十一条)
  intake: {
    state: 'registered',
    topic: 'petition',
    next: { clock: 'notice', text: '书面告知是否受理' },
    label: '信访事项（反映问题、提出诉求）',
    values: (form, today, village) => ({
      receivedOn: today,
      channel: 'online',
      origin: 'direct',
      people: 1,
      parties: [{ name: form.name, phone: form.phone }],
      subject: form.content.slice(0, 30),
      category: 'other',
      content: form.content,
      village,
    }),
  },
  editableIn: ['registered', 'accepted'],
  actions: [
    {
      key: 'accept',
      label: '受理并书面告知',
      from: ['registered'],
      to: 'accepted',
      roles: STAFF,
      fields: [
        { key: 'acceptedOn', label: '受理日期', type: 'date', required: true, notBefore: 'receivedOn' },
        { key: 'noticeOn', label: '书面告知日期', type: 'date', required: true, notBefore: 'receivedOn' },
        noteField('handler', '承办人及办理方式'),
      ],
      dateField: 'noticeOn',
    },
    {
      key: 'object',
      label: '提出异议（不属本机关职权）',
      from: ['registered'],
      to: 'objected',
      roles: STAFF,
      fields: [
        { key: 'objectedOn', label: '提出异议日期', type: 'date', required: true, notBefore: 'receivedOn' },
        noteField('objectionReason', '异议理由', true),
      ],
      dateField: 'objectedOn',
      guard: ({ data }) =>
        data.origin === 'direct' ? '直接收到的信访事项不适用异议程序，请选择“不予受理”并告知' : null,
      rules: [
        {
          rule: '只有上级转送、交办的事项可以提出异议；直接收到的事项不适用',
          cite: [xf('第二十三条第三款')],
          test: `${TEST} › object: only forwarded or assigned items may be objected to`,
        },
      ],
    },
    {
      key: 'not_accept',
      label: '不予受理',
      from: ['registered'],
      to: 'not_accepted',
      roles: STAFF,
      fields: [
        { key: 'notAcceptedOn', label: '告知日期', type: 'date', required: true, notBefore: 'receivedOn' },
        {
          key: 'notAcceptedReason',
          label: '不予受理情形',
          type: 'select',
          required: true,
          options: options(
            ['litigation', '应通过诉讼、仲裁、复议等法定途径解决'],
            ['after_recheck', '复核终结后以同一事实和理由再次提出（不再受理）'],
            ['handled', '已经或正在依法处理'],
            ['other', '其他'],
          ),
        },
        noteField('notAcceptedNote', '说明'),
      ],
      dateField: 'notAcceptedOn',
    },
    {
      key: 'extend',
      label: '延长办理期限',
      from: ['accepted'],
      roles: ['township_leader'],
      fields: [
        ...extensionFields(30, '日'),
        {
          key: 'extensionNoticeOn',
          label: '告知信访人延期理由日期',
          type: 'date',
          required: true,
          allowFuture: false,
        },
      ],
      extends: 'handling',
    },
    {
      key: 'reply',
      label: '出具处理意见书',
      from: ['accepted'],
      to: 'replied',
      roles: STAFF,
      fields: [
        { key: 'repliedOn', label: '意见书出具日期', type: 'date', required: true, notBefore: 'acceptedOn' },
        { key: 'servedOn', label: '送达日期', type: 'date', required: true, notBefore: 'repliedOn' },
        { key: 'outcome', label: '处理意见', type: 'select', required: true, options: PETITION_OUTCOMES },
        noteField('basis', '事实和法律依据', true),
      ],
      // 办结 = opinion served (domain-rules §4, UNCONFIRMED as an official definition)
      dateField: 'servedOn',
    },
    {
      key: 'review_request',
      label: '登记复查申请（上级机关办理）',
      from: ['replied'],
      to: 'review',
      roles: STAFF,
      fields: [
        {
          key: 'reviewRequestedOn',
          label: '申请复查日期',
          type: 'date',
          required: true,
          notBefore: 'servedOn',
        },
      ],
      dateField: 'reviewRequestedOn',
      warn: (g) => lateRequest(served(g), g.payload.reviewRequestedOn, '复查申请'),
    },
    {
      key: 'review_answer',
      label: '登记复查结果',
      from: ['review'],
      to: 'reviewed',
      roles: STAFF,
      fields: [
        {
          key: 'reviewAnsweredOn',
          label: '复查意见送达日期',
          type: 'date',
          required: true,
          notBefore: 'reviewRequestedOn',
        },
        {
          key: 'reviewOutcome',
          label: '复查意见',
          type: 'select',
          required: true,
          options: options(['upheld', '维持'], ['changed', '变更'], ['revoked', '撤销重新办理']),
        },
        noteField('reviewNote', '复查说明'),
      ],
      dateField: 'reviewAnsweredOn',
    },
    {
      key: 'recheck_request',
      label: '登记复核申请（上级机关办理）',
      from: ['reviewed'],
      to: 'recheck',
      roles: STAFF,
      fields: [
        {
          key: 'recheckRequestedOn',
          label: '申请复核日期',
          type: 'date',
          required: true,
          notBefore: 'reviewAnsweredOn',
        },
      ],
      dateField: 'recheckRequestedOn',
      warn: (g) =>
        lateRequest(String(g.data.reviewAnsweredOn ?? ''), g.payload.recheckRequestedOn, '复核申请'),
    },
    {
      key: 'recheck_answer',
      label: '登记复核结果（终结）',
      from: ['recheck'],
      to: 'final',
      roles: STAFF,
      fields: [
        {
          key: 'recheckAnsweredOn',
          label: '复核意见送达日期',
          type: 'date',
          required: true,
          notBefore: 'recheckRequestedOn',
        },
        noteField('recheckNote', '复核意见', true),
      ],
      dateField: 'recheckAnsweredOn',
    },
  ],
  clocks: [
    {
      key: 'notice',
      label: '书面告知受理',
      basis: 'calendar',
      days: 15,
      start: { field: 'receivedOn' },
      stop: ['accept', 'object', 'not_accept'],
      when: (d) => d.noticeExempt !== true,
      source: `${XF}第二十三条`,
      cite: [xf('第二十三条第二款'), xf('第二十三条第三款')],
      test: `${TEST} › notice: 15 calendar days from receipt, also for intake`,
    },
    {
      key: 'objection',
      label: '异议期',
      basis: 'working',
      days: 5,
      start: { field: 'receivedOn' },
      stop: ['accept', 'object', 'not_accept'],
      when: (d) => d.origin !== 'direct',
      source: `${XF}第二十三条第三款`,
      cite: [xf('第二十三条第三款')],
      test: `${TEST} › objection: 5 working days, forwarded and assigned items only`,
      dueSoon: 2,
    },
    {
      // The assigning organ's date is the deadline itself (0 working days after it is that day).
      // The clock starts on that date, so steps taken before it would not stop it: it simply
      // ends once the item is answered, objected to or refused (their dates are on the record).
      key: 'assigned',
      label: '交办（转送）要求办结',
      basis: 'working',
      days: 0,
      start: { field: 'assignedDueOn' },
      stop: ['reply', 'object', 'not_accept'],
      when: (d) => d.origin !== 'direct' && !d.servedOn && !d.objectedOn && !d.notAcceptedOn,
      source: `${XF}第二十二条（交办、转送机关确定的期限）`,
      cite: [xf('第二十二条')],
      test: `${TEST} › assigned: the deadline set by the assigning organ`,
      dueSoon: 5,
    },
    {
      key: 'handling',
      label: '办理期限',
      basis: 'calendar',
      days: 60,
      start: { action: 'accept', field: 'acceptedOn' },
      stop: ['reply'],
      source: `${XF}第三十四条`,
      cite: [xf('第三十四条')],
      test: `${TEST} › handling: 60 days from acceptance, one extension of at most 30`,
      maxExtension: 30,
      maxExtensions: 1,
      dueSoon: 5,
    },
  ],
};
