import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const CLAUSE = /[^，。；！？：\n]+/g;
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
  for (const m of text.slice(bodyStart).matchAll(CLAUSE)) {
    const clause = m[0];
    const start = bodyStart + (m.index ?? 0);
    const end = start + clause.length;
    if (clause.length < MIN_CLAUSE) {
      if (run && start - run.end > 1) flush();
      continue;
    }
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
