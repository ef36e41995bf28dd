import { codeUnits } from '../codeUnits';
import { charTable, isIdeograph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** What ends a clause: the text between these marks is hashed whole. */
const CLAUSE_MARK = charTable('，。；！？：\n');
const MIN_CLAUSE = 6;
/** A repeated run shorter than this is a stock phrase, not copied text. */
const MIN_RUN = 24;

/**
 * Runs of clauses that already appeared earlier in the report. Hashing whole clauses keeps
 * this linear in the text length.
 */
export function findDuplicatedText(text: string, bodyStart: number): NormDefect[] {
  const u = codeUnits(text);
  const seen = new ClauseSet(u, text.length);
  const out: NormDefect[] = [];
  let run: { start: number; end: number; chars: number; clauses: number } | null = null;
  const flush = () => {
    if (run && run.chars >= MIN_RUN && run.clauses >= 2) {
      out.push(at('duplicated_text', run.start, run.end, DEFECT_MESSAGES.duplicated()));
    }
    run = null;
  };
  for (let start = bodyStart, end = bodyStart; start < text.length; start = end) {
    // Clauses are the runs between CLAUSE_MARKs, found by a character loop.
    while (start < text.length && CLAUSE_MARK[u[start] as number] === 1) start++;
    end = start;
    // The clause is hashed as it is read, sparing a second pass over its characters.
    let h = 0;
    // CLAUSE_MARK holds marks only: ideographs, most of the text, are answered by a range test.
    for (
      let c = u[end] as number;
      end < text.length && (isIdeograph(c) || CLAUSE_MARK[c] !== 1);
      c = u[++end] as number
    ) {
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (end === start) break;
    if (end - start < MIN_CLAUSE) {
      if (run && start - run.end > 1) flush();
      continue;
    }
    if (!seen.add(start, end, h)) {
      if (run && start - run.end <= 1) {
        run.end = end;
        run.chars += end - start;
        run.clauses++;
      } else {
        flush();
        run = { start, end, chars: end - start, clauses: 1 };
      }
    } else flush();
  }
  flush();
  return out;
}

/** Entry tables shared by all calls (a check runs to the end before the next begins), grown as needed. */
let slots = new Int32Array(1 << 12);
let entStart = new Int32Array(1 << 11);
let entEnd = new Int32Array(1 << 11);
let entHash = new Int32Array(1 << 11);
let entNext = new Int32Array(1 << 11);

/**
 * The clauses read so far, kept as spans of the code units and found by a hash of their
 * characters, in an open hash table of typed arrays chained per slot: a Set of sliced strings
 * cost a string per clause, and a Map of arrays (the previous form) an array per clause.
 */
class ClauseSet {
  private count = 0;
  private readonly shift: number;

  constructor(
    private readonly u: Uint16Array,
    length: number,
  ) {
    // At most one clause per MIN_CLAUSE characters is added; twice that many slots.
    const most = Math.ceil(length / MIN_CLAUSE) + 1;
    let bits = 4;
    while (1 << bits < 2 * most) bits++;
    this.shift = 32 - bits;
    if (slots.length < 1 << bits) slots = new Int32Array(1 << bits);
    else slots.fill(0, 0, 1 << bits);
    if (entStart.length < most) {
      entStart = new Int32Array(most);
      entEnd = new Int32Array(most);
      entHash = new Int32Array(most);
      entNext = new Int32Array(most);
    }
  }

  /** Adds u[start, end) of hash h; false (and nothing added) when an equal clause is already there. */
  add(start: number, end: number, h: number): boolean {
    const slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    const first = (slots[slot] as number) - 1;
    for (let e = first; e >= 0; e = entNext[e] as number) {
      if (entHash[e] === h && this.equal(entStart[e] as number, entEnd[e] as number, start, end))
        return false;
    }
    const k = this.count++;
    entStart[k] = start;
    entEnd[k] = end;
    entHash[k] = h;
    entNext[k] = first;
    slots[slot] = k + 1;
    return true;
  }

  private equal(s1: number, e1: number, s2: number, e2: number): boolean {
    if (e1 - s1 !== e2 - s2) return false;
    for (let i = 0; i < e1 - s1; i++) if (this.u[s1 + i] !== this.u[s2 + i]) return false;
    return true;
  }
}
