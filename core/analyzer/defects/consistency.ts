import { indicatorDef } from '../../indicators/catalog';
import { PART_WHOLE, RATE_RANGE } from '../../indicators/relations';
import type { FoundIndicator } from '../extract/extractIndicators';
import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/** An approximate figure (200余) may be this much larger than written. */
const APPROX_SPAN = 0.2;

/** The paragraph that holds `pos` (paragraphs are in text order and do not overlap). */
function paragraphOf(paras: readonly Paragraph[], pos: number): Paragraph | undefined {
  let lo = 0;
  let hi = paras.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid] as Paragraph;
    if (pos < p.start) hi = mid - 1;
    else if (pos >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** Figures by key, each list in the order of `all`: every lookup below is by key. */
type ByKey = ReadonlyMap<string, readonly FoundIndicator[]>;

function groupByKey(all: readonly FoundIndicator[]): ByKey {
  const out = new Map<string, FoundIndicator[]>();
  for (const i of all) {
    const list = out.get(i.key);
    if (list) list.push(i);
    else out.set(i.key, [i]);
  }
  return out;
}

/** The figure of `key` that a statement at `pos` refers to: nearest before it in its paragraph, else the only one. */
function partner(
  byKey: ByKey,
  key: string,
  pos: number,
  para: Paragraph | undefined,
): FoundIndicator | undefined {
  const same = byKey.get(key) ?? [];
  let before: FoundIndicator | undefined;
  for (const i of same) if (i.start < pos && para && i.start >= para.start) before = i;
  if (before) return before;
  return same.length === 1 ? same[0] : undefined;
}

function range(i: FoundIndicator): [number, number] {
  return i.approx ? [i.value, i.value * (1 + APPROX_SPAN) + 1] : [i.value, i.value];
}

function decimals(v: number): number {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

export function findInconsistencies(
  all: readonly FoundIndicator[],
  paras: readonly Paragraph[],
): NormDefect[] {
  const out: NormDefect[] = [];
  const byKey = groupByKey(all);
  for (const r of all) {
    if (r.unit !== '%') continue;
    if (r.value < RATE_RANGE.min || r.value > RATE_RANGE.max) {
      out.push(at('rate_mismatch', r.start, r.end, DEFECT_MESSAGES.rateOutOfRange(r.value)));
      continue;
    }
    const rate = indicatorDef(r.key)?.rate;
    if (!rate?.numerator || !rate.denominator) continue;
    const para = paragraphOf(paras, r.start);
    const num = partner(byKey, rate.numerator, r.start, para);
    const den = partner(byKey, rate.denominator, r.start, para);
    if (!num || !den || den.value === 0) continue;
    const [nLo, nHi] = range(num);
    const [dLo, dHi] = range(den);
    const lo = (100 * nLo) / dHi;
    const hi = (100 * nHi) / dLo;
    const tol = 0.5 * 10 ** -decimals(r.value) + 1e-9 + (r.approx ? 1 : 0);
    if (r.value < lo - tol || r.value > Math.min(hi, 100) + tol) {
      const start = Math.min(num.start, den.start, r.start);
      const computed = ((100 * num.value) / den.value).toFixed(1);
      out.push(
        at(
          'rate_mismatch',
          para && start >= para.start ? start : r.start,
          r.end,
          DEFECT_MESSAGES.rateMismatch(r.value, computed),
        ),
      );
    }
  }
  for (const { part, whole } of PART_WHOLE) {
    for (const p of byKey.get(part) ?? []) {
      const para = paragraphOf(paras, p.start);
      const w =
        partner(byKey, whole, p.start, para) ??
        byKey.get(whole)?.find((i) => para && i.start >= para.start && i.start < para.end);
      if (!w) continue;
      const [, wHi] = range(w);
      if (p.value <= wHi) continue;
      const sameParagraph = para !== undefined && w.start >= para.start && w.start < para.end;
      const start = sameParagraph ? Math.min(w.start, p.start) : p.start;
      const end = sameParagraph ? Math.max(w.end, p.end) : p.end;
      const name = (k: string) => `${indicatorDef(k)?.name ?? k}`;
      out.push(
        at(
          'part_exceeds_whole',
          start,
          end,
          DEFECT_MESSAGES.partExceedsWhole(`${name(part)}${p.value}`, `${name(whole)}${w.value}`),
        ),
      );
    }
  }
  return out;
}
