import type { WorkCalendar } from '../../core/calendar';
import { dispute } from '../../core/ledgers/kinds/dispute';
import { mediationCommittee } from '../../core/ledgers/kinds/mediationCommittee';
import { petition } from '../../core/ledgers/kinds/petition';
import { suggestion } from '../../core/ledgers/kinds/suggestion';
import type { LedgerEvent, LedgerKind, RecordData } from '../../core/ledgers/types';
import type { RecordState } from '../../core/ledgers/workflow';
import { DemoMaker } from './demoMaker';
import { addDays, hashText, mulberry32, Rng } from './demoRandom';

/**
 * A year of fictional ledger records for one township of the demo county: disputes, petitions,
 * mediation committees and suggestions. Pure and deterministic for a seed. Every record is made
 * the way a user would make it — registration validated by `validateRecord`, each later step
 * planned by `planAction` on the day it happens — so the demo can only hold states and dates the
 * workflow allows. Steps that would fall after `today` are simply not taken yet, which is what
 * leaves some cases open. Every name, number and sentence is invented: ID numbers use the unused
 * region code 439999 and phones the 1380000xxxx block; the texts are assembled from fragments
 * written for this file.
 */

export interface DemoRecord {
  kind: string;
  state: string;
  data: RecordData;
  events: LedgerEvent[];
}

export interface DemoLedgerOptions {
  seed: number;
  township: { name: string; villages: readonly { id: string; name: string }[] };
  /** The last day anything may have happened on. */
  today: string;
  calendar: WorkCalendar;
  /** Called when a planned step is refused (then the record stops before it). Tests make this fail. */
  onRefusal?: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// randomness and dates

const maxDay = (a: string, b: string) => (a > b ? a : b);

// ---------------------------------------------------------------------------------------------
// fictional people

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢',
];
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官'];
const GIVEN = [
  ...'建国明华秀兰桂英志强海燕文军春花德明玉梅红霞晓东丽娟国平永红金凤振华新民淑珍宏伟小平雪梅家兴长林福生翠萍素芳',
];

function personName(rng: Rng): string {
  const surname = rng.chance(0.03) ? rng.pick(COMPOUND_SURNAMES) : rng.pick(SURNAMES);
  const given = rng.chance(0.25) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
  return surname + given;
}

/** An 18-digit ID number under the unused region code 439999, with a correct check digit. */
function idNumber(rng: Rng, today: string): string {
  const born = addDays(today, -rng.int(20 * 365, 75 * 365)).replaceAll('-', '');
  const body = `439999${born}${String(rng.int(1, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  return body + '10X98765432'[sum % 11];
}

const phone = (rng: Rng) => `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;

// ---------------------------------------------------------------------------------------------
// text fragments (written for the demo)

const DISPUTE_WHAT: Record<string, readonly string[]> = {
  family: ['因赡养老人费用分摊产生分歧', '因离婚后子女探望安排发生争执', '因父母遗留房屋分割意见不一'],
  neighbour: [
    '因房屋滴水影响相邻住户发生争执',
    '因排水沟堵塞致雨水倒灌引发矛盾',
    '因院墙修建越界互不相让',
    '因饲养家禽影响环境卫生产生口角',
  ],
  land: ['因责任田边界不清发生争议', '因山林承包范围重叠各执一词', '因流转土地租金支付发生纠纷'],
  homestead: ['因宅基地界址认定存在分歧', '因建房占用通道引发争执', '因老宅拆除后地基归属发生争议'],
  labour: ['因务工工资未按期结清发生纠纷', '因务工受伤后医疗费用承担产生分歧', '因加班费计算方式发生争执'],
  contract: ['因农资赊销货款未结清发生纠纷', '因房屋装修质量与尾款问题发生争议', '因借款到期未还产生矛盾'],
  damage: ['因车辆剐蹭赔偿数额协商不成', '因施工致邻居房屋开裂要求赔偿', '因放养牲畜损毁庄稼要求赔偿'],
  expropriation: ['因道路拓宽征地补偿款分配产生分歧', '因青苗补偿标准存在异议', '因安置房分配顺序发生争议'],
  other: ['因合伙养殖利润分配发生争执', '因共用水井维修费用分摊产生矛盾'],
};
const DISPUTE_WHO = ['双方', '两户村民', '当事人之间', '相邻两户'];
const DISPUTE_DETAIL = [
  '，双方多次协商未果',
  '，一方情绪较为激动',
  '，村民小组长已初步劝解',
  '，矛盾持续时间较长',
  '，双方均同意由调委会调解',
  '，网格员发现后及时上报',
];
const AGREEMENT_TERMS = [
  '双方确认界址以原有界桩为准，互不越界',
  '一方一次性支付补偿款，另一方不再主张其他费用',
  '双方同意按比例分摊相关费用',
  '约定一个月内完成整改并恢复原状',
  '双方相互谅解，今后和睦相处',
  '欠款分两期付清，逾期按约定处理',
];
const ORAL_RECORDS = ['调解员当场记录：双方口头约定即日履行', '调解员记录：双方口头同意按现状维持，不再争执'];
const FAILURE_REASONS = [
  '双方对赔偿数额分歧较大',
  '一方拒绝继续参加调解',
  '争议涉及权属确认，需由有关部门依法处理',
];
const VISIT_NOTES: Record<string, readonly string[]> = {
  performed: ['当事人表示协议已履行完毕', '双方关系有所缓和，未再发生争执'],
  partly: ['部分款项已支付，余款约定年底前付清', '整改已完成大半，剩余部分正在进行'],
  not: ['一方尚未履行，已督促并告知可申请司法确认'],
  na: ['已再次告知当事人可通过诉讼等途径维护权利', '当事人表示已向有关部门反映'],
};

const PETITION_SUBJECTS: Record<string, readonly string[]> = {
  land: ['土地承包经营权确认', '征地补偿款发放', '土地流转租金支付'],
  urban: ['组级道路硬化', '农村危房改造', '村内路灯安装'],
  labour: ['务工工资拖欠', '养老保险补缴', '工伤认定办理'],
  welfare: ['低保评定', '临时救助申请', '残疾人补贴发放'],
  law: ['邻里纠纷处理结果', '治安案件办理进度'],
  environment: ['养殖场气味扰民', '河道垃圾清理', '砂石场夜间噪声'],
  other: ['通讯信号覆盖', '客运班次调整'],
};
const PETITION_DEMANDS = [
  '要求尽快核实处理',
  '希望有关部门给予答复',
  '请求依政策予以解决',
  '要求公开办理情况',
];
const HANDLERS = [
  '由镇信访办牵头，会同村委会实地核查',
  '转相关站所承办，限期书面答复',
  '由分管领导包案，约访当事人',
];
const REPLY_BASIS = [
  '经实地核查，依据相关政策规定作出处理意见',
  '经调查核实，依据有关规定予以答复',
  '经村、镇两级核实，已协调相关部门处理',
];

const SUGGESTIONS: readonly (readonly [string, string])[] = [
  ['suggestion', '建议在村委会设立固定的法律咨询时间'],
  ['suggestion', '建议定期在村里开展防范电信诈骗宣传'],
  ['consultation', '咨询土地流转合同应当写明哪些内容'],
  ['consultation', '咨询老人赡养协议如何签订才有效'],
  ['complaint', '反映村口路灯损坏多日无人维修'],
  ['complaint', '反映河边有人倾倒建筑垃圾'],
];

// ---------------------------------------------------------------------------------------------
// the workflow, step by step

const toDemo = (kind: LedgerKind, r: RecordState): DemoRecord => ({
  kind: kind.kind,
  state: r.state,
  data: r.data,
  events: [...r.events],
});

// ---------------------------------------------------------------------------------------------
// the records

interface Ctx {
  rng: Rng;
  m: DemoMaker;
  opts: DemoLedgerOptions;
  today: string;
  mediators: string[];
}

/**
 * A working day `lo`–`hi` days before today, moved back off weekends and holidays (at most 10
 * days: keep `hi` ≤ 354 for a day within the year).
 */
function workingDayAgo(c: Ctx, lo: number, hi: number): string {
  let d = addDays(c.today, -c.rng.int(lo, hi));
  for (let i = 0; i < 10 && !c.opts.calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** `n` days after `d`, moved forward to a working day: offices act on working days. */
function later(c: Ctx, d: string, n: number): string {
  let out = addDays(d, n);
  for (let i = 0; i < 12 && !c.opts.calendar.isWorkingDay(out); i++) out = addDays(out, 1);
  return out;
}

function village(c: Ctx): { id: string; name: string } | undefined {
  const vs = c.opts.township.villages;
  return vs.length > 0 ? c.rng.pick(vs) : undefined;
}

function party(c: Ctx, v: { name: string } | undefined, full: boolean): Record<string, unknown> {
  const row: Record<string, unknown> = { name: personName(c.rng) };
  if (full || c.rng.chance(0.6)) row.idNumber = idNumber(c.rng, c.today);
  if (full || c.rng.chance(0.8)) row.phone = phone(c.rng);
  if (v && c.rng.chance(0.7)) row.address = `${c.opts.township.name}${v.name}${c.rng.int(1, 12)}组`;
  return row;
}

function committees(c: Ctx): DemoRecord[] {
  const { rng, opts } = c;
  const out: DemoRecord[] = [];
  const villages = [...opts.township.villages];
  const count = Math.min(villages.length, rng.int(1, 3));
  const bodies: { name: string; level: string; village?: string }[] = [
    { name: `${opts.township.name}人民调解委员会`, level: 'township' },
  ];
  for (let i = 0; i < count; i++) {
    const v = villages.splice(rng.int(0, villages.length - 1), 1)[0];
    if (v) bodies.push({ name: `${v.name}人民调解委员会`, level: 'village', village: v.id });
  }
  for (const b of bodies) {
    const size = rng.int(3, 9);
    const woman = rng.int(0, size - 1);
    const members = Array.from({ length: size }, (_, i) => {
      const name = personName(rng);
      c.mediators.push(name);
      return {
        name,
        position: i === 0 ? 'chair' : i === 1 && size > 4 ? 'vice' : 'member',
        gender: i === woman || rng.chance(0.3) ? 'f' : 'm',
        ...(rng.chance(0.8) ? { phone: phone(rng) } : {}),
      };
    });
    // a three-year term: established (or re-elected) one to three years ago, before this year's cases
    const establishedOn = workingDayAgo(c, 370, 3 * 365 - 10);
    const r = c.m.create(mediationCommittee, { ...b, establishedOn, members }, establishedOn);
    if (r) out.push(toDemo(mediationCommittee, r));
  }
  return out;
}

type DisputeFate = 'normal' | 'stuck' | 'extended';

function oneDispute(c: Ctx, fate: DisputeFate): DemoRecord | null {
  const { rng, m } = c;
  const registeredOn =
    fate === 'stuck'
      ? workingDayAgo(c, 35, 110)
      : fate === 'extended'
        ? workingDayAgo(c, 90, 300)
        : workingDayAgo(c, 1, 350);
  const type = rng.weighted<string>([
    ['neighbour', 6],
    ['family', 4],
    ['land', 3],
    ['homestead', 3],
    ['labour', 2],
    ['contract', 2],
    ['damage', 2],
    ['expropriation', 1],
    ['other', 1],
  ]);
  const v = village(c);
  const n = rng.chance(0.15) ? 3 : 2;
  const parties = Array.from({ length: n }, (_, i) => party(c, v, i === 0));
  const input: Record<string, unknown> = {
    registeredOn,
    source: rng.weighted<string>([
      ['screening', 4],
      ['visit', 4],
      ['grid', 3],
      ['referral', 1],
      ['online', 1],
    ]),
    type,
    ...(v ? { village: v.id } : {}),
    parties,
    // no names in the summary: it is searchable text and is not masked
    summary: `${rng.pick(DISPUTE_WHO)}${rng.pick(DISPUTE_WHAT[type] ?? [])}${rng.pick(DISPUTE_DETAIL)}。`,
    riskLevel: rng.weighted<string>([
      ['low', 6],
      ['medium', 3],
      ['high', 1],
    ]),
    mediationBody: v && rng.chance(0.6) ? 'village' : 'township',
  };
  if (['labour', 'contract', 'damage', 'expropriation'].includes(type) || rng.chance(0.2))
    input.amount = rng.int(5, 300) * 100;
  const created = m.create(dispute, input, registeredOn);
  if (!created) return null;

  const mediator = c.mediators.length > 0 ? rng.pick(c.mediators) : personName(rng);
  const startOn = later(c, registeredOn, rng.int(0, 3));
  let r = m.chain(dispute, created, [
    ['start_mediation', { mediationStartedOn: startOn, mediator }, startOn],
  ]);
  if (r.state !== 'mediating' || fate === 'stuck') return toDemo(dispute, r);

  let endOn = later(c, startOn, rng.int(3, 24));
  if (fate === 'extended') {
    const extendOn = later(c, registeredOn, rng.int(22, 28));
    const days = rng.int(15, 30);
    const next = m.step(
      dispute,
      r,
      'extend_mediation',
      {
        days,
        reason: rng.pick(['当事人长期外出务工，需等待返乡', '需等待土地确权资料', '需请有关部门现场测量']),
      },
      extendOn,
    );
    if (!next) return toDemo(dispute, r);
    r = next;
    endOn = later(c, registeredOn, 30 + rng.int(3, days));
  }
  const succeeded = rng.chance(0.82);
  const oral = succeeded && rng.chance(0.2);
  const outcome = succeeded
    ? m.step(
        dispute,
        r,
        'succeed',
        {
          agreementForm: oral ? 'oral' : 'written',
          agreementOn: endOn,
          agreementTerms: rng.pick(AGREEMENT_TERMS),
          ...(oral ? { oralRecord: rng.pick(ORAL_RECORDS) } : {}),
        },
        endOn,
      )
    : m.step(
        dispute,
        r,
        'fail',
        {
          endedOn: endOn,
          failureReason: rng.pick(FAILURE_REASONS),
          guidedTo: rng.pick([
            ['litigation'],
            ['arbitration', 'litigation'],
            ['administrative', 'litigation'],
          ]),
        },
        endOn,
      );
  if (!outcome) return toDemo(dispute, r);
  r = outcome;

  let visitOn = later(c, endOn, rng.int(7, 25));
  if (succeeded && !oral && rng.chance(0.3)) {
    const appliedOn = later(c, endOn, rng.int(3, 25));
    const applied = m.step(
      dispute,
      r,
      'record_confirmation',
      { confirmationAppliedOn: appliedOn },
      appliedOn,
    );
    if (applied) {
      r = applied;
      visitOn = maxDay(visitOn, appliedOn);
    }
  }
  const performance = succeeded
    ? rng.weighted<string>([
        ['performed', 8],
        ['partly', 2],
        ['not', 1],
      ])
    : 'na';
  const visited = m.step(
    dispute,
    r,
    'follow_up',
    { visitedOn: visitOn, performance, visitNote: rng.pick(VISIT_NOTES[performance] ?? []) },
    visitOn,
  );
  if (!visited) return toDemo(dispute, r);
  r = visited;
  if (rng.chance(0.92)) r = m.step(dispute, r, 'close', {}, later(c, visitOn, rng.int(0, 5))) ?? r;
  return toDemo(dispute, r);
}

type PetitionFate = 'normal' | 'overdue' | 'extended' | 'review';

function onePetition(c: Ctx, fate: PetitionFate): DemoRecord | null {
  const { rng, m } = c;
  const receivedOn =
    fate === 'overdue'
      ? workingDayAgo(c, 85, 130)
      : fate === 'extended'
        ? workingDayAgo(c, 100, 160)
        : fate === 'review'
          ? workingDayAgo(c, 290, 340)
          : workingDayAgo(c, 1, 350);
  const channel = rng.weighted<string>([
    ['visit', 35],
    ['letter', 20],
    ['online', 35],
    ['phone', 10],
  ]);
  const origin =
    fate === 'normal'
      ? rng.weighted<string>([
          ['direct', 6],
          ['forwarded', 3],
          ['assigned', 1],
        ])
      : 'direct';
  const group = channel === 'visit' && rng.chance(0.15);
  const people = group ? rng.int(6, 15) : rng.chance(0.1) ? rng.int(2, 4) : 1;
  const representatives = group ? rng.int(2, 5) : undefined;
  const category = rng.weighted<string>([
    ['land', 4],
    ['urban', 3],
    ['labour', 2],
    ['welfare', 3],
    ['law', 1],
    ['environment', 2],
    ['other', 1],
  ]);
  const subject = rng.pick(PETITION_SUBJECTS[category] ?? []);
  const v = village(c);
  const named = Math.min(representatives ?? people, 3);
  const created = m.create(
    petition,
    {
      receivedOn,
      channel,
      origin,
      people,
      ...(representatives ? { representatives } : {}),
      parties: Array.from({ length: named }, (_, i) => party(c, v, i === 0)),
      subject,
      category,
      // 第三十一条 classes, derived from the topic (no extra draw: the rest of the demo stays as it was)
      nature: category === 'environment' ? 'accusation' : category === 'other' ? 'suggestion' : 'claim',
      // 交办/转送 items carry the assigning organ's date (第二十二条); 90 days, past the 60 of 第三十四条
      ...(origin === 'direct' ? {} : { assignedDueOn: c.opts.calendar.addCalendarDays(receivedOn, 90).date }),
      content: `反映${subject}问题，${rng.pick(PETITION_DEMANDS)}。`,
      ...(v ? { village: v.id } : {}),
    },
    receivedOn,
  );
  if (!created) return null;

  // forwarded items: the objection window is 5 working days, so act within it
  const firstOn =
    origin === 'direct'
      ? later(c, receivedOn, rng.int(1, 8))
      : c.opts.calendar.addWorkingDays(receivedOn, rng.int(1, 4)).date;
  if (fate === 'normal' && rng.chance(0.06)) {
    const r = m.chain(petition, created, [
      [
        'not_accept',
        { notAcceptedOn: firstOn, notAcceptedReason: rng.pick(['litigation', 'handled']) },
        firstOn,
      ],
    ]);
    return toDemo(petition, r);
  }
  if (fate === 'normal' && origin !== 'direct' && rng.chance(0.15)) {
    const r = m.chain(petition, created, [
      ['object', { objectedOn: firstOn, objectionReason: '反映事项属于县级有关部门职权范围' }, firstOn],
    ]);
    return toDemo(petition, r);
  }
  const noticeOn = later(c, firstOn, origin === 'direct' ? rng.int(0, 3) : 0);
  let r = m.chain(petition, created, [
    [
      'accept',
      {
        acceptedOn: firstOn,
        noticeOn,
        handler: rng.pick(HANDLERS),
      },
      noticeOn,
    ],
  ]);
  if (r.state !== 'accepted' || fate === 'overdue') return toDemo(petition, r);

  let repliedOn = later(c, firstOn, rng.int(10, 50));
  if (fate === 'extended') {
    const extendOn = later(c, firstOn, rng.int(45, 55));
    const next = m.step(
      petition,
      r,
      'extend',
      { days: 30, reason: '涉及多年历史资料，需调取档案并会同相关部门核实', extensionNoticeOn: extendOn },
      extendOn,
    );
    if (!next) return toDemo(petition, r);
    r = next;
    repliedOn = later(c, firstOn, rng.int(65, 85));
  }
  const servedOn = later(c, repliedOn, rng.int(0, 3));
  r = m.chain(petition, r, [
    [
      'reply',
      {
        repliedOn,
        servedOn,
        outcome: rng.weighted<string>([
          ['support', 4],
          ['explain', 5],
          ['reject', 1],
        ]),
        basis: rng.pick(REPLY_BASIS),
      },
      servedOn,
    ],
  ]);
  if (fate !== 'review' || r.state !== 'replied') return toDemo(petition, r);
  const requestOn = later(c, servedOn, rng.int(8, 25));
  const answerOn = later(c, requestOn, rng.int(15, 28));
  r = m.chain(petition, r, [
    ['review_request', { reviewRequestedOn: requestOn }, requestOn],
    [
      'review_answer',
      { reviewAnsweredOn: answerOn, reviewOutcome: 'upheld', reviewNote: '经复查，原处理意见正确' },
      answerOn,
    ],
  ]);
  return toDemo(petition, r);
}

function suggestions(c: Ctx): DemoRecord[] {
  const { rng, m } = c;
  const out: DemoRecord[] = [];
  const pending = rng.int(2, 4);
  const answered = rng.int(2, 4);
  for (let i = 0; i < pending + answered; i++) {
    const receivedOn = i < pending ? workingDayAgo(c, 0, 12) : workingDayAgo(c, 20, 300);
    const [topic, content] = rng.pick(SUGGESTIONS);
    const v = village(c);
    const created = m.create(
      suggestion,
      {
        receivedOn,
        name: personName(rng),
        ...(rng.chance(0.8) ? { phone: phone(rng) } : {}),
        ...(v ? { village: v.id } : {}),
        topic,
        content,
      },
      receivedOn,
    );
    if (!created) continue;
    if (i < pending) {
      out.push(toDemo(suggestion, created));
      continue;
    }
    const answeredOn = later(c, receivedOn, rng.int(2, 12));
    const r = m.chain(suggestion, created, [
      [
        'answer',
        { answeredOn, answer: '已收悉，已转相关村（社区）和部门办理，并电话告知办理情况' },
        answeredOn,
      ],
    ]);
    out.push(toDemo(suggestion, r));
  }
  return out;
}

/** Spreads the fates of `n` records: the special ones first, the rest ordinary. */
function fates<T extends string>(n: number, special: readonly (readonly [T, number])[], rest: T): T[] {
  const out: T[] = [];
  for (const [fate, count] of special) for (let i = 0; i < count; i++) out.push(fate);
  while (out.length < n) out.push(rest);
  return out;
}

const byDate = (kind: LedgerKind) => (a: DemoRecord, b: DemoRecord) =>
  String(a.data[kind.list.dateField]).localeCompare(String(b.data[kind.list.dateField]));

/**
 * About a year of records (the 12 months before `today`) for one township: 2–4 mediation
 * committees, 40–80 disputes, 20–40 petitions and a few suggestions, in that order, each kind
 * sorted by its main date.
 */
export function demoLedgerRecords(opts: DemoLedgerOptions): DemoRecord[] {
  const rng = new Rng(mulberry32((opts.seed ^ hashText(opts.township.name)) >>> 0));
  const c: Ctx = {
    rng,
    m: new DemoMaker({ ...opts, villages: opts.township.villages }),
    opts,
    today: opts.today,
    mediators: [],
  };
  const out: DemoRecord[] = committees(c);

  const disputes = fates<DisputeFate>(
    rng.int(40, 80),
    [
      ['stuck', rng.int(2, 4)],
      ['extended', rng.int(1, 2)],
    ],
    'normal',
  )
    .map((f) => oneDispute(c, f))
    .filter((r): r is DemoRecord => r !== null)
    .sort(byDate(dispute));
  const petitions = fates<PetitionFate>(
    rng.int(20, 40),
    [
      ['overdue', rng.int(2, 3)],
      ['extended', 1],
      ['review', 1],
    ],
    'normal',
  )
    .map((f) => onePetition(c, f))
    .filter((r): r is DemoRecord => r !== null)
    .sort(byDate(petition));
  out.push(...disputes, ...petitions, ...suggestions(c).sort(byDate(suggestion)));
  return out;
}
