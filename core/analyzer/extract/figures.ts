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
 * Positions of the characters in COUNT_FIRST (which holds all of RATE_FIRST), from one
 * scan of the text shared by both patterns: scanning was most of the cost of finding figures.
 */
function figureStarts(text: string): number[] {
  const u = codeUnits(text);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (hasCharBit(COUNT_FIRST, u[i] as number)) out.push(i);
  return out;
}

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
 * The matches a global scan of `re` would find, left to right and without overlap, but
 * trying the sticky pattern only at `starts` holding a character in `first` where `mayMatch`
 * allows: a whole-text regex scan tries every position.
 */
function matchesAt(
  re: RegExp,
  first: Uint32Array,
  text: string,
  starts: readonly number[],
  mayMatch: (q: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = 0;
  for (const q of starts) {
    if (q < p || !hasCharBit(first, text.charCodeAt(q)) || !mayMatch(q)) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    out.push(m);
    p = m.index + m[0].length;
  }
  return out;
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
 */
const BARE_HEAD_COUNT = new RegExp(`(\\d+)(余|多)?(?=${PEOPLE_NOUNS.join('|')})`, 'g');

export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const starts = figureStarts(text);
  const u = codeUnits(text);
  for (const m of matchesAt(COUNT_RE, COUNT_FIRST, text, starts, runTest(text, u, MEASURE_FIRST))) {
    // 30余万人次: the multiplier after 余 scales the number before it.
    const [whole, pre = '', num = '', mid = '', big = '', measure = '', post = ''] = m;
    const numStart = m.index + pre.length;
    const end = m.index + whole.length;
    if (precededByNumber(u, numStart) || badAfter(text, end)) continue;
    // The number is Arabic digits or Chinese numerals (COUNT_RE), told by its first character.
    const chinese = !isAsciiDigit(num.charCodeAt(0));
    // A lone Chinese numeral is mostly wording (一个, 三项); keep it only for real counts.
    if (chinese && (measure === '项' || measure === '个' || measure === '名' || measure === '位')) continue;
    const parsed = parseNumber(num);
    if (parsed === null) continue;
    const value = big === '' ? parsed : parsed * (big === '万' ? 1e4 : 1e3);
    out.push({
      kind: 'count',
      value,
      approx: APPROX_PRE.has(pre) || mid !== '' || post !== '',
      measure,
      start: m.index,
      end,
      numStart,
    });
  }
  for (const m of text.matchAll(BARE_HEAD_COUNT)) {
    const [whole, num = '', mid = ''] = m;
    // 2025干部学法考试: a year written before a noun, not a head count.
    if (precededByNumber(u, m.index) || /^(?:19|20)\d\d$/.test(num)) continue;
    out.push({
      kind: 'count',
      value: Number(num),
      approx: mid !== '',
      measure: '名',
      start: m.index,
      end: m.index + whole.length,
      numStart: m.index,
    });
  }
  for (const m of text.includes('%')
    ? matchesAt(RATE_RE, RATE_FIRST, text, starts, runTest(text, u, PERCENT))
    : []) {
    const [whole, pre = '', num = '', post = ''] = m;
    const numStart = m.index + pre.length;
    if (precededByNumber(u, numStart)) continue;
    out.push({
      kind: 'rate',
      value: Number(num),
      approx: APPROX_PRE.has(pre) || (post !== '' && post !== '余'),
      measure: '%',
      start: m.index,
      end: m.index + whole.length,
      numStart,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
