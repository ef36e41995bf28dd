import { noteField, options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 群众意见建议: what residents leave on the public intake page (码上申请) besides mediation
 * requests. Answered within 15 days, by analogy with the 信访 acceptance notice — a county
 * setting, since no statute fixes it.
 */
export const suggestion: LedgerKind = {
  kind: 'suggestion',
  label: '群众意见建议',
  numberPrefix: '议',
  feeds: [],
  editors: ['township_clerk', 'township_leader'],
  fields: [
    { key: 'receivedOn', label: '收到日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'name',
      label: '姓名',
      type: 'text',
      required: true,
      maxLength: 40,
      personal: 'name',
      searchable: true,
    },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'village', label: '所在村（社区）', type: 'village', filter: true },
    {
      key: 'topic',
      label: '类别',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: options(['suggestion', '意见建议'], ['consultation', '法律咨询'], ['complaint', '投诉反映']),
    },
    {
      key: 'content',
      label: '内容',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
      list: true,
    },
  ],
  list: {
    dateField: 'receivedOn',
    title: (d) => {
      const text = String(d.content ?? '');
      return [...text].length > 24 ? `${[...text].slice(0, 24).join('')}…` : text;
    },
  },
  states: [
    { key: 'pending', label: '待受理', tone: 'warning', awaits: ['township_clerk', 'township_leader'] },
    { key: 'answered', label: '已答复', tone: 'success', final: true },
    { key: 'dismissed', label: '无效信息', tone: 'default', final: true },
  ],
  initialState: 'pending',
  intake: {
    state: 'pending',
    topic: 'suggestion',
    next: { clock: 'answer', text: '答复' },
    label: '意见建议',
    hint: '对本乡镇（街道）工作的意见建议、法律咨询或投诉反映',
    values: (form, today, village) => ({
      receivedOn: today,
      name: form.name,
      phone: form.phone,
      village,
      topic: 'suggestion',
      content: form.content,
    }),
  },
  actions: [
    {
      key: 'answer',
      label: '答复',
      from: ['pending'],
      to: 'answered',
      roles: ['township_clerk', 'township_leader'],
      fields: [
        { key: 'answeredOn', label: '答复日期', type: 'date', required: true, notBefore: 'receivedOn' },
        noteField('answer', '答复内容', true),
      ],
      dateField: 'answeredOn',
    },
    {
      key: 'dismiss',
      label: '标记为无效信息',
      from: ['pending'],
      to: 'dismissed',
      roles: ['township_clerk', 'township_leader'],
      bulk: true,
      confirm: '标记为无效信息（如广告、重复提交）后归档，确定吗？',
    },
  ],
  clocks: [
    {
      key: 'answer',
      label: '答复期限',
      cite: [
        countySetting(
          '群众意见建议无法定答复期限：默认15日参照《信访工作条例》第二十三条的告知期限，县级可调整',
        ),
      ],
      basis: 'calendar',
      days: 15,
      setting: 'suggestion.answer_days',
      start: { field: 'receivedOn' },
      stop: ['answer', 'dismiss'],
      source: '本县群众诉求办理规定（参照《信访工作条例》第二十三条，可由县级设置）',
    },
  ],
};
