import { AREAS, type Area } from '../indicators/types';
import { ledgerKind } from '../ledgers/registry';
import type { QualityFinding } from './input';
import type { Segment } from './model';
import { figureOf, type PhrasingContext } from './phrasing/kit';
import type { DraftParagraph } from './phrasing/types';
import {
  ACTIVITY_RULES,
  AREA_WORDING,
  type AreaWording,
  FALL_RATIO,
  LITIGATION_WORDING,
  RATE_RULES,
} from './suggestionsRules';

/**
 * Parts 二 and 四 as suggestions: weaknesses read from the ledgers (a low rate, a fall from
 * last year, a zero where work is usual, clocks run out, 整改 items still open, data-quality
 * findings), each with its cause and answered by a plan for next year, plus standing plans.
 * Nothing is said that the ledgers do not show: with no finding, part 二 says so and leaves
 * the township to write its own. The township accepts, edits or drops them.
 */

export interface Weakness {
  /** stable: names the rule, so a re-composed report keeps its paragraph ids */
  id: string;
  area: Area | null;
  problem: string;
  /** why, as one clause of 究其原因 */
  cause: string;
  plan: string;
}

const text = (s: string): Segment[] => [{ t: 'text', text: s }];

interface AreaIssues {
  area: Area;
  /** rates below their threshold, each worded as a clause */
  rates: string[];
  /** usual work with no record at all this year */
  missing: string[];
  /** work that fell well below last year */
  fallen: string[];
}

function areaIssues(ctx: PhrasingContext, area: Area): AreaIssues {
  const out: AreaIssues = { area, rates: [], missing: [], fallen: [] };
  for (const r of RATE_RULES) {
    if (r.area !== area) continue;
    const f = figureOf(ctx, r.key);
    if (!f || f.value === null || (f.denominator !== undefined && f.denominator <= 0)) continue;
    if (f.value < r.below) out.rates.push(r.issue.replace('村（社区）', ctx.words.below));
  }
  for (const r of ACTIVITY_RULES) {
    if (r.area !== area) continue;
    const f = figureOf(ctx, r.key);
    if (!f || f.value === null) continue;
    if (f.value === 0 && r.usual) out.missing.push(r.name);
    else if (f.previous !== null && f.previous > 0 && f.value <= f.previous * FALL_RATIO)
      out.fallen.push(r.name);
  }
  return out;
}

const missingClause = (names: readonly string[]) => `台账中没有${names.join('、')}的记录`;

/** Areas with records missing from this many on are one weakness: the ledgers are not kept. */
const MERGE_MISSING_FROM = 3;

function worded(
  ctx: PhrasingContext,
  id: string,
  area: Area | null,
  w: AreaWording,
  issues: string,
): Weakness {
  return {
    id,
    area,
    problem: `${w.problem}。${issues}${issues ? '，' : ''}${w.effect}。`,
    cause: w.cause.replace('村（社区）', ctx.words.below),
    plan: w.plan,
  };
}

type QualityType = QualityFinding['what'];

const qualityType = (f: QualityFinding): QualityType => f.what;

const QUALITY_PHRASES: Record<QualityType, string> = {
  missing: '台账存在必填项为空的记录',
  unclosed: '台账有登记后长期未办结的事项',
  late: '台账有事后较长时间才补录的情况',
};

/** Ledger names of the findings of one type: 矛盾纠纷、信访事项等. */
function ledgerNames(findings: readonly QualityFinding[]): string {
  const names: string[] = [];
  for (const f of findings) {
    const label = ledgerKind(f.kind)?.label ?? '';
    if (label && !names.includes(label)) names.push(label);
  }
  const shown = names.slice(0, 3);
  return `${shown.join('、')}${names.length > shown.length ? '等' : ''}`;
}

function qualityWeakness(findings: readonly QualityFinding[]): Weakness | null {
  const real = findings.filter((f) => f.count > 0);
  if (real.length === 0) return null;
  const clauses: string[] = [];
  for (const type of ['missing', 'unclosed', 'late'] as const) {
    const of = real.filter((f) => qualityType(f) === type);
    if (of.length > 0) clauses.push(`${ledgerNames(of)}${QUALITY_PHRASES[type]}`);
  }
  return {
    id: 'quality',
    area: null,
    problem: `台账数据的完整性和及时性还有欠缺。${clauses.join('，')}，影响了统计数据的准确性，也不利于及时发现和解决工作中的问题。`,
    cause: '台账日常登记和管理还不够规范，登记责任和录入时限没有落实到具体经办人',
    plan: '提高台账管理质量。明确各类台账的登记责任人，做到事项发生后及时录入、办理后及时更新状态，定期核对补全必填信息，确保统计数据真实准确、经得起检验。',
  };
}

/** Clocks that ran out with the matter open: the ledgers named, no count (part 二 carries no numbers). */
function overdueWeakness(ctx: PhrasingContext): Weakness | null {
  const late = (ctx.input.findings?.overdue ?? []).filter((o) => o.count > 0);
  if (late.length === 0) return null;
  const names = ledgerNames(
    late.map((o) => ({ kind: o.kind, what: 'unclosed', message: '', count: o.count })),
  );
  return {
    id: 'overdue',
    area: null,
    problem: `部分事项未能在法定期限内办结。${names}台账中有超过办理期限仍未办结的事项，群众的合理诉求未能得到及时回应。`,
    cause: '办理时限的提醒和督办未落实到具体经办人，超期事项没有及时向分管领导报告',
    plan: '严格落实法定办理时限。对临期和超期事项逐件督办，明确经办人和分管领导责任，做到按期办结、及时答复。',
  };
}

/** 整改 items the county issued that are still open. */
function rectificationWeakness(ctx: PhrasingContext): Weakness | null {
  const f = ctx.input.findings;
  if (!f || f.openRectifications <= 0) return null;
  return {
    id: 'rectification',
    area: null,
    problem: `上级审查指出的问题尚未全部整改到位。县级审查发现的问题中仍有未整改销号的事项${
      f.overdueRectifications > 0 ? '，部分事项已超过整改期限' : ''
    }。`,
    cause: '对上级指出问题的整改责任没有压实，整改销号的跟踪督办不够',
    plan: '抓好问题整改落实。对上级审查指出的问题逐项明确责任人和整改时限，按期整改销号，举一反三防止问题反弹。',
  };
}

/** Every weakness the ledgers show; none invented when they show none. */
export function weaknesses(ctx: PhrasingContext): Weakness[] {
  const out: Weakness[] = [];
  const all = AREAS.map((a) => areaIssues(ctx, a));
  const withMissing = all.filter((a) => a.missing.length > 0);
  const merge = withMissing.length >= MERGE_MISSING_FROM;
  for (const a of all) {
    const issues = [
      ...a.rates,
      ...(a.missing.length > 0 && !merge ? [missingClause(a.missing)] : []),
      ...(a.fallen.length > 0 ? [`${a.fallen.join('、')}较上年明显减少`] : []),
    ];
    if (issues.length > 0)
      out.push(worded(ctx, `area-${a.area}`, a.area, AREA_WORDING[a.area], issues.join('，')));
  }
  if (merge) {
    out.push({
      id: 'records',
      area: null,
      problem: `多项法治工作缺少台账记录。${missingClause(withMissing.flatMap((a) => a.missing))}，相关工作或未开展，或开展后未及时登记，难以全面反映法治政府建设的实际成效。`,
      cause: '对各项法治工作缺少年度任务清单，会议、学法、普法等台账没有明确登记责任人',
      plan: '建立健全法治工作台账。对照年度任务清单，明确会议、学法、普法、执法、调解等各类台账的责任人和登记时限，做到工作开展到哪里、台账记录到哪里。',
    });
  }
  const lost = figureOf(ctx, 'supervision.litigation_lost')?.value ?? null;
  if (lost !== null && lost > 0) out.push(worded(ctx, 'litigation', 'enforcement', LITIGATION_WORDING, ''));
  for (const w of [overdueWeakness(ctx), rectificationWeakness(ctx), qualityWeakness(ctx.input.quality)]) {
    if (w) out.push(w);
  }
  return out;
}

const ORDINALS = '一二三四五六七八九十'.split('').concat(['十一', '十二', '十三', '十四', '十五', '十六']);

/**
 * Part 二: one paragraph per weakness, then their causes (一是…；二是…). With no finding the
 * part says the ledgers show none and leaves the township to state what it knows.
 */
export function shortcomingParagraphs(found: readonly Weakness[]): DraftParagraph[] {
  if (found.length === 0) {
    return [
      {
        slot: 'shortcomings-none-found',
        segments: text(
          '本年度台账数据未反映出需要单独列明的突出问题。上级督察、审计和群众反映中指出的不足及其原因，有待结合实际补充。',
        ),
      },
    ];
  }
  const causes = [...new Set(found.map((w) => w.cause))];
  const listed =
    causes.length === 1
      ? `${causes[0]}。`
      : `${causes.map((c, i) => `${ORDINALS[i] ?? '再'}是${c}`).join('；')}。`;
  return [
    ...found.map((w) => ({ slot: `shortcomings-${w.id}`, segments: text(w.problem) })),
    { slot: 'shortcomings-reasons', segments: text(`究其原因，主要是：${listed}`) },
  ];
}

/** Areas whose standing plan is written when no weakness already answers them. */
const STANDING: readonly Area[] = ['organization', 'capacity', 'publicity', 'enforcement', 'dispute'];

/** Part 四: an opening, the answer to each weakness, then standing plans. */
export function planParagraphs(ctx: PhrasingContext, found: readonly Weakness[]): DraftParagraph[] {
  const next = ctx.input.year + 1;
  const covered = new Set(found.map((w) => w.area));
  return [
    {
      slot: 'next_year_plan-intro',
      segments: text(
        `${next}年，${ctx.words.self}将继续坚持以习近平法治思想为指导，紧扣法治政府建设目标任务，针对存在的不足，重点抓好以下工作。`,
      ),
    },
    ...found.map((w) => ({ slot: `next_year_plan-${w.id}`, segments: text(w.plan) })),
    ...STANDING.filter((a) => !covered.has(a)).map((a) => ({
      slot: `next_year_plan-standing-${a}`,
      segments: text(AREA_WORDING[a].plan),
    })),
  ];
}
