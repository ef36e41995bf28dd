import { noteField, options, rowsOf } from '../fieldKit';
import type { Citation, LedgerKind, RecordData, TableField } from '../types';

/**
 * 学法: study sessions and exams (domain-rules §12; quantitative rules are local practice).
 *
 * Who took part is a list of people (issue 16 §3): 参学率 and 参考率 are counted from the list
 * when a record has one, and from the typed totals only when it lists nobody — records from
 * before the list existed keep counting as they did (core/indicators/computations.ts, `people`).
 * The names are picked from the unit's roster (`people` on the table: its users, its 执法人员
 * and the names on its earlier lists; core/ledgers/roster.ts) or typed; they are personal data
 * (masked like any name).
 *
 * 宪法宣誓 is a type of session rather than a kind of its own: it is held, like the others, on a
 * day with a list of people (those sworn in, with the post each takes up), and counts in the
 * capacity area. 《全国人民代表大会常务委员会关于实行宪法宣誓制度的决定》 (2015, revised
 * 2018-02-24, in force 2018-03-12), 第一条: staff appointed by a people's government take the
 * oath in public on taking office; 第二条 fixes the words (not copied here).
 */

const STAFF = ['township_clerk', 'township_leader'] as const;

export const STUDY_TYPES = options(
  ['central_group', '党委理论学习中心组学法'],
  ['pre_meeting', '会前学法'],
  ['lecture', '法治专题讲座'],
  ['training', '干部职工法治培训'],
  ['court', '旁听庭审'],
  ['legal_aide', '法律明白人、人民调解员培训'],
  ['oath', '宪法宣誓'],
);

/** 宪法宣誓制度的决定 (2018 revision), cited by the oath session's check and the indicator. */
export const OATH_DECISION: Citation = {
  law: '《全国人民代表大会常务委员会关于实行宪法宣誓制度的决定》',
  article: '第一条',
  version: '2015-07-01通过，2018-02-24修订，2018-03-12施行',
};

const person = {
  key: 'name',
  label: '姓名',
  type: 'text',
  required: true,
  maxLength: 40,
  personal: 'name',
  searchable: true,
} as const;

const sessionPeople: TableField = {
  key: 'participants',
  label: '参加人员名单',
  type: 'table',
  maxRows: 500,
  excelRows: 3,
  help: '列出应参加的人员并勾选实际参加的；宪法宣誓列出宣誓人员及其就任职务。列了名单的，参学率按名单计算',
  people: { name: 'name', post: 'post', listed: '应到', ticks: [{ column: 'present', counted: '实到' }] },
  columns: [
    person,
    { key: 'post', label: '职务（宣誓就任职务）', type: 'text', maxLength: 60 },
    { key: 'present', label: '参加', type: 'boolean' },
  ],
};

const examPeople: TableField = {
  key: 'participants',
  label: '应参考人员名单',
  type: 'table',
  maxRows: 500,
  excelRows: 3,
  help: '列出应参考的人员，勾选实际参考和合格的；列了名单的，参考率、合格率按名单计算',
  people: {
    name: 'name',
    listed: '应考',
    ticks: [
      { column: 'took', counted: '实考' },
      { column: 'passed', counted: '合格' },
    ],
  },
  columns: [
    person,
    { key: 'took', label: '参考', type: 'boolean' },
    { key: 'passed', label: '合格', type: 'boolean' },
  ],
};

/** The list's rows, or none. */
const listed = (d: RecordData) => rowsOf(d.participants);
const filled = (v: unknown) => v !== undefined && v !== null && v !== '';

export const studySession: LedgerKind = {
  kind: 'study_session',
  label: '学法活动',
  numberPrefix: '学',
  feeds: [
    'study.central_group_sessions',
    'study.pre_meeting_sessions',
    'study.lectures',
    'study.cadre_trainings',
    'study.training_attendance',
    'study.court_observations',
    'study.attendance_rate',
    'study.oath_takers',
    'dispute.legal_aides_trained',
    'dispute.legal_aide_trainings',
  ],
  editors: STAFF,
  fields: [
    { key: 'heldOn', label: '日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'type',
      label: '形式',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: STUDY_TYPES,
    },
    {
      key: 'topic',
      label: '主题',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    { key: 'laws', label: '学习的法律法规', type: 'textarea', maxLength: 1000, searchable: true },
    { key: 'lecturer', label: '主讲人', type: 'text', maxLength: 60 },
    {
      key: 'attendance',
      label: '参加人次',
      type: 'integer',
      min: 1,
      max: 100_000,
      suffix: '人次',
      list: true,
      help: '列了参加人员名单的可不填，按名单中参加的人数计算',
    },
    {
      key: 'expected',
      label: '应参学人数',
      type: 'integer',
      min: 1,
      max: 100_000,
      suffix: '人',
      help: '未列名单时填写，用于计算参学率',
    },
    sessionPeople,
  ],
  checks: [
    {
      fields: ['attendance'],
      test: (d) =>
        listed(d).length === 0 && !filled(d.attendance) ? '请填写「参加人次」，或列出「参加人员名单」' : null,
    },
    {
      fields: ['attendance', 'expected'],
      test: (d) =>
        listed(d).length === 0 && filled(d.expected) && Number(d.attendance) > Number(d.expected)
          ? `「参加人次」（${d.attendance}）不能多于「应参学人数」（${d.expected}）`
          : null,
    },
    {
      // 宪法宣誓: who was sworn in is the record (决定 第一条)
      fields: ['participants'],
      test: (d) =>
        d.type === 'oath' && listed(d).length === 0
          ? '宪法宣誓应列出宣誓人员及其就任职务（「参加人员名单」）'
          : null,
    },
  ],
  list: { dateField: 'heldOn', title: (d) => String(d.topic ?? '学法活动') },
  states: [{ key: 'held', label: '已开展', tone: 'success' }],
  initialState: 'held',
  actions: [],
  clocks: [],
};

export const exam: LedgerKind = {
  kind: 'exam',
  label: '学法考试',
  numberPrefix: '考',
  feeds: ['study.exam_takers', 'study.exam_passed', 'study.exam_participation_rate', 'study.exam_pass_rate'],
  editors: STAFF,
  fields: [
    { key: 'heldOn', label: '考试日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'title',
      label: '考试名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'expected',
      label: '应参考人数',
      type: 'integer',
      min: 1,
      max: 100_000,
      suffix: '人',
      list: true,
    },
    {
      key: 'took',
      label: '实际参考人数',
      type: 'integer',
      min: 0,
      max: 100_000,
      suffix: '人',
      list: true,
    },
    {
      key: 'passed',
      label: '合格人数',
      type: 'integer',
      min: 0,
      max: 100_000,
      suffix: '人',
      list: true,
    },
    noteField('note', '说明'),
    examPeople,
  ],
  // the rates the report states are computed from these, so they must add up
  checks: [
    {
      fields: ['expected', 'took', 'passed'],
      test: (d) =>
        listed(d).length === 0 && ![d.expected, d.took, d.passed].every(filled)
          ? '请填写「应参考人数」「实际参考人数」「合格人数」，或列出「应参考人员名单」'
          : null,
    },
    {
      fields: ['participants'],
      test: (d) => {
        const row = listed(d).findIndex((r) => r.passed === true && r.took !== true);
        return row >= 0 ? `「应参考人员名单」第${row + 1}行：未参考的人员不能记为合格` : null;
      },
    },
    {
      fields: ['took', 'expected'],
      test: (d) =>
        Number(d.took) > Number(d.expected)
          ? `「实际参考人数」（${d.took}）不能多于「应参考人数」（${d.expected}）`
          : null,
    },
    {
      fields: ['passed', 'took'],
      test: (d) =>
        Number(d.passed) > Number(d.took)
          ? `「合格人数」（${d.passed}）不能多于「实际参考人数」（${d.took}）`
          : null,
    },
  ],
  list: { dateField: 'heldOn', title: (d) => String(d.title ?? '学法考试') },
  states: [{ key: 'held', label: '已考试', tone: 'success' }],
  initialState: 'held',
  actions: [],
  clocks: [],
};

export const PUBLICITY_OCCASIONS = options(
  ['constitution', '国家宪法日（12月4日）'],
  ['security', '全民国家安全教育日（4月15日）'],
  ['drugs', '国际禁毒日（6月26日）'],
  ['consumer', '消费者权益日（3月15日）'],
  ['safety', '安全生产月'],
  ['civil_code', '民法典宣传月'],
  ['other', '其他'],
);

export const publicityEvent: LedgerKind = {
  kind: 'publicity_event',
  label: '普法活动',
  numberPrefix: '普',
  feeds: [
    'publicity.events',
    'publicity.lectures',
    'publicity.materials',
    'publicity.banners',
    'publicity.audience',
    'publicity.consultations',
    'publicity.online_posts',
  ],
  editors: STAFF,
  fields: [
    { key: 'heldOn', label: '日期', type: 'date', required: true, list: true, filter: true },
    {
      key: 'title',
      label: '活动名称',
      type: 'text',
      required: true,
      maxLength: 120,
      list: true,
      searchable: true,
    },
    {
      key: 'occasion',
      label: '主题节点',
      type: 'select',
      required: true,
      filter: true,
      options: PUBLICITY_OCCASIONS,
    },
    {
      key: 'forms',
      label: '形式',
      type: 'multiselect',
      required: true,
      filter: true,
      options: options(
        ['desk', '咨询台'],
        ['lecture', '法律知识讲座'],
        ['case', '以案释法'],
        ['performance', '文艺演出'],
        ['online', '线上推送'],
        ['door', '入户宣传'],
        ['other', '其他'],
      ),
    },
    { key: 'place', label: '地点', type: 'text', maxLength: 120 },
    {
      key: 'audienceGroup',
      label: '对象',
      type: 'select',
      filter: true,
      options: options(
        ['public', '群众'],
        ['youth', '青少年'],
        ['elderly', '老年人'],
        ['workers', '企业职工'],
        ['migrants', '农民工'],
        ['cadres', '干部'],
        ['other', '其他'],
      ),
    },
    {
      key: 'audience',
      label: '受众人次',
      type: 'integer',
      min: 0,
      max: 1_000_000,
      suffix: '人次',
      list: true,
    },
    { key: 'materials', label: '发放资料', type: 'integer', min: 0, max: 1_000_000, suffix: '份' },
    { key: 'banners', label: '横幅标语海报', type: 'integer', min: 0, max: 100_000, suffix: '条' },
    { key: 'consultations', label: '接受咨询', type: 'integer', min: 0, max: 100_000, suffix: '人次' },
    { key: 'onlinePosts', label: '线上推送', type: 'integer', min: 0, max: 100_000, suffix: '次' },
    { key: 'laws', label: '宣传的法律法规', type: 'text', maxLength: 300, searchable: true },
    {
      key: 'department',
      label: '责任单位（谁执法谁普法）',
      type: 'text',
      maxLength: 60,
      list: true,
    },
  ],
  list: { dateField: 'heldOn', title: (d) => String(d.title ?? '普法活动') },
  states: [{ key: 'held', label: '已开展', tone: 'success' }],
  initialState: 'held',
  actions: [],
  clocks: [],
};
