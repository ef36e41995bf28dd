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
  const seen = new ClauseSet(u);
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

/**
 * The clauses read so far, kept as spans of the code units and found by a hash of their
 * characters: a Set of sliced strings cost a string per clause.
 */
class ClauseSet {
  private readonly byHash = new Map<number, number[]>();
  constructor(private readonly u: Uint16Array) {}

  /** Adds u[start, end) of hash h; false (and nothing added) when an equal clause is already there. */
  add(start: number, end: number, h: number): boolean {
    const spans = this.byHash.get(h);
    if (!spans) {
      this.byHash.set(h, [start, end]);
      return true;
    }
    for (let k = 0; k < spans.length; k += 2) {
      if (this.equal(spans[k] as number, spans[k + 1] as number, start, end)) return false;
    }
    spans.push(start, end);
    return true;
  }

  private equal(s1: number, e1: number, s2: number, e2: number): boolean {
    if (e1 - s1 !== e2 - s2) return false;
    for (let i = 0; i < e1 - s1; i++) if (this.u[s1 + i] !== this.u[s2 + i]) return false;
    return true;
  }
}
