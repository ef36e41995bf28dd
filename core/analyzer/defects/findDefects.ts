import type { FoundIndicator } from '../extract/extractIndicators';
import type { Identification } from '../identify/identify';
import { type NormalizedText, originalSpan } from '../normalize/normalize';
import type { Paragraph } from '../spans';
import type { InlineItem } from '../structure/headings';
import type { SectionRange } from '../structure/sections';
import type { Defect, DefectConfidence, DefectKind, Heading, SectionKey } from '../types';
import { findBracketDefects } from './brackets';
import { findBreakdownSums } from './breakdowns';
import { findCanonicalDeviations, findTitleDeviations } from './canonical';
import { findCollocationDefects } from './collocations';
import { findInconsistencies } from './consistency';
import { findCutSentences } from './cutoff';
import { findDateDefects } from './dates';
import { findDocNumberDefects } from './docNumbers';
import { findDuplicatedText } from './duplicates';
import { findFixedTermSlips } from './fixedTermSlips';
import { findGluedItems } from './gluedItems';
import { findHeadingMarkDefects } from './headingMarks';
import { findLoneFirstPerson } from './loneFirstPerson';
import { findMarkDefects, findQuoteDefects } from './marks';
import { DEFECT_MESSAGES } from './messages';
import {
  findApproximationDefects,
  findLostTitleCharacters,
  findNationalTitleDefects,
} from './nationalTitles';
import type { NormDefect } from './normDefect';
import { findStaleWording, findTermDefects } from './officialTerms';
import { findOwnVocabularyTypos } from './ownVocabulary';
import { findPrintedTwice } from './printedTwice';
import { findRateSignDefects } from './rates';
import { findRunInHeadings } from './runInHeadings';
import { findRunOnDefects } from './runOn';
import { findStaleReferences } from './staleRefs';
import { findStructureDefects } from './structure';
import { findTermGaps } from './termGaps';
import { findTitlePeriodDefects } from './titlePeriods';
import { findTraditionalCharacters } from './traditional';
import { findTypos } from './typos';
import { findUnitDefects } from './units';
import { findUsageDefects } from './usage';
import { findDoubledCharacters, findWordTypos } from './wordTypos';
import { findYearDigitDefects } from './yearDigits';
import { findYearDefects } from './years';

export interface DefectInput {
  norm: NormalizedText;
  paras: readonly Paragraph[];
  id: Identification;
  headings: readonly Heading[];
  inline: readonly InlineItem[];
  present: Record<SectionKey, boolean>;
  ranges: readonly SectionRange[];
  indicators: readonly FoundIndicator[];
}

/** Confidence of the checks that do not state their own (docs/defects.md). */
const DEFAULT_CONFIDENCE: Record<DefectKind, DefectConfidence> = {
  year_mismatch: 'high',
  unit_mismatch: 'high',
  rate_mismatch: 'medium',
  part_exceeds_whole: 'medium',
  missing_section: 'high',
  typo: 'high',
  duplicated_text: 'high',
  numbering: 'medium',
  other: 'medium',
};

function confidenceOf(d: NormDefect, truncated: boolean): DefectConfidence {
  // A part may be missing only because the copy stops before it.
  if (d.kind === 'missing_section' && truncated) return 'low';
  return d.confidence ?? DEFAULT_CONFIDENCE[d.kind];
}

/** A finding inside the span of another: the broken sentence a doubled “ explains, say. */
function overlaps(a: NormDefect, b: NormDefect): boolean {
  return !!a.span && !!b.span && a.span.start < b.span.end && b.span.start < a.span.end;
}

/** Index of the last value in ascending `xs` below `v`, or -1 (a binary search: huge texts stay linear). */
function lastBelow(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** A numbering break right after a heading whose bracket was lost, with no heading between them. */
function explainedByHalfBracket(
  d: NormDefect,
  halfStarts: readonly number[],
  headingStarts: readonly number[],
): boolean {
  const at = d.span?.start;
  if (at === undefined || halfStarts.length === 0) return false;
  const h = lastBelow(halfStarts, at);
  if (h < 0) return false;
  const k = lastBelow(headingStarts, at);
  return k < 0 || (headingStarts[k] as number) <= (halfStarts[h] as number);
}

const RANK: Record<DefectConfidence, number> = { high: 2, medium: 1, low: 0 };
/** Confidence of a wider typo finding that took in a surer narrower one (set by typosWithin). */
const raised = new WeakMap<NormDefect, DefectConfidence>();

/**
 * Typo findings inside a wider typo finding (环竟 inside 营商环竟): two checks met one mistake,
 * and the wider quote with its fuller correction is the one finding shown, at the surer of the
 * two confidences. One sort and one sweep.
 */
function typosWithin(found: readonly NormDefect[]): Set<NormDefect> {
  const typos = found
    .filter((d) => d.kind === 'typo' && d.span)
    .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0) || (b.span?.end ?? 0) - (a.span?.end ?? 0));
  const inner = new Set<NormDefect>();
  let outer: NormDefect | null = null;
  for (const d of typos) {
    const span = d.span as { start: number; end: number };
    const o = outer?.span;
    if (outer && o && span.end <= o.end && (span.start > o.start || span.end < o.end)) {
      inner.add(d);
      const c = d.confidence ?? DEFAULT_CONFIDENCE.typo;
      const oc = raised.get(outer) ?? outer.confidence ?? DEFAULT_CONFIDENCE.typo;
      if (RANK[c] > RANK[oc]) raised.set(outer, c);
    } else if (!o || span.end > o.end) outer = d;
  }
  return inner;
}

/** How far after a sentence cut off mid-way a numbering break counts as the lost text's. */
const LOST_TEXT_REACH = 120;

/** A numbering break shortly after text lost mid-sentence, with no heading between them. */
function explainedByLostText(
  d: NormDefect,
  cutEnds: readonly number[],
  headingStarts: readonly number[],
): boolean {
  const at = d.span?.start;
  if (at === undefined || cutEnds.length === 0) return false;
  const c = lastBelow(cutEnds, at + 1);
  if (c < 0) return false;
  const cutEnd = cutEnds[c] as number;
  if (at - cutEnd > LOST_TEXT_REACH) return false;
  const k = lastBelow(headingStarts, at);
  return k < 0 || (headingStarts[k] as number) < cutEnd;
}

/**
 * The (kind, span) pairs met so far, keyed by numbers: a string key per finding
 * (`kind:start:end`) was a visible part of this function's cost on reports with many findings.
 */
class SpanSet {
  private readonly byKind = new Map<DefectKind, Map<number, number[]>>();
  private readonly spanless = new Set<DefectKind>();

  /** Adds d's kind and span; false when an equal pair (both spans absent counts as equal) is already there. */
  add(d: NormDefect): boolean {
    if (!d.span) {
      if (this.spanless.has(d.kind)) return false;
      this.spanless.add(d.kind);
      return true;
    }
    let byStart = this.byKind.get(d.kind);
    if (byStart === undefined) {
      byStart = new Map();
      this.byKind.set(d.kind, byStart);
    }
    const { start, end } = d.span;
    const ends = byStart.get(start);
    if (ends === undefined) {
      byStart.set(start, [end]);
      return true;
    }
    if (ends.includes(end)) return false;
    ends.push(end);
    return true;
  }
}

/** Every defect, in text order, each with its exact quote from the input. */
export function findDefects(input: DefectInput): Defect[] {
  const { norm, paras, id } = input;
  const text = norm.text;
  const marks = findMarkDefects(text, paras, id.bodyStart);
  const cut = findCutSentences(norm, paras, id.bodyStart).filter(
    (d) => d.message !== DEFECT_MESSAGES.cutSentence() || !marks.some((m) => overlaps(m, d)),
  );
  // A sentence broken off mid-quotation is one finding, the cut: its quotation mark is not another.
  const quotes = findQuoteDefects(paras, id.bodyStart).filter((q) => !cut.some((c) => overlaps(c, q)));
  const twice = findPrintedTwice(paras, id.bodyStart);
  const halfBrackets = findHeadingMarkDefects(paras, id.bodyStart);
  const halfStarts = halfBrackets.map((h) => h.span?.start ?? 0).sort((a, b) => a - b);
  const headingStarts = input.headings.map((h) => h.start).sort((a, b) => a - b);
  // A heading printed twice also breaks the numbering; one finding says it better. So does a
  // heading that lost a bracket (二）…): the reader does not count it, the next one seems to skip.
  // So does text lost mid-sentence: the items it took with it leave the next number skipping.
  const cutEnds = cut
    .filter((c) => c.message === DEFECT_MESSAGES.cutSentence())
    .map((c) => c.span?.end ?? 0)
    .sort((a, b) => a - b);
  const structure = findStructureDefects(input.headings, input.inline, input.present, paras).filter(
    (d) =>
      d.kind !== 'numbering' ||
      (!twice.some((t) => overlaps(t, d)) &&
        !explainedByHalfBracket(d, halfStarts, headingStarts) &&
        !explainedByLostText(d, cutEnds, headingStarts)),
  );
  // So does an item run into the sentence before it (…5项二是…): the reader does not count it.
  // Asked only when the numbering breaks at all (the glued items are found again below).
  if (structure.some((d) => d.kind === 'numbering')) {
    const gluedStarts = findGluedItems(paras, id.bodyStart)
      .map((g) => g.span?.start ?? 0)
      .sort((a, b) => a - b);
    for (let k = structure.length - 1; k >= 0; k--) {
      const d = structure[k] as NormDefect;
      if (d.kind === 'numbering' && explainedByHalfBracket(d, gluedStarts, headingStarts))
        structure.splice(k, 1);
    }
  }
  // Text after the report's own signature that a unit finding already marks as pasted in
  // (another unit's tail, text after the signature): its numbering is that text's, not the
  // report's, and the unit finding is the one to read.
  const units = findUnitDefects(text, paras, id);
  const ownEnd = id.signatures[0] ? (id.signatures[0].datePara ?? id.signatures[0].para).end : text.length;
  const pastedTail = units.some((d) => (d.span?.start ?? 0) >= ownEnd);
  const found: NormDefect[] = [
    ...(pastedTail
      ? structure.filter((d) => d.kind !== 'numbering' || (d.span?.start ?? 0) < ownEnd)
      : structure),
    ...units,
    ...findYearDefects(text, paras, id, input.headings, input.ranges),
    ...findInconsistencies(input.indicators, paras),
    ...findBreakdownSums(text, id.bodyStart),
    ...findTypos(text),
    // A paragraph printed twice in a row is one finding, the printed-twice one, not also a repeat.
    ...findDuplicatedText(text, id.bodyStart).filter((d) => !twice.some((t) => overlaps(t, d))),
    ...cut,
    ...marks,
    ...quotes,
    ...findOwnVocabularyTypos(text, id.bodyStart),
    ...findFixedTermSlips(text, id.bodyStart),
    ...findTermDefects(text),
    ...findStaleWording(text, id.reportYear),
    ...findNationalTitleDefects(text),
    ...findApproximationDefects(text),
    ...findLostTitleCharacters(text),
    ...findCollocationDefects(text),
    ...findTraditionalCharacters(text, id.bodyStart),
    ...findUsageDefects(text),
    ...findDateDefects(text),
    ...findDocNumberDefects(text, id.reportYear),
    ...findStaleReferences(text, id.reportYear),
    ...findRunOnDefects(text, id),
    ...findRunInHeadings(paras, id.bodyStart, id.unit?.name ?? null),
    ...halfBrackets,
    ...twice,
    ...findTermGaps(text, id.bodyStart),
    ...findRateSignDefects(text, id.bodyStart),
    ...findBracketDefects(paras, id.bodyStart),
    ...findTitlePeriodDefects(text, id.bodyStart),
    ...findGluedItems(paras, id.bodyStart),
    ...findYearDigitDefects(text, id.bodyStart),
    ...findWordTypos(text, id.bodyStart),
    ...findDoubledCharacters(text, id.bodyStart),
    ...findLoneFirstPerson(text, id.bodyStart),
    ...findCanonicalDeviations(text, id.bodyStart),
    ...findTitleDeviations(text, id.bodyStart),
  ];
  const inner = typosWithin(found);
  const seen = new SpanSet();
  const out: Defect[] = [];
  for (const d of found) {
    if (inner.has(d) || !seen.add(d)) continue;
    const confidence = raised.get(d) ?? confidenceOf(d, norm.truncated);
    if (!d.span) {
      out.push({ kind: d.kind, quote: '', message: d.message, confidence });
      continue;
    }
    const { quote, start, end } = originalSpan(norm, d.span.start, d.span.end);
    out.push({ kind: d.kind, quote, message: d.message, start, end, confidence });
  }
  return out.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}
