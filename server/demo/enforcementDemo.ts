import type { WorkCalendar } from '../../core/calendar';
import { ledgerKind } from '../../core/ledgers';
import { caseFileReview, FILE_REVIEW_ITEMS } from '../../core/ledgers/kinds/caseFileReview';
import { enforcementCase, REVIEW_CHECKLIST } from '../../core/ledgers/kinds/enforcementCase';
import { enforcementMatter } from '../../core/ledgers/kinds/enforcementMatter';
import { enforcementTraining } from '../../core/ledgers/kinds/enforcementTraining';
import { inspection } from '../../core/ledgers/kinds/inspection';
import { certifiedOn, officer } from '../../core/ledgers/kinds/officer';
import type { LedgerKind, RecordData, RefRecord } from '../../core/ledgers/types';
import type { RecordState } from '../../core/ledgers/workflow';
import { insertRecords } from '../commands/ledgers/ledgerCommands';
import type { LedgerEnv } from '../commands/ledgers/ledgerContext';
import type { Db } from '../db/client';
import type { LedgerRow } from '../repositories/ledgersRepo';
import { DemoMaker } from './demoMaker';
import { addDays, hashText, mulberry32, Rng } from './demoRandom';
import type { DemoRecord } from './ledgerDemo';

/**
 * A year of fictional administrative enforcement (行政执法) for one demo township: the officer
 * register (one certificate expiring within 90 days, one expired), the matter list with legal
 * bases, cases at every stage (decided and published; a few overdue for publicity; one revoked
 * and its publicity withdrawn; one 重大 case with 法制审核 and 集体讨论; some still open; one
 * dropped), inspections, trainings and two 案卷评查. Pure and deterministic for a seed, and made
 * the way users make it: every registration passes `validateRecord` and every step `planAction`
 * on its day, with the officers and matters it names as `refRecords` — so officers and matters
 * are made first (phase 1), stored, and their records (with ids) handed to phase 2; the reviewed
 * case files likewise to phase 3. Names, numbers and texts are invented (ID numbers under the
 * unused region code 439999, phones in the 1380000xxxx block); the legal bases cite real
 * statutes by name and article only.
 */

export interface EnforcementDemoOptions {
  seed: number;
  township: { name: string };
  today: string;
  calendar: WorkCalendar;
  settings?: Readonly<Record<string, number>>;
  /** Called when a planned step is refused (the record then stops before it). Tests make this fail. */
  onRefusal?: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// randomness and dates (the same generator as ledgerDemo.ts, seeded differently)

// ---------------------------------------------------------------------------------------------
// fictional people and organisations

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢',
];
const GIVEN = [
  ...'建国明华秀兰桂英志强海燕文军春花德明玉梅红霞晓东丽娟国平永红金凤振华新民淑珍宏伟小平雪梅家兴长林福生翠萍素芳',
];
const TRADES = ['建材', '农资', '商贸', '养殖', '砂石', '餐饮', '物流', '农业开发'];
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

const personName = (rng: Rng) =>
  rng.pick(SURNAMES) + (rng.chance(0.3) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN));

function idNumber(rng: Rng, today: string): string {
  const born = addDays(today, -rng.int(22 * 365, 70 * 365)).replaceAll('-', '');
  const body = `439999${born}${String(rng.int(1, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  return body + '10X98765432'[sum % 11];
}

/** A 统一社会信用代码 under the unused region 439999 with a correct check character. */
function creditCode(rng: Rng): string {
  let body = '91439999';
  for (let i = 0; i < 9; i++) body += CREDIT_CHARS[rng.int(0, 30)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(body[i] as string) * (CREDIT_WEIGHTS[i] as number);
  return body + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

const phone = (rng: Rng) => `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;

// ---------------------------------------------------------------------------------------------
// the matter list: what a township may enforce, with bases written for the demo

interface MatterSpec {
  name: string;
  type: 'penalty' | 'inspection' | 'coercion';
  legalBasis: string;
  office: 'law' | 'agri' | 'safety';
  /** For cases under it: the act named in the case, the object inspected, the usual fine. */
  act?: string;
  object?: string;
  fine?: readonly [number, number];
  party?: 'person' | 'organisation' | 'either';
}

const DELEGATION = '《中华人民共和国行政处罚法》第二十四条（行政处罚权交由乡镇人民政府行使）';
const MATTERS: readonly MatterSpec[] = [
  {
    name: '对农村村民未经批准非法占用土地建住宅的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国土地管理法》第七十八条；${DELEGATION}`,
    office: 'law',
    act: '未经批准占用土地建住宅',
    object: '农村建房',
    fine: [0, 0],
    party: 'person',
  },
  {
    name: '对未经批准非法占用土地的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国土地管理法》第七十七条；${DELEGATION}`,
    office: 'law',
    act: '非法占用集体土地堆放物料',
    object: '土地利用',
    fine: [2000, 8000],
    party: 'either',
  },
  {
    name: '对在乡村规划区内未依法取得乡村建设规划许可证进行建设的行政处罚',
    type: 'penalty',
    legalBasis: '《中华人民共和国城乡规划法》第六十五条',
    office: 'law',
    act: '未取得乡村建设规划许可证擅自建设',
    object: '乡村建设',
    fine: [0, 0],
    party: 'either',
  },
  {
    name: '对露天焚烧秸秆、落叶等产生烟尘污染物质的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国大气污染防治法》第一百一十九条第一款；${DELEGATION}`,
    office: 'agri',
    act: '露天焚烧秸秆',
    object: '秸秆禁烧',
    fine: [50, 200],
    party: 'person',
  },
  {
    name: '对在禁渔区、禁渔期进行捕捞的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国渔业法》第三十八条；${DELEGATION}`,
    office: 'agri',
    act: '在禁渔期内捕捞',
    object: '河道禁渔',
    fine: [100, 2000],
    party: 'person',
  },
  {
    name: '对未取得营业执照擅自从事经营活动的行政处罚',
    type: 'penalty',
    legalBasis: `《无证无照经营查处办法》第十三条；${DELEGATION}`,
    office: 'law',
    act: '未取得营业执照从事经营活动',
    object: '集镇经营',
    fine: [500, 10000],
    party: 'either',
  },
  {
    name: '对在林地内擅自采石、采砂、采土造成林木毁坏的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国森林法》第七十四条；${DELEGATION}`,
    office: 'agri',
    act: '擅自在林地内采砂',
    object: '林地保护',
    fine: [3000, 30000],
    party: 'organisation',
  },
  {
    name: '对生产经营单位未按规定对从业人员进行安全生产教育和培训的行政处罚',
    type: 'penalty',
    legalBasis: `《中华人民共和国安全生产法》第九十七条；${DELEGATION}`,
    office: 'safety',
    act: '未按规定对从业人员进行安全生产教育和培训',
    object: '小微企业安全生产',
    fine: [5000, 50000],
    party: 'organisation',
  },
  {
    name: '对乡村建设、农村宅基地使用情况的行政检查',
    type: 'inspection',
    legalBasis: `《中华人民共和国城乡规划法》第五十三条；《中华人民共和国土地管理法》第六十八条；${DELEGATION}`,
    office: 'law',
    object: '宅基地使用',
  },
  {
    name: '对生产经营单位安全生产状况的行政检查',
    type: 'inspection',
    legalBasis: '《中华人民共和国安全生产法》第九条、第六十五条',
    office: 'safety',
    object: '安全生产',
  },
  {
    name: '对违法建筑物、构筑物的强制拆除',
    type: 'coercion',
    legalBasis: '《中华人民共和国行政强制法》第四十四条；《中华人民共和国城乡规划法》第六十五条',
    office: 'law',
  },
];

const OFFICES = { law: '综合行政执法办公室', agri: '农业综合服务中心', safety: '应急管理办公室' } as const;

// ---------------------------------------------------------------------------------------------
// making records as users do

interface Ctx {
  rng: Rng;
  m: DemoMaker;
  opts: EnforcementDemoOptions;
  today: string;
}

const rngFor = (opts: EnforcementDemoOptions, phase: number) =>
  new Rng(mulberry32((opts.seed ^ hashText(`${opts.township.name}执法${phase}`)) >>> 0));

function ctxFor(opts: EnforcementDemoOptions, phase: number, refs: readonly RefRecord[] = []): Ctx {
  const m = new DemoMaker(opts);
  m.addRefs(refs);
  return { rng: rngFor(opts, phase), m, opts, today: opts.today };
}

/** A working day `lo`–`hi` days before today (moved back off weekends and holidays). */
function workingDayAgo(c: Ctx, lo: number, hi: number): string {
  let d = addDays(c.today, -c.rng.int(lo, hi));
  for (let i = 0; i < 12 && !c.opts.calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** `n` days after `d`, moved forward to a working day. */
function later(c: Ctx, d: string, n: number): string {
  let out = addDays(d, n);
  for (let i = 0; i < 12 && !c.opts.calendar.isWorkingDay(out); i++) out = addDays(out, 1);
  return out;
}

const toDemo = (kind: LedgerKind, r: RecordState): DemoRecord => ({
  kind: kind.kind,
  state: r.state,
  data: r.data,
  events: [...r.events],
});

const byDate = (kind: LedgerKind) => (a: DemoRecord, b: DemoRecord) =>
  String(a.data[kind.list.dateField]).localeCompare(String(b.data[kind.list.dateField]));

// ---------------------------------------------------------------------------------------------
// phase 1: officers and matters

/** 6–10 officers (one certificate expiring within 90 days, one expired) and 10–11 matters. */
export function demoEnforcementRegisters(opts: EnforcementDemoOptions): DemoRecord[] {
  const c = ctxFor(opts, 1);
  const { rng, m } = c;
  const town = opts.township.name;
  const out: DemoRecord[] = [];
  const count = rng.int(6, 10);
  const serial = rng.int(100, 899);
  for (let i = 0; i < count; i++) {
    // issued 14–40 months ago: before every case of the year
    const issuedOn = workingDayAgo(c, 420, 1200);
    const expiresOn =
      i === 0
        ? addDays(c.today, rng.int(20, 80)) // renewal due soon
        : i === 1
          ? addDays(c.today, -rng.int(10, 40)) // expired: not to be used any more
          : addDays(issuedOn, 5 * 365);
    const office = i < count - 2 ? OFFICES.law : i === count - 2 ? OFFICES.agri : OFFICES.safety;
    const created = m.create(
      officer,
      {
        name: personName(rng),
        certNumber: `43999901${serial}${String(i + 1).padStart(3, '0')}`,
        department: `${town}${office}`,
        fields:
          office === OFFICES.law
            ? ['comprehensive', ...(rng.chance(0.4) ? ['natural_resources'] : [])]
            : office === OFFICES.agri
              ? ['agriculture', 'environment']
              : ['safety'],
        issuedOn,
        expiresOn,
        legalQualified: i === 2 || rng.chance(0.15),
        phone: phone(rng),
      },
      issuedOn,
    );
    if (created) out.push(toDemo(officer, created));
  }
  const matters = MATTERS.filter((x, i) => i < 8 || x.type !== 'penalty' || rng.chance(0.5));
  for (const spec of matters) {
    const listedOn = workingDayAgo(c, 400, 700);
    const created = m.create(
      enforcementMatter,
      {
        name: spec.name,
        type: spec.type,
        legalBasis: spec.legalBasis,
        department: `${town}${OFFICES[spec.office]}`,
        listedOn,
      },
      listedOn,
    );
    if (created) out.push(toDemo(enforcementMatter, created));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// phase 2: cases, inspections, trainings

type CaseFate = 'published' | 'simple' | 'overdue' | 'revoked' | 'major' | 'open' | 'dropped';

/** Two officers certified on `day` (never the one whose certificate has lapsed by then). */
function crew(c: Ctx, officers: readonly RefRecord[], day: string): string[] {
  const valid = officers.filter((o) => certifiedOn(o.data, o.state, day));
  return c.rng.some(valid, 2).map((o) => o.id);
}

const townShort = (name: string) => name.replace(/(镇|乡|街道)$/, '');

function oneCase(
  c: Ctx,
  fate: CaseFate,
  n: number,
  officers: readonly RefRecord[],
  matters: readonly (RefRecord & { spec: MatterSpec })[],
): DemoRecord | null {
  const { rng, m } = c;
  const matter = rng.pick(matters);
  const spec = matter.spec;
  const filedOn =
    fate === 'overdue'
      ? workingDayAgo(c, 60, 75)
      : fate === 'open'
        ? workingDayAgo(c, 3, 40)
        : fate === 'revoked' || fate === 'major'
          ? workingDayAgo(c, 180, 300)
          : workingDayAgo(c, 50, 350);
  const person = fate === 'simple' || spec.party === 'person' || (spec.party === 'either' && rng.chance(0.6));
  const name = person
    ? personName(rng)
    : `示例县${rng.pick(['兴旺', '宏达', '鑫源', '永丰', '绿野', '顺发'])}${rng.pick(TRADES)}有限公司`;
  const party: Record<string, unknown> = person
    ? {
        partyType: 'person',
        partyName: name,
        partyIdNumber: idNumber(rng, c.today),
        partyPhone: phone(rng),
        partyAddress: `${c.opts.township.name}${rng.pick(['东', '西', '南', '北'])}村${rng.int(1, 12)}组`,
      }
    : {
        partyType: 'organisation',
        partyName: name,
        partyCreditCode: creditCode(rng),
        partyPhone: phone(rng),
        partyAddress: `${c.opts.township.name}工业集中区${rng.int(1, 30)}号`,
      };
  const act = spec.act ?? '违法行为';
  const created = m.create(
    enforcementCase,
    {
      filedOn,
      caseName: `${name}${act}案`,
      procedure: fate === 'simple' ? 'simple' : 'ordinary',
      source: rng.pick(['patrol', 'patrol', 'complaint', 'assigned', 'referral']),
      matter: matter.id,
      ...party,
      facts: `经执法人员现场检查查明，当事人${act}，${rng.pick(['经责令改正后仍未整改', '持续时间较长，群众反映强烈', '当场承认违法事实'])}。`,
      legalBasis: spec.legalBasis,
      major: fate === 'major',
      officers: crew(c, officers, filedOn),
    },
    filedOn,
  );
  if (!created) return null;

  const number = `${townShort(c.opts.township.name)}综执罚决〔${filedOn.slice(0, 4)}〕${n}号`;
  const [lo, hi] = spec.fine ?? [0, 0];
  const fine =
    fate === 'simple'
      ? person
        ? 50 * rng.int(1, 4)
        : 500
      : fate === 'major'
        ? person
          ? 20_000
          : 150_000
        : hi > 0
          ? 100 * rng.int(lo / 100, hi / 100)
          : 0;
  const decisionType = fine > 0 ? 'fine' : rng.pick(['warning', 'other']);
  const decision = {
    decisionNumber: number,
    decisionType,
    ...(fine > 0 ? { fineAmount: fine } : {}),
    decisionSummary:
      fine > 0
        ? `责令改正，并处罚款${fine}元`
        : decisionType === 'warning'
          ? '给予警告，责令改正'
          : '责令限期改正',
  };
  const publicSummary = `当事人${act}，违反了${spec.legalBasis.split('；')[0]}的规定，决定${decision.decisionSummary}。`;

  if (fate === 'simple') {
    const decidedOn = filedOn;
    const publishedOn = later(c, decidedOn, rng.int(1, 4));
    return toDemo(
      enforcementCase,
      m.chain(enforcementCase, created, [
        // 简易程序 still tells and hears the party on the spot (行政处罚法 Art.44, 52) …
        ['decide', { decidedOn, ...decision, servedOnSpot: true, heardOnSpot: true }, decidedOn],
        // … and the on-the-spot decision is filed with the organ (Art.52 ¶3)
        ['report_filing', { reportedOn: publishedOn }, publishedOn],
        ['publish', { publishedOn, publicSummary }, publishedOn],
      ]),
    );
  }

  const investigateOn = later(c, filedOn, rng.int(1, 6));
  const noticeOn = later(c, investigateOn, rng.int(3, 12));
  let r = m.chain(enforcementCase, created, [
    [
      'investigate',
      {
        stepOn: investigateOn,
        means: rng.some(['inquiry', 'inspection', 'photo', 'documents'], 2),
        officers: crew(c, officers, investigateOn),
        stepNote: '现场勘验并制作笔录，拍照固定证据，对当事人进行询问',
      },
      investigateOn,
    ],
  ]);
  if (fate === 'dropped') {
    const droppedOn = later(c, investigateOn, rng.int(3, 10));
    return toDemo(
      enforcementCase,
      m.chain(enforcementCase, r, [
        ['drop', { droppedOn, dropReason: '经调查，违法事实不能成立' }, droppedOn],
      ]),
    );
  }
  r = m.chain(enforcementCase, r, [
    [
      'notify',
      {
        noticeOn,
        intendedDecision: `拟${decision.decisionSummary}，当事人享有陈述、申辩的权利${fine >= 10_000 || fate === 'major' ? '和要求听证的权利' : ''}`,
        hearingRightTold: fine >= 10_000 || fate === 'major',
        officers: crew(c, officers, noticeOn),
      },
      noticeOn,
    ],
  ]);
  if (r.state !== 'notified' || fate === 'open') return toDemo(enforcementCase, r);

  // The party is heard first (Art.44, 45, 62): its statement, recorded and answered, or the
  // periods (陈述申辩 3 working days, a hearing request 5) run out before the decision.
  const statementOn = c.opts.calendar.addWorkingDays(noticeOn, rng.int(1, 3)).date;
  if (rng.int(0, 1) === 1)
    r = m.chain(enforcementCase, r, [
      [
        'record_statement',
        {
          statementOn,
          statementForm: rng.pick(['written', 'oral']),
          statementSummary: '当事人对违法事实无异议，请求从轻处理',
          statementAnswer: '经复核，当事人已改正，在裁量基准内从轻处理',
          waivesHearing: true,
        },
        statementOn,
      ],
    ]);
  const heardBy = c.opts.calendar.addWorkingDays(noticeOn, 6).date;
  let decidedOn = [later(c, noticeOn, rng.int(6, 12)), heardBy].sort()[1] ?? heardBy;
  if (fate === 'major') {
    const submitOn = later(c, noticeOn, 6);
    const reviewedOn = later(c, submitOn, rng.int(2, 5));
    const discussedOn = later(c, reviewedOn, rng.int(1, 4));
    decidedOn = [later(c, discussedOn, rng.int(0, 3)), heardBy].sort()[1] ?? heardBy;
    r = m.chain(enforcementCase, r, [
      ['submit_review', { reviewSubmittedOn: submitOn }, submitOn],
      [
        'review_pass',
        {
          reviewedOn,
          reviewer: personName(rng),
          reviewChecks: REVIEW_CHECKLIST.map((o) => o.value),
          reviewOpinion:
            '执法主体、权限、程序合法，事实清楚，证据确实充分，适用依据准确，裁量适当，同意作出决定',
        },
        reviewedOn,
      ],
      [
        'discuss',
        {
          discussedOn,
          discussionMinutes: '镇党政班子成员集体讨论，一致同意按拟处理意见作出处罚决定',
        },
        discussedOn,
      ],
    ]);
    if (r.state !== 'reviewed') return toDemo(enforcementCase, r);
  }
  const servedOn = later(c, decidedOn, rng.int(1, 4));
  r = m.chain(enforcementCase, r, [
    ['decide', { decidedOn, ...decision, servedOnSpot: false }, decidedOn],
    ['serve', { servedOn, serviceMethod: rng.pick(['direct', 'direct', 'mail']) }, servedOn],
  ]);
  if (fate === 'overdue' || r.state !== 'served') return toDemo(enforcementCase, r);

  const publishedOn = c.opts.calendar.addWorkingDays(decidedOn, rng.int(1, 6)).date;
  const executedOn = later(c, servedOn, rng.int(5, 15));
  const closedOn = later(c, executedOn, rng.int(1, 10));
  r = m.chain(enforcementCase, r, [
    ['publish', { publishedOn, publicSummary }, publishedOn],
    ['execute', { executedOn, ...(fine > 0 ? { paidAmount: fine } : {}) }, executedOn],
    ['close', { closedOn }, closedOn],
  ]);
  if (fate !== 'revoked' || r.state !== 'closed') return toDemo(enforcementCase, r);

  const revokedOn = later(c, closedOn, rng.int(20, 40));
  const withdrawnOn = c.opts.calendar.addWorkingDays(revokedOn, rng.int(1, 2)).date;
  return toDemo(
    enforcementCase,
    m.chain(enforcementCase, r, [
      [
        'revoke',
        { revokedOn, revokeReason: '当事人申请行政复议，复议机关以认定事实的证据不足为由撤销原处罚决定' },
        revokedOn,
      ],
      [
        'withdraw_publicity',
        {
          withdrawnOn,
          withdrawNotice: `${number}行政处罚决定已被依法撤销，原公示信息自即日起撤回。`,
        },
        withdrawnOn,
      ],
    ]),
  );
}

function inspections(c: Ctx, officers: readonly RefRecord[], matters: readonly RefRecord[]): DemoRecord[] {
  const { rng, m } = c;
  const out: DemoRecord[] = [];
  const specs = matters as readonly (RefRecord & { spec: MatterSpec })[];
  for (let i = rng.int(12, 20); i > 0; i--) {
    const inspectedOn = workingDayAgo(c, 1, 350);
    const matter = rng.pick(specs);
    const result = rng.pick(['ok', 'ok', 'ok', 'corrected', 'case']);
    const created = m.create(
      inspection,
      {
        inspectedOn,
        type: rng.pick(['routine', 'routine', 'special', 'random']),
        matter: matter.id,
        object: `${rng.pick(['东', '西', '南', '北'])}村${matter.spec.object ?? '日常巡查'}`,
        officers: crew(c, officers, inspectedOn),
        result,
        findings:
          result === 'ok'
            ? '现场检查未发现违法违规问题'
            : result === 'corrected'
              ? '发现轻微问题，已当场责令整改'
              : '发现涉嫌违法行为，已移交立案查处',
      },
      inspectedOn,
    );
    if (created) out.push(toDemo(inspection, created));
  }
  return out.sort(byDate(inspection));
}

function trainings(c: Ctx, officers: readonly RefRecord[]): DemoRecord[] {
  const { rng, m } = c;
  const out: DemoRecord[] = [];
  const topics = [
    '《中华人民共和国行政处罚法》专题培训',
    '行政执法“三项制度”实务培训',
    '执法文书制作与案卷归档规范培训',
    '农村乱占耕地建房问题整治业务培训',
  ];
  for (const topic of rng.some(topics, rng.int(3, 4))) {
    const heldOn = workingDayAgo(c, 20, 340);
    const attendees = officers.filter((o) => certifiedOn(o.data, o.state, heldOn)).map((o) => o.id);
    const created = m.create(
      enforcementTraining,
      {
        heldOn,
        topic,
        hours: rng.pick([2, 4, 8]),
        attendees,
        attendance: attendees.length + rng.int(0, 6),
        organiser: rng.pick(['县司法局', '县综合行政执法局', `${c.opts.township.name}人民政府`]),
      },
      heldOn,
    );
    if (created) out.push(toDemo(enforcementTraining, created));
  }
  return out.sort(byDate(enforcementTraining));
}

/** Tags each matter record with its spec (by name), for the cases that fall under it. */
function withSpecs(matters: readonly RefRecord[]) {
  return matters.flatMap((r) => {
    const spec = MATTERS.find((s) => s.name === r.data.name);
    return spec ? [{ ...r, spec }] : [];
  });
}

/**
 * Phase 2: about 20–30 cases of the year, 12–20 inspections and 3–4 trainings, naming the
 * officers and matters of phase 1 (as stored, with their ids).
 */
export function demoEnforcementWork(opts: EnforcementDemoOptions, refs: readonly RefRecord[]): DemoRecord[] {
  const c = ctxFor(opts, 2, refs);
  const { rng } = c;
  const officers = refs.filter((r) => r.kind === 'officer');
  const matters = withSpecs(refs.filter((r) => r.kind === 'enforcement_matter'));
  const penalties = matters.filter((x) => x.spec.type === 'penalty');
  const fates: CaseFate[] = [
    'revoked',
    'major',
    ...Array<CaseFate>(rng.int(2, 3)).fill('overdue'),
    ...Array<CaseFate>(rng.int(3, 5)).fill('open'),
    'dropped',
    ...Array<CaseFate>(rng.int(3, 5)).fill('simple'),
  ];
  while (fates.length < rng.int(20, 30)) fates.push('published');
  const cases = fates
    .map((f, i) => oneCase(c, f, i + 1, officers, penalties))
    .filter((r): r is DemoRecord => r !== null)
    .sort(byDate(enforcementCase));
  return [...cases, ...inspections(c, officers, matters), ...trainings(c, officers)];
}

// ---------------------------------------------------------------------------------------------
// phase 3: 案卷评查 of two finished cases

const FINDINGS = [
  '询问笔录未记录执法人员出示执法证件的情况；送达回证签收日期填写不完整',
  '证据目录与卷内证据顺序不一致；裁量说明理由不够充分',
];

export function demoCaseFileReviews(opts: EnforcementDemoOptions, cases: readonly RefRecord[]): DemoRecord[] {
  const c = ctxFor(opts, 3, cases);
  const { rng, m } = c;
  const done = cases.filter((r) => r.state === 'closed' && typeof r.data.closedOn === 'string');
  const out: DemoRecord[] = [];
  rng.some(done, 2).forEach((kase, i) => {
    const reviewedOn = later(c, String(kase.data.closedOn), rng.int(5, 20));
    if (reviewedOn > c.today) return;
    const scores = Object.fromEntries(FILE_REVIEW_ITEMS.map((f) => [f.key, (f.max ?? 10) - rng.int(0, 3)]));
    const created = m.create(
      caseFileReview,
      {
        reviewedOn,
        case: kase.id,
        reviewerName: i === 0 ? '县司法局案卷评查组' : '镇法制审核人员',
        ...scores,
        findings: FINDINGS[i] ?? FINDINGS[0],
        rectification: '对照评查意见逐项整改，完善案卷材料',
        rectifyBy: addDays(reviewedOn, 30),
      },
      reviewedOn,
    );
    if (!created) return;
    if (i === 1) {
      out.push(toDemo(caseFileReview, created));
      return;
    }
    const answeredOn = later(c, reviewedOn, rng.int(5, 20));
    const closedOn = later(c, answeredOn, rng.int(2, 10));
    out.push(
      toDemo(
        caseFileReview,
        m.chain(caseFileReview, created, [
          [
            'answer',
            { answeredOn, answer: '已补充完善笔录和送达回证，并组织执法人员学习案卷制作规范' },
            answeredOn,
          ],
          ['close', { closedOn }, closedOn],
        ]),
      ),
    );
  });
  return out.sort(byDate(caseFileReview));
}

// ---------------------------------------------------------------------------------------------
// storing: three phases, each after the records it refers to exist

const refOf = (row: LedgerRow): RefRecord => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  state: row.state,
  data: row.data as RecordData,
});

async function store(tx: Db, townId: string, records: DemoRecord[], env: LedgerEnv, now: Date) {
  const rows: LedgerRow[] = [];
  for (const key of [...new Set(records.map((r) => r.kind))]) {
    const kind = ledgerKind(key);
    if (!kind) continue;
    const list = records.filter((r) => r.kind === key).sort(byDate(kind));
    rows.push(
      ...(await insertRecords(
        tx,
        kind,
        townId,
        list.map((r) => ({
          values: r.data,
          state: r.state,
          createdBy: null,
          events: r.events.map((e) => ({ ...e, at: `${e.on}T02:00:00.000Z` })),
        })),
        env,
        now,
      )),
    );
  }
  return rows;
}

/** Seeds a township's year of enforcement in `tx`; returns the number of records. */
export async function seedEnforcement(
  tx: Db,
  town: { id: string; name: string },
  seed: number,
  env: LedgerEnv,
  now: Date,
): Promise<number> {
  const opts: EnforcementDemoOptions = {
    seed,
    township: { name: town.name },
    today: env.today,
    calendar: env.calendar,
    settings: env.settings,
  };
  const registers = await store(tx, town.id, demoEnforcementRegisters(opts), env, now);
  const work = await store(tx, town.id, demoEnforcementWork(opts, registers.map(refOf)), env, now);
  const cases = work.filter((r) => r.kind === 'enforcement_case').map(refOf);
  const reviews = await store(tx, town.id, demoCaseFileReviews(opts, cases), env, now);
  return registers.length + work.length + reviews.length;
}
