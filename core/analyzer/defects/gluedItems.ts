import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const ORDINALS = '一二三四五六七八九十';
/** 一是…二是…: the genre's inline items. 其二是, 第二是, 唯一是 are words, not items. */
const ITEM = /([一二三四五六七八九十])是/g;
const NOT_ITEM_BEFORE = /[第其之唯统同归合专单]$/;
/** A character that ends a clause's words, so the item after it lost its stop. */
const WORD_END = /[\u4e00-\u9fa5\dA-Za-z%）”》]$/;
/** Characters shown before the item so a reader can find the place. */
const LEAD = 6;

/**
 * An inline item (二是, 三是…) that runs straight on from the previous item's last word, with
 * no stop between them (…全年学法12次二是规范执法): the item is the next in the paragraph's
 * sequence, so it is an item, and the mark before it was dropped.
 */
export function findGluedItems(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const p of paras) {
    if (p.start < bodyStart || !p.text.includes('是')) continue;
    let last = -1;
    for (const m of p.text.matchAll(ITEM)) {
      const k = m.index ?? 0;
      const before = p.text.slice(Math.max(0, k - LEAD), k);
      if (NOT_ITEM_BEFORE.test(before)) continue;
      const n = ORDINALS.indexOf(m[1] as string);
      if (n === last + 1 && n > 0 && WORD_END.test(before)) {
        out.push(
          at(
            'typo',
            p.start + k - before.length,
            p.start + k + 2,
            DEFECT_MESSAGES.missingStop(before + m[0]),
            'medium',
          ),
        );
      }
      if (n === last + 1 || n === 0) last = n;
    }
  }
  return out;
}
