import { clauseStart } from '../spans';
import type { FoundIndicator } from './extractIndicators';

/**
 * A catalog key is one figure of the unit's year (the county compares it across townships), so
 * a report gives each key one value. When a report states a key more than once, the later
 * figures are parts or campaigns within it (普法活动50余场 … “法治进校园”活动9次) or restate
 * it; the figure kept is the one the report marks as the whole (全年/共/累计 …), else the first.
 * The hand gold of the corpus follows the same reading: no report has two values of one key.
 */
const WHOLE = /全年|共计|累计|合计|总计|共(?:开展|举办|召开|组织|发放|接待|受理|调处|办理|排查|化解)/;

export function onePerKey(text: string, found: readonly FoundIndicator[]): FoundIndicator[] {
  // The kept figure of each key with its isWhole answer: a report dense with figures asked the
  // same kept figure again for every later figure of its key.
  const chosen = new Map<string, { f: FoundIndicator; whole: boolean | null }>();
  const isWhole = (f: FoundIndicator) => WHOLE.test(text.slice(clauseStart(text, f.start), f.end));
  for (const f of found) {
    const kept = chosen.get(f.key);
    if (!kept) {
      chosen.set(f.key, { f, whole: null });
      continue;
    }
    kept.whole ??= isWhole(kept.f);
    if (!kept.whole && isWhole(f)) chosen.set(f.key, { f, whole: true });
  }
  const keep = new Set([...chosen.values()].map((k) => k.f));
  return found.filter((f) => keep.has(f));
}
