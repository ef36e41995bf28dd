/**
 * Whole-text pattern scans that start only where a match can be. A regular expression that
 * opens with a character class, an alternation, an optional group or a lookbehind is tried at
 * every position of the text, and one such scan of a 10,000-character report cost as much as
 * reading all its figures' keys (profiled on bench/analyzer-speed.ts). Most patterns of the
 * defect checks hold a fixed word at a fixed distance from their start (率, 第一人, 〔): the
 * word's occurrences are found by a literal search, and the pattern is tried only just
 * before each of them.
 */

/** A literal search for each anchor word, compiled once (a literal pattern skips ahead fast). */
const ANCHOR_RE = new Map<string, RegExp>();

function anchorPattern(anchor: string): RegExp {
  let re = ANCHOR_RE.get(anchor);
  if (re === undefined) {
    re = new RegExp(anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
    ANCHOR_RE.set(anchor, re);
  }
  return re;
}

/** The same pattern, sticky: tried at one position only. */
const STICKY = new WeakMap<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let s = STICKY.get(re);
  if (s === undefined) {
    s = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
    STICKY.set(re, s);
  }
  return s;
}

/**
 * The matches `text.matchAll(re)` gives, in the same order and with the same groups, for a
 * pattern every match of which holds `anchor` starting between `minBefore` and `maxBefore`
 * characters after the match's start (lookarounds do not count as the match; the anchor may
 * run on into a lookahead). The caller states that property of its pattern; the pattern is
 * tried at the positions a global scan would reach that are that close before an anchor,
 * in ascending order, so the leftmost match wins as in a global scan.
 */
export function matchesNear(
  text: string,
  re: RegExp,
  anchor: string,
  minBefore = 0,
  maxBefore = minBefore,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // One character is found fastest by indexOf; a longer word by a literal pattern (indexOf
  // of a word in a two-byte string was slower than the pattern's skip-ahead search).
  const find = anchor.length > 1 ? anchorPattern(anchor) : null;
  const sticky = stickyOf(re);
  /** positions before this one were tried or lie inside a match */
  let next = 0;
  // Anchors may overlap one another (是是): each search goes on from the next character.
  const after = (from: number): number => {
    if (find === null) return text.indexOf(anchor, from);
    find.lastIndex = from;
    // test, not exec: no match array per occurrence; the literal ends where the scan stopped.
    return find.test(text) ? find.lastIndex - anchor.length : -1;
  };
  for (let j = after(0); j >= 0; j = after(j + 1)) {
    for (let p = Math.max(next, j - maxBefore); p <= j - minBefore; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      next = p + 1;
      if (m === null) continue;
      out.push(m);
      next = p + Math.max(1, m[0].length);
      break;
    }
  }
  return out;
}

/** Characters that end a literal run in a pattern's source. */
const META = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);

/**
 * The word every match of `re` begins with, read from its source: the literal characters
 * before the first special one, if no alternation splits the whole pattern (a|b) and no
 * quantifier makes the last of them optional. '' when there is none (or the pattern ignores
 * case, where a literal search would miss matches).
 */
export function leadingLiteral(re: RegExp): string {
  const src = re.source;
  if (re.flags.includes('i')) return '';
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return '';
  }
  let n = 0;
  while (n < src.length && !META.has(src[n] as string)) n++;
  if (n < src.length && QUANTIFIER.has(src[n] as string)) n--;
  return n > 0 ? src.slice(0, n) : '';
}

const LEADING = new WeakMap<RegExp, string>();

/**
 * `text.matchAll(re)` as an array, searched from the word its matches begin with when the
 * pattern has one (leadingLiteral), else by the global scan itself.
 */
export function matchAllOf(text: string, re: RegExp): RegExpExecArray[] {
  let lit = LEADING.get(re);
  if (lit === undefined) {
    lit = leadingLiteral(re);
    LEADING.set(re, lit);
  }
  return lit === '' ? [...text.matchAll(re)] : matchesNear(text, re, lit);
}
