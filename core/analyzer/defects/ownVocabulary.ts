import { CONFUSABLE } from './confusables';
import { LEXICON } from './lexicon';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const WINDOW = 4;

function isHan(c: string | undefined): boolean {
  return c !== undefined && c >= '\u4e00' && c <= '\u9fa5';
}

/** Length of the longest lexicon word inside `w` that covers position k (0 when none). */
function cover(w: string, k: number): number {
  for (let len = w.length; len >= 2; len--) {
    for (let s = Math.max(0, k - len + 1); s <= k && s + len <= w.length; s++) {
      if (LEXICON.has(w.slice(s, s + len))) return len;
    }
  }
  return 0;
}

/**
 * Wrong characters judged by the report's own vocabulary: a four-character run that differs
 * from another run of the same report in one confusable character (confusables.ts), where
 * the other spelling forms a longer lexicon word over that character than this one does.
 * A writer who typed 办证大厅 once and 办政大厅 once most likely meant the word both times;
 * requiring the correct form elsewhere in the same text keeps false alarms rare.
 */
export function findOwnVocabularyTypos(text: string, from: number): NormDefect[] {
  const grams = new Map<string, number>();
  const isWin = (i: number) => {
    for (let k = 0; k < WINDOW; k++) if (!isHan(text[i + k])) return false;
    return true;
  };
  for (let i = from; i + WINDOW <= text.length; i++) {
    if (!isWin(i)) continue;
    const g = text.slice(i, i + WINDOW);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  /** best finding per wrong character position */
  const best = new Map<number, { start: number; wrong: string; right: string; score: number }>();
  for (let i = from; i + WINDOW <= text.length; i++) {
    if (!isWin(i)) continue;
    const a = text.slice(i, i + WINDOW);
    const countA = grams.get(a) ?? 0;
    for (let k = 0; k < WINDOW; k++) {
      for (const alt of CONFUSABLE.get(a[k] as string) ?? []) {
        const b = a.slice(0, k) + alt + a.slice(k + 1);
        const countB = grams.get(b) ?? 0;
        if (countB === 0 || countA > countB) continue;
        const ca = cover(a, k);
        const cb = cover(b, k);
        // A two-character word decides nothing: windows cross word boundaries (街道共作出).
        if (!(cb > ca && cb >= 3)) continue;
        const pos = i + k;
        const prev = best.get(pos);
        if (!prev || cb - ca > prev.score) best.set(pos, { start: i, wrong: a, right: b, score: cb - ca });
      }
    }
  }
  // Inside 《…》 the report quotes another document's title, which its own vocabulary does not
  // govern (older titles say 法制 where later ones say 法治): a hint only.
  const titles = [...text.matchAll(/《[^》\n]*》/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inTitle = (i: number) => titles.some(([s, e]) => (s as number) < i && i < (e as number));
  return [...best.values()].map((f) =>
    at(
      'typo',
      f.start,
      f.start + WINDOW,
      DEFECT_MESSAGES.ownVocabulary(f.wrong, f.right),
      inTitle(f.start) ? 'low' : 'high',
    ),
  );
}
