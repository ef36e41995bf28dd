import { findFigures } from '../../analyzer/extract/figures';
import { indicatorDef } from '../../indicators/catalog';
import type { ComposeInput, IndicatorFigure, LedgerHighlight } from '../input';
import type { FigureToken, Segment } from '../model';

/**
 * Building blocks of the composed wording: figures bound to catalog keys, clauses that vanish
 * when a figure is missing, sentences joined with Chinese punctuation, and the words a
 * township, a 街道 or a county uses for itself.
 *
 * The wording is read back by the analyzer (core/analyzer), so a few rules hold everywhere:
 * a figure sits right after its cue words in its own clause; comparisons with last year are
 * clauses of their own without a number; 其中, 计划, 每… never precede a figure in its clause.
 */

/** A piece of a clause: plain text or a figure. */
export type Piece = string | FigureToken;
/** A clause, or null when a figure it needs is missing (zero or unknown). */
export type Clause = Piece[] | null;

/** How the unit names itself and its leaders in running text. */
export interface UnitWords {
  /** 青石镇人民政府 / 柳湖街道办事处: the title's and the signature's issuer */
  issuer: string;
  /** 中共青石镇委员会 / 中共柳湖街道工作委员会: the 党委 beside the government in a joint issue */
  partyIssuer: string;
  /** 我镇 */
  self: string;
  /** 全镇 */
  whole: string;
  /** 镇党委、镇政府 */
  leadership: string;
  /** 镇党委书记、镇长 */
  principals: string;
  /** 镇党委 */
  party: string;
  /** 村（社区） or 镇村两级 … the level below */
  below: string;
}

export function unitWords(unit: ComposeInput['unit']): UnitWords {
  const name = unit.name.trim();
  if (name.endsWith('街道')) {
    return {
      issuer: `${name}办事处`,
      partyIssuer: `中共${name}工作委员会`,
      self: '我街道',
      whole: '全街道',
      leadership: '街道党工委、办事处',
      principals: '街道党工委书记、办事处主任',
      party: '街道党工委',
      below: '社区',
    };
  }
  if (unit.level === 'county') {
    const c = /[县区市旗]$/.exec(name)?.[0] ?? '县';
    return {
      issuer: `${name}人民政府`,
      partyIssuer: `中共${name}委员会`,
      self: `我${c}`,
      whole: `全${c}`,
      leadership: `${c}委、${c}政府`,
      principals: `${c}委书记、${c}长`,
      party: `${c}委`,
      below: '乡镇（街道）',
    };
  }
  const c = name.endsWith('乡') ? '乡' : '镇';
  return {
    issuer: `${name}人民政府`,
    partyIssuer: `中共${name}委员会`,
    self: `我${c}`,
    whole: `全${c}`,
    leadership: `${c}党委、${c}政府`,
    principals: `${c}党委书记、${c}长`,
    party: `${c}党委`,
    below: '村（社区）',
  };
}

/** What every phrasing function reads. */
export interface PhrasingContext {
  input: ComposeInput;
  words: UnitWords;
}

export function figureOf(ctx: PhrasingContext, key: string): IndicatorFigure | undefined {
  return ctx.input.values[key];
}

/** The value of a key, null when unknown. */
export function keyValue(ctx: PhrasingContext, key: string): number | null {
  return ctx.input.values[key]?.value ?? null;
}

/**
 * The figure of `key` as a token, or null when there is nothing to state: an unknown value,
 * a count of zero, a rate without a denominator. `measure` must be one of the key's measure words.
 */
export function fig(ctx: PhrasingContext, key: string, measure?: string): FigureToken | null {
  const def = indicatorDef(key);
  if (!def) throw new Error(`unknown indicator ${key}`);
  const m = measure ?? def.unit;
  if (!def.measures.includes(m)) throw new Error(`${key} is not written with ${m}`);
  const v = ctx.input.values[key];
  if (!v || v.value === null || !Number.isFinite(v.value)) return null;
  if (def.unit === '%') {
    if (v.denominator !== undefined && v.denominator <= 0) return null;
    if (v.value < 0 || v.value > 100) return null;
  } else if (v.value <= 0) return null;
  return {
    t: 'figure',
    key,
    value: v.value,
    measure: m,
    style: 'exact',
    ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
    ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
  };
}

/** A clause of text and figures; null when any figure is missing. */
export function cl(...pieces: (Piece | null)[]): Clause {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p === null) return null;
    if (p !== '') out.push(p);
  }
  return out;
}

/** Clauses joined with ， and closed with 。; null when none is left. */
export function sentence(...clauses: (Clause | undefined)[]): Piece[] | null {
  const kept = clauses.filter((c): c is Piece[] => c !== null && c !== undefined && c.length > 0);
  if (kept.length === 0) return null;
  const out: Piece[] = [];
  kept.forEach((c, i) => {
    if (i > 0) out.push('，');
    out.push(...c);
  });
  out.push('。');
  return out;
}

/** Sentences as one paragraph's segments (adjacent text merged); null when empty. */
export function paragraph(...sentences: (Piece[] | null | undefined)[]): Segment[] | null {
  const pieces = sentences.filter((s): s is Piece[] => !!s).flat();
  if (pieces.length === 0) return null;
  const out: Segment[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (typeof p !== 'string') out.push(p);
    else if (last?.t === 'text') last.text += p;
    else out.push({ t: 'text', text: p });
  }
  return out;
}

/** Whether any clause holds a figure: a sentence of pure boilerplate is not worth a paragraph. */
export function hasFigure(...clauses: Clause[]): boolean {
  return clauses.some((c) => c?.some((p) => typeof p !== 'string') ?? false);
}

/** Change from last year worth a word: at least a fifth up or down, both years known and non-zero. */
export function change(ctx: PhrasingContext, key: string): 'up' | 'down' | null {
  const v = ctx.input.values[key];
  if (!v || v.value === null || v.previous === null || v.previous <= 0 || v.value <= 0) return null;
  if (v.value >= v.previous * 1.2) return 'up';
  if (v.value <= v.previous * 0.8) return 'down';
  return null;
}

/**
 * A comparison clause without a number (较上年有所增加): a number in a comparison would be
 * read as the year's figure. `say` picks which directions are worth saying for this key.
 */
export function trend(ctx: PhrasingContext, key: string, say: 'up' | 'down' | 'both' = 'up'): Clause {
  const c = change(ctx, key);
  if (c === null || (say !== 'both' && say !== c)) return null;
  return [c === 'up' ? '较上年有所增加' : '较上年有所下降'];
}

export function highlightsOf(ctx: PhrasingContext, query: string): LedgerHighlight[] {
  return ctx.input.highlights.filter((h) => h.query === query);
}

const OTHER_GOV = /(镇|乡|街道)(人民政府|办事处)/;
const OLD_YEAR = /(20\d\d)年/g;

/**
 * A record title fit to be quoted in the report: one line, no figure the analyzer would read
 * as the year's result (关于新建3个调解室…), no other township's government named.
 */
export function quotable(ctx: PhrasingContext, title: string): string | null {
  const t = title
    .trim()
    .replace(/^[《“"]+|[》”"]+$/g, '')
    .replace(/[。；，]+$/, '')
    // quotation marks inside a quoted title are written one level down
    .replaceAll('《', '〈')
    .replaceAll('》', '〉')
    .replaceAll('“', '‘')
    .replaceAll('”', '’');
  if (t.length < 2 || t.length > 60 || /[\n"]/.test(t)) return null;
  if (findFigures(t).length > 0) return null;
  if (OTHER_GOV.test(t) && !t.includes(ctx.input.unit.name)) return null;
  // an older year's document cited in 〈〉 reads as a stale basis for this year's work
  if (t.includes('〈') && namesOtherYear(ctx, t)) return null;
  return t;
}

function namesOtherYear(ctx: PhrasingContext, t: string): boolean {
  return [...t.matchAll(OLD_YEAR)].some((m) => Number(m[1]) !== ctx.input.year);
}

/** A document title in 《》, or in “” when it names another year (an old 《…2024年工作要点》 reads as stale). */
export function documentTitle(ctx: PhrasingContext, t: string): string {
  return namesOtherYear(ctx, t) ? `“${t}”` : `《${t}》`;
}

/** Distinct quotable titles of a query's highlights, newest first as the server gives them. */
export function titlesOf(ctx: PhrasingContext, query: string, max: number): string[] {
  const out: string[] = [];
  for (const h of highlightsOf(ctx, query)) {
    const t = quotable(ctx, h.title);
    if (t && !out.includes(t)) out.push(t);
    if (out.length >= max) break;
  }
  return out;
}

/** A text field of a highlight, trimmed, or ''. */
export function fieldText(h: LedgerHighlight, key: string): string {
  const v = h.fields[key];
  return typeof v === 'string' ? v.trim() : '';
}

/** “甲”“乙”等: 等 only when more records exist than are named. */
export function quotedList(titles: readonly string[], more: boolean, wrap = (t: string) => `“${t}”`): string {
  return titles.map(wrap).join('') + (more ? '等' : '');
}
