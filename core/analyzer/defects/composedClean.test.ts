import { describe, expect, it } from 'vitest';
import { composeReport } from '../../report/compose';
import { RICH_INPUT } from '../../report/composeFixtures';
import type { ComposeInput } from '../../report/input';
import { renderReport, reportPlainText } from '../../report/render';
import { analyzeText } from '../analyzeText';

/** The demo-like rich township moved to another year: every date and document number shifts with it. */
function inYear(year: number, unit: ComposeInput['unit']): ComposeInput {
  const shift = (s: string) => s.replaceAll('2025', String(year)).replaceAll('2026', String(year + 1));
  return {
    ...RICH_INPUT,
    unit,
    year,
    signDate: shift(RICH_INPUT.signDate),
    highlights: RICH_INPUT.highlights.map((h) => ({
      ...h,
      title: shift(h.title),
      date: h.date === null ? null : shift(h.date),
      fields: JSON.parse(shift(JSON.stringify(h.fields))) as Record<string, unknown>,
    })),
  };
}

/**
 * Precision on our own writing: the annual-report composer's text must draw no defect from
 * any check, old or new, whatever the year (the 普法 plan in force and document-number
 * years change with it) and whichever kind of unit writes it.
 */
describe('composed reports draw no defect', () => {
  const units: ComposeInput['unit'][] = [
    { id: 'u-1', name: '青石镇', level: 'township' },
    { id: 'u-2', name: '云台乡', level: 'township' },
    { id: 'u-3', name: '东湖街道', level: 'township' },
    { id: 'u-4', name: '示例县', level: 'county' },
  ];
  for (const year of [2020, 2021, 2024, 2026, 2030]) {
    it(`in ${year}`, () => {
      for (const unit of units) {
        const text = reportPlainText(renderReport(composeReport(inYear(year, unit))));
        const r = analyzeText(text);
        expect(r.report_year, unit.name).toBe(year);
        expect(
          r.defects.map((d) => `${d.kind}/${d.confidence}: ${d.message} «${d.quote}»`),
          `${unit.name} ${year}`,
        ).toEqual([]);
      }
    });
  }
});
