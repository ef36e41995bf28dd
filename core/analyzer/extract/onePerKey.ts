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

/**
 * Whether text[from, to) holds 年, 计 or 共, one of which every WHOLE match holds (全年, 共计,
 * 累计, 合计, 总计, 共开展 …): most clauses lack all three and are not searched by the pattern.
 */
function mayBeWhole(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5e74 /* 年 */ || c === 0x8ba1 /* 计 */ || c === 0x5171 /* 共 */) return true;
  }
  return false;
}

export function onePerKey(text: string, found: readonly FoundIndicator[]): FoundIndicator[] {
  // The kept figure of each key (its index in `found`) with its isWhole answer: a report dense
  // with figures asked the same kept figure again for every later figure of its key. `found`
  // holds each figure once (extractIndicators makes an object per figure), so the kept ones are
  // marked by index, not looked up by object in a Set (an identity hash for every figure).
  const chosen = new Map<string, { i: number; whole: boolean | null }>();
  const isWhole = (f: FoundIndicator) => {
    const from = clauseStart(text, f.start);
    return mayBeWhole(text, from, f.end) && WHOLE.test(text.slice(from, f.end));
  };
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as FoundIndicator;
    const kept = chosen.get(f.key);
    if (!kept) {
      chosen.set(f.key, { i, whole: null });
      continue;
    }
    kept.whole ??= isWhole(found[kept.i] as FoundIndicator);
    if (!kept.whole && isWhole(f)) chosen.set(f.key, { i, whole: true });
  }
  const keep = new Uint8Array(found.length);
  for (const k of chosen.values()) keep[k.i] = 1;
  return found.filter((_, i) => keep[i] === 1);
}
