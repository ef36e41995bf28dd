import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzer/analyzeText';
import { CATALOG } from '../indicators/catalog';
import { composeReport } from './compose';
import { EMPTY_INPUT, RICH_HIGHLIGHTS, RICH_INPUT } from './composeFixtures';
import type { ComposeInput, IndicatorFigure } from './input';
import type { ReportDocument } from './model';
import { renderReport, reportPlainText } from './render';

/**
 * The composed report read back by the analyzer: the parts, the unit and the year found, no
 * defect, and every figure read equal to the value composed, with none of them lost.
 */

function figureKeys(doc: ReportDocument): Set<string> {
  const out = new Set<string>();
  for (const p of doc.parts)
    for (const q of [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)])
      for (const s of q.segments) if (s.t === 'figure') out.add(s.key);
  return out;
}

function roundTrip(input: ComposeInput) {
  const doc = composeReport(input);
  const text = reportPlainText(renderReport(doc));
  const r = analyzeText(text);
  const read = new Set(r.indicators.map((i) => i.key));
  const wrong = r.indicators
    .filter((i) => i.value !== input.values[i.key]?.value)
    .map((i) => `${i.key}: read ${i.value} from “${i.quote}”, composed ${input.values[i.key]?.value}`);
  const written = figureKeys(doc);
  const unread = [...written].filter((k) => !read.has(k));
  return { text, r, read, wrong, written, unread };
}

function expectClean(input: ComposeInput, unitName: string) {
  const { text, r, wrong, unread } = roundTrip(input);
  expect(r.sections, text).toEqual({
    measures_and_results: true,
    first_responsible_person: true,
    shortcomings: true,
    next_year_plan: true,
  });
  expect(r.unit).toBe(unitName);
  expect(r.level).toBe(input.unit.level === 'county' ? 'county' : 'township');
  expect(r.report_year).toBe(input.year);
  expect(r.signing_dates).toEqual([input.signDate]);
  expect(r.defects, `${JSON.stringify(r.defects, null, 1)}\n${text}`).toEqual([]);
  expect(wrong, text).toEqual([]);
  expect(unread, text).toEqual([]);
}

describe('composed report read back by the analyzer', () => {
  it('reads every figure of a rich township exactly, and every catalog key of it', () => {
    expectClean(RICH_INPUT, '青石镇');
    const { read, written, r } = roundTrip(RICH_INPUT);
    const given = Object.entries(RICH_INPUT.values).filter(([, v]) => v.value !== null);
    // litigation_lost is 0 and read from 无一败诉, so every one of the 60 keys is there
    expect(given.length).toBe(CATALOG.length);
    expect(given.filter(([k]) => read.has(k)).map(([k]) => k)).toEqual(given.map(([k]) => k));
    expect(written.size).toBe(CATALOG.length - 1);
    // one figure per key: the three figures part 三 repeats are not read a second time
    expect(r.indicators.length).toBe(CATALOG.length);
  });

  it('reads a 乡, a 街道 and a county report as cleanly', () => {
    expectClean({ ...RICH_INPUT, unit: { id: 'u', name: '白云乡', level: 'township' } }, '白云乡');
    expectClean({ ...RICH_INPUT, unit: { id: 'u', name: '柳湖街道', level: 'township' } }, '柳湖街道');
    expectClean({ ...RICH_INPUT, unit: { id: 'u', name: '云岭县', level: 'county' } }, '云岭县');
  });

  it('reads an empty year as a complete report without figures', () => {
    expectClean(EMPTY_INPUT, '柳湖街道');
    expect(roundTrip(EMPTY_INPUT).r.indicators).toEqual([]);
  });

  it('reads a year of ones', () => {
    const ones: Record<string, IndicatorFigure> = Object.fromEntries(
      CATALOG.map((d) => [
        d.key,
        d.unit === '%'
          ? { value: 100, numerator: 1, denominator: 1, previous: null }
          : { value: d.key === 'supervision.litigation_lost' ? 0 : 1, previous: 1 },
      ]),
    );
    expectClean({ ...RICH_INPUT, values: ones }, '青石镇');
  });

  it('reads seeded random years exactly: any mix of zero, unknown, one, large and rounded figures', () => {
    let seed = 20250101;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const names: [string, string][] = [
      ['青石镇', 'township'],
      ['白云乡', 'township'],
      ['柳湖街道', 'township'],
      ['云岭县', 'county'],
    ];
    for (let n = 0; n < 60; n++) {
      const values: Record<string, IndicatorFigure> = {};
      for (const d of CATALOG) {
        const r = rnd();
        const previous = rnd() < 0.5 ? Math.floor(rnd() * 40) : null;
        if (d.unit === '%') {
          const den = Math.floor(rnd() * 50);
          const num = Math.floor(rnd() * (den + 1));
          values[d.key] =
            r < 0.15 || den === 0
              ? { value: null, previous: null }
              : { value: Math.round((num / den) * 1000) / 10, numerator: num, denominator: den, previous };
        } else {
          const value =
            r < 0.2
              ? 0
              : r < 0.3
                ? null
                : r < 0.45
                  ? 1
                  : d.unit === '万元'
                    ? Math.round(rnd() * 1000) / 10
                    : r < 0.7
                      ? Math.floor(rnd() * 30)
                      : r < 0.85
                        ? 1000 * Math.floor(rnd() * 50)
                        : Math.floor(rnd() * 30000);
          values[d.key] = { value, previous };
        }
      }
      // parts never exceed their wholes and rates are their parts, as computed from ledgers
      for (const [part, whole, rateKey] of [
        ['dispute.resolved', 'dispute.handled', 'dispute.success_rate'],
        ['petition.closed', 'petition.cases', 'petition.closure_rate'],
        ['study.exam_passed', 'study.exam_takers', 'study.exam_pass_rate'],
        ['supervision.litigation_lost', 'supervision.litigation_cases', null],
      ] as const) {
        const p = values[part] as IndicatorFigure;
        const w = values[whole] as IndicatorFigure;
        if (p.value !== null && w.value !== null && p.value > w.value) p.value = w.value;
        if (rateKey)
          values[rateKey] =
            p.value === null || w.value === null || w.value === 0
              ? { value: null, previous: null }
              : {
                  value: Math.round((p.value / w.value) * 1000) / 10,
                  numerator: p.value,
                  denominator: w.value,
                  previous: null,
                };
      }
      const [name, level] = names[n % names.length] as [string, string];
      const input: ComposeInput = {
        ...RICH_INPUT,
        unit: { id: `u${n}`, name, level },
        values,
        highlights: n % 2 === 0 ? RICH_HIGHLIGHTS : [],
        quality: n % 3 === 0 ? RICH_INPUT.quality : [],
      };
      expectClean(input, name);
    }
  });
});
