import { charTable } from '../spans';
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
  const seen = new Set<string>();
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
    while (start < text.length && CLAUSE_MARK[text.charCodeAt(start)] === 1) start++;
    end = start;
    while (end < text.length && CLAUSE_MARK[text.charCodeAt(end)] !== 1) end++;
    if (end === start) break;
    if (end - start < MIN_CLAUSE) {
      if (run && start - run.end > 1) flush();
      continue;
    }
    const clause = text.slice(start, end);
    if (seen.has(clause)) {
      if (run && start - run.end <= 1) {
        run.end = end;
        run.chars += clause.length;
        run.clauses++;
      } else {
        flush();
        run = { start, end, chars: clause.length, clauses: 1 };
      }
    } else {
      flush();
      seen.add(clause);
    }
  }
  flush();
  return out;
}
