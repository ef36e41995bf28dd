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
  GENERIC_WEAKNESSES,
  LITIGATION_WORDING,
  RATE_RULES,
} from './suggestionsRules';

/**
 * Parts 二 and 四 as suggestions: weaknesses read from the figures (a low rate, a fall from
 * last year, a zero where work is usual) and from data-quality findings, each answered by a
 * plan for next year, plus standing plans. The township accepts, edits or drops them.
 */

export interface Weakness {
  /** stable: names the rule, so a re-composed report keeps its paragraph ids */
  id: string;
  area: Area | null;
  problem: string;
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

function worded(id: string, area: Area | null, w: AreaWording, issues: string): Weakness {
  return { id, area, problem: `${w.problem}。${issues}${issues ? '，' : ''}${w.effect}。`, plan: w.plan };
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
    plan: '提高台账管理质量。明确各类台账的登记责任人，做到事项发生后及时录入、办理后及时更新状态，定期核对补全必填信息，确保统计数据真实准确、经得起检验。',
  };
}

/** Every weakness the figures and the quality findings show, at least two. */
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
      out.push(worded(`area-${a.area}`, a.area, AREA_WORDING[a.area], issues.join('，')));
  }
  if (merge) {
    out.push({
      id: 'records',
      area: null,
      problem: `多项法治工作缺少台账记录。${missingClause(withMissing.flatMap((a) => a.missing))}，相关工作或未开展，或开展后未及时登记，难以全面反映法治政府建设的实际成效。`,
      plan: '建立健全法治工作台账。对照年度任务清单，明确会议、学法、普法、执法、调解等各类台账的责任人和登记时限，做到工作开展到哪里、台账记录到哪里。',
    });
  }
  const lost = figureOf(ctx, 'supervision.litigation_lost')?.value ?? null;
  if (lost !== null && lost > 0) out.push(worded('litigation', 'enforcement', LITIGATION_WORDING, ''));
  const quality = qualityWeakness(ctx.input.quality);
  if (quality) out.push(quality);
  for (const g of GENERIC_WEAKNESSES) {
    if (out.length >= 2) break;
    out.push(worded(`generic-${g.id}`, null, g, ''));
  }
  return out;
}

/** Part 二: one paragraph per weakness, then the reasons. */
export function shortcomingParagraphs(found: readonly Weakness[]): DraftParagraph[] {
  const dataReason = found.some((w) => w.id === 'quality')
    ? '台账日常登记和管理还不够规范，数据的统计分析和运用不够充分；'
    : '';
  return [
    ...found.map((w) => ({ slot: `shortcomings-${w.id}`, segments: text(w.problem) })),
    {
      slot: 'shortcomings-reasons',
      segments: text(
        `究其原因，主要在于：部分干部对法治政府建设重要性的认识还不够到位，抓业务与抓法治结合得不够紧密；基层法治工作力量配备不足，专业人员较少；${dataReason}法治建设考核激励机制还不够健全，压力传导存在逐级递减的现象。`,
      ),
    },
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
