import { charBits, hasCharBit } from '../spans';
import { foldChar, isPlain, isSpace, keepSpace, visualWidth } from './charFold';
import { isMetadata, isPageNumber, runningHeaders } from './lineFilters';

/**
 * The text the analyzer reads, with a map back to the input. Lines broken by page width
 * (PDF, copied web pages, the seeds' blank-line spacing) are re-joined into paragraphs,
 * page furniture is dropped and characters are folded; paragraphs are separated by `\n`.
 */
export interface NormalizedText {
  text: string;
  /** map[i] is the input offset of text[i]; map[text.length] is the input length. */
  map: Int32Array;
  original: string;
  /** the text stops mid-sentence (a cut-off copy) */
  truncated: boolean;
}

interface FoldedLine {
  text: string;
  /** input offset of each text character; null when the line was copied as is from `start` */
  idx: number[] | null;
  start: number;
  /** input offset just after the line's last character */
  end: number;
  /**
   * Twice visualWidth(text), measured while the line is read: a whole number, so the field
   * holds a small integer and no boxed double per line.
   */
  halfWidths: number;
  /** the line holds a 。！？ or ；, so a sentence has begun on it */
  hasStop: boolean;
  /** the line leaves a “ open (unclosedQuote) */
  openQuote: boolean;
  /** the line holds a ，。；：or 、 (no running header does: lineFilters) */
  hasMark: boolean;
}

const HEADING_START =
  /^(（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十]+[部章节])/;
/** The characters a HEADING_START match begins with: most lines are turned away by one lookup. */
const HEADING_FIRST = charBits('（一二三四五六七八九十0123456789第');
const TERMINAL_END = /([。！？；：]|[。！？]”)$/;
const DATE_OR_SIGNATURE_END =
  /(\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九十]{4}年.{1,3}月.{1,3}日|人民政府|党委|政府|办事处)$/;

// Sets asked about a line's first or last character, mostly an ideograph, are bit sets (charBits):
// a 64 KB byte table's 20 KB ideograph range would be read into the caches for a few lookups per line.
/** Marks that end a paragraph line (TERMINAL_END): any of these, or one of the second set before ”. */
const TERMINAL_MARK = charBits('。！？；：');
const QUOTED_END_MARK = charBits('。！？');
/** A line ending in one of these always runs on into the next. */
const RUN_ON_END = charBits('，、（“《');
/** The marks of a sentence begun on a line (FoldedLine.hasStop): bit 1 of LINE_MARK. */
const STOP_MARKS = '。！？；';
/** The marks no running header holds (FoldedLine.hasMark): bit 2 of LINE_MARK. */
const HEADER_BREAKING = '，。；：、';
/** Both sets in one table, asked once per character that is not a common ideograph. */
const LINE_MARK = lineMarkTable();
function lineMarkTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < STOP_MARKS.length; i++) {
    const c = STOP_MARKS.charCodeAt(i);
    t[c] = (t[c] as number) | 1;
  }
  for (let i = 0; i < HEADER_BREAKING.length; i++) {
    const c = HEADER_BREAKING.charCodeAt(i);
    t[c] = (t[c] as number) | 2;
  }
  return t;
}

/** Characters copied as they are: CJK text and ASCII other than the punctuation we fold. */
function isVerbatimCode(c: number): boolean {
  if (c >= 0xff01 && c <= 0xff5e) {
    // Full-width forms: only digits, letters, ％ and ． fold; ，（ and the like stay as they are.
    const ch = String.fromCharCode(c);
    return foldChar(ch, '', '') === ch;
  }
  if (c > 0x7f) {
    return !(c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200d));
  }
  return (
    c > 0x20 && c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x3f && c !== 0x21 && c !== 0x28 && c !== 0x29
  );
}

/** isVerbatimCode for every UTF-16 code unit, computed once: it is asked of every input character. */
const VERBATIM = verbatimTable();
/**
 * Built in a function: a loop in a module's top-level code runs in the interpreter, and in a
 * bundle (dist/server/analyze.mjs) the whole bundle's top level is one function too large to
 * compile on stack — 65,536 interpreted calls at every start-up of `fazhi analyze`.
 */
function verbatimTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = isVerbatimCode(c) ? 1 : 0;
  return table;
}
/** Common CJK characters are answered by a range test: the 64 KB table misses the cache. */
const isVerbatim = (c: number) => (c >= 0x4e00 && c <= 0x9fa5) || VERBATIM[c] === 1;

/** The line breaks splitLines splits at: \n, \r, \f, \u2028 and \u2029. */
function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x0c || c === 0x2028 || c === 0x2029;
}

/** The first line break at or after `from`, or the text's length. */
function lineEnd(original: string, from: number): number {
  let i = from;
  while (i < original.length && !isBreak(original.charCodeAt(i))) i++;
  return i;
}

/**
 * Folds the line that starts at `start` and runs to the next line break, which the scan finds
 * itself: the text is read once, not once to split it and again to fold each line.
 * `mayHoldPercent` is false when the whole input lacks 百分之百, so no copied line holds it.
 */
function foldLine(original: string, start: number, mayHoldPercent: boolean): FoldedLine {
  // Most lines need no folding: copy them in one slice, with no per-character offsets.
  // The scan also measures the line (as visualWidth would) and notes what shouldJoin asks of
  // it, sparing more passes over every line.
  const n = original.length;
  let first = start;
  let hasStop = false;
  let hasMark = false;
  let open = 0;
  // The width is counted in whole numbers: characters below U+2000 (narrow) and surrogate
  // pairs (one character in two code units) are counted apart and taken off at the end.
  let narrow = 0;
  let pairs = 0;
  for (; first < n; first++) {
    const c = original.charCodeAt(first);
    // Common CJK characters, most of a line, are verbatim, wide and no mark: nothing else to ask.
    if (c >= 0x4e00 && c <= 0x9fa5) continue;
    if (VERBATIM[c] !== 1) break;
    // \u2028 and \u2029 are verbatim characters that break lines (\n, \r, \f are not verbatim).
    if (c === 0x2028 || c === 0x2029) break;
    const mark = LINE_MARK[c] as number;
    if (mark !== 0) {
      if ((mark & 1) !== 0) hasStop = true;
      if ((mark & 2) !== 0) hasMark = true;
    } else if (c === 0x201c /* “ */) open++;
    else if (c === 0x201d /* ” */ && open > 0) open--;
    if (c >= 0xd800 && c <= 0xdbff && first + 1 < n) {
      // A surrogate pair is one character: count it once. Both halves are verbatim.
      const d = original.charCodeAt(first + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        first++;
        pairs++;
      }
    }
    if (c < 0x2000) narrow++;
  }
  let halfWidths = 2 * (first - start - pairs) - narrow;
  if (first === n || isBreak(original.charCodeAt(first))) {
    const end = first;
    let text = original.slice(start, end);
    if (mayHoldPercent && text.includes('百分之百')) {
      text = text.replaceAll('百分之百', '100%');
      halfWidths = 2 * visualWidth(text);
    }
    return { text, idx: null, start, end, halfWidths, hasStop, openQuote: open > 0, hasMark };
  }
  const end = lineEnd(original, first);
  let text = '';
  const idx: number[] = [];
  for (let i = start; i < first; i++) idx.push(i);
  let run = start;
  for (let i = first; i < end; i++) {
    if (isVerbatim(original.charCodeAt(i))) {
      idx.push(i);
      continue;
    }
    text += original.slice(run, i);
    run = i + 1;
    const ch = original[i] ?? '';
    if (isSpace(ch)) {
      let j = i + 1;
      while (j < end && isSpace(original[j] ?? '')) j++;
      const prev = text[text.length - 1] ?? '';
      const next = foldChar(original[j] ?? '', '', '');
      if (keepSpace(prev, next)) {
        text += ' ';
        idx.push(i);
      }
      i = j - 1;
      run = j;
      continue;
    }
    text += isPlain(ch) ? ch : foldChar(ch, text[text.length - 1] ?? '', nextNonSpace(original, i + 1, end));
    idx.push(i);
  }
  text += original.slice(run, end);
  if (text.includes('百分之百')) text = text.replaceAll('百分之百', '100%');
  return {
    text,
    idx,
    start,
    end,
    halfWidths: 2 * visualWidth(text),
    hasStop: /[。！？；]/.test(text),
    openQuote: unclosedQuote(text),
    hasMark: /[，。；：、]/.test(text),
  };
}

function nextNonSpace(s: string, from: number, end: number): string {
  for (let i = from; i < end; i++) if (!isSpace(s[i] ?? '')) return s[i] ?? '';
  return '';
}

/** Splits at \r\n, \r, \n, \u2028, \u2029 and \f (a character loop: this runs on every input). */
function splitLines(original: string): FoldedLine[] {
  const lines: FoldedLine[] = [];
  const n = original.length;
  const mayHoldPercent = original.includes('百分之百');
  let start = 0;
  for (;;) {
    // Empty lines (half of a PDF copy's lines) would be dropped by normalize: skip them here,
    // but keep the last line even when empty, as normalize expects one.
    let end = start;
    if (start < n && !isBreak(original.charCodeAt(start))) {
      const line = foldLine(original, start, mayHoldPercent);
      end = line.end;
      if (end >= n) {
        lines.push(line);
        return lines;
      }
      lines.push(line);
    } else if (start >= n) {
      lines.push(foldLine(original, n, mayHoldPercent));
      return lines;
    }
    const c = original.charCodeAt(end);
    start = c === 0x0d && original.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
}

/** Widths below this are counted in a typed array; the few wider lines (whole paragraphs) in a Map. */
const NARROW_WIDTHS = 64;

/**
 * Page width in characters when the text was broken at a fixed width, else null: the width w
 * (at least 12) whose lines and those one narrower are most (the wider on a tie), if they are
 * at least 5 and a quarter of the lines, and w is at most 60.
 */
function wrapWidth(lines: readonly FoldedLine[]): number | null {
  const narrow = new Int32Array(NARROW_WIDTHS);
  let wide: Map<number, number> | null = null;
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const w = Math.floor((lines[i] as FoldedLine).halfWidths / 2);
    if (w < 12) continue;
    n++;
    if (w < NARROW_WIDTHS) narrow[w] = (narrow[w] as number) + 1;
    else {
      wide ??= new Map();
      wide.set(w, (wide.get(w) ?? 0) + 1);
    }
  }
  const count = (w: number) => (w < NARROW_WIDTHS ? (narrow[w] as number) : (wide?.get(w) ?? 0));
  // The widest of the widths with the most lines: the answer is the same in any order.
  let best = 0;
  let bestCount = 0;
  for (let w = 12; w < NARROW_WIDTHS; w++) {
    const c = narrow[w] as number;
    if (c === 0) continue;
    const near = c + count(w - 1);
    if (near > bestCount || (near === bestCount && w > best)) [best, bestCount] = [w, near];
  }
  if (wide !== null)
    for (const [w, c] of wide) {
      const near = c + count(w - 1);
      if (near > bestCount || (near === bestCount && w > best)) [best, bestCount] = [w, near];
    }
  return bestCount >= 5 && bestCount >= n * 0.25 && best <= 60 ? best : null;
}

/** TERMINAL_END without a regular expression (a `…$` pattern is tried at every position). */
function endsTerminal(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  if (hasCharBit(TERMINAL_MARK, last)) return true;
  return last === 0x201d /* ” */ && hasCharBit(QUOTED_END_MARK, s.charCodeAt(s.length - 2));
}

function shouldJoin(line: FoldedLine, b: string, w: number, width: number | null): boolean {
  const a = line.text;
  if (endsTerminal(a) || (hasCharBit(HEADING_FIRST, b.charCodeAt(0)) && HEADING_START.test(b))) return false;
  if (hasCharBit(RUN_ON_END, a.charCodeAt(a.length - 1))) return true;
  // A sentence already begun on the line, or a quotation left open, runs on.
  if (line.hasStop || line.openQuote) return true;
  // Paragraph first lines lose their two-character indent in PDF copies.
  if (width !== null) return w >= width - 3;
  return w > 45;
}

function unclosedQuote(s: string): boolean {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c /* “ */) open++;
    else if (c === 0x201d /* ” */ && open > 0) open--;
  }
  return open > 0;
}

export function normalize(original: string): NormalizedText {
  const all = splitLines(original);
  const headers = runningHeaders(all);
  // The kept lines are moved to the front of `all` (no second array of them).
  let k = 0;
  for (let i = 0; i < all.length; i++) {
    const l = all[i] as FoldedLine;
    const t = l.text;
    if (
      t.length > 0 &&
      !isPageNumber(t) &&
      !isMetadata(t) &&
      // Most texts have no running header: skip hashing every line to find out.
      (headers.size === 0 || !headers.has(t))
    )
      all[k++] = l;
  }
  all.length = k;
  const kept = all;
  const width = wrapWidth(kept);
  const breakBefore: boolean[] = [];
  const parts: string[] = [];
  // Where each kept line starts in the text: the offsets map back through its line.
  // A plain array of small integers: a typed array per analysis cost more to allocate than it saved.
  const lineStarts: number[] = [];
  let total = 0;
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i] as FoldedLine;
    const prev = kept[i - 1];
    const brk = prev !== undefined && !shouldJoin(prev, line.text, prev.halfWidths / 2, width);
    breakBefore.push(brk);
    if (brk) {
      parts.push('\n');
      total++;
    }
    parts.push(line.text);
    lineStarts.push(total);
    total += line.text.length;
  }
  const last = kept[kept.length - 1]?.text ?? '';
  return new LineMappedText(
    parts.join(''),
    original,
    last.length > 0 && !TERMINAL_END.test(last) && !DATE_OR_SIGNATURE_END.test(last),
    kept,
    lineStarts,
    breakBefore,
  );
}

/**
 * A NormalizedText whose offset map is read through its lines: an analysis maps a few hundred
 * offsets back (quotes of findings, figures, headings), so the per-character map (an
 * Int32Array as long as the text, filled for every report) is built only when `map` is read.
 */
class LineMappedText implements NormalizedText {
  private built: Int32Array | null = null;

  constructor(
    readonly text: string,
    readonly original: string,
    readonly truncated: boolean,
    private readonly lines: readonly FoldedLine[],
    private readonly lineStarts: readonly number[],
    private readonly breakBefore: readonly boolean[],
  ) {}

  get map(): Int32Array {
    if (this.built === null) {
      const { lines, breakBefore, text } = this;
      const map = new Int32Array(text.length + 1);
      let k = 0;
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as FoldedLine;
        if (breakBefore[i]) map[k++] = (lines[i - 1] as FoldedLine).end;
        // The 百分之百 → 100% fold keeps the length, so indices still line up one to one.
        if (line.idx === null) for (let j = line.start; j < line.end; j++) map[k++] = j;
        else for (const x of line.idx) map[k++] = x;
      }
      map[text.length] = this.original.length;
      this.built = map;
    }
    return this.built;
  }

  /** map[pos] without building the map: undefined where map[pos] is (outside 0..text.length). */
  offsetAt(pos: number): number | undefined {
    if (this.built !== null) return this.built[pos];
    if (pos === this.text.length) return this.original.length;
    if (!Number.isInteger(pos) || pos < 0 || pos > this.text.length) return undefined;
    // The last line starting at or before pos (line 0 starts at 0).
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const line = this.lines[lo] as FoldedLine;
    const off = pos - (starts[lo] as number);
    // Past the line's last character is the \n before the next line: it maps to this line's end.
    if (off >= line.text.length) return line.end;
    return line.idx === null ? line.start + off : line.idx[off];
  }
}

/** map[pos], read through the lines when n is normalize()'s own result. */
function offsetAt(n: NormalizedText, pos: number): number | undefined {
  return n instanceof LineMappedText ? n.offsetAt(pos) : n.map[pos];
}

/** The input span behind text[start, end), with its quote. */
export function originalSpan(n: NormalizedText, start: number, end: number) {
  const s = offsetAt(n, start) ?? n.original.length;
  const e = end > start ? (offsetAt(n, end - 1) ?? n.original.length - 1) + 1 : s;
  return { quote: n.original.slice(s, e), start: s, end: e };
}
