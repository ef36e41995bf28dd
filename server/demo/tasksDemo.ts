import type { WorkCalendar } from '../../core/calendar';
import { applyStep, planAction, type RecordState, validateRecord } from '../../core/ledgers';
import { adminMediation } from '../../core/ledgers/kinds/adminMediation';
import { assignedTask } from '../../core/ledgers/kinds/assignedTask';
import { exam, studySession } from '../../core/ledgers/kinds/study';
import type { LedgerKind } from '../../core/ledgers/types';
import type { Role } from '../../core/roles';
import { addDays, hashText, mulberry32, Rng } from './demoRandom';
import type { DemoRecord } from './ledgerDemo';

/**
 * Demo records of issue 16 §3 for one township: 上级交办与督察整改 (some assigned by the county,
 * some from the township's own plan, at every stage), 行政调解, study sessions and an exam with
 * their lists of people, and a 宪法宣誓. Like the other generators, every record passes
 * `validateRecord` and every step `planAction` on its day, taken by the role the step needs (the
 * county reviewer closes what the county assigned). Every name and sentence is invented here.
 */

export interface TasksDemoOptions {
  seed: number;
  township: { name: string; villages: readonly { id: string; name: string }[] };
  today: string;
  calendar: WorkCalendar;
  onRefusal?: (message: string) => void;
}

const CLERK: { role: Role } = { role: 'township_clerk' };
const LEADER: { role: Role } = { role: 'township_leader' };
const COUNTY: { role: Role } = { role: 'county_reviewer' };

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
const GIVEN = [...'建国明华秀兰桂英志强海燕文军春花德玉梅红霞'];

type Step = [action: string, input: Record<string, unknown>, on: string, who: { role: Role }];

class Maker {
  constructor(
    private readonly opts: TasksDemoOptions,
    readonly rng: Rng,
  ) {}

  name(): string {
    return (
      this.rng.pick(SURNAMES) + this.rng.pick(GIVEN) + (this.rng.chance(0.6) ? this.rng.pick(GIVEN) : '')
    );
  }

  create(kind: LedgerKind, input: Record<string, unknown>, on: string): RecordState | null {
    const villages = new Set(this.opts.township.villages.map((v) => v.id));
    const { values, issues } = validateRecord(kind, input, { today: on, villages });
    if (issues.length > 0) {
      this.opts.onRefusal?.(`${kind.kind} create on ${on}: ${issues.map((i) => i.message).join('；')}`);
      return null;
    }
    return { state: kind.initialState, data: values, events: [] };
  }

  /** Steps in order, each by its role on its day, until one lies ahead or is refused. */
  chain(kind: LedgerKind, start: RecordState, steps: readonly Step[]): RecordState {
    let r = start;
    for (const [action, input, on, who] of steps) {
      if (on > this.opts.today) break;
      const plan = planAction(kind, r, action, input, who, { today: on, calendar: this.opts.calendar });
      if (!plan.ok) {
        this.opts.onRefusal?.(`${kind.kind} ${action} on ${on}: ${plan.reason}`);
        break;
      }
      r = applyStep(r, plan, plan.event);
    }
    return r;
  }
}

const record = (kind: LedgerKind, r: RecordState | null): DemoRecord[] =>
  r ? [{ kind: kind.kind, state: r.state, data: r.data, events: [...r.events] as DemoRecord['events'] }] : [];

const ITEMS: readonly [source: string, assigner: string, title: string, content: string][] = [
  [
    'inspection',
    '县委依法治县办',
    '行政执法决定公示不及时',
    '督察抽查发现部分行政处罚决定超过7个工作日公示，要求逐件补正并建立公示台账',
  ],
  [
    'inspection',
    '县委依法治县办',
    '合法性审查记录不完整',
    '督察发现部分合同审查意见未留存书面记录，要求补齐审查意见书',
  ],
  [
    'annual_points',
    '县司法局',
    '完成村（社区）法律顾问全覆盖',
    '年度工作要点任务：年底前实现村（社区）法律顾问服务全覆盖',
  ],
  ['referral', '县信访局', '交办信访积案化解', '县信访联席会议交办的信访积案一件，限期化解并报送化解情况'],
  [
    'own_plan',
    '镇党委、镇政府',
    '开展民法典进村宣讲',
    '本年度法治政府建设工作计划任务：每个村（社区）至少开展一次民法典宣讲',
  ],
  [
    'own_plan',
    '镇党委、镇政府',
    '修订镇政府合同管理办法',
    '本年度工作计划任务：修订合同管理办法，明确合法性审查流程',
  ],
];

function tasks(m: Maker, today: string): DemoRecord[] {
  const out: DemoRecord[] = [];
  ITEMS.forEach(([source, assigner, title, content], i) => {
    const assignedOn = addDays(today, -m.rng.int(120, 300));
    const dueOn = addDays(assignedOn, m.rng.int(30, 90));
    const own = source === 'own_plan';
    const start = m.create(
      assignedTask,
      {
        assignedOn,
        source,
        assigner,
        title,
        content,
        dueOn,
        responsible: m.rng.pick(['党政办', '综合行政执法办', '司法所']),
      },
      assignedOn,
    );
    if (!start) return;
    const doneOn = addDays(assignedOn, m.rng.int(10, 60));
    // stages by index: some closed, one returned and closed again, one still open (maybe late)
    const steps: Step[] = [
      [
        'progress',
        { progressOn: addDays(assignedOn, 7), progressNote: '已制定整改方案，明确责任人和时限' },
        addDays(assignedOn, 7),
        CLERK,
      ],
    ];
    if (i !== 3) {
      steps.push([
        own ? 'report_own' : 'report',
        { doneOn, doneNote: '已按要求完成，相关材料已归档' },
        doneOn,
        CLERK,
      ]);
      if (i === 1)
        steps.push(
          ['return', { returnReason: '佐证材料不全，请补充审查意见书' }, addDays(doneOn, 3), COUNTY],
          [
            'report',
            { doneOn: addDays(doneOn, 10), doneNote: '已补充审查意见书' },
            addDays(doneOn, 10),
            CLERK,
          ],
        );
      const last = i === 1 ? addDays(doneOn, 14) : addDays(doneOn, 5);
      steps.push([
        own ? 'close_own' : 'close',
        { closedOn: last, closeNote: '同意销号' },
        last,
        own ? LEADER : COUNTY,
      ]);
    }
    out.push(...record(assignedTask, m.chain(assignedTask, start, steps)));
  });
  return out;
}

const MEDIATION_TYPES = ['land', 'resettlement', 'labour', 'consumer', 'environment', 'property'] as const;
const SUMMARIES: Record<(typeof MEDIATION_TYPES)[number], string> = {
  land: '两户对林地界址认定有争议，申请镇政府调解',
  resettlement: '征收补偿款分配发生争议，双方同意由镇政府调解',
  labour: '建筑工地工人与包工头因工资结算发生争议',
  consumer: '农资店销售种子出苗率低，农户要求赔偿',
  environment: '养殖场气味影响邻近住户，双方就整改和补偿协商',
  property: '小区住户与物业公司就收费和维修发生争议',
};

function mediations(m: Maker, today: string, villages: readonly { id: string }[]): DemoRecord[] {
  const out: DemoRecord[] = [];
  const n = m.rng.int(4, 8);
  for (let i = 0; i < n; i++) {
    const type = MEDIATION_TYPES[i % MEDIATION_TYPES.length] as (typeof MEDIATION_TYPES)[number];
    const appliedOn = addDays(today, -m.rng.int(5, 330));
    const start = m.create(
      adminMediation,
      {
        appliedOn,
        origin: m.rng.chance(0.7) ? 'application' : 'ex_officio',
        type,
        ...(villages.length ? { village: m.rng.pick(villages).id } : {}),
        parties: [{ name: m.name() }, { name: m.name() }],
        summary: SUMMARIES[type],
        department: m.rng.pick(['农业农村办', '综治中心', '自然资源所', '劳动保障所']),
        mediator: m.name(),
      },
      appliedOn,
    );
    if (!start) continue;
    const acceptedOn = addDays(appliedOn, m.rng.int(1, 4));
    const endOn = addDays(acceptedOn, m.rng.int(5, 25));
    const fate =
      i === 0
        ? 'decline'
        : m.rng.weighted([
            ['agree', 6],
            ['terminate', 2],
          ] as const);
    const steps: Step[] =
      fate === 'decline'
        ? [
            [
              'decline',
              { declinedOn: acceptedOn, declineReason: '已向人民法院起诉，告知按诉讼程序处理' },
              acceptedOn,
              CLERK,
            ],
          ]
        : [
            ['accept', { acceptedOn, consent: true }, acceptedOn, CLERK],
            fate === 'agree'
              ? [
                  'agree',
                  {
                    agreementOn: endOn,
                    agreement: '双方自愿达成协议，按约定分期履行',
                    amount: m.rng.int(2, 60) * 1000,
                  },
                  endOn,
                  CLERK,
                ]
              : [
                  'terminate',
                  { terminatedOn: endOn, terminateReason: '一方要求终止调解，已告知可向人民法院起诉' },
                  endOn,
                  CLERK,
                ],
          ];
    out.push(...record(adminMediation, m.chain(adminMediation, start, steps)));
  }
  return out;
}

/** Study sessions and an exam with their lists, and one 宪法宣誓. */
function people(m: Maker, today: string): DemoRecord[] {
  const staff = Array.from({ length: 14 }, () => m.name());
  const out: DemoRecord[] = [];
  for (const [type, topic] of [
    ['pre_meeting', '会前学法：《中华人民共和国行政复议法》'],
    ['lecture', '法治专题讲座：行政执法程序规范'],
  ] as const) {
    const heldOn = addDays(today, -m.rng.int(10, 200));
    const participants = staff.map((name) => ({ name, present: m.rng.chance(0.9) }));
    out.push(...record(studySession, m.create(studySession, { heldOn, type, topic, participants }, heldOn)));
  }
  const examOn = addDays(today, -m.rng.int(20, 150));
  const sitting = staff.map((name) => {
    const took = m.rng.chance(0.92);
    return { name, took, passed: took && m.rng.chance(0.9) };
  });
  out.push(
    ...record(
      exam,
      m.create(exam, { heldOn: examOn, title: '干部职工学法考试（按名单）', participants: sitting }, examOn),
    ),
  );
  const oathOn = addDays(today, -m.rng.int(30, 250));
  const sworn = [
    { name: m.name(), post: '副镇长' },
    { name: m.name(), post: '司法所所长' },
  ];
  out.push(
    ...record(
      studySession,
      m.create(
        studySession,
        { heldOn: oathOn, type: 'oath', topic: '新任职人员宪法宣誓仪式', participants: sworn },
        oathOn,
      ),
    ),
  );
  return out;
}

export function demoTaskRecords(opts: TasksDemoOptions): DemoRecord[] {
  const rng = new Rng(mulberry32((opts.seed ^ hashText(opts.township.name, 0x51ed27)) >>> 0));
  const m = new Maker(opts, rng);
  return [
    ...tasks(m, opts.today),
    ...mediations(m, opts.today, opts.township.villages),
    ...people(m, opts.today),
  ];
}
