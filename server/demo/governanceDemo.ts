import type { WorkCalendar } from '../../core/calendar';
import { contractReview, majorDecision, normativeDocument } from '../../core/ledgers/kinds/decisions';
import { disclosure, disclosureRequest } from '../../core/ledgers/kinds/disclosure';
import { dutyReport, lawInspection, leadershipGroup, meeting } from '../../core/ledgers/kinds/leadership';
import { legalAdvisor } from '../../core/ledgers/kinds/legalAdvisor';
import { exam, publicityEvent, studySession } from '../../core/ledgers/kinds/study';
import {
  hotlineItem,
  litigationCase,
  npcSuggestion,
  serviceMonth,
} from '../../core/ledgers/kinds/supervision';
import type { LedgerKind, RecordData } from '../../core/ledgers/types';
import { applyStep } from '../../core/ledgers/workflow';
import { chainSteps, DemoMaker, type Steps } from './demoMaker';
import { addDays, hashText, mulberry32, Rng } from './demoRandom';
import type { DemoRecord } from './ledgerDemo';

/**
 * A year of fictional governance records for one township of the demo county: the leadership
 * group and its meetings, 述法 and 督察, study and exams, publicity, legal advisors, major
 * decisions, normative documents, contract reviews, proactive disclosure and requests,
 * reconsideration and litigation, NPC suggestions, hotline items and monthly service figures.
 *
 * Pure and deterministic for a seed. Like ledgerDemo.ts, every record is registered through
 * `validateRecord` and every later step planned by `planAction` (with the working calendar) on
 * the day it happens, so nothing the workflow forbids can appear; a step whose day has not come
 * is simply not taken, which leaves the recent records open. Every person, firm, number and
 * sentence is invented for this file; phones use the 1380000xxxx block.
 */

export interface GovernanceDemoOptions {
  seed: number;
  township: { name: string; villages: readonly { id: string; name: string }[] };
  /** The last day anything may have happened on. */
  today: string;
  calendar: WorkCalendar;
  /** Called when a planned step is refused (the record then stops before it). Tests make this fail. */
  onRefusal?: (message: string) => void;
}

export interface GovernanceDemoRecord extends DemoRecord {
  /** The values the record was registered with (later steps may replace some, e.g. the members). */
  registered: RecordData;
  /** The day it was registered. */
  createdOn: string;
  /** Warnings the workflow recorded with steps, by event index (a short legality review). */
  warnings: Record<number, string>;
}

// ---------------------------------------------------------------------------------------------
// randomness and dates

/** Day strings sort as dates. */
const maxDay = (...ds: string[]) => [...ds].sort().at(-1) as string;
const minDay = (...ds: string[]) => [...ds].sort()[0] as string;

// ---------------------------------------------------------------------------------------------
// fictional people and bodies

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程',
];
const GIVEN = [...'建国明华秀兰桂英志强海燕文军春花德明玉梅红霞晓东丽娟国平永红金凤振华新民淑珍宏伟小平雪梅'];

function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + (rng.chance(0.25) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN));
}

const phone = (rng: Rng) => `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** The township's office holders, used consistently across meetings, 述法 and decisions. */
interface Cast {
  secretary: string;
  head: string;
  deputies: string[];
  judicial: string;
  office: string;
  others: { name: string; post: string }[];
}

const OTHER_POSTS = [
  '镇党政办主任',
  '镇综治中心主任',
  '派出所所长',
  '镇财政所所长',
  '镇规划建设办主任',
  '镇农业农村办主任',
  '镇社会事务办主任',
  '镇综合行政执法队队长',
];

const FIRMS = ['示例县明理律师事务所', '示例县正衡律师事务所', '示例县法律援助中心', '示例县守信律师事务所'];
const COMPANIES = [
  '示例县丰禾农业开发有限公司',
  '示例县通达市政工程有限公司',
  '示例县清源环境服务有限公司',
  '示例县恒信物业管理有限公司',
  '示例县绿野园林绿化有限公司',
  '示例县安康餐饮配送有限公司',
  '示例县方圆测绘有限公司',
];

// ---------------------------------------------------------------------------------------------
// making records the way a user would

/** DemoMaker's records with what this demo keeps besides: the registered values, the day, warnings. */
class Maker {
  private readonly base: DemoMaker;

  constructor(private readonly opts: GovernanceDemoOptions) {
    this.base = new DemoMaker({ ...opts, villages: opts.township.villages, settings: {} });
  }

  get villageIds(): ReadonlySet<string> {
    return this.base.villageIds;
  }

  create(kind: LedgerKind, input: Record<string, unknown>, on: string): GovernanceDemoRecord | null {
    if (on > this.opts.today) return null;
    const r = this.base.create(kind, input, on);
    return (
      r && {
        kind: kind.kind,
        state: r.state,
        data: r.data,
        events: [],
        registered: r.data,
        createdOn: on,
        warnings: {},
      }
    );
  }

  /** Takes a step on `on` if that day has come; null when it has not (or the workflow refused). */
  step(
    kind: LedgerKind,
    r: GovernanceDemoRecord,
    action: string,
    input: Record<string, unknown>,
    on: string,
  ): GovernanceDemoRecord | null {
    const plan = this.base.plan(kind, r, action, input, on);
    if (!plan) return null;
    const warnings = plan.warning ? { ...r.warnings, [r.events.length]: plan.warning } : r.warnings;
    return { ...r, ...applyStep(r, plan, plan.event), warnings };
  }

  /** Takes steps in order until one is not (yet) taken. */
  chain(kind: LedgerKind, start: GovernanceDemoRecord, steps: Steps): GovernanceDemoRecord {
    return chainSteps((r, action, input, on) => this.step(kind, r, action, input, on), start, steps);
  }
}

interface Ctx {
  rng: Rng;
  m: Maker;
  opts: GovernanceDemoOptions;
  today: string;
  /** The first day of the demo year (364 days before today). */
  from: string;
  cast: Cast;
}

const isWorking = (c: Ctx, d: string) => c.opts.calendar.isWorkingDay(d);

/** `n` days after `d`, moved forward to a working day. */
function later(c: Ctx, d: string, n: number): string {
  let out = addDays(d, n);
  for (let i = 0; i < 14 && !isWorking(c, out); i++) out = addDays(out, 1);
  return out;
}

/** The `n`-th working day after `d`. */
const wd = (c: Ctx, d: string, n: number) => c.opts.calendar.addWorkingDays(d, n).date;

/** A working day `lo`–`hi` days before today (moved back off days off, not before the year). */
function daysAgo(c: Ctx, lo: number, hi: number): string {
  let d = addDays(c.today, -c.rng.int(lo, hi));
  for (let i = 0; i < 14 && !isWorking(c, d); i++) d = addDays(d, -1);
  return maxDay(d, c.from);
}

/** The latest `MM-DD` on or before today (so within the demo year). */
function lastOccurrence(c: Ctx, md: string): string {
  const y = Number(c.today.slice(0, 4));
  const d = `${y}-${md}`;
  return d <= c.today ? d : `${y - 1}-${md}`;
}

/** A day clamped into the demo year. */
const inYear = (c: Ctx, d: string) => minDay(maxDay(d, c.from), c.today);

const villageOf = (c: Ctx) => {
  const vs = c.opts.township.villages;
  return vs.length > 0 ? c.rng.pick(vs) : undefined;
};

const yearOf = (d: string) => d.slice(0, 4);

// ---------------------------------------------------------------------------------------------
// 组织领导

function castOf(rng: Rng): Cast {
  const used = new Set<string>();
  const fresh = () => {
    for (;;) {
      const n = personName(rng);
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  return {
    secretary: fresh(),
    head: fresh(),
    deputies: [fresh(), fresh()],
    judicial: fresh(),
    office: fresh(),
    others: rng
      .shuffle(OTHER_POSTS)
      .slice(0, rng.int(2, 5))
      .map((post) => ({ name: fresh(), post })),
  };
}

function leadership(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, cast, opts } = c;
  const members = [
    { name: cast.secretary, role: 'leader', post: '镇党委书记' },
    { name: cast.head, role: 'deputy', post: '镇党委副书记、镇长' },
    { name: cast.deputies[0], role: 'deputy', post: '镇党委委员、政法委员' },
    { name: cast.judicial, role: 'member', post: '镇司法所所长' },
    { name: cast.office, role: 'member', post: '镇党政办主任' },
    ...cast.others.map((o) => ({ name: o.name, role: 'member', post: o.post })),
  ];
  const establishedOn = addDays(c.today, -rng.int(400, 1000));
  const r = m.create(
    leadershipGroup,
    {
      name: `${opts.township.name}全面依法治镇领导小组`,
      establishedOn: later(c, establishedOn, 0),
      documentNumber: `${opts.township.name.slice(0, 1)}委发〔${yearOf(establishedOn)}〕${rng.int(3, 30)}号`,
      members,
    },
    later(c, establishedOn, 0),
  );
  if (!r) return [];
  // one adjustment this year: a new member replaces one who moved on
  const adjustedOn = daysAgo(c, 60, 300);
  const leaving = rng.int(3, members.length - 1);
  const replaced = members.map((mb, i) => (i === leaving ? { ...mb, name: personName(rng) } : mb));
  const adjusted = m.step(
    leadershipGroup,
    r,
    'adjust',
    {
      adjustedOn,
      adjustDocument: `${opts.township.name.slice(0, 1)}委发〔${yearOf(adjustedOn)}〕${rng.int(31, 60)}号`,
      members: replaced,
      adjustNote: `因工作调整，${members[leaving]?.post ?? '成员'}由新任人员接任`,
    },
    adjustedOn,
  );
  return [adjusted ?? r];
}

const MEETINGS: readonly (readonly [type: string, title: string, topics: string])[] = [
  ['deployment', '法治政府建设工作部署会', '传达上级法治建设工作要点，分解本年度重点任务和责任单位'],
  ['progress', '法治建设工作推进会', '通报各办所法治建设任务进度，研究推进滞后事项'],
  ['special', '行政执法规范化专题会', '研究综合行政执法案卷质量问题及整改措施'],
  ['special', '矛盾纠纷排查化解专题会', '分析近期矛盾纠纷态势，部署重点领域排查'],
  ['briefing', '听取司法所法治建设工作汇报', '听取司法所关于法律顾问、人民调解和普法工作情况汇报'],
  ['progress', '法治建设半年工作推进会', '总结上半年法治建设情况，部署下半年工作'],
  ['special', '年度法治政府建设报告审议会', '审议本年度法治政府建设情况报告初稿'],
];

function meetings(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, cast } = c;
  const n = rng.int(6, 12);
  const out: GovernanceDemoRecord[] = [];
  for (let i = 0; i < n; i++) {
    // spread over the year, one every month or so
    const heldOn = daysAgo(c, Math.floor((i * 360) / n) + 1, Math.floor(((i + 1) * 360) / n));
    const [type, title, topics] =
      i === n - 1 ? (MEETINGS[0] as (typeof MEETINGS)[number]) : rng.pick(MEETINGS);
    const chairRole =
      type === 'deployment' || rng.chance(0.3)
        ? 'secretary'
        : rng.weighted<string>([
            ['head', 3],
            ['other', 1],
          ]);
    const chair =
      chairRole === 'secretary' ? cast.secretary : chairRole === 'head' ? cast.head : cast.deputies[0];
    const r = m.create(
      meeting,
      {
        heldOn,
        type,
        title: `${yearOf(heldOn)}年${title}`,
        chair,
        chairRole,
        topics,
        decisions: rng.pick([
          '明确各办所责任人和完成时限，纳入年度考核',
          '会议要求司法所牵头建立工作台账，每月通报',
          '同意报告初稿，修改完善后按程序报送',
        ]),
        attendance: rng.int(12, 45),
      },
      heldOn,
    );
    if (r) out.push(r);
  }
  return out;
}

function dutyReports(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, cast } = c;
  const annual = inYear(c, later(c, lastOccurrence(c, '01-10'), rng.int(0, 12)));
  const plan: [string, string, string, string][] = [
    [cast.secretary, '镇党委书记', 'annual', annual],
    [cast.head, '镇长', 'annual', annual],
    [cast.deputies[0] ?? cast.head, '镇党委委员、政法委员', 'special', daysAgo(c, 30, 250)],
    [cast.deputies[1] ?? cast.head, '副镇长', 'written', daysAgo(c, 30, 250)],
  ];
  const out: GovernanceDemoRecord[] = [];
  for (const [leader, post, occasion, reportedOn] of plan.slice(0, rng.int(2, 4))) {
    const r = m.create(
      dutyReport,
      {
        reportedOn,
        leader,
        post,
        occasion,
        summary: rng.pick([
          '围绕履行推进法治建设第一责任人职责、重大事项依法决策和带头学法用法情况述法',
          '报告分管领域行政执法监督、矛盾纠纷化解和依法行政情况，查摆存在的不足',
          '报告落实合法性审查、法律顾问参与决策和普法责任制的情况及下一步打算',
        ]),
        evaluation: rng.weighted<string>([
          ['excellent', 3],
          ['good', 2],
        ]),
      },
      reportedOn,
    );
    if (r) out.push(r);
  }
  return out;
}

const INSPECTIONS: readonly (readonly [subject: string, findings: string, requirements: string])[] = [
  ['行政执法案卷规范化', '部分案卷缺少送达回证，个别执法文书未载明救济途径', '补正文书，完善案卷归档目录'],
  ['重大行政决策程序落实', '个别决策事项征求意见记录不完整', '补齐过程材料，严格执行决策程序'],
  ['政务公开专项检查', '部分主动公开信息更新不及时', '建立信息发布台账，按期公开'],
  ['法律顾问履职情况', '法律顾问参与合同审查的记录不全', '完善法律顾问工作记录，每月汇总'],
];

function inspections(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const out: GovernanceDemoRecord[] = [];
  for (const [subject, findings, requirements] of rng.shuffle(INSPECTIONS).slice(0, rng.int(1, 3))) {
    const conductedOn = daysAgo(c, 20, 330);
    const r = m.create(
      lawInspection,
      {
        conductedOn,
        type: rng.pick(['inspection', 'special', 'self']),
        subject,
        findings,
        requirements,
        rectifyBy: addDays(conductedOn, rng.int(30, 60)),
      },
      conductedOn,
    );
    if (!r) continue;
    const rectifiedOn = later(c, conductedOn, rng.int(15, 50));
    out.push(
      m.chain(lawInspection, r, [
        ['rectify', { rectifiedOn, rectification: `已按要求整改：${requirements}` }, rectifiedOn],
      ]),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 学法、普法

const LAWS = [
  '《中华人民共和国宪法》',
  '《中华人民共和国行政处罚法》',
  '《中华人民共和国行政复议法》',
  '《中华人民共和国民法典》',
  '《信访工作条例》',
  '《中华人民共和国法治宣传教育法》',
  '《中华人民共和国土地管理法》',
  '《重大行政决策程序暂行条例》',
  '《中华人民共和国政府信息公开条例》',
];

const STUDY: Record<string, { topics: readonly string[]; attendance: [number, number] }> = {
  central_group: {
    topics: ['学习习近平法治思想', '党委理论学习中心组法治专题学习', '学习宪法和党内法规'],
    attendance: [9, 18],
  },
  pre_meeting: {
    topics: ['会前学法：行政复议新规', '会前学法：信访工作条例要点', '会前学法：政府信息公开答复规范'],
    attendance: [15, 40],
  },
  lecture: {
    topics: ['依法行政专题讲座', '行政执法程序与常见问题讲座', '民法典与基层治理讲座'],
    attendance: [40, 120],
  },
  training: {
    topics: ['干部职工法律知识培训', '行政执法人员业务培训', '合同管理与风险防范培训'],
    attendance: [30, 90],
  },
  court: { topics: ['旁听行政诉讼案件庭审', '组织旁听一起土地纠纷案庭审'], attendance: [8, 20] },
  legal_aide: { topics: ['“法律明白人”骨干培训', '人民调解员业务培训'], attendance: [30, 80] },
};

function study(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const types = Object.keys(STUDY);
  const n = rng.int(15, 30);
  const out: GovernanceDemoRecord[] = [];
  for (let i = 0; i < n; i++) {
    // every type at least once, then mostly 会前学法 and 中心组
    const type =
      i < types.length
        ? (types[i] as string)
        : rng.weighted<string>([
            ['central_group', 3],
            ['pre_meeting', 5],
            ['lecture', 2],
            ['training', 2],
            ['court', 1],
            ['legal_aide', 1],
          ]);
    const spec = STUDY[type] as (typeof STUDY)[string];
    const heldOn = daysAgo(c, 1, 360);
    const r = m.create(
      studySession,
      {
        heldOn,
        type,
        topic: rng.pick(spec.topics),
        laws: rng.shuffle(LAWS).slice(0, rng.int(1, 3)).join('、'),
        ...(type === 'lecture' || type === 'training' || type === 'legal_aide'
          ? { lecturer: rng.pick(['县司法局干部', '镇法律顾问', '镇司法所所长', '县法院法官']) }
          : {}),
        attendance: rng.int(spec.attendance[0], spec.attendance[1]),
      },
      heldOn,
    );
    if (r) out.push(r);
  }
  return out;
}

function exams(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const titles = ['年度干部职工学法用法考试', '行政执法人员法律知识测试'];
  const out: GovernanceDemoRecord[] = [];
  for (const title of titles.slice(0, rng.int(1, 2))) {
    const heldOn = daysAgo(c, 20, 330);
    const expected = rng.int(30, 80);
    const took = expected - rng.int(0, 4);
    const passed = took - rng.int(0, 3);
    const r = m.create(
      exam,
      {
        heldOn,
        title: `${yearOf(heldOn)}年${title}`,
        expected,
        took,
        passed,
        ...(took < expected ? { note: '未参考人员因公出差或病假，已安排补考' } : {}),
      },
      heldOn,
    );
    if (r) out.push(r);
  }
  return out;
}

const PUBLICITY: Record<string, { md: string; titles: readonly string[]; laws: string; dept: string }> = {
  constitution: {
    md: '12-04',
    titles: ['国家宪法日宪法宣传活动', '“宪法进万家”集中宣传活动'],
    laws: '《中华人民共和国宪法》',
    dept: '镇司法所',
  },
  security: {
    md: '04-15',
    titles: ['全民国家安全教育日宣传活动', '国家安全知识进村宣讲'],
    laws: '《中华人民共和国国家安全法》',
    dept: '镇综治中心',
  },
  drugs: {
    md: '06-26',
    titles: ['国际禁毒日禁毒宣传进校园', '禁毒知识集中宣传'],
    laws: '《中华人民共和国禁毒法》',
    dept: '派出所',
  },
  consumer: {
    md: '03-15',
    titles: ['消费者权益日法治宣传', '放心消费维权咨询'],
    laws: '《中华人民共和国消费者权益保护法》',
    dept: '市场监管所',
  },
  safety: {
    md: '06-12',
    titles: ['安全生产月法治宣传咨询', '安全生产法规进企业'],
    laws: '《中华人民共和国安全生产法》',
    dept: '镇应急管理办',
  },
  civil_code: {
    md: '05-20',
    titles: ['民法典宣传月进社区', '民法典婚姻家庭编以案释法'],
    laws: '《中华人民共和国民法典》',
    dept: '镇司法所',
  },
  other: {
    md: '09-10',
    titles: ['防范电信网络诈骗宣传', '农民工工资支付法规宣传', '“法律明白人”入户宣传'],
    laws: '《中华人民共和国反电信网络诈骗法》',
    dept: '镇司法所',
  },
};

function publicity(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, opts } = c;
  const occasions = Object.keys(PUBLICITY);
  const n = rng.int(10, 20);
  const out: GovernanceDemoRecord[] = [];
  for (let i = 0; i < n; i++) {
    const occasion = i < occasions.length ? (occasions[i] as string) : rng.pick(occasions);
    const spec = PUBLICITY[occasion] as (typeof PUBLICITY)[string];
    const anchor = lastOccurrence(c, spec.md);
    const heldOn = minDay(maxDay(addDays(anchor, rng.int(-3, 3)), c.from), c.today);
    const v = villageOf(c);
    const forms = rng
      .shuffle(['desk', 'lecture', 'case', 'performance', 'online', 'door'])
      .slice(0, rng.int(1, 3));
    const audience = rng.int(60, 800);
    const r = m.create(
      publicityEvent,
      {
        heldOn,
        title: `${rng.pick(spec.titles)}（${v?.name ?? opts.township.name}）`,
        occasion,
        forms,
        place: v ? `${v.name}文化广场` : `${opts.township.name}集镇`,
        audienceGroup:
          occasion === 'drugs' ? 'youth' : rng.pick(['public', 'elderly', 'workers', 'migrants']),
        audience,
        materials: rng.int(Math.floor(audience / 3), audience),
        banners: rng.int(2, 12),
        consultations: forms.includes('desk') ? rng.int(10, 80) : 0,
        onlinePosts: forms.includes('online') ? rng.int(1, 4) : 0,
        laws: spec.laws,
        department: spec.dept,
      },
      heldOn,
    );
    if (r) out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 法律顾问, 依法决策

function advisors(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, opts } = c;
  const n = rng.int(2, 5);
  // most villages served: one may be left out when there are several
  const villages = rng.shuffle(opts.township.villages.map((v) => v.id));
  const served = villages.length >= 3 && rng.chance(0.4) ? villages.slice(1) : villages;
  const out: GovernanceDemoRecord[] = [];
  for (let i = 0; i < n; i++) {
    const type =
      i === 0
        ? 'advisor'
        : rng.weighted<string>([
            ['advisor', 3],
            ['public_lawyer', 1],
          ]);
    // one-year contracts; the first one ends within the next few weeks (临期)
    const contractFrom = inYear(
      c,
      i === 0 ? addDays(c.today, -364 + rng.int(5, 25)) : addDays(lastOccurrence(c, '01-01'), rng.int(0, 40)),
    );
    const mine = served.filter((_, k) => k % n === i);
    const r = m.create(
      legalAdvisor,
      {
        name: personName(rng),
        type,
        firm: type === 'public_lawyer' ? '示例县司法局' : rng.pick(FIRMS),
        phone: phone(rng),
        contractFrom,
        contractTo: addDays(contractFrom, 364),
        ...(mine.length > 0 ? { villages: mine } : {}),
      },
      contractFrom,
    );
    if (!r) continue;
    if (i === n - 1 && n >= 3 && mine.length === 0 && rng.chance(0.5)) {
      const endedOn = maxDay(daysAgo(c, 10, 60), contractFrom);
      out.push(m.chain(legalAdvisor, r, [['end', { endedOn }, endedOn]]));
    } else out.push(r);
  }
  return out;
}

const DECISIONS: readonly (readonly [title: string, sponsor: string, summary: string])[] = [
  ['集镇农贸市场搬迁改造', '镇经济发展办', '将集镇老旧农贸市场整体搬迁至新址，配套建设停车场和排水设施'],
  ['集镇污水管网建设', '镇规划建设办', '新建集镇雨污分流管网，接入县污水处理厂'],
  ['农村人居环境整治三年行动方案', '镇农业农村办', '分年度推进农村改厕、垃圾分类和村庄绿化'],
  ['镇级公益性公墓建设', '镇社会事务办', '选址建设镇级公益性公墓，规范殡葬管理'],
  ['中心小学周边交通改造', '镇规划建设办', '拓宽学校门前道路，增设接送车辆停靠区和人行横道'],
];

type DecisionFate = 'archived' | 'returned' | 'reviewing' | 'recent';

function oneDecision(
  c: Ctx,
  fate: DecisionFate,
  spec: (typeof DECISIONS)[number],
): GovernanceDemoRecord | null {
  const { rng, m } = c;
  const [title, sponsor, summary] = spec;
  const initiatedOn =
    fate === 'archived'
      ? daysAgo(c, 280, 340)
      : fate === 'returned'
        ? daysAgo(c, 130, 200)
        : fate === 'reviewing'
          ? daysAgo(c, 70, 110)
          : daysAgo(c, 5, 40);
  const specialist = fate === 'archived' || rng.chance(0.4);
  const stability = fate !== 'recent' && rng.chance(0.5);
  const r = m.create(
    majorDecision,
    {
      initiatedOn,
      title: `${title}`,
      sponsor,
      inCatalogue: rng.chance(0.8),
      specialist,
      stability,
      summary,
    },
    initiatedOn,
  );
  if (!r) return null;
  const draftedOn = later(c, initiatedOn, rng.int(12, 25));
  const consultFrom = later(c, draftedOn, rng.int(2, 6));
  const short = fate === 'reviewing' && rng.chance(0.5);
  const consultTo = addDays(consultFrom, short ? rng.int(15, 20) : rng.int(30, 35));
  const expertOn = later(c, consultTo, rng.int(2, 8));
  const riskOn = later(c, consultTo, rng.int(3, 10));
  const reviewSubmittedOn = later(
    c,
    maxDay(consultTo, specialist ? expertOn : consultTo, stability ? riskOn : consultTo),
    rng.int(1, 5),
  );
  // the reviewer is normally given at least 7 working days; now and then less (a recorded warning)
  const reviewedOn = wd(c, reviewSubmittedOn, rng.chance(0.2) ? rng.int(4, 6) : rng.int(7, 12));
  let d = m.chain(majorDecision, r, [
    ['draft', { draftedOn }, draftedOn],
    [
      'consult',
      {
        consultFrom,
        consultTo,
        consultChannel: rng.pick(['镇政府网站公开征求意见', '村务公开栏和座谈会', '入户走访和座谈会']),
        opinions: rng.int(3, 60),
        ...(short ? { shortReason: '项目须在汛期前开工，情况紧急，缩短征求意见期限' } : {}),
      },
      consultTo,
    ],
  ]);
  if (d.state !== 'consulted') return d;
  if (specialist)
    d =
      m.step(
        majorDecision,
        d,
        'expert',
        {
          expertOn,
          experts: rng.pick([
            '县住建局和设计院三名专家',
            '高校和行业协会专家四人',
            '县自然资源局、生态环境局专家',
          ]),
          expertOpinion: '方案总体可行，建议进一步细化实施步骤和资金保障',
        },
        expertOn,
      ) ?? d;
  if (stability)
    d =
      m.step(
        majorDecision,
        d,
        'risk',
        {
          riskOn,
          riskLevel: rng.weighted<string>([
            ['low', 3],
            ['medium', 2],
          ]),
          riskConclusion: '主要风险为部分群众对补偿安置有顾虑，已制定沟通解释和过渡安置措施',
        },
        riskOn,
      ) ?? d;
  if (
    (specialist && !d.events.some((e) => e.action === 'expert')) ||
    (stability && !d.events.some((e) => e.action === 'risk'))
  )
    return d;
  d = m.chain(majorDecision, d, [['submit_review', { reviewSubmittedOn }, reviewSubmittedOn]]);
  if (d.state !== 'reviewing' || fate === 'reviewing') return d;
  if (fate === 'returned') {
    return m.chain(majorDecision, d, [
      [
        'review_fail',
        { reviewedOn, reviewProblems: '草案中收费事项缺少法律依据，补偿标准与上位规定不一致' },
        reviewedOn,
      ],
    ]);
  }
  const decidedOn = later(c, reviewedOn, rng.int(3, 12));
  const reportedOn = later(c, decidedOn, rng.int(1, 5));
  const publishedOn = later(c, reportedOn, rng.int(3, 10));
  const archivedOn = later(c, publishedOn, rng.int(10, 30));
  return m.chain(majorDecision, d, [
    [
      'review_pass',
      {
        reviewedOn,
        reviewer: `镇法律顾问${personName(rng)}`,
        reviewOpinion: '决策主体适格，程序符合规定，内容未发现与上位法相抵触的情形',
      },
      reviewedOn,
    ],
    [
      'decide',
      {
        decidedOn,
        meetingName: `镇政府常务会议（${yearOf(decidedOn)}年第${rng.int(3, 20)}次）`,
        minutes: '会议听取承办单位汇报和合法性审查意见，逐项讨论后由镇长最后发表意见',
        dissent: rng.chance(0.3) ? '一名班子成员建议分期实施，已记录在案' : '无',
        outcome: rng.weighted<string>([
          ['approved', 4],
          ['amended', 1],
        ]),
      },
      decidedOn,
    ],
    ['report', { reportedOn }, reportedOn],
    ['publish', { publishedOn, publishChannel: '镇政府网站和村务公开栏' }, publishedOn],
    ['archive', { archivedOn }, archivedOn],
  ]);
}

function decisions(c: Ctx): GovernanceDemoRecord[] {
  const { rng } = c;
  const n = rng.int(1, 3);
  const fateList: DecisionFate[] = ['archived', rng.pick<DecisionFate>(['returned', 'reviewing']), 'recent'];
  const specs = rng.shuffle(DECISIONS);
  return fateList
    .slice(0, n)
    .map((f, i) => oneDecision(c, f, specs[i] as (typeof DECISIONS)[number]))
    .filter((r): r is GovernanceDemoRecord => r !== null);
}

const DOCUMENTS = [
  '村庄环境卫生管理办法',
  '集镇“门前三包”责任制管理规定',
  '农村村民建房管理实施细则',
  '临时救助实施办法',
  '村级小微工程项目管理办法',
];

type DocFate = 'late' | 'ontime' | 'recent';

function oneDocument(c: Ctx, fate: DocFate, title: string, seq: number): GovernanceDemoRecord | null {
  const { rng, m, opts } = c;
  const draftedOn =
    fate === 'late' ? daysAgo(c, 220, 320) : fate === 'ontime' ? daysAgo(c, 130, 210) : daysAgo(c, 10, 70);
  const r = m.create(
    normativeDocument,
    {
      draftedOn,
      title: `${opts.township.name}${title}`,
      drafter: rng.pick(['镇党政办', '镇农业农村办', '镇社会事务办']),
    },
    draftedOn,
  );
  if (!r) return null;
  const consultedOn = later(c, draftedOn, rng.int(10, 25));
  const reviewSubmittedOn = later(c, consultedOn, rng.int(2, 7));
  const reviewedOn = wd(c, reviewSubmittedOn, rng.int(5, 12));
  const deliberatedOn = later(c, reviewedOn, rng.int(3, 10));
  const publishedOn = later(c, deliberatedOn, rng.int(2, 7));
  const due = c.opts.calendar.addCalendarDays(publishedOn, 15).date;
  // the late one is filed some days after the 15-day filing period; the others well within it
  const filedOn = fate === 'late' ? later(c, due, rng.int(2, 10)) : wd(c, publishedOn, rng.int(2, 5));
  const resultOn = later(c, filedOn, rng.int(20, 40));
  return m.chain(normativeDocument, r, [
    ['consult', { consultedOn, opinions: rng.int(0, 25) }, consultedOn],
    ['submit_review', { reviewSubmittedOn }, reviewSubmittedOn],
    [
      'review_pass',
      {
        reviewedOn,
        reviewer: '镇司法所',
        reviewOpinion: '制定主体、权限和程序合法，未设定行政许可、行政处罚等事项',
      },
      reviewedOn,
    ],
    ['deliberate', { deliberatedOn, deliberation: '原则通过，按合法性审核意见修改后印发' }, deliberatedOn],
    [
      'publish',
      { publishedOn, docNumber: `${opts.township.name.slice(0, 1)}政规〔${yearOf(publishedOn)}〕${seq}号` },
      publishedOn,
    ],
    ['file', { filedOn }, filedOn],
    ['filing_result', { filingResultOn: resultOn, filingResult: 'passed' }, resultOn],
  ]);
}

function documents(c: Ctx): GovernanceDemoRecord[] {
  const { rng } = c;
  const titles = rng.shuffle(DOCUMENTS);
  const fateList: DocFate[] = ['late', 'ontime', 'recent'];
  return fateList
    .slice(0, rng.int(1, 3))
    .map((f, i) => oneDocument(c, f, titles[i] as string, i + 1))
    .filter((r): r is GovernanceDemoRecord => r !== null);
}

const CONTRACTS: readonly (readonly [name: string, lo: number, hi: number])[] = [
  ['镇敬老院食材配送合同', 5, 30],
  ['集镇道路保洁服务合同', 10, 60],
  ['村级道路硬化工程施工合同', 30, 300],
  ['镇政府办公楼物业管理服务合同', 10, 50],
  ['集镇绿化养护合同', 5, 40],
  ['农村宅基地测绘服务合同', 3, 20],
  ['防汛物资采购合同', 2, 15],
];

function contracts(c: Ctx, advisorNames: string[]): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const out: GovernanceDemoRecord[] = [];
  const n = rng.int(5, 10);
  for (let i = 0; i < n; i++) {
    const [name, lo, hi] = rng.pick(CONTRACTS);
    const reviewedOn = daysAgo(c, 1, 360);
    const opinion = rng.weighted<string>([
      ['approved', 5],
      ['amend', 3],
      ['rejected', 1],
    ]);
    const r = m.create(
      contractReview,
      {
        reviewedOn,
        contractName: name,
        counterparty: rng.pick(COMPANIES),
        amount: rng.int(lo, hi) * 10_000,
        reviewer: advisorNames.length > 0 ? rng.pick(advisorNames) : '镇司法所',
        opinion,
        opinionText:
          opinion === 'approved'
            ? '主体适格，条款完备，同意签订'
            : opinion === 'amend'
              ? '违约责任和争议解决条款约定不明，修改后签订'
              : '合同标的未履行采购程序，不同意签订',
      },
      reviewedOn,
    );
    if (r) out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 政务公开

// keyed by the 2019 categories (Art.20, and Art.21 for townships)
const DISCLOSURE_TITLES: Record<string, readonly string[]> = {
  agri_policy: ['乡村振兴衔接资金项目安排公示', '特色产业奖补政策落实情况'],
  homestead: ['农村宅基地使用审核结果公示', '宅基地申请办理流程'],
  land_expropriation: ['道路建设项目征地补偿标准公告', '青苗补偿费发放情况公示'],
  finance: ['镇级财政预算执行情况', '行政事业性收费目录'],
  social_assistance: ['城乡低保对象名单公示', '临时救助资金发放情况', '特困供养人员名单公示'],
  procurement: ['政府采购项目结果公告', '小型水利工程建设情况'],
  livelihood: ['城乡居民养老保险缴费提示', '就业帮扶政策汇编'],
  organisation: ['机构职能及领导分工调整', '办事指南和联系方式'],
};

type DisclosureFate = 'ontime' | 'late' | 'overdue';

function disclosures(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const categories = Object.keys(DISCLOSURE_TITLES);
  const n = rng.int(20, 40);
  const out: GovernanceDemoRecord[] = [];
  for (let i = 0; i < n; i++) {
    const fate: DisclosureFate = i < rng.int(1, 2) ? 'late' : i < 4 ? 'overdue' : 'ontime';
    const formedOn = fate === 'ontime' ? daysAgo(c, 0, 350) : daysAgo(c, 45, 300);
    const category = rng.pick(categories);
    const r = m.create(
      disclosure,
      {
        formedOn,
        title: `${yearOf(formedOn)}年${rng.pick(DISCLOSURE_TITLES[category] ?? [])}`,
        category,
        channel: rng.pick(['镇政府网站', '政务公开栏', '镇政府网站和政务公开栏']),
      },
      formedOn,
    );
    if (!r) continue;
    if (fate === 'overdue') {
      out.push(r);
      continue;
    }
    const publishedOn = wd(c, formedOn, fate === 'late' ? rng.int(24, 35) : rng.int(1, 15));
    out.push(
      m.chain(disclosure, r, [
        ['publish', { publishedOn, url: `政府信息公开专栏/${formedOn.replaceAll('-', '')}` }, publishedOn],
      ]),
    );
  }
  return out;
}

const REQUESTS = [
  '申请公开本村道路硬化工程的预算和结算资料',
  '申请公开本人承包地征收的补偿标准及依据',
  '申请公开集镇农贸市场搬迁的决策文件',
  '申请公开本村低保评议会议记录',
  '申请公开村集体资产租赁合同',
  '申请公开宅基地审批结果及依据',
];

type RequestFate = 'normal' | 'corrected' | 'third_party' | 'extended';

function oneRequest(c: Ctx, fate: RequestFate): GovernanceDemoRecord | null {
  const { rng, m } = c;
  const receivedOn = fate === 'normal' ? daysAgo(c, 0, 350) : daysAgo(c, 60, 330);
  const values = {
    receivedOn,
    receiptMethod: rng.weighted<string>([
      ['online', 4],
      ['in_person', 3],
      ['mail', 2],
    ]),
    applicant: personName(rng),
    applicantPhone: phone(rng),
    content: rng.pick(REQUESTS),
  };
  // the annual report's columns and rows, drawn apart so the main sequence stays as it was
  const side = new Rng(mulberry32(hashText(`${receivedOn}${values.applicant}`)));
  const applicantType = side.weighted<string>([
    ['natural', 8],
    ['business', 2],
    ['legal_service', 1],
    ['public_interest', 1],
  ]);
  const r = m.create(disclosureRequest, { ...values, applicantType }, receivedOn);
  if (!r) return null;
  const answer = (answeredOn: string) => {
    const usual = rng.weighted<string>([
      ['provided', 5],
      ['already_public', 2],
      ['not_exist', 1],
      ['partial', 1],
    ]);
    const withheld = side.chance(0.15);
    return [
      'answer',
      {
        answeredOn,
        outcome: withheld ? 'withheld' : usual,
        ...(withheld ? { reportOutcome: side.pick(['w_third', 'w_process', 'w_internal']) } : {}),
        ...(side.chance(0.1) ? { fee: side.int(3, 20) * 10 } : {}),
        answerText: '经审核，依照《政府信息公开条例》有关规定作出答复，并告知救济途径',
      },
      answeredOn,
    ] as const;
  };
  if (fate === 'corrected') {
    const noticeOn = wd(c, receivedOn, rng.int(1, 6));
    const answerStartOn = later(c, noticeOn, rng.int(5, 15));
    return m.chain(disclosureRequest, r, [
      [
        'correction_notice',
        {
          correctionNoticeOn: noticeOn,
          correctionItems: '申请内容不明确，请补充所需信息的名称、文号或便于查询的其他特征',
        },
        noticeOn,
      ],
      ['corrected', { answerStartOn }, answerStartOn],
      answer(wd(c, answerStartOn, rng.int(5, 15))),
    ]);
  }
  if (fate === 'third_party') {
    const consultFrom = wd(c, receivedOn, rng.int(2, 6));
    const consultTo = wd(c, consultFrom, rng.int(5, 15));
    return m.chain(disclosureRequest, r, [
      ['consult_start', { consultFrom, thirdParty: rng.pick(COMPANIES) }, consultFrom],
      ['consult_end', { consultTo }, consultTo],
      answer(wd(c, consultTo, rng.int(2, 8))),
    ]);
  }
  if (fate === 'extended') {
    const extendOn = wd(c, receivedOn, rng.int(15, 19));
    return m.chain(disclosureRequest, r, [
      ['extend', { days: rng.int(10, 20), reason: '所需信息涉及多年档案，需调取整理，经批准延长' }, extendOn],
      answer(wd(c, receivedOn, rng.int(22, 29))),
    ]);
  }
  return m.chain(disclosureRequest, r, [answer(wd(c, receivedOn, rng.int(2, 18)))]);
}

function requests(c: Ctx): GovernanceDemoRecord[] {
  const { rng } = c;
  const n = rng.int(3, 8);
  const fateList: RequestFate[] = ['corrected', 'third_party', rng.chance(0.5) ? 'extended' : 'normal'];
  while (fateList.length < n) fateList.push('normal');
  return fateList
    .slice(0, n)
    .map((f) => oneRequest(c, f))
    .filter((r): r is GovernanceDemoRecord => r !== null);
}

// ---------------------------------------------------------------------------------------------
// 监督

function litigation(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m, opts, cast } = c;
  const out: GovernanceDemoRecord[] = [];
  const n = rng.int(0, 2);
  for (let i = 0; i < n; i++) {
    const type = rng.chance(0.6) ? 'reconsideration' : 'litigation';
    const procedure = type === 'reconsideration' ? (rng.chance(0.3) ? 'simplified' : 'ordinary') : undefined;
    const receivedOn = daysAgo(c, 60, 320);
    // drawn in the order the record's fields were before, so the sequence stays as it was
    const caseNumber =
      type === 'litigation'
        ? `（${yearOf(receivedOn)}）示行初${rng.int(10, 99)}号`
        : `示府复〔${yearOf(receivedOn)}〕${rng.int(1, 40)}号`;
    const counterparty = rng.chance(0.5) ? personName(rng) : rng.pick(COMPANIES);
    const disputedAct = rng.pick([
      `${opts.township.name}作出的责令限期拆除违法建设决定`,
      `${opts.township.name}作出的政府信息公开答复`,
      `${opts.township.name}作出的土地权属争议处理决定`,
    ]);
    const r = m.create(
      litigationCase,
      {
        receivedOn,
        type,
        ...(procedure ? { procedure } : {}),
        caseNumber,
        counterparty,
        organ: type === 'litigation' ? '示例县人民法院' : '示例县人民政府',
        disputedAct,
        // the 政府信息公开 report's table 四 counts these
        ...(disputedAct.includes('政府信息公开') ? { aboutDisclosure: true } : {}),
      },
      receivedOn,
    );
    if (!r) continue;
    const due =
      type === 'litigation'
        ? c.opts.calendar.addCalendarDays(receivedOn, 15).date
        : wd(c, receivedOn, procedure === 'simplified' ? 5 : 10);
    const answeredOn = minDay(wd(c, receivedOn, rng.int(2, procedure === 'simplified' ? 4 : 8)), due);
    const hearingOn = later(c, answeredOn, rng.int(20, 50));
    const headAppeared = rng.chance(0.7);
    const concludedOn = later(c, hearingOn, rng.int(15, 40));
    const outcome = rng.weighted<string>([
      ['upheld', 4],
      ['dismissed', 2],
      ['withdrawn', 1],
      ['revoked', 1],
    ]);
    let d = m.chain(litigationCase, r, [
      [
        'answer',
        { answeredOn, answerSummary: '被诉行为认定事实清楚，证据确凿，适用依据正确，程序合法' },
        answeredOn,
      ],
      [
        'hearing',
        headAppeared
          ? { hearingOn, headAppeared: true, headName: cast.head }
          : {
              hearingOn,
              headAppeared: false,
              delegate: `镇司法所${cast.judicial}`,
              absenceReason: '负责人参加县防汛紧急会议，经批准委托工作人员出庭',
            },
        hearingOn,
      ],
      [
        'conclude',
        {
          concludedOn,
          outcome,
          outcomeNote: outcome === 'revoked' ? '程序存在瑕疵，被撤销' : '维持原行政行为',
        },
        concludedOn,
      ],
    ]);
    if (d.state !== 'concluded') {
      out.push(d);
      continue;
    }
    if (outcome === 'revoked' || rng.chance(0.3)) {
      const recommendationOn = later(c, concludedOn, rng.int(5, 20));
      const repliedOn = later(c, recommendationOn, rng.int(20, 50));
      d = m.chain(litigationCase, d, [
        [
          'recommendation',
          {
            recommendationOn,
            recommendationType: type === 'litigation' ? 'judicial' : 'opinion',
            recommendationText: '建议规范执法文书送达和告知程序，加强执法人员培训',
          },
          recommendationOn,
        ],
        [
          'recommendation_reply',
          { recommendationRepliedOn: repliedOn, recommendationReply: '已修订执法文书送达规程，组织专题培训' },
          repliedOn,
        ],
      ]);
    }
    // a recommendation still unanswered keeps the case open
    if (d.data.recommendationOn && !d.data.recommendationRepliedOn) {
      out.push(d);
      continue;
    }
    const closedOn = later(
      c,
      maxDay(concludedOn, String(d.data.recommendationRepliedOn ?? concludedOn)),
      rng.int(3, 10),
    );
    out.push(m.chain(litigationCase, d, [['close', { closedOn }, closedOn]]));
  }
  return out;
}

const NPC = [
  ['关于修缮村级文化活动室的建议', '部分村级文化活动室年久失修，建议统筹资金修缮'],
  ['关于增设集镇公共停车位的建议', '集镇赶集日停车难，建议规划增设临时停车位'],
  ['关于加强农村饮水安全的建议', '部分自然村供水管网老化，建议更新改造'],
  ['关于完善农村道路安全设施的建议', '急弯陡坡路段缺少护栏和警示标志，建议增设'],
  ['关于加快农村寄递物流建设的建议', '建议在行政村设立快递代收点'],
  ['关于规范农村建房审批的建议', '建议简化农村建房审批流程并公开办理时限'],
  ['关于改善集镇排水的建议', '集镇部分路段雨天积水严重，建议疏通改造排水沟'],
  ['关于增加农村公交班次的建议', '偏远村群众出行不便，建议增加早晚公交班次'],
] as const;

function npc(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const out: GovernanceDemoRecord[] = [];
  for (const [title, content] of rng.shuffle(NPC).slice(0, rng.int(3, 8))) {
    // 交办 after the spring session of the people's congress
    const receivedOn = inYear(c, later(c, lastOccurrence(c, '03-20'), rng.int(0, 40)));
    const r = m.create(
      npcSuggestion,
      { receivedOn, deputy: `代表${personName(rng)}`, title, content },
      receivedOn,
    );
    if (!r) continue;
    const assignedOn = later(c, receivedOn, rng.int(1, 5));
    const repliedOn = later(c, assignedOn, rng.int(20, 80));
    const closedOn = later(c, repliedOn, rng.int(3, 20));
    out.push(
      m.chain(npcSuggestion, r, [
        [
          'assign',
          { assignedOn, handler: rng.pick(['镇规划建设办', '镇农业农村办', '镇社会事务办']) },
          assignedOn,
        ],
        [
          'reply',
          {
            repliedOn,
            reply: '建议已列入年度工作计划，部分事项已完成，剩余事项明年实施',
            satisfaction: rng.weighted<string>([
              ['satisfied', 5],
              ['basic', 2],
            ]),
          },
          repliedOn,
        ],
        ['close', {}, closedOn],
      ]),
    );
  }
  return out;
}

const HOTLINE = [
  '反映村道路灯损坏多日未修',
  '反映集镇夜间烧烤油烟扰民',
  '咨询城乡居民医保缴费办理',
  '反映河道有人倾倒建筑垃圾',
  '反映自来水水压不足',
  '反映务工工资被拖欠',
  '反映邻居违规搭建影响通行',
  '咨询农村建房审批流程',
];

function hotline(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const out: GovernanceDemoRecord[] = [];
  const n = rng.int(20, 40);
  for (let i = 0; i < n; i++) {
    const receivedOn = daysAgo(c, 0, 350);
    const channel = rng.weighted<string>([
      ['12345', 6],
      ['mayor', 1],
      ['online', 2],
      ['other', 1],
    ]);
    const v = villageOf(c);
    const r = m.create(
      hotlineItem,
      {
        receivedOn,
        channel,
        ticket: `${channel === '12345' ? 'RX' : 'QT'}${receivedOn.replaceAll('-', '')}${String(rng.int(1, 9999)).padStart(4, '0')}`,
        caller: personName(rng),
        callerPhone: phone(rng),
        content: `${rng.pick(HOTLINE)}，请求尽快处理`,
        ...(v ? { village: v.id } : {}),
      },
      receivedOn,
    );
    if (!r) continue;
    // most are answered within the 5 working days; a few take longer
    const repliedOn = wd(c, receivedOn, rng.chance(0.1) ? rng.int(6, 9) : rng.int(1, 5));
    const closedOn = later(c, repliedOn, rng.int(1, 5));
    out.push(
      m.chain(hotlineItem, r, [
        [
          'assign',
          { assignedOn: receivedOn, handler: rng.pick(['所在村委会', '镇综合行政执法队', '镇社会事务办']) },
          receivedOn,
        ],
        [
          'reply',
          {
            repliedOn,
            reply: '已安排人员现场核实处理，并电话回复诉求人',
            satisfaction: rng.weighted<string>([
              ['satisfied', 7],
              ['basic', 2],
              ['unsatisfied', 1],
            ]),
          },
          repliedOn,
        ],
        ['close', {}, closedOn],
      ]),
    );
  }
  return out;
}

function serviceMonths(c: Ctx): GovernanceDemoRecord[] {
  const { rng, m } = c;
  const out: GovernanceDemoRecord[] = [];
  const y = Number(c.today.slice(0, 4));
  const mo = Number(c.today.slice(5, 7));
  const windows = rng.int(4, 10);
  for (let i = 11; i >= 1; i--) {
    const k = y * 12 + (mo - 1) - i;
    const month = `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`;
    const next = `${Math.floor((k + 1) / 12)}-${String(((k + 1) % 12) + 1).padStart(2, '0')}-01`;
    const matters = rng.int(300, 1500);
    const surveyed = Math.floor((matters * rng.int(40, 70)) / 100);
    const r = m.create(
      serviceMonth,
      {
        month,
        windows,
        matters,
        surveyed,
        satisfied: surveyed - rng.int(0, Math.floor(surveyed / 25)),
      },
      minDay(later(c, next, 0), c.today),
    );
    if (r) out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const byDate = (a: GovernanceDemoRecord, b: GovernanceDemoRecord) =>
  a.kind.localeCompare(b.kind) || a.createdOn.localeCompare(b.createdOn);

/**
 * About a year of governance records (the 365 days up to `today`) for one township, every kind
 * above, grouped by kind and sorted by registration day.
 */
export function demoGovernanceRecords(opts: GovernanceDemoOptions): GovernanceDemoRecord[] {
  const rng = new Rng(mulberry32((opts.seed ^ hashText(opts.township.name, 0x9e3779b9)) >>> 0));
  const c: Ctx = {
    rng,
    m: new Maker(opts),
    opts,
    today: opts.today,
    from: addDays(opts.today, -364),
    cast: castOf(rng),
  };
  const advisorRecords = advisors(c);
  const advisorNames = advisorRecords.map((r) => String(r.data.name));
  return [
    ...leadership(c),
    ...meetings(c),
    ...dutyReports(c),
    ...inspections(c),
    ...study(c),
    ...exams(c),
    ...publicity(c),
    ...advisorRecords,
    ...decisions(c),
    ...documents(c),
    ...contracts(c, advisorNames),
    ...disclosures(c),
    ...requests(c),
    ...litigation(c),
    ...npc(c),
    ...hotline(c),
    ...serviceMonths(c),
  ].sort(byDate);
}
