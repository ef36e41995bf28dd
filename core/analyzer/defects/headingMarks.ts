import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A sub-heading number with one bracket lost: 二）加强… or （二加强…, or with its number and
 * opening bracket lost together: ）加强… (no paragraph opens with a closing bracket).
 */
const HALF_BRACKET =
  /^(?:([一二三四五六七八九十]{1,3})）|（([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fa5])|）(?=[\u4e00-\u9fa5]))/;

/**
 * A part heading that lost its 、 (一主要举措和成效): a short line of no sentence, its number run
 * straight into the title, followed by the part's first sub-heading （一）. 一是, 一年来 … open
 * sentences, not such lines.
 */
const BARE_NUMBER =
  /^([一二三四五六七八九十]{1,3})(?![是年来些直般切定样同致起次项个批道份把手体])[\u4e00-\u9fa5]/;
const FIRST_SUB = /^\s*[（(]一[）)]/;
const HEADING_MAX = 30;

function bareNumber(paras: readonly Paragraph[], k: number): boolean {
  const p = paras[k] as Paragraph;
  const line = p.text.trim();
  if (line.length > HEADING_MAX || /[，,。；;：:！？、]/.test(line) || !BARE_NUMBER.test(line)) return false;
  const next = paras.slice(k + 1).find((q) => q.text.trim() !== '');
  return next !== undefined && FIRST_SUB.test(next.text);
}

export function findHeadingMarkDefects(paras: readonly Paragraph[], bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (const [k, p] of paras.entries()) {
    if (p.start < bodyStart) continue;
    if (bareNumber(paras, k)) {
      const lead = p.text.length - p.text.trimStart().length;
      const line = p.text.trim();
      const n = (BARE_NUMBER.exec(line)?.[1] ?? '').length;
      out.push(
        at(
          'numbering',
          p.start + lead,
          p.start + lead + line.length,
          DEFECT_MESSAGES.headingComma(line, `${line.slice(0, n)}、${line.slice(n)}`),
          'medium',
        ),
      );
      continue;
    }
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
