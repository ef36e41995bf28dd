import { codeUnits } from '../codeUnits';
import { charBits, hasCharBit } from '../spans';
import { MEASURE_WORDS } from './cueIndex';
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
 * The matches a global scan of `re` would find, left to right and without overlap, but
 * trying the sticky pattern only at `starts` holding a character in `first`: a whole-text
 * regex scan tries every position.
 */
function matchesAt(
  re: RegExp,
  first: Uint32Array,
  text: string,
  starts: readonly number[],
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = 0;
  for (const q of starts) {
    if (q < p || !hasCharBit(first, text.charCodeAt(q))) continue;
    re.lastIndex = q;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    out.push(m);
    p = m.index + m[0].length;
  }
  return out;
}

/** Words that turn "一次" or "三项" into part of another word (一次性, 三项制度). */
const BAD_AFTER = /^(性|制度|规定|要求|原则|机制|举措|行动|重点|任务|工程|清单|体系|工作法|方面|层面|之间)/;
const APPROX_PRE = new Set(['近', '约', '超过', '逾', '将近', '多达']);

function precededByNumber(text: string, at: number): boolean {
  const prev = text[at - 1] ?? '';
  return /[\d.·第]/.test(prev) || CHINESE_NUMERAL_CHARS.includes(prev);
}

export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  const starts = figureStarts(text);
  for (const m of matchesAt(COUNT_RE, COUNT_FIRST, text, starts)) {
    // 30余万人次: the multiplier after 余 scales the number before it.
    const [whole, pre = '', num = '', mid = '', big = '', measure = '', post = ''] = m;
    const numStart = m.index + pre.length;
    const end = m.index + whole.length;
    if (precededByNumber(text, numStart) || BAD_AFTER.test(text.slice(end, end + 4))) continue;
    const chinese = !/\d/.test(num);
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
  for (const m of text.includes('%') ? matchesAt(RATE_RE, RATE_FIRST, text, starts) : []) {
    const [whole, pre = '', num = '', post = ''] = m;
    const numStart = m.index + pre.length;
    if (precededByNumber(text, numStart)) continue;
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
