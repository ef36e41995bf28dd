import type { FoundIndicator } from '../extract/extractIndicators';
import type { Identification } from '../identify/identify';
import { type NormalizedText, originalSpan } from '../normalize/normalize';
import type { Paragraph } from '../spans';
import type { InlineItem } from '../structure/headings';
import type { SectionRange } from '../structure/sections';
import type { Defect, Heading, SectionKey } from '../types';
import { findInconsistencies } from './consistency';
import { findCutSentences } from './cutoff';
import { findDuplicatedText } from './duplicates';
import type { NormDefect } from './normDefect';
import { findStructureDefects } from './structure';
import { findTypos } from './typos';
import { findUnitDefects } from './units';
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

/** Every defect, in text order, each with its exact quote from the input. */
export function findDefects(input: DefectInput): Defect[] {
  const { norm, paras, id } = input;
  const text = norm.text;
  const found: NormDefect[] = [
    ...findStructureDefects(input.headings, input.inline, input.present),
    ...findUnitDefects(text, paras, id),
    ...findYearDefects(text, paras, id, input.headings, input.ranges),
    ...findInconsistencies(input.indicators, paras),
    ...findTypos(text),
    ...findDuplicatedText(text, id.bodyStart),
    ...findCutSentences(norm, paras, id.bodyStart),
  ];
  const seen = new Set<string>();
  const out: Defect[] = [];
  for (const d of found) {
    const key = `${d.kind}:${d.span?.start}:${d.span?.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!d.span) {
      out.push({ kind: d.kind, quote: '', message: d.message });
      continue;
    }
    const { quote, start, end } = originalSpan(norm, d.span.start, d.span.end);
    out.push({ kind: d.kind, quote, message: d.message, start, end });
  }
  return out.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}
