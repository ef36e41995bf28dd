import { codeUnits } from '../codeUnits';
import { charBits, hasCharBit } from '../spans';
import { MEASURE_WORDS, PEOPLE_NOUNS } from './cueIndex';
import { CHINESE_NUMERAL_CHARS, parseNumber } from './numbers';

/** A number in the text with what makes it a count or a rate, before any key is chosen. */
export interface Figure {
  kind: 'count' | 'rate';
  value: number;
  approx: boolean;
  measure: string;
  /** span of the whole figure including 近/约 and 余/以上 */
  start: number;
  end: number;
  /** span of the digits only */
  numStart: number;
}

const ARABIC = '\\d+(?:,\\d{3})*(?:\\.\\d+)?';
const CHINESE = `[${CHINESE_NUMERAL_CHARS}]+`;
const PRE = '(近|约|超过|逾|将近|多达|达)?';
const POST = '(左右|以上|之多|余)?';

// Sticky: tried only where a figure can begin (see matchesAt), not at every character.
const COUNT_RE = new RegExp(
  `${PRE}(${ARABIC}(?:万|千)?|${CHINESE})(余|多)?(万|千)?(${MEASURE_WORDS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})${POST}`,
  'y',
);
const RATE_RE = new RegExp(`${PRE}(${ARABIC})%${POST}`, 'y');
/** Characters a figure can begin with: the first of a PRE word, a digit, a Chinese numeral. */
const PRE_FIRST = '近约超逾将多达';
const COUNT_FIRST = charBits(`${PRE_FIRST}0123456789${CHINESE_NUMERAL_CHARS}`);
const RATE_FIRST = charBits(`${PRE_FIRST}0123456789`);

/**
 * Every character a figure can hold before its measure word or %: the PRE words, digits and
 * their separators, Chinese numerals, 余/多 and the multipliers 万/千.
 */
const RUN_CHARS = `近约超过逾将多达0123456789,.${CHINESE_NUMERAL_CHARS}余多万千`;
const NUMBER_RUN = charBits(RUN_CHARS);
/** First characters of the measure words. */
const MEASURE_FIRST = charBits(MEASURE_WORDS.map((m) => m[0]).join(''));
/** Those that are also run characters (万 of 万元): a measure word may begin inside a run. */
const MEASURE_IN_RUN = charBits(
  MEASURE_WORDS.map((m) => m[0] as string)
    .filter((c) => RUN_CHARS.includes(c))
    .join(''),
);
const PERCENT = charBits('%');

/**
 * Whether a count (or, with `after` = PERCENT, a rate) could begin at q: everything a figure
 * holds before its measure word is a run character, so its measure word begins right after
 * the run of them from q, or inside it at a MEASURE_IN_RUN character (万元). Most starts
 * (years, 一 in prose) fail this, and the pattern is not tried there (profiled: those failing
 * tries were most of the cost of finding figures in a report dense with numbers). A start
 * inside the previous run reuses it; its "inside" flag may then be true where the shorter run
 * has none, which only costs a try.
 */
function runTest(text: string, u: Uint16Array, after: Uint32Array): (q: number) => boolean {
  let runFrom = -1;
  let runEnd = -1;
  let inner = false;
  return (q) => {
    if (q >= runEnd || q < runFrom) {
      runFrom = q;
      runEnd = q;
      inner = false;
      while (runEnd < text.length && hasCharBit(NUMBER_RUN, u[runEnd] as number)) {
        if (hasCharBit(MEASURE_IN_RUN, u[runEnd] as number)) inner = true;
        runEnd++;
      }
    }
    if (runEnd < text.length && hasCharBit(after, u[runEnd] as number)) return true;
    return after === MEASURE_FIRST && inner;
  };
}

/**
 * Words that turn "一次" or "三项" into part of another word (一次性, 三项制度). Sticky, tried
 * right after the figure in the text itself: no slice of the next characters per figure.
 */
const BAD_AFTER = /(?:性|制度|规定|要求|原则|机制|举措|行动|重点|任务|工程|清单|体系|工作法|方面|层面|之间)/y;
const APPROX_PRE = new Set(['近', '约', '超过', '逾', '将近', '多达']);

/** Characters before a number that make it part of a longer one: digits, . · 第 and Chinese numerals. */
const NUMBER_BEFORE = charBits(`0123456789.·第${CHINESE_NUMERAL_CHARS}`);

/** The character before `at` continues a number (a figure at the text's very start counts as one, as before). */
function precededByNumber(u: Uint16Array, at: number): boolean {
  return at <= 0 || hasCharBit(NUMBER_BEFORE, u[at - 1] as number);
}

function badAfter(text: string, end: number): boolean {
  BAD_AFTER.lastIndex = end;
  return BAD_AFTER.test(text);
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * 我镇47公职人员全部通过考试: a head count written with no measure word, the people's noun
 * right after the digits. Read as 名, the noun left after the figure for what it counts.
 * The pattern a global scan would use is `(\d+)(余|多)?(?=NOUN|…)`: as no noun begins with a
 * digit, 余 or 多, a match can begin only at the first digit of a run and hold the whole run,
 * so each run is tried once, at its end, by a sticky test of the nouns (BARE_NOUN).
 */
const BARE_NOUN = new RegExp(PEOPLE_NOUNS.join('|'), 'y');
/** First characters of the nouns: most digit runs are turned away by one lookup. */
const BARE_NOUN_FIRST = charBits(PEOPLE_NOUNS.map((w) => w[0]).join(''));
if (PEOPLE_NOUNS.some((w) => w === '' || /^[0-9余多]/.test(w)))
  throw new Error('figures: a people noun begins with a digit, 余 or 多 (BARE_NOUN reading)');

const YU = 0x4f59; /* 余 */
const DUO = 0x591a; /* 多 */

/** Whether a people noun begins at `at` (the lookahead of the bare head count). */
function nounAt(text: string, u: Uint16Array, at: number): boolean {
  if (!hasCharBit(BARE_NOUN_FIRST, u[at] as number)) return false;
  BARE_NOUN.lastIndex = at;
  return BARE_NOUN.test(text);
}

/** Merges three lists each sorted by start, the first list's figure first on a tie (as a stable sort of their concatenation). */
function mergeByStart(a: Figure[], b: Figure[], c: Figure[]): Figure[] {
  if (b.length === 0 && c.length === 0) return a;
  const out: Figure[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length || k < c.length) {
    const x = a[i];
    const y = b[j];
    const z = c[k];
    if (
      x !== undefined &&
      (y === undefined || x.start <= y.start) &&
      (z === undefined || x.start <= z.start)
    ) {
      out.push(x);
      i++;
    } else if (y !== undefined && (z === undefined || y.start <= z.start)) {
      out.push(y);
      j++;
    } else {
      out.push(z as Figure);
      k++;
    }
  }
  return out;
}

/**
 * Every count, bare head count and rate in the text, by start. One pass over the code units:
 * the count and rate patterns are tried (sticky) only where a figure can begin and its run of
 * number characters reaches a measure word or %, each left to right without overlapping its
 * own earlier matches (as a global scan of each would find them); the bare head counts are
 * read at the ends of digit runs.
 */
export function findFigures(text: string): Figure[] {
  const counts: Figure[] = [];
  const bare: Figure[] = [];
  const rates: Figure[] = [];
  const u = codeUnits(text);
  const n = text.length;
  const countMay = runTest(text, u, MEASURE_FIRST);
  const rateMay = runTest(text, u, PERCENT);
  const hasPercent = text.includes('%');
  /** positions before these lie inside the previous count's or rate's match */
  let countFree = 0;
  let rateFree = 0;
  /** the end of the digit run last read for a bare head count */
  let digitsEnd = 0;
  for (let q = 0; q < n; q++) {
    const c = u[q] as number;
    if (!hasCharBit(COUNT_FIRST, c)) continue;
    if (q >= countFree && countMay(q)) {
      COUNT_RE.lastIndex = q;
      const m = COUNT_RE.exec(text);
      if (m !== null && m[0].length > 0) {
        countFree = m.index + m[0].length;
        const f = countOf(text, u, m);
        if (f !== null) counts.push(f);
      }
    }
    if (isAsciiDigit(c) && q >= digitsEnd) {
      let e = q + 1;
      while (e < n && isAsciiDigit(u[e] as number)) e++;
      digitsEnd = e;
      const f = bareHeadCount(text, u, q, e);
      if (f !== null) bare.push(f);
    }
    if (hasPercent && q >= rateFree && hasCharBit(RATE_FIRST, c) && rateMay(q)) {
      RATE_RE.lastIndex = q;
      const m = RATE_RE.exec(text);
      if (m !== null && m[0].length > 0) {
        rateFree = m.index + m[0].length;
        const f = rateOf(u, m);
        if (f !== null) rates.push(f);
      }
    }
  }
  return mergeByStart(counts, bare, rates);
}

function countOf(text: string, u: Uint16Array, m: RegExpExecArray): Figure | null {
  // 30余万人次: the multiplier after 余 scales the number before it.
  const [whole, pre = '', num = '', mid = '', big = '', measure = '', post = ''] = m;
  const numStart = m.index + pre.length;
  const end = m.index + whole.length;
  if (precededByNumber(u, numStart) || badAfter(text, end)) return null;
  // The number is Arabic digits or Chinese numerals (COUNT_RE), told by its first character.
  const chinese = !isAsciiDigit(num.charCodeAt(0));
  // A lone Chinese numeral is mostly wording (一个, 三项); keep it only for real counts.
  if (chinese && (measure === '项' || measure === '个' || measure === '名' || measure === '位')) return null;
  const parsed = parseNumber(num);
  if (parsed === null) return null;
  const value = big === '' ? parsed : parsed * (big === '万' ? 1e4 : 1e3);
  return {
    kind: 'count',
    value,
    approx: APPROX_PRE.has(pre) || mid !== '' || post !== '',
    measure,
    start: m.index,
    end,
    numStart,
  };
}

/** The bare head count whose digits are text[from, to), if a people noun follows them (after 余 or 多 or right away). */
function bareHeadCount(text: string, u: Uint16Array, from: number, to: number): Figure | null {
  const next = u[to] as number;
  let mid = '';
  if ((next === YU || next === DUO) && nounAt(text, u, to + 1)) mid = next === YU ? '余' : '多';
  else if (!nounAt(text, u, to)) return null;
  const num = text.slice(from, to);
  // 2025干部学法考试: a year written before a noun, not a head count.
  if (precededByNumber(u, from) || /^(?:19|20)\d\d$/.test(num)) return null;
  return {
    kind: 'count',
    value: Number(num),
    approx: mid !== '',
    measure: '名',
    start: from,
    end: to + mid.length,
    numStart: from,
  };
}

function rateOf(u: Uint16Array, m: RegExpExecArray): Figure | null {
  const [whole, pre = '', num = '', post = ''] = m;
  const numStart = m.index + pre.length;
  if (precededByNumber(u, numStart)) return null;
  return {
    kind: 'rate',
    value: Number(num),
    approx: APPROX_PRE.has(pre) || (post !== '' && post !== '余'),
    measure: '%',
    start: m.index,
    end: m.index + whole.length,
    numStart,
  };
}
