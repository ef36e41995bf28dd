import { noteField, options } from '../fieldKit';
import type { LedgerKind, RecordData } from '../types';
import { cwh } from './citations';
import { countySetting } from './enforcementLaw';

/**
 * 村规民约、村民自治章程（居民公约）备案审查. 《村民委员会组织法》(2018) Art.27: the village
 * meeting adopts or amends them and reports them to the township for 备案; they may not conflict
 * with the Constitution, laws, regulations and state policy, nor infringe villagers' personal,
 * democratic or property rights; where they do, the township orders a correction.
 *
 * One record per version: a revision names the version it replaces (`previous`), so a village's
 * rules can be read through the years. The law sets no period for the township's review or for
 * the village's correction: both are county settings (30 days by default).
 */

const CLERKS = ['township_clerk', 'township_leader', 'judicial_office'] as const;
/** Legality review: the 司法所, the township's legal advisor, or the leader signing for the township. */
const REVIEWERS = ['judicial_office', 'legal_advisor', 'township_leader'] as const;
const TEST = 'core/ledgers/kinds/villageRule.test.ts';

export const VILLAGE_RULE_TYPES = options(
  ['rules', '村规民约'],
  ['charter', '村民自治章程'],
  ['pact', '居民公约'],
);

/** What a review may find (Art.27 ¶2), and a procedure not followed. */
export const VILLAGE_RULE_PROBLEMS = options(
  ['conflict', '与宪法、法律、法规和国家政策相抵触'],
  ['personal', '侵犯村（居）民人身权利'],
  ['democratic', '侵犯村（居）民民主权利'],
  ['property', '侵犯村（居）民合法财产权利'],
  ['procedure', '制定程序不规范'],
  ['other', '其他'],
);

const label = (v: unknown) => VILLAGE_RULE_TYPES.find((o) => o.value === v)?.label ?? '村规民约';

/** A revision must follow a version of the same village and type, adopted before it. */
function previousVersion(
  d: RecordData,
  prev: { data: RecordData; title: string } | undefined,
): string | null {
  if (!prev) return null;
  if (prev.data.village !== d.village) return `上一版本「${prev.title}」不是本村（社区）的`;
  if (prev.data.docType !== d.docType)
    return `上一版本「${prev.title}」是${label(prev.data.docType)}，与本件类型不同`;
  if (
    typeof prev.data.adoptedOn === 'string' &&
    typeof d.adoptedOn === 'string' &&
    d.adoptedOn <= prev.data.adoptedOn
  )
    return '表决通过日期 应晚于上一版本的表决通过日期';
  return null;
}

export const villageRule: LedgerKind = {
  kind: 'village_rule',
  label: '村规民约备案审查',
  numberPrefix: '约',
  feeds: ['decision.village_rules_reviewed'],
  editors: CLERKS,
  fields: [
    { key: 'village', label: '村（社区）', type: 'village', required: true, list: true, filter: true },
    {
      key: 'docType',
      label: '类型',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: VILLAGE_RULE_TYPES,
    },
    { key: 'title', label: '名称', type: 'text', required: true, maxLength: 120, searchable: true },
    {
      key: 'previous',
      label: '修订的上一版本',
      type: 'ref',
      kind: 'village_rule',
      help: '修订的，选择本村（社区）此前备案的版本；首次制定的不填',
    },
    {
      key: 'meeting',
      label: '表决会议',
      type: 'select',
      required: true,
      options: options(['assembly', '村（居）民会议'], ['representatives', '村（居）民代表会议']),
    },
    { key: 'adoptedOn', label: '表决通过日期', type: 'date', required: true, list: true },
    {
      key: 'submittedOn',
      label: '报送备案日期',
      type: 'date',
      required: true,
      notBefore: 'adoptedOn',
      list: true,
      filter: true,
    },
    { key: 'summary', label: '主要内容', type: 'textarea', maxLength: 4000, searchable: true },
  ],
  checks: [
    {
      fields: ['previous'],
      test: (d, ctx) => {
        const [prev] = ctx.refs('previous');
        return previousVersion(d, prev);
      },
    },
  ],
  list: {
    dateField: 'submittedOn',
    // a revision says so, unless its name already does
    title: (d) => {
      const name = String(d.title ?? label(d.docType));
      return d.previous && !name.includes('修订') ? `${name}（修订）` : name;
    },
    titleField: 'title',
    // fits 1366 in the county view too (listColumns.ts); the type is in the title's wording
    columns: ['village', 'submittedOn'],
  },
  states: [
    { key: 'submitted', label: '待审查', tone: 'warning' },
    { key: 'correcting', label: '责令改正中', tone: 'error' },
    { key: 'filed', label: '已备案', tone: 'success' },
    { key: 'repealed', label: '已废止或被修订', tone: 'default', final: true },
  ],
  initialState: 'submitted',
  editableIn: ['submitted', 'correcting'],
  undeletable: {
    states: ['filed', 'repealed'],
    reason: '已备案的版本是本村（社区）规约的历史，只能废止，不能删除',
  },
  actions: [
    {
      key: 'file',
      label: '审查通过并备案',
      from: ['submitted'],
      to: 'filed',
      roles: REVIEWERS,
      fields: [
        { key: 'reviewedOn', label: '审查日期', type: 'date', required: true, notBefore: 'submittedOn' },
        { key: 'reviewer', label: '审查人', type: 'text', required: true, maxLength: 40 },
        noteField('opinion', '审查意见', true),
      ],
      dateField: 'reviewedOn',
    },
    {
      key: 'order_correction',
      label: '责令改正',
      from: ['submitted'],
      to: 'correcting',
      roles: REVIEWERS,
      fields: [
        {
          key: 'correctionOrderedOn',
          label: '责令改正日期',
          type: 'date',
          required: true,
          notBefore: 'submittedOn',
        },
        {
          key: 'problems',
          label: '存在问题',
          type: 'multiselect',
          required: true,
          options: VILLAGE_RULE_PROBLEMS,
        },
        noteField('correctionNote', '改正要求', true),
      ],
      dateField: 'correctionOrderedOn',
    },
    {
      key: 'resubmit',
      label: '登记改正后重新报送',
      from: ['correcting'],
      to: 'submitted',
      roles: CLERKS,
      fields: [
        {
          key: 'resubmittedOn',
          label: '重新报送日期',
          type: 'date',
          required: true,
          notBefore: 'correctionOrderedOn',
        },
        noteField('resubmitNote', '改正情况', true),
      ],
      dateField: 'resubmittedOn',
    },
    {
      key: 'repeal',
      label: '废止或被新版本替代',
      from: ['filed'],
      to: 'repealed',
      roles: CLERKS,
      fields: [
        { key: 'repealedOn', label: '废止日期', type: 'date', required: true, notBefore: 'reviewedOn' },
        {
          key: 'repealReason',
          label: '原因',
          type: 'select',
          required: true,
          options: options(['revised', '修订后新版本备案'], ['abolished', '村（居）民会议决定废止']),
        },
      ],
      dateField: 'repealedOn',
    },
  ],
  clocks: [
    {
      key: 'review',
      label: '备案审查期限',
      basis: 'calendar',
      days: 30,
      setting: 'village_rule.review_days',
      // a corrected version is reviewed again from the day it comes back
      start: { field: ['resubmittedOn', 'submittedOn'] },
      stop: ['file', 'order_correction'],
      source: '《村民委员会组织法》第二十七条（审查期限由县级设置，默认30日）',
      cite: [
        cwh('第二十七条'),
        countySetting('法律未规定乡镇备案审查的期限：默认收到报备后30日内审查完毕，由县级设置'),
      ],
      test: `${TEST} › review: 30 days from submission by default, again from a resubmission`,
    },
    {
      key: 'correction',
      label: '改正期限',
      basis: 'calendar',
      days: 30,
      setting: 'village_rule.correction_days',
      start: { field: 'correctionOrderedOn' },
      stop: ['resubmit'],
      source: '《村民委员会组织法》第二十七条第三款（改正期限由县级设置，默认30日）',
      cite: [
        cwh('第二十七条第三款'),
        countySetting('法律未规定改正期限：默认责令改正后30日内重新报送，由县级设置'),
      ],
      test: `${TEST} › correction: 30 days from the order by default`,
    },
  ],
};
