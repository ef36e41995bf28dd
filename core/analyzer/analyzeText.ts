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
  // The result is built property by property, in the contract's key order, with no spread
  // into an object literal (each made the literal a chain of slow generic property definitions).
  const result = {} as AnalysisResult;
  if (opts.file !== undefined) result.file = opts.file;
  result.unit = id.unit?.name ?? null;
  if (!id.unit) result.unit_note = UNIT_NOT_FOUND;
  result.level = id.level;
  result.report_year = id.reportYear;
  result.sections = present;
  const kept = onePerKey(text, found);
  const indicators: AnalysisResult['indicators'] = [];
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k] as (typeof kept)[number];
    const s = span(i.start, i.end);
    indicators.push({
      key: i.key,
      value: i.value,
      approx: i.approx,
      unit: i.unit,
      measure: i.measure,
      quote: s.quote,
      start: s.start,
      end: s.end,
    });
  }
  result.indicators = indicators;
  result.defects = defects;
  result.title = id.title ? span(id.title.start, id.title.end).quote : null;
  result.doc_number = id.docNumber;
  result.signer = id.signer;
  const signatures: AnalysisResult['signatures'] = [];
  const signingDates: string[] = [];
  for (const s of id.signatures) {
    const at = span(s.para.start, s.datePara?.end ?? s.para.end);
    signatures.push({ unit: s.unit.full, date: s.date?.iso ?? null, start: at.start, end: at.end });
    if (s.date) signingDates.push(s.date.iso);
  }
  result.signatures = signatures;
  result.signing_dates = signingDates;
  result.headings = headings.map((h) => {
    const at = span(h.start, h.end);
    return { ...h, start: at.start, end: at.end };
  });
  result.truncated = truncated;
  return result;
}
