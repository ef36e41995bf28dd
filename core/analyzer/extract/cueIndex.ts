import { CATALOG } from '../../indicators/catalog';
import { COMPOUND_CUES, type CompoundCue } from '../../indicators/compounds';
import { OTHER_NOUNS } from '../../indicators/nouns';
import type { IndicatorDef } from '../../indicators/types';
import { hasWordIn, lastIndexOfWord } from '../spans';

/**
 * The catalog compiled once into regular expressions. `…` in a cue becomes a short gap
 * that cannot cross punctuation, so a cue never joins words from two clauses.
 */

const GAP = '[^，。；！？：\\n]{0,14}?';

export interface CompiledCue {
  re: RegExp;
  /** literal pieces between gaps: a text lacking any of them cannot match */
  pieces: string[];
  /** characters of the cue itself, a measure of how specific it is */
  weight: number;
}

export interface CompiledDef {
  def: IndicatorDef;
  order: number;
  cues: CompiledCue[];
  context: RegExp | null;
  /** The catalog's `counts`: the nouns a figure of the key counts; null when it declares none. */
  counts: readonly string[] | null;
  /** The literal pieces of the cues: a cue after the figure names the key's thing too (12场法治讲座). */
  cueWords: readonly string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileCue(cue: string, flags = 'g'): CompiledCue {
  const parts = cue.split('…');
  return {
    re: new RegExp(parts.map(escapeRegExp).join(GAP), flags),
    pieces: parts,
    weight: parts.join('').length,
  };
}

function anyOf(words: readonly string[] | undefined): RegExp | null {
  return words && words.length > 0 ? new RegExp(words.map(escapeRegExp).join('|')) : null;
}

export const COMPILED: readonly CompiledDef[] = CATALOG.map((def, order) => ({
  def,
  order,
  cues: def.cues.map((c) => compileCue(c)),
  context: anyOf(def.context),
  counts: def.counts && def.counts.length > 0 ? def.counts : null,
  cueWords: def.cues.flatMap((c) => c.split('…')).filter((w) => w.length > 0),
}));

/**
 * Every noun a head-noun reader looks for after a measure word: what any key counts, and the
 * places and bodies no key counts (OTHER_NOUNS). Longest first, so 行政村 wins over 村.
 */
export const HEAD_NOUNS: readonly string[] = [
  ...new Set([...CATALOG.flatMap((d) => d.counts ?? []), ...OTHER_NOUNS]),
].sort((a, b) => b.length - a.length);

/**
 * The people a head count may name with no measure word (全镇47公职人员参加考试): the nouns of
 * two or more characters the keys counting people (人/名) declare, longest first.
 */
export const PEOPLE_NOUNS: readonly string[] = [
  ...new Set(
    CATALOG.filter((d) => d.measures.includes('名')).flatMap((d) =>
      (d.counts ?? []).filter((n) => n.length > 1),
    ),
  ),
].sort((a, b) => b.length - a.length);

const BY_MEASURE = new Map<string, CompiledDef[]>();
for (const c of COMPILED) {
  if (c.def.unit === '%') continue;
  for (const m of c.def.measures) {
    const list = BY_MEASURE.get(m) ?? [];
    list.push(c);
    BY_MEASURE.set(m, list);
  }
}

export function defsForMeasure(measure: string): readonly CompiledDef[] {
  return BY_MEASURE.get(measure) ?? [];
}

export const RATE_DEFS: readonly CompiledDef[] = COMPILED.filter((c) => c.def.unit === '%');

/** Every measure word, longest first so 人次 wins over 人 and 场次 over 场. */
export const MEASURE_WORDS: readonly string[] = [...BY_MEASURE.keys()].sort((a, b) => b.length - a.length);

/**
 * Compounds read only right after the figure's measure word: 组织全县N名执法人员参加…培训 names
 * the people after the figure and the training last. Anchored, so a later 执法人员 in the
 * clause does not claim an unrelated head count.
 */
const ANCHORED_COMPOUND_CUES: readonly CompoundCue[] = [
  { cue: '执法人员参加…培训', keys: ['enforcement.training_attendance'] },
  { cue: '执法人员参训', keys: ['enforcement.training_attendance'] },
  // N名执法人员均已取得行政执法证件 / 全部持证上岗: the officers who hold a certificate.
  { cue: '执法人员…取得…执法证', keys: ['enforcement.certified_officers'] },
  { cue: '执法人员…持证上岗', keys: ['enforcement.certified_officers'] },
];

/**
 * 组织14名科级以上领导干部完成法治专题培训, 全区40余名领导干部参与培训: the people a cadre
 * training reached, named right after the figure (a few words may qualify them first). The
 * caller asks the sentence to speak of law, as for any cadre training's attendance.
 */
const CADRE_ATTENDANCE = {
  cue: '干部参加培训',
  keys: ['study.training_attendance'],
  compiled: {
    re: /^[^，。；\d]{0,10}?(?:干部|公职人员|工作人员|职工)(?:[^，。；\d]{0,6}?(?:参加|参与|完成|接受)[^，。；\d]{0,12}?培训|参训)/,
    pieces: ['培训'],
    weight: 6,
  },
};

/**
 * `required`: words every match of the compound holds (a cue's pieces), so a text lacking one is
 * turned away without the pattern; none for the cadre attendance, whose 参训 holds no 培训.
 */
export const COMPOUNDS: readonly {
  cue: string;
  keys: readonly string[];
  compiled: CompiledCue;
  required: readonly string[];
}[] = [
  ...COMPOUND_CUES.map((c) => {
    const compiled = compileCue(c.cue, '');
    return { ...c, compiled, required: compiled.pieces };
  }),
  ...ANCHORED_COMPOUND_CUES.map((c) => {
    const compiled = compileCue(c.cue, '');
    return {
      ...c,
      compiled: { ...compiled, re: new RegExp(`^${compiled.re.source}`) },
      required: compiled.pieces,
    };
  }),
  { ...CADRE_ATTENDANCE, required: [] },
];

/** The first compound whose pattern matches `s` (a short text after a head count). */
export function compoundIn(s: string): (typeof COMPOUNDS)[number] | undefined {
  for (const c of COMPOUNDS) {
    let held = true;
    for (const w of c.required)
      if (!hasWordIn(s, 0, s.length, w)) {
        held = false;
        break;
      }
    if (held && c.compiled.re.test(s)) return c;
  }
  return undefined;
}

export const ZERO_CUES = COMPILED.flatMap((c) => (c.def.zeroCues ?? []).map((z) => ({ def: c.def, cue: z })));

/**
 * Two characters every zero cue holds (败诉), or '' when they share none: a text without them
 * holds no zero cue, and is searched once instead of once per cue.
 */
export const ZERO_CUE_WORD: string = (() => {
  const first = ZERO_CUES[0]?.cue ?? '';
  for (let i = 0; i + 2 <= first.length; i++) {
    const pair = first.slice(i, i + 2);
    if (ZERO_CUES.every((z) => z.cue.includes(pair))) return pair;
  }
  return '';
})();

type CueRef = { c: CompiledDef; cue: CompiledCue };

/**
 * Cues by the first two characters of their first piece, in an open-addressed table of
 * 32-bit pair codes (a Map keyed by a pair as one number hashed a heap number at each
 * lookup). A cue whose first piece is shorter than two characters is never looked up, as before.
 */
const PAIR_BITS = 11;
const PAIR_SLOTS = 1 << PAIR_BITS;
const PAIR_CODE = new Int32Array(PAIR_SLOTS);
const PAIR_REFS: (readonly CueRef[] | undefined)[] = new Array(PAIR_SLOTS).fill(undefined);
/** First characters of those pairs: most positions of a context are ruled out by one load. */
const BIGRAM_FIRST = new Uint32Array(0x10000 >>> 5);
const pairCode = (a: number, b: number) => (a << 16) | b;
const pairHome = (code: number) => Math.imul(code, 0x9e3779b1) >>> (32 - PAIR_BITS);
function refsOfPair(code: number): readonly CueRef[] | undefined {
  const slot = slotOfPair(code);
  return slot < 0 ? undefined : PAIR_REFS[slot];
}
/** The table slot of a pair code, or -1 when no cue begins with the pair. */
function slotOfPair(code: number): number {
  for (let slot = pairHome(code); ; slot = (slot + 1) & (PAIR_SLOTS - 1)) {
    if (PAIR_REFS[slot] === undefined) return -1;
    if (PAIR_CODE[slot] === code) return slot;
  }
}
for (const c of COMPILED) {
  for (const cue of c.cues) {
    const head = cue.pieces[0] ?? '';
    if (head.length < 2) continue;
    const code = pairCode(head.charCodeAt(0), head.charCodeAt(1));
    const refs = refsOfPair(code);
    if (refs) (refs as CueRef[]).push({ c, cue });
    else {
      let slot = pairHome(code);
      while (PAIR_REFS[slot] !== undefined) slot = (slot + 1) & (PAIR_SLOTS - 1);
      PAIR_CODE[slot] = code;
      PAIR_REFS[slot] = [{ c, cue }];
    }
    const h0 = head.charCodeAt(0);
    BIGRAM_FIRST[h0 >>> 5] = (BIGRAM_FIRST[h0 >>> 5] as number) | (1 << (h0 & 31));
  }
}

/**
 * The cues found in a context, grouped by indicator: a context holds cues of a few
 * indicators at most, so two short parallel arrays searched in a loop replace a Map made
 * per context.
 */
export class CueHits {
  /** the indicators in order of their first cue in the context */
  readonly defs: CompiledDef[] = [];
  /** defs[i]'s cues, in order of first occurrence */
  readonly lists: CompiledCue[][] = [];
  get(c: CompiledDef): CompiledCue[] | undefined {
    const i = this.defs.indexOf(c);
    return i < 0 ? undefined : this.lists[i];
  }
  has(c: CompiledDef): boolean {
    return this.defs.includes(c);
  }
}

/** The result of a context holding no cue (never changed). */
const NO_HITS = new CueHits();

/** One pair's cues alone, grouped by indicator, each cue once. */
function hitsOfRefs(refs: readonly CueRef[]): CueHits {
  const out = new CueHits();
  for (const { c, cue } of refs) {
    const k = out.defs.indexOf(c);
    if (k < 0) {
      out.defs.push(c);
      out.lists.push([cue]);
      continue;
    }
    const list = out.lists[k] as CompiledCue[];
    if (!list.includes(cue)) list.push(cue);
  }
  return out;
}

/**
 * The hits of each pair's cues alone, built once: a context (the few characters before a
 * figure) holding one cue pair shares its result, and one holding several shares their lists
 * (the CueHits and arrays built per context were a quarter of what an analysis allocated).
 */
const PAIR_HITS: (CueHits | undefined)[] = PAIR_REFS.map((refs) =>
  refs === undefined ? undefined : hitsOfRefs(refs),
);

/**
 * Adds a pair's hits to `out` as its cues would be added one by one: indicators in order of
 * first cue, each one's cues in order of first occurrence. Lists are shared, never changed:
 * one that gains a cue is copied first.
 */
function addHits(out: CueHits, add: CueHits): void {
  for (let j = 0; j < add.defs.length; j++) {
    const c = add.defs[j] as CompiledDef;
    const cues = add.lists[j] as CompiledCue[];
    const k = out.defs.indexOf(c);
    if (k < 0) {
      out.defs.push(c);
      out.lists.push(cues);
      continue;
    }
    const list = out.lists[k] as CompiledCue[];
    let grown: CompiledCue[] | null = null;
    for (const cue of cues) {
      if ((grown ?? list).includes(cue)) continue;
      grown ??= [...list];
      grown.push(cue);
    }
    if (grown !== null) out.lists[k] = grown;
  }
}

/**
 * A number for each pair slot in use (1, 2, …): a context's distinct cue pairs, in order, make
 * one small integer key (base SLOT_BASE), under which their merged hits are kept.
 */
const SLOT_ID = new Int32Array(PAIR_SLOTS);
let slotsInUse = 0;
for (let slot = 0; slot < PAIR_SLOTS; slot++) if (PAIR_REFS[slot] !== undefined) SLOT_ID[slot] = ++slotsInUse;
const SLOT_BASE = slotsInUse + 1;
/** The most distinct pairs whose key stays a small integer (below 2^30). */
const MAX_KEYED = Math.max(1, Math.min(4, Math.floor(30 / Math.log2(SLOT_BASE))));
/**
 * Merged hits by key. The hits of a run of distinct cue pairs are a function of the catalog
 * alone, and the pairs that meet in a context are few (a report's figures name the same
 * activities), so each merge is built once, not per figure (merging was most of what this
 * index allocated). Bounded: cleared when it grows past MERGED_LIMIT entries.
 */
const MERGED = new Map<number, CueHits>();
const MERGED_LIMIT = 4096;
/** The distinct slots of the context being read, in order of first occurrence (reused, grown as needed). */
let seenSlots = new Int32Array(32);

function mergedHits(count: number): CueHits {
  const out = new CueHits();
  for (let j = 0; j < count; j++) addHits(out, PAIR_HITS[seenSlots[j] as number] as CueHits);
  return out;
}

/** Whether the context's slots so far hold `slot`. */
function seen(slot: number, count: number): boolean {
  for (let j = 0; j < count; j++) if (seenSlots[j] === slot) return true;
  return false;
}

/**
 * The cues whose first two characters occur in `s`, grouped by indicator, in order of first
 * occurrence. The result and its lists may be shared with other calls: read them, never change them.
 */
export function cuesIn(s: string): CueHits {
  // Most short contexts hold no cue, or one cue pair (maybe twice): they share a result built
  // once; a context holding several shares the merge of their hits, keyed by the pairs.
  let n = 0;
  let key = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const a = s.charCodeAt(i);
    if (((BIGRAM_FIRST[a >>> 5] as number) & (1 << (a & 31))) === 0) continue;
    const slot = slotOfPair(pairCode(a, s.charCodeAt(i + 1)));
    if (slot < 0 || seen(slot, n)) continue;
    if (n === seenSlots.length) {
      const grown = new Int32Array(2 * n);
      grown.set(seenSlots);
      seenSlots = grown;
    }
    seenSlots[n++] = slot;
    if (n <= MAX_KEYED) key = key * SLOT_BASE + (SLOT_ID[slot] as number);
  }
  if (n === 0) return NO_HITS;
  if (n === 1) return PAIR_HITS[seenSlots[0] as number] as CueHits;
  if (n > MAX_KEYED) return mergedHits(n);
  let hits = MERGED.get(key);
  if (hits === undefined) {
    if (MERGED.size >= MERGED_LIMIT) MERGED.clear();
    hits = mergedHits(n);
    MERGED.set(key, hits);
  }
  return hits;
}

/** Whether every piece lies wholly inside s[from, s.length). */
function piecesFrom(s: string, from: number, pieces: readonly string[]): boolean {
  for (const p of pieces) if (!hasWordIn(s, from, s.length, p)) return false;
  return true;
}

/** The best (nearest the end, then longest) match of `cues` in `s`. */
export function bestCueMatch(
  cues: readonly CompiledCue[] | undefined,
  s: string,
): { index: number; end: number; weight: number } | null {
  if (!cues) return null;
  let best: { index: number; end: number; weight: number } | null = null;
  for (const cue of cues) {
    if (cue.pieces.length === 1) {
      const piece = cue.pieces[0] as string;
      const i = lastIndexOfWord(s, piece);
      const end = i + piece.length;
      if (i >= 0 && (!best || end > best.end || (end === best.end && cue.weight > best.weight))) {
        best = { index: i, end, weight: cue.weight };
      }
      continue;
    }
    // Every piece must be there for the pattern to match: tested by a loop over the short
    // context, stopping at the first piece missing (a search built-in per piece cost more).
    let present = true;
    for (const p of cue.pieces)
      if (!hasWordIn(s, 0, s.length, p)) {
        present = false;
        break;
      }
    if (!present) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(s); m !== null; m = cue.re.exec(s)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && cue.weight > best.weight)) {
        best = { index: m.index, end, weight: cue.weight };
      }
      if (m[0].length === 0) cue.re.lastIndex++;
      // A later match lies wholly after lastIndex and holds every piece: when the rest of the
      // context lacks one, the next search could only fail (and reset lastIndex, as here).
      if (!piecesFrom(s, cue.re.lastIndex, cue.pieces)) {
        cue.re.lastIndex = 0;
        break;
      }
    }
  }
  return best;
}
