import { findDefects } from './defects/findDefects';
import { extractIndicators } from './extract/extractIndicators';
import { onePerKey } from './extract/onePerKey';
import { identify } from './identify/identify';
import { normalize, originalSpan } from './normalize/normalize';
import { paragraphsOf } from './spans';
import { readHeadings, readInlineItems } from './structure/headings';
import { adjustParts, unreachedParts } from './structure/partsReached';
import { findSections, sectionAt } from './structure/sections';
import type { AnalysisResult } from './types';

/** Why `unit` is null: a fragment of a longer name would be worse than no name. */
const UNIT_NOT_FOUND =
  '未能确定报告单位：标题、文头、主送、正文开头、落款和网页信息（发布机构、来源）均未写明单位全称';

/**
 * Reads one report text: who reports for which year, which statutory parts it has, every
 * catalog figure, and the defects a reviewer would mark. Every quote and offset refers to
 * the text exactly as given.
 */
export function analyzeText(input: string, opts: { file?: string } = {}): AnalysisResult {
  const norm = normalize(input);
  const text = norm.text;
  const paras = paragraphsOf(text);
  const id = identify(paras, input);
  const headings = readHeadings(paras);
  const found0 = findSections(headings, paras, text.length, id.bodyStart);
  const { ranges } = found0;
  const { present, truncated } = adjustParts({
    present: found0.present,
    headings,
    truncated: norm.truncated,
    textLength: text.length,
    hasSignature: id.signatures.length > 0,
    openingChars: Math.max(0, (headings[0]?.start ?? text.length) - id.bodyStart),
  });
  // Parts a cut-off text never reached count as present for the missing-part check only.
  const presentForDefects = { ...present };
  for (const k of unreachedParts(present, truncated)) presentForDefects[k] = true;
  const firstSignature = id.signatures[0]?.para.start ?? text.length;
  const found = extractIndicators(text, {
    reportYear: id.reportYear,
    excluded: (pos) =>
      pos < id.bodyStart || pos >= firstSignature || sectionAt(ranges, pos) === 'next_year_plan',
  });
  const defects = findDefects({
    norm,
    paras,
    id,
    headings,
    inline: readInlineItems(text),
    present: presentForDefects,
    ranges,
    indicators: found,
  });
  const span = (s: number, e: number) => originalSpan(norm, s, e);
  const signatures: AnalysisResult['signatures'] = id.signatures.map((s) => {
    const at = span(s.para.start, s.datePara?.end ?? s.para.end);
    return { unit: s.unit.full, date: s.date?.iso ?? null, start: at.start, end: at.end };
  });
  // One object literal in the contract's key order, so the compiler checks every field is there.
  return {
    ...(opts.file !== undefined ? { file: opts.file } : {}),
    unit: id.unit?.name ?? null,
    ...(id.unit ? {} : { unit_note: UNIT_NOT_FOUND }),
    level: id.level,
    report_year: id.reportYear,
    sections: present,
    indicators: onePerKey(text, found).map((i) => {
      const at = span(i.start, i.end);
      return {
        key: i.key,
        value: i.value,
        approx: i.approx,
        unit: i.unit,
        measure: i.measure,
        quote: at.quote,
        start: at.start,
        end: at.end,
      };
    }),
    defects,
    title: id.title ? span(id.title.start, id.title.end).quote : null,
    doc_number: id.docNumber,
    signer: id.signer,
    signatures,
    signing_dates: id.signatures.flatMap((s) => (s.date ? [s.date.iso] : [])),
    headings: headings.map((h) => {
      const at = span(h.start, h.end);
      return { ...h, start: at.start, end: at.end };
    }),
    truncated,
  };
}
