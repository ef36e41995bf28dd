import { noteField, options } from '../fieldKit';
import type { GuardInput, LedgerKind } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 重点人员与矛盾风险研判: each record is one person (or risk) the township's 研判 meeting put on
 * its list, with the type of risk, its level, the measures and the cadre responsible, linked to
 * the disputes and petitions it arises from. Each later 研判 that looks at it again is a 复核
 * step: it may change the level, and it sets the next review, due after a period set by the
 * county for each level (no national rule fixes it: 7, 15 and 30 days by default). The record
 * ends when the risk is resolved (销号) or handed to the body responsible.
 *
 * 三失一偏 is commonly spelled out as 生活失意、心态失衡、行为失常、性格偏执; the four are offered
 * one by one, beside the other groups a township screens.
 */

const STAFF = ['township_clerk', 'township_leader', 'judicial_office'] as const;
const TEST = 'core/ledgers/kinds/riskAssessment.test.ts';

export const RISK_TYPES = options(
  ['frustrated', '生活失意'],
  ['imbalanced', '心态失衡'],
  ['erratic', '行为失常'],
  ['paranoid', '性格偏执'],
  ['mental', '严重精神障碍患者'],
  ['released', '刑满释放人员'],
  ['petitioner', '重点信访人员'],
  ['dispute_party', '矛盾纠纷当事人'],
  ['other', '其他'],
);

export const RISK_LEVELS = options(['high', '高风险'], ['medium', '中风险'], ['low', '低风险']);

/** Steps of the linked kinds after which the matter is no longer open. */
const OPEN_DISPUTE = ['pending', 'accepted', 'mediating'];
const OPEN_PETITION = ['registered', 'accepted'];

/** The linked disputes and petitions still being handled, by number or title. */
export function openLinks(g: Pick<GuardInput, 'refs'>): string[] {
  return [
    ...g.refs('disputes').filter((r) => OPEN_DISPUTE.includes(r.state)),
    ...g.refs('petitions').filter((r) => OPEN_PETITION.includes(r.state)),
  ].map((r) => r.title);
}

const reviewClock = (level: string, label: string, days: number) => ({
  key: `review_${level}`,
  label: '复核研判期限',
  settingLabel: `复核研判期限（${label}）`,
  basis: 'calendar' as const,
  days,
  setting: `risk_assessment.review_${level}_days`,
  start: { field: ['reviewedOn', 'identifiedOn'] },
  stop: ['resolve', 'transfer'],
  when: (d: Record<string, unknown>) => d.level === level,
  source: `重点人员动态管控（${label}默认每${days}日复核研判一次，由县级设置）`,
  cite: [
    countySetting(
      `无全国统一规定：${label}人员默认自列入或上次复核起每${days}日复核研判一次，按本县平安建设工作要求设置`,
    ),
  ],
  test: `${TEST} › review: the next review falls due by level, from the latest review`,
  dueSoon: level === 'high' ? 1 : 3,
});

export const riskAssessment: LedgerKind = {
  kind: 'risk_assessment',
  label: '重点人员与矛盾风险研判',
  numberPrefix: '判',
  feeds: ['dispute.risk_persons'],
  editors: STAFF,
  fields: [
    { key: 'identifiedOn', label: '研判日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'meeting',
      label: '研判会议',
      type: 'select',
      required: true,
      filter: true,
      options: options(
        ['monthly', '月度研判会'],
        ['quarterly', '季度研判会'],
        ['special', '专题研判会'],
        ['daily', '日常排查'],
      ),
    },
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
    { key: 'idNumber', label: '身份证号', type: 'text', format: 'id_number', personal: 'id_number' },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'village', label: '所在村（社区）', type: 'village', list: true, filter: true },
    {
      key: 'riskTypes',
      label: '类别',
      type: 'multiselect',
      required: true,
      list: true,
      filter: true,
      options: RISK_TYPES,
      help: '“三失一偏”即生活失意、心态失衡、行为失常、性格偏执，可多选',
    },
    {
      key: 'level',
      label: '风险等级',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: RISK_LEVELS,
    },
    {
      key: 'situation',
      label: '风险情况',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      searchable: true,
    },
    { key: 'measures', label: '稳控化解措施', type: 'textarea', required: true, maxLength: 2000 },
    {
      key: 'responsible',
      label: '包保责任人',
      type: 'text',
      required: true,
      maxLength: 60,
      list: true,
      searchable: true,
    },
    { key: 'disputes', label: '关联矛盾纠纷', type: 'ref', kind: 'dispute', multiple: true },
    { key: 'petitions', label: '关联信访事项', type: 'ref', kind: 'petition', multiple: true },
  ],
  list: {
    dateField: 'identifiedOn',
    title: (d) => String(d.name ?? '重点人员'),
    titleField: 'name',
    columns: ['level', 'riskTypes'],
  },
  states: [
    { key: 'watching', label: '管控中', tone: 'processing' },
    { key: 'resolved', label: '已化解销号', tone: 'success', final: true },
    { key: 'transferred', label: '已移交', tone: 'default', final: true },
  ],
  initialState: 'watching',
  actions: [
    {
      // not repeatable: the latest review's date and level stay on the record (the clock runs
      // from it); every review is kept in the event list
      key: 'review',
      label: '复核研判',
      from: ['watching'],
      roles: STAFF,
      fields: [
        { key: 'reviewedOn', label: '复核日期', type: 'date', required: true, notBefore: 'identifiedOn' },
        { key: 'level', label: '风险等级', type: 'select', required: true, options: RISK_LEVELS },
        noteField('reviewNote', '研判意见', true),
      ],
      dateField: 'reviewedOn',
    },
    {
      key: 'resolve',
      label: '化解销号',
      from: ['watching'],
      to: 'resolved',
      roles: ['township_leader', 'judicial_office'],
      fields: [
        { key: 'resolvedOn', label: '销号日期', type: 'date', required: true, notBefore: 'identifiedOn' },
        noteField('resolveNote', '化解情况', true),
      ],
      dateField: 'resolvedOn',
      warn: (g) => {
        const open = openLinks(g);
        return open.length > 0 ? `关联事项尚未办结：${open.join('、')}` : null;
      },
    },
    {
      key: 'transfer',
      label: '移交有关部门',
      from: ['watching'],
      to: 'transferred',
      roles: ['township_leader', 'judicial_office'],
      fields: [
        { key: 'transferredOn', label: '移交日期', type: 'date', required: true, notBefore: 'identifiedOn' },
        { key: 'transferredTo', label: '接收单位', type: 'text', required: true, maxLength: 60 },
      ],
      dateField: 'transferredOn',
    },
  ],
  clocks: [
    reviewClock('high', '高风险', 7),
    reviewClock('medium', '中风险', 15),
    reviewClock('low', '低风险', 30),
  ],
};
