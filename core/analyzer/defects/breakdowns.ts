import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * 共受理信访事项32件，其中来信10件、来访15件、网上信访12件: the parts a 其中 lists add up to more than the
 * total right before it. Any figure with any noun, not only the catalog's keys (consistency.ts compares those).
 *
 * Kept narrow, because a 其中 may also list overlapping groups or a chain of results:
 * - the total is the figure right before 其中 (only a comma between), and no other figure of the same measure
 *   word earlier in the sentence is as large as the parts' sum (共排查56件，化解53件，其中… may break down 56);
 * - the parts are figures of the total's measure word in the one sentence after 其中, at least two, joined by
 *   、 ， or ；, and none is a result or an attribute that overlaps the others (办结, 满意, 党员, 女性, 以上 …):
 *   受理32件，其中办结30件，满意28件 counts one set twice, 其中党员12人、女性9人 two groups that overlap;
 * - 余/多 on the total allows the parts a fifth more; on a part, its written figure is taken.
 */

/** A figure and its measure word. */
const FIGURE =
  /(\d+(?:\.\d+)?)(万)?(余|多)?(人次|场次|户次|件次|件|人|次|场|个|名|项|条|起|户|份|家|宗|批|期|篇)(?![\d%％])/g;
/** A part's label that makes the parts overlap or follow one another rather than divide the total. */
const NOT_A_DIVISION =
  /办结|化解|成功|满意|答复|完成|结案|处理|回复|反馈|落实|整改|达成|履行|受理|立案|党员|团员|干部|男|女|本科|大专|研究生|以上|以下|岁|少数民族|青年|妇女|老年|新增|累计|涉及|同比|占/;
/** The approximate total may stand for this much more than written. */
const APPROX_SPAN = 0.2;

/**
 * The sentence around a 其中, ended by 。！？ or a line break only: unlike spans.ts's sentenceStart/sentenceEnd,
 * a ； does not end it here, because a total may stand before ；其中 and the parts may be joined by ；.
 */
function sentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '。' || c === '\n' || c === '！' || c === '？') return i + 1;
  }
  return 0;
}

function sentenceEnd(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const c = text[i];
    if (c === '。' || c === '\n' || c === '！' || c === '？') return i;
  }
  return text.length;
}

interface Figure {
  start: number;
  end: number;
  value: number;
  approx: boolean;
  measure: string;
}

function figuresIn(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  const s = text.slice(from, to);
  for (const m of s.matchAll(FIGURE)) {
    const i = m.index ?? 0;
    // A figure glued to a digit or a decimal point before it is part of another number.
    if (i > 0 && /[\d.]/.test(s[i - 1] as string)) continue;
    const value = Number(m[1]) * (m[2] ? 10_000 : 1);
    out.push({
      start: from + i,
      end: from + i + m[0].length,
      value,
      approx: !!m[3],
      measure: m[4] as string,
    });
  }
  return out;
}

export function findBreakdownSums(text: string, bodyStart: number): NormDefect[] {
  const out: NormDefect[] = [];
  for (let k = text.indexOf('其中', bodyStart); k >= 0; k = text.indexOf('其中', k + 2)) {
    const head = text.slice(sentenceStart(text, k), k);
    // Only a comma or semicolon (or nothing) between the total and 其中.
    const gap = /[，,；;]?$/.exec(head)?.[0].length ?? 0;
    const headFrom = k - head.length;
    const before = figuresIn(text, headFrom, k - gap);
    const total = before[before.length - 1];
    if (!total || total.end !== k - gap) continue;
    const end = sentenceEnd(text, k);
    const parts: Figure[] = [];
    let from = k + 2;
    let broken = false;
    for (const f of figuresIn(text, from, end)) {
      const label = text.slice(from, f.start);
      // Parts are joined by 、，； only; another 其中 or a result word ends the list's trust.
      if (/[：:（(]|其中/.test(label) || NOT_A_DIVISION.test(label)) {
        broken = true;
        break;
      }
      if (f.measure === total.measure) parts.push(f);
      from = f.end;
    }
    if (broken || parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const allowed = total.value * (total.approx ? 1 + APPROX_SPAN : 1);
    if (sum <= allowed) continue;
    // Another figure of the measure word earlier in the sentence that the parts may divide instead.
    if (
      before.some(
        (f) =>
          f !== total && f.measure === total.measure && f.value * (f.approx ? 1 + APPROX_SPAN : 1) >= sum,
      )
    )
      continue;
    const last = parts[parts.length - 1] as Figure;
    out.push(
      at(
        'part_exceeds_whole',
        total.start,
        last.end,
        DEFECT_MESSAGES.breakdownExceedsTotal(
          `${formatNumber(sum)}${total.measure}`,
          text.slice(total.start, total.end),
        ),
        'medium',
      ),
    );
  }
  return out;
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '');
}
