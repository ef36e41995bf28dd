import type { ExtractedIndicator } from '../../analyzer/types';
import { indicatorDef } from '../../indicators/catalog';
import { type CurrentFigures, isStale } from '../figureBinding';
import { renderFigure, roundedDown } from '../render';
import { blockOfSpan, describeBlock, type ReportTextMap, type TokenSpan } from './text';
import type { CheckFinding } from './types';

/**
 * Figures against arithmetic and against the ledgers:
 * - a rate token must equal numerator / denominator × 100 at one decimal, stay within
 *   100%, and its numerator must not exceed its denominator (errors);
 * - two count tokens that make a rate (dispute.resolved / dispute.handled) likewise (error);
 * - a token whose value differs from the ledger's current one is stale (warning: one
 *   click on 刷新 fixes it, and the figure was right when it was written);
 * - a number the analyzer reads outside any token was typed or retyped by the township:
 *   it must agree with the ledgers (error), an approximate one within its rounding.
 */

const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

function nameOf(key: string): string {
  return indicatorDef(key)?.name ?? key;
}

function unitOf(key: string, fallback: string): string {
  return indicatorDef(key)?.unit ?? fallback;
}

function at(map: ReportTextMap, t: { start: number; end: number }) {
  const b = blockOfSpan(map, t.start, t.end);
  return { where: describeBlock(b), paragraphId: b?.paragraphId };
}

export function tokenChecks(map: ReportTextMap, values: CurrentFigures): CheckFinding[] {
  const out: CheckFinding[] = [];
  const push = (t: TokenSpan, f: Omit<CheckFinding, 'span' | 'paragraphId' | 'quote'>) =>
    out.push({ ...f, paragraphId: t.paragraphId, quote: renderFigure(t.token), span: [t.start, t.end] });
  for (const t of map.tokens) {
    const { token } = t;
    const { where } = at(map, t);
    const name = nameOf(token.key);
    const written = renderFigure(token);
    const def = indicatorDef(token.key);
    if (token.measure === '%' && token.value > 100) {
      push(t, {
        severity: 'error',
        code: 'rate',
        message: `${where}的${name}写为${written}，比率不能超过100%`,
      });
    }
    const { numerator: n, denominator: d } = token;
    if (n !== undefined && d !== undefined && d > 0) {
      const numName = def?.rate?.numerator ? nameOf(def.rate.numerator) : '分子';
      const denName = def?.rate?.denominator ? nameOf(def.rate.denominator) : '分母';
      if (n > d) {
        push(t, {
          severity: 'error',
          code: 'part_whole',
          message: `${where}的${name}：${numName}（${fmt(n)}）多于${denName}（${fmt(d)}），分项数不能大于总数`,
        });
      }
      const expected = round1((n / d) * 100);
      if (round1(token.value) !== expected) {
        push(t, {
          severity: 'error',
          code: 'rate',
          message: `${where}的${name}写为${written}，按${numName}${fmt(n)}、${denName}${fmt(d)}计算应为${fmt(expected)}%`,
        });
      }
    }
    const cur = values[token.key];
    if (cur && cur.value !== null && isStale(token, cur.value)) {
      const unit = unitOf(token.key, token.measure);
      push(t, {
        severity: 'warning',
        code: 'figure_stale',
        message: `${where}的${name}“${written}”数字已与台账不一致，可刷新（台账现为${fmt(cur.value)}${unit}）`,
      });
    }
  }
  out.push(...partWholeTokens(map));
  return out;
}

/** Count tokens that make up a catalog rate: the part must not exceed the whole. */
function partWholeTokens(map: ReportTextMap): CheckFinding[] {
  const first = new Map<string, TokenSpan>();
  for (const t of map.tokens) if (!first.has(t.token.key)) first.set(t.token.key, t);
  const out: CheckFinding[] = [];
  for (const t of first.values()) {
    const rate = indicatorDef(t.token.key)?.rate;
    if (rate?.numerator === undefined || rate.denominator === undefined) continue;
    const part = first.get(rate.numerator);
    const whole = first.get(rate.denominator);
    if (!part || !whole || part.token.value <= whole.token.value) continue;
    const { where } = at(map, part);
    out.push({
      severity: 'error',
      code: 'part_whole',
      message: `${where}：${nameOf(rate.numerator)}（${renderFigure(part.token)}）多于${nameOf(rate.denominator)}（${renderFigure(whole.token)}），分项数不能大于总数`,
      paragraphId: part.paragraphId,
      quote: renderFigure(part.token),
      span: [part.start, part.end],
    });
  }
  return out;
}

/** 40余 / 3000多 / 200以上: the ledger holds at least this many. */
const LOWER_BOUND = /\d(?:万|千)?[余多]|以上|之多|超过|逾|多达/;

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

function roundedUp(n: number): number {
  if (n < 10) return n;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / step) * step;
}

/** Whether a figure the analyzer read agrees with the ledger value; the accepted range for the message. */
function agrees(ind: ExtractedIndicator, ledger: number): boolean {
  if (ind.approx) {
    const low = roundedDown(ledger);
    if (LOWER_BOUND.test(ind.quote)) return ind.value <= ledger + 1e-9 && ind.value >= low - 1e-9;
    // 约 / 近 / 左右: either way, at two significant digits
    return ind.value >= low - 1e-9 && ind.value <= roundedUp(ledger) + 1e-9;
  }
  if (Number.isInteger(ledger)) return Math.abs(ind.value - ledger) < 1e-9;
  const f = 10 ** decimalsOf(ind.value);
  return Math.round(ledger * f) === Math.round(ind.value * f);
}

export function writtenFigureChecks(
  map: ReportTextMap,
  indicators: readonly ExtractedIndicator[],
  values: CurrentFigures,
): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const ind of indicators) {
    // a figure read from a token is the token's business (stale / rate checks)
    if (map.tokens.some((t) => t.start < ind.end && t.end > ind.start)) continue;
    const cur = values[ind.key];
    if (!cur || cur.value === null || agrees(ind, cur.value)) continue;
    const { where, paragraphId } = at(map, ind);
    const unit = unitOf(ind.key, ind.measure);
    const approx = ind.approx
      ? `，约数应在${fmt(roundedDown(cur.value))}至${fmt(LOWER_BOUND.test(ind.quote) ? cur.value : roundedUp(cur.value))}${unit}之间`
      : '';
    out.push({
      severity: 'error',
      code: 'figure_mismatch',
      message: `${where}“${ind.quote}”（${nameOf(ind.key)}）与台账数据不符（台账为${fmt(cur.value)}${unit}${approx}）`,
      paragraphId,
      quote: ind.quote,
      span: [ind.start, ind.end],
    });
  }
  return out;
}
