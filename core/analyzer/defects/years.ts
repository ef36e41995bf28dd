import type { Identification } from '../identify/identify';
import type { Paragraph } from '../spans';
import { type SectionRange, sectionAt } from '../structure/sections';
import type { Heading } from '../types';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const SINGLE_YEAR = /(?<![\d—\-－~至])(20\d\d)年(?![\d]*[—\-－~至])/g;
/** 《2021年…工作要点》: an annual document of one year, cited as the basis of the work. */
const ANNUAL_DOC =
  /[《〈]([^》〉]{0,16}?)(20\d\d)年(度)?([^》〉—\-－~至]{0,40}?(要点|计划|方案|安排|任务|清单))[》〉]/g;
const SENTENCE_YEAR = /(^|[。；\n])(20\d\d)年(度)?[，,]/g;

/** Year of a heading's own words, when it names exactly one. */
function yearsIn(s: string): number[] {
  return [...s.matchAll(SINGLE_YEAR)].map((m) => Number(m[1]));
}

export function findYearDefects(
  text: string,
  paras: readonly Paragraph[],
  id: Identification,
  headings: readonly Heading[],
  ranges: readonly SectionRange[],
): NormDefect[] {
  const year = id.reportYear;
  if (year === null) return [];
  const out: NormDefect[] = [];
  for (const h of headings) {
    if (!h.section) continue;
    const expected = h.section === 'next_year_plan' ? year + 1 : year;
    for (const y of yearsIn(h.text)) {
      if (y === expected) continue;
      const msg =
        h.section === 'next_year_plan'
          ? DEFECT_MESSAGES.planYear(y, expected)
          : DEFECT_MESSAGES.partYear(y, expected);
      out.push(at('year_mismatch', h.start, h.end, msg));
    }
  }
  for (const m of text.matchAll(ANNUAL_DOC)) {
    const y = Number(m[2]);
    const i = m.index ?? 0;
    if (y < year && i >= id.bodyStart && sectionAt(ranges, i) !== 'shortcomings') {
      out.push(at('year_mismatch', i, i + m[0].length, DEFECT_MESSAGES.staleDocument(y, year)));
    }
  }
  for (const m of text.matchAll(SENTENCE_YEAR)) {
    const i = (m.index ?? 0) + (m[1] ?? '').length;
    if (i < id.bodyStart) continue;
    const y = Number(m[2]);
    const expected = sectionAt(ranges, i) === 'next_year_plan' ? year + 1 : year;
    if (y !== expected && !headings.some((h) => h.start <= i && i < h.end)) {
      out.push(at('year_mismatch', i, i + 5, DEFECT_MESSAGES.partYear(y, expected)));
    }
  }
  for (const s of id.signatures) {
    if (!s.date || !s.datePara) continue;
    if (s.date.year < year || s.date.year > year + 1) {
      out.push(
        at('year_mismatch', s.datePara.start, s.datePara.end, DEFECT_MESSAGES.signingYear(s.date.iso, year)),
      );
    }
  }
  const doc = id.docNumber ? /[〔[［【（(](\d{4})/.exec(id.docNumber) : null;
  if (doc && Number(doc[1]) < year) {
    const p = paras.find((q) => id.docNumber && q.text.includes(id.docNumber));
    if (p) out.push(at('year_mismatch', p.start, p.end, DEFECT_MESSAGES.docNumberYear(Number(doc[1]), year)));
  }
  return out;
}
