import type { IndicatorDef } from '../../indicators/types';
import {
  bestCueMatch,
  COMPILED,
  type CompiledDef,
  type CueHits,
  cuesIn,
  defsForMeasure,
  RATE_DEFS,
} from './cueIndex';
import type { Figure } from './figures';

/**
 * Chooses the catalog key a figure states. A cue in the figure's own clause counts most,
 * then a cue since the previous figure, a companion figure just before (来访24批次30人),
 * and words of the sentence that tell similar keys apart (参训 of 执法人员 vs of 干部).
 */

export interface FigureContext {
  /** text of the figure's clause before it, back to the previous figure */
  local: string;
  /** text from the previous figure (or sentence start) to this figure */
  wide: string;
  /** text right after the figure, up to punctuation or another number */
  after: string;
  /** the whole sentence */
  sentence: string;
  /** keys of earlier figures in the same sentence, nearest first */
  previousKeys: readonly string[];
  /** whether the sentence holds a key's context words: shared by the sentence's figures, filled as asked */
  contextMemo: Map<CompiledDef, boolean>;
}

/** Whether the sentence holds one of `c`'s context words (asked once per sentence and key). */
function hasContext(c: CompiledDef, ctx: FigureContext): boolean {
  let v = ctx.contextMemo.get(c);
  if (v === undefined) {
    v = c.context?.test(ctx.sentence) ?? false;
    ctx.contextMemo.set(c, v);
  }
  return v;
}

export interface Resolution {
  def: IndicatorDef;
  /** where the naming cue sits relative to the figure: offset into local/after, or null */
  cueSide: 'local' | 'wide' | 'after' | null;
  cueIndex: number;
  cueEnd: number;
}

interface Hits {
  local: CueHits;
  after: CueHits;
  wide: CueHits | null;
}

/**
 * The cue the last score call chose (where it sits and how far it reaches): score returns only
 * its number, and pick builds a Resolution for the best key alone (two objects per candidate
 * key and cue match were most of what reading a figure allocated).
 */
let scoredSide: Resolution['cueSide'] = null;
let scoredIndex = 0;
let scoredEnd = 0;

/** The key's score for the figure (any number, negative too), or null when it cannot name it; its cue is left in scoredSide/scoredIndex/scoredEnd. */
function score(c: CompiledDef, ctx: FigureContext, hits: Hits): number | null {
  // Asked of every candidate key: no empty array for the many keys without companions.
  const companion = c.def.after?.includes(ctx.previousKeys[0] ?? '') === true;
  const localCues = hits.local.get(c);
  const afterCues = hits.after.get(c);
  if (!localCues && !afterCues && !companion) {
    // Most keys of a measure word are not named near the figure at all: only a cue since the
    // previous figure could still name this one, so check that before any other work.
    if (ctx.wide.length <= ctx.local.length) return null;
    hits.wide ??= cuesIn(ctx.wide);
    if (!hits.wide.has(c)) return null;
  }
  let best = 0;
  let side: Resolution['cueSide'] = null;
  let index = 0;
  let end = 0;
  const local = bestCueMatch(localCues, ctx.local);
  if (local) {
    // A cue ending right at the figure is the head of the noun phrase (重大行政决策合法性审查5件
    // counts reviews): each character between a cue and the figure costs a quarter, so a
    // longer modifier cue before the head does not outweigh it.
    // 干部参加执法培训: a cue read across a gap (干部…培训) names less than another key's cue
    // whose pieces are adjacent (执法…培训 as 执法培训): each gap character costs a tenth.
    best =
      10 +
      local.weight -
      (local.end - local.index - local.weight) * 0.1 -
      (ctx.local.length - local.end) * 0.25;
    side = 'local';
    index = local.index;
    end = local.end;
  }
  const after = bestCueMatch(afterCues, ctx.after);
  if (after && 9 + after.weight - after.index * 0.1 > best) {
    best = 9 + after.weight - after.index * 0.1;
    side = 'after';
    index = after.index;
    end = after.end;
  }
  if (best === 0 && ctx.wide.length > ctx.local.length) {
    hits.wide ??= cuesIn(ctx.wide);
    const wide = bestCueMatch(hits.wide.get(c), ctx.wide);
    if (wide) {
      // Of two cues in earlier clauses the nearer names the figure (…三级学习体系，将…纳入
      // 中心组学习计划，全年开展专题学习12次: the central group's, not the cadres' of the
      // clause before): each character from the cue's end to the figure costs a twentieth.
      best = Math.max(0.5, 4 + wide.weight * 0.5 - (ctx.wide.length - wide.end) * 0.05);
      side = 'wide';
      index = wide.index;
      end = wide.end;
    }
  }
  if (best === 0 && !companion) return null;
  // The sentence test is the costly part, so it runs only for keys still in the race.
  const context = hasContext(c, ctx);
  if (c.def.contextRequired && !context && !companion) return null;
  scoredSide = side;
  scoredIndex = index;
  scoredEnd = end;
  return best + (companion ? 8 : 0) + (context ? 3 : 0);
}

/** The keys whose `after` names a given key: a companion figure before makes them candidates whatever their cues. */
const FOLLOWERS = new Map<string, CompiledDef[]>();
for (const c of COMPILED) {
  for (const k of c.def.after ?? []) {
    const list = FOLLOWERS.get(k);
    if (!list) FOLLOWERS.set(k, [c]);
    else if (!list.includes(c)) list.push(c);
  }
}

/** For each measure word, which catalog entries (by order) may state it. */
const MEASURE_CANDIDATE = new Map<string, Uint8Array>();
function candidateTable(measure: string): Uint8Array {
  let t = MEASURE_CANDIDATE.get(measure);
  if (t === undefined) {
    t = new Uint8Array(COMPILED.length);
    for (const c of defsForMeasure(measure)) t[c.order] = 1;
    MEASURE_CANDIDATE.set(measure, t);
  }
  return t;
}

/** Per catalog entry, the pick call that last scored it (no Set per figure). */
const SCORED_IN = new Int32Array(COMPILED.length);
let pickCall = 0;

/**
 * The best-scoring key among the candidates (candidates[order] === 1). A key with no cue in
 * the local, after or wide text and no companion before it scores nothing, so only the keys
 * the cue scans found and the companions are scored, not every key of the measure word. The
 * winner is the same: the highest score, then the lowest order, whatever the order of scoring.
 */
function pick(candidates: Uint8Array, ctx: FigureContext): Resolution | null {
  if (pickCall === 0x7fffffff) {
    SCORED_IN.fill(0);
    pickCall = 0;
  }
  const call = ++pickCall;
  const hits: Hits = {
    local: cuesIn(ctx.local),
    after: cuesIn(ctx.after),
    wide: ctx.wide.length > ctx.local.length ? cuesIn(ctx.wide) : null,
  };
  const picked: Picked = { score: 0, order: -1, res: null };
  scoreAll(hits.local.defs, candidates, call, ctx, hits, picked);
  scoreAll(hits.after.defs, candidates, call, ctx, hits, picked);
  if (hits.wide !== null) scoreAll(hits.wide.defs, candidates, call, ctx, hits, picked);
  const followers = FOLLOWERS.get(ctx.previousKeys[0] ?? '');
  if (followers !== undefined) scoreAll(followers, candidates, call, ctx, hits, picked);
  return picked.res;
}

/** The best key so far: its score, its catalog order and its resolution (null before any). */
interface Picked {
  score: number;
  order: number;
  res: Resolution | null;
}

/** Scores the candidate keys of `list` not yet scored in this call, keeping the best in `picked`. */
function scoreAll(
  list: readonly CompiledDef[],
  candidates: Uint8Array,
  call: number,
  ctx: FigureContext,
  hits: Hits,
  picked: Picked,
): void {
  for (const c of list) {
    if (candidates[c.order] !== 1 || SCORED_IN[c.order] === call) continue;
    SCORED_IN[c.order] = call;
    const s = score(c, ctx, hits);
    if (s === null) continue;
    if (picked.res === null || s > picked.score || (s === picked.score && c.order < picked.order)) {
      picked.score = s;
      picked.order = c.order;
      picked.res = { def: c.def, cueSide: scoredSide, cueIndex: scoredIndex, cueEnd: scoredEnd };
    }
  }
}

export function resolveCount(f: Figure, ctx: FigureContext): Resolution | null {
  return pick(candidateTable(f.measure), ctx);
}

function companionsOf(def: IndicatorDef): string[] {
  const out = [...(def.after ?? [])];
  if (def.rate?.numerator) out.push(def.rate.numerator);
  if (def.rate?.denominator) out.push(def.rate.denominator);
  return out;
}

const RATE_VERB =
  /^(均|都|分别|也)?(为|达|达到|是|保持|保持在|实现|稳定在|提升至|提高到|提升到|提高至|在)?了?$/;

/**
 * The rest of a list of rates after one of them: more rates joined by 、/和/及/与, then 均 or
 * 都 and a verb (参考率、合格率、优秀率均达到). Rates outside the catalog (优秀率) may be listed.
 */
const RATE_LIST =
  /^(?:(?:、|和|及|与|以及)[\u4e00-\u9fa5]{1,8}?率)+(均|都|全部|皆)(为|达|达到|是|保持|保持在|实现|稳定在|在)?了?$/;

/**
 * A rate is named right before its number (办结率达100%). Generic names (办结率) take the
 * subject of the sentence: the key of a figure before it, or a context word. With 均 one
 * rate applies to every figure before it.
 */
export function resolveRate(ctx: FigureContext): Resolution[] {
  const named: { c: CompiledDef; index: number; end: number }[] = [];
  const listed: { c: CompiledDef; index: number; end: number }[] = [];
  const hits = cuesIn(ctx.local);
  for (const c of RATE_DEFS) {
    const m = bestCueMatch(hits.get(c), ctx.local);
    if (!m) continue;
    const tail = ctx.local.slice(m.end);
    if (RATE_VERB.test(tail)) named.push({ c, index: m.index, end: m.end });
    else if (RATE_LIST.test(tail)) listed.push({ c, index: m.index, end: m.end });
  }
  // 参考率、合格率、优秀率均达到100%: one figure shared by a list of rates names each of them.
  if (
    listed.length > 0 &&
    (named.length === 0 || /^(均|都|全部|皆)/.test(ctx.local.slice(named[0]?.end ?? 0)))
  ) {
    const all = [...listed, ...named].filter((n) => !n.c.def.contextRequired || hasContext(n.c, ctx));
    // Each key quotes the whole list, as the figure belongs to all of it.
    const first = Math.min(...all.map((n) => n.index));
    return all.map((n) => ({ def: n.c.def, cueSide: 'local' as const, cueIndex: first, cueEnd: n.end }));
  }
  if (named.length === 0) return [];
  // 按期办结率 names its own key: the 办结率 at its tail names nothing more (issue 16 §2)
  const tails = named.filter((n) => named.some((m) => m.end === n.end && m.index < n.index));
  for (const t of tails) named.splice(named.indexOf(t), 1);
  const toRes = (n: (typeof named)[number]): Resolution => ({
    def: n.c.def,
    cueSide: 'local',
    cueIndex: n.index,
    cueEnd: n.end,
  });
  const both = /^(均|都|分别)/.test(ctx.local.slice(named[0]?.end ?? 0));
  const byCompanion = (keys: readonly string[]) =>
    named.filter((n) => companionsOf(n.c.def).some((k) => keys.includes(k)));
  if (both) {
    const all = byCompanion(ctx.previousKeys);
    if (all.length > 0) return all.map(toRes);
  }
  for (const k of ctx.previousKeys) {
    const hit = byCompanion([k]);
    if (hit[0]) return [toRes(hit[0])];
  }
  const withContext = named.filter((n) => hasContext(n.c, ctx));
  if (withContext[0]) return [toRes(withContext[0])];
  const free = named.filter((n) => !n.c.def.contextRequired);
  return free[0] ? [toRes(free[0])] : [];
}
