import type { WorkCalendar } from '../../core/calendar';
import { ledgerKind, type RecordData, type RefRecord } from '../../core/ledgers';
import { legalAide } from '../../core/ledgers/kinds/legalAide';
import { modelVillage } from '../../core/ledgers/kinds/modelVillage';
import { riskAssessment } from '../../core/ledgers/kinds/riskAssessment';
import { villageRule } from '../../core/ledgers/kinds/villageRule';
import type { LedgerKind } from '../../core/ledgers/types';
import { insertRecords } from '../commands/ledgers/ledgerCommands';
import type { LedgerEnv } from '../commands/ledgers/ledgerContext';
import type { Db } from '../db/client';
import type { LedgerRow } from '../repositories/ledgersRepo';
import { DemoMaker } from './demoMaker';
import { addDays, hashText, mulberry32, Rng } from './demoRandom';
import type { DemoRecord } from './ledgerDemo';

/**
 * The grassroots kinds of issue 16 §3 for one demo township: each village's 村规民约 (an older
 * version filed years ago and, in most villages, this year's revision linked to it, some sent back
 * for correction), its 自治章程, the 民主法治示范村 titles, the 法律明白人 of each village with
 * their trainings and work, and the 重点人员 the township's 研判 put on its list, linked to the
 * disputes and petitions already seeded.
 *
 * Pure for a seed and the records it links to: every registration passes `validateRecord` and
 * every step `planAction` on its day (DemoMaker), so only what the workflow allows appears.
 * Every name and sentence is invented here; phones use the 1380000xxxx block.
 */

export interface GrassrootsDemoOptions {
  seed: number;
  township: { name: string; villages: readonly { id: string; name: string }[] };
  today: string;
  calendar: WorkCalendar;
  onRefusal?: (message: string) => void;
}

interface Ctx {
  rng: Rng;
  m: DemoMaker;
  opts: GrassrootsDemoOptions;
  today: string;
  /** The first day of the demo year. */
  from: string;
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'建国明华秀兰桂英志强海燕文军春花德明玉梅红霞晓东丽娟国平永红金凤振华'];
const personName = (rng: Rng) =>
  rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
const phone = (rng: Rng) => `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;

function ctxOf(opts: GrassrootsDemoOptions, phase: number, refs: readonly RefRecord[]): Ctx {
  const rng = new Rng(mulberry32((opts.seed ^ hashText(`${opts.township.name}#grassroots${phase}`)) >>> 0));
  const m = new DemoMaker({ ...opts, villages: opts.township.villages, settings: {} });
  m.addRefs(refs);
  return { rng, m, opts, today: opts.today, from: addDays(opts.today, -364) };
}

/** A working day on or after `d` (at most two weeks on). */
function working(c: Ctx, d: string): string {
  let out = d;
  for (let i = 0; i < 14 && !c.opts.calendar.isWorkingDay(out); i++) out = addDays(out, 1);
  return out;
}

const rec = (
  kind: LedgerKind,
  r: { state: string; data: RecordData; events: readonly DemoRecord['events'][number][] },
): DemoRecord => ({
  kind: kind.kind,
  state: r.state,
  data: r.data,
  events: [...r.events],
});

// ---------------------------------------------------------------------------------------------
// 村规民约 and 自治章程: phase 1, the versions filed before this year

/** When each village revises its 村规民约 this year (null: no revision); phase 2 reads the same. */
function revisionDay(c: Ctx, i: number): string | null {
  // about two villages in three revise, spread over the year
  if (i % 3 === 2) return null;
  return working(c, addDays(c.from, 20 + ((i * 97) % 320)));
}

function filedVersions(c: Ctx): DemoRecord[] {
  const out: DemoRecord[] = [];
  c.opts.township.villages.forEach((v, i) => {
    const adoptedOn = working(c, addDays(c.from, -900 + i * 11));
    const submittedOn = working(c, addDays(adoptedOn, 5));
    const r = c.m.create(
      villageRule,
      {
        village: v.id,
        docType: 'rules',
        title: `${v.name}村规民约`,
        meeting: 'assembly',
        adoptedOn,
        submittedOn,
        summary: '规范宅基地使用、红白喜事操办、环境卫生和邻里互助等事项',
      },
      submittedOn,
    );
    if (!r) return;
    const reviewedOn = working(c, addDays(submittedOn, 12));
    let filed = c.m.chain(villageRule, r, [
      ['file', { reviewedOn, reviewer: '镇司法所', opinion: '内容未与法律法规相抵触，予以备案' }, reviewedOn],
    ]);
    // the revision filed this year replaces it, on the day the revision was submitted
    const revised = revisionDay(c, i);
    if (revised && revised <= c.today)
      filed = c.m.chain(villageRule, filed, [
        ['repeal', { repealedOn: revised, repealReason: 'revised' }, revised],
      ]);
    out.push(rec(villageRule, filed));
    // every third village also keeps a 自治章程, filed once
    if (i % 3 === 0) {
      const charterOn = working(c, addDays(adoptedOn, 40));
      const charter = c.m.create(
        villageRule,
        {
          village: v.id,
          docType: 'charter',
          title: `${v.name}村民自治章程`,
          meeting: 'assembly',
          adoptedOn: charterOn,
          submittedOn: charterOn,
        },
        charterOn,
      );
      const reviewed = working(c, addDays(charterOn, 9));
      if (charter)
        out.push(
          rec(
            villageRule,
            c.m.chain(villageRule, charter, [
              [
                'file',
                { reviewedOn: reviewed, reviewer: '镇法律顾问', opinion: '程序合法，内容合法' },
                reviewed,
              ],
            ]),
          ),
        );
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// phase 2: this year's revisions (linked to the version they replace), titles, aides, risks

function revisions(c: Ctx, previous: readonly RefRecord[]): DemoRecord[] {
  const out: DemoRecord[] = [];
  c.opts.township.villages.forEach((v, i) => {
    const submittedOn = revisionDay(c, i);
    if (!submittedOn || submittedOn > c.today) return;
    const prev = previous.find((p) => p.data.village === v.id && p.data.docType === 'rules');
    const r = c.m.create(
      villageRule,
      {
        village: v.id,
        docType: 'rules',
        title: `${v.name}村规民约（${submittedOn.slice(0, 4)}年修订）`,
        ...(prev ? { previous: prev.id } : {}),
        meeting: 'representatives',
        adoptedOn: addDays(submittedOn, -c.rng.int(3, 9)),
        submittedOn,
        summary: '增加移风易俗、禁止高额彩礼和人居环境整治条款',
      },
      submittedOn,
    );
    if (!r) return;
    const reviewedOn = working(c, addDays(submittedOn, c.rng.int(8, 20)));
    // one revision in four is sent back: a 罚款 clause infringes villagers' property rights
    const steps: [string, Record<string, unknown>, string][] =
      i % 4 === 1
        ? [
            [
              'order_correction',
              {
                correctionOrderedOn: reviewedOn,
                problems: ['property'],
                correctionNote: '违约罚款条款侵犯村民合法财产权利，应改为批评教育、取消评先资格等方式',
              },
              reviewedOn,
            ],
            [
              'resubmit',
              {
                resubmittedOn: working(c, addDays(reviewedOn, 21)),
                resubmitNote: '已删除罚款条款并重新表决',
              },
              working(c, addDays(reviewedOn, 21)),
            ],
            [
              'file',
              {
                reviewedOn: working(c, addDays(reviewedOn, 30)),
                reviewer: '镇司法所',
                opinion: '已按要求改正，予以备案',
              },
              working(c, addDays(reviewedOn, 30)),
            ],
          ]
        : [['file', { reviewedOn, reviewer: '镇司法所', opinion: '经合法性审查，予以备案' }, reviewedOn]];
    out.push(rec(villageRule, c.m.chain(villageRule, r, steps)));
  });
  return out;
}

function titles(c: Ctx): DemoRecord[] {
  const vs = c.opts.township.villages;
  const out: DemoRecord[] = [];
  const plan: [level: string, appliedDaysAgo: number, fate: 'kept' | 'named' | 'applying' | 'not_named'][] = [
    ['county', 1100, 'kept'],
    ['municipal', 420, 'named'],
    ['provincial', 60, 'applying'],
    ['county', 300, 'not_named'],
  ];
  plan.slice(0, Math.min(plan.length, vs.length)).forEach(([level, ago, fate], i) => {
    const v = vs[i];
    if (!v) return;
    const appliedOn = working(c, addDays(c.today, -ago));
    const r = c.m.create(
      modelVillage,
      { village: v.id, level, appliedOn, highlights: '建成法治文化广场，村务公开栏按月更新，一村一法律顾问' },
      appliedOn,
    );
    if (!r) return;
    const namedOn = working(c, addDays(appliedOn, 75));
    const named: [string, Record<string, unknown>, string] = [
      'name',
      { namedOn, namedBy: '示例县委全面依法治县委员会办公室、县司法局、县民政局命名文件' },
      namedOn,
    ];
    const recheckedOn = working(c, addDays(namedOn, 700));
    const steps: [string, Record<string, unknown>, string][] =
      fate === 'kept'
        ? [
            named,
            [
              'recheck',
              { recheckedOn, recheckResult: 'kept', recheckNote: '对照建设指导标准复核合格' },
              recheckedOn,
            ],
          ]
        : fate === 'named'
          ? [named]
          : fate === 'not_named'
            ? [['not_name', { notNamedOn: namedOn, notNamedNote: '本批次名额有限，未获命名' }, namedOn]]
            : [];
    out.push(rec(modelVillage, c.m.chain(modelVillage, r, steps)));
  });
  return out;
}

const AIDE_ROLES = ['cadre', 'group_leader', 'grid', 'mediator', 'member', 'representative'];
const TRAININGS = ['民法典婚姻家庭编', '人民调解实务', '土地承包法律知识', '反电信网络诈骗'];

function aides(c: Ctx): DemoRecord[] {
  const out: DemoRecord[] = [];
  for (const v of c.opts.township.villages) {
    const n = c.rng.int(2, 4);
    for (let k = 0; k < n; k++) {
      const appointedOn = working(c, addDays(c.from, -c.rng.int(30, 700)));
      const r = c.m.create(
        legalAide,
        {
          name: personName(c.rng),
          village: v.id,
          role: c.rng.pick(AIDE_ROLES),
          phone: phone(c.rng),
          appointedOn,
          batch: `${appointedOn.slice(0, 4)}年第${c.rng.int(1, 2) === 1 ? '一' : '二'}批`,
        },
        appointedOn,
      );
      if (!r) continue;
      const trainedOn = working(c, addDays(c.from, c.rng.int(20, 200)));
      const activityOn = working(c, addDays(trainedOn, c.rng.int(10, 120)));
      const steps: [string, Record<string, unknown>, string][] = [
        ['train', { trainedOn, hours: c.rng.int(2, 8), topic: c.rng.pick(TRAININGS) }, trainedOn],
        [
          'activity',
          {
            activityOn,
            activityType: c.rng.pick(['publicity', 'screening', 'mediation', 'guidance']),
            activityNote: '入户宣传法律知识，收集群众矛盾纠纷线索',
          },
          activityOn,
        ],
      ];
      // one in ten leaves (moved away for work)
      if (c.rng.chance(0.1)) {
        const leftOn = working(c, addDays(activityOn, c.rng.int(5, 60)));
        steps.push(['leave', { leftOn, leftReason: '外出务工，不再担任' }, leftOn]);
      }
      out.push(rec(legalAide, c.m.chain(legalAide, r, steps)));
    }
  }
  return out;
}

const SITUATIONS = [
  ['imbalanced', '因宅基地边界纠纷多次与邻居发生争执，情绪激动'],
  ['frustrated', '务工受伤后长期失业，生活困难，言语偏激'],
  ['paranoid', '认为土地确权结果不公，反复到镇村反映'],
  ['erratic', '家庭矛盾激化后行为反常，有酗酒滋事情况'],
  ['petitioner', '对征地补偿标准有异议，多次信访'],
] as const;

function risks(c: Ctx, refs: readonly RefRecord[]): DemoRecord[] {
  const disputes = refs.filter((r) => r.kind === 'dispute' && r.data.riskLevel !== 'low');
  const petitions = refs.filter((r) => r.kind === 'petition');
  const out: DemoRecord[] = [];
  const n = c.rng.int(4, 8);
  for (let k = 0; k < n; k++) {
    const identifiedOn = working(c, addDays(c.from, 15 + Math.floor((k * 340) / n)));
    if (identifiedOn > c.today) continue;
    const [type, situation] = c.rng.pick(SITUATIONS);
    const level = c.rng.weighted<string>([
      ['high', 1],
      ['medium', 2],
      ['low', 2],
    ]);
    // link matters registered before the meeting that listed the person
    const d = disputes.filter((r) => String(r.data.registeredOn) <= identifiedOn);
    const p = petitions.filter((r) => String(r.data.receivedOn) <= identifiedOn);
    const village = c.opts.township.villages.length > 0 ? c.rng.pick(c.opts.township.villages) : undefined;
    const r = c.m.create(
      riskAssessment,
      {
        identifiedOn,
        meeting: c.rng.pick(['monthly', 'monthly', 'quarterly', 'special']),
        name: personName(c.rng),
        phone: phone(c.rng),
        ...(village ? { village: village.id } : {}),
        riskTypes: [type],
        level,
        situation,
        measures: '落实包保干部定期走访，司法所跟进调解，网格员日常关注',
        responsible: `包村干部${personName(c.rng)}`,
        ...(d.length > 0 && c.rng.chance(0.6) ? { disputes: [c.rng.pick(d).id] } : {}),
        ...(p.length > 0 && (type === 'petitioner' || c.rng.chance(0.3))
          ? { petitions: [c.rng.pick(p).id] }
          : {}),
      },
      identifiedOn,
    );
    if (!r) continue;
    const reviewedOn = working(c, addDays(identifiedOn, level === 'high' ? 6 : level === 'medium' ? 14 : 28));
    const after = level === 'high' ? 'medium' : level;
    const steps: [string, Record<string, unknown>, string][] = [
      ['review', { reviewedOn, level: after, reviewNote: '情绪趋于稳定，继续落实包保措施' }, reviewedOn],
    ];
    if (c.rng.chance(0.5)) {
      const resolvedOn = working(c, addDays(reviewedOn, c.rng.int(20, 90)));
      steps.push(['resolve', { resolvedOn, resolveNote: '矛盾已化解，经研判予以销号' }, resolvedOn]);
    } else if (k > 0) {
      // still watched: reviewed at each 研判 since (the first one listed is left overdue, for 待办)
      const every = after === 'medium' ? 14 : 28;
      for (let d = addDays(reviewedOn, every), n = 0; d <= c.today && n < 30; d = addDays(d, every), n++) {
        const on = working(c, d);
        steps.push(['review', { reviewedOn: on, level: after, reviewNote: '稳控措施落实，情况平稳' }, on]);
      }
    }
    out.push(rec(riskAssessment, c.m.chain(riskAssessment, r, steps)));
  }
  return out;
}

/** Phase 1: the versions of 村规民约 and 自治章程 filed before this year's revisions. */
export function demoVillageRuleVersions(opts: GrassrootsDemoOptions): DemoRecord[] {
  return filedVersions(ctxOf(opts, 1, []));
}

/** Phase 2: what names records already stored (the versions revised, the disputes and petitions). */
export function demoGrassrootsWork(opts: GrassrootsDemoOptions, refs: readonly RefRecord[]): DemoRecord[] {
  const c = ctxOf(opts, 2, refs);
  return [
    ...revisions(
      c,
      refs.filter((r) => r.kind === 'village_rule'),
    ),
    ...titles(c),
    ...aides(c),
    ...risks(c, refs),
  ];
}

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
    const list = records
      .filter((r) => r.kind === key)
      .sort((a, b) => String(a.data[kind.list.dateField]).localeCompare(String(b.data[kind.list.dateField])));
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

/**
 * Seeds the grassroots kinds of a township in `tx`, after its disputes and petitions (`stored`):
 * the older versions first, then what links to them. Returns the number of records.
 */
export async function seedGrassroots(
  tx: Db,
  town: { id: string },
  opts: GrassrootsDemoOptions,
  stored: readonly LedgerRow[],
  env: LedgerEnv,
  now: Date,
): Promise<number> {
  const versions = await store(tx, town.id, demoVillageRuleVersions(opts), env, now);
  const work = await store(
    tx,
    town.id,
    demoGrassrootsWork(
      opts,
      [...versions, ...stored.filter((r) => r.kind === 'dispute' || r.kind === 'petition')].map(refOf),
    ),
    env,
    now,
  );
  return versions.length + work.length;
}
