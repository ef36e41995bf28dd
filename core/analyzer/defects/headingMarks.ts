import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A sub-heading number with one bracket lost: 二）加强… or （二加强…, or with its number and
 * opening bracket lost together: ）加强… (no paragraph opens with a closing bracket).
 */
const HALF_BRACKET =
  /^(?:([一二三四五六七八九十]{1,3})）|（([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fa5])|）(?=[\u4e00-\u9fa5]))/;

export function findHeadingMarkDefects(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const p of paras) {
    if (p.start < bodyStart) continue;
    const m = HALF_BRACKET.exec(p.text);
    if (!m) continue;
    // （二加强… must not close later in the line as a heading number would (（二〇二四年）…).
    if (m[2] && /^（[一二三四五六七八九十]{1,3}[^）]{0,3}）/.test(p.text)) continue;
    const end = Math.min(p.end, p.start + m[0].length + 8);
    out.push(
      at('numbering', p.start, end, DEFECT_MESSAGES.headingBracket(p.text.slice(0, m[0].length + 8)), 'high'),
    );
  }
  return out;
}
