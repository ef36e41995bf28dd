import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText';
import { CLEAN_REPORT, CLEAN_REPORT_FIGURES } from './fixtures/cleanReport';
import { DEFECTIVE_REPORT } from './fixtures/defectiveReport';

describe('analyzeText on a clean report', () => {
  const r = analyzeText(CLEAN_REPORT, { file: 'qingshi.txt' });

  it('identifies the unit, level, year and document data', () => {
    expect(r).toMatchObject({
      file: 'qingshi.txt',
      unit: '青石镇',
      level: 'township',
      report_year: 2024,
      doc_number: '青府〔2025〕7号',
      signing_dates: ['2025-01-20'],
      truncated: false,
    });
  });

  it('finds all four statutory parts', () => {
    expect(r.sections).toEqual({
      measures_and_results: true,
      first_responsible_person: true,
      shortcomings: true,
      next_year_plan: true,
    });
  });

  it('extracts every catalog figure and nothing else', () => {
    expect(r.indicators.map((i) => [i.key, i.value])).toEqual(CLEAN_REPORT_FIGURES);
  });

  it('quotes the input exactly, across the PDF line breaks', () => {
    for (const i of r.indicators) expect(CLEAN_REPORT.slice(i.start, i.end)).toBe(i.quote);
    const audience = r.indicators.find((i) => i.key === 'publicity.audience');
    expect(audience).toMatchObject({ value: 5000, approx: true, unit: '人次' });
    expect(audience?.quote).toContain('\n\n');
  });

  it('reports no defects', () => {
    expect(r.defects).toEqual([]);
  });
});

describe('analyzeText on a report with seeded errors', () => {
  const r = analyzeText(DEFECTIVE_REPORT);
  const byKind = (kind: string) => r.defects.filter((d) => d.kind === kind).map((d) => d.quote);

  it('finds one or more defects of every kind', () => {
    expect(byKind('year_mismatch')).toEqual(['《2022年全镇普法依法治理工作要点》', '三、2024年工作打算']);
    expect(byKind('unit_mismatch')).toEqual(['云岭县白沙镇人民政府']);
    expect(byKind('rate_mismatch')).toEqual(['排查调处矛盾纠纷80件，调解成功72件，调解成功率98%']);
    expect(byKind('part_exceeds_whole')).toEqual(['访件20件，办结23件']);
    expect(byKind('missing_section')).toEqual(['']);
    expect(byKind('typo')).toEqual(['治度', '更加规范。。', '建设建设']);
    expect(byKind('numbering')).toEqual(['（三）化解矛盾纠纷']);
    expect(byKind('duplicated_text')).toEqual([
      '引导辖区群众依法理性表达利益诉求，在全镇形成了尊法学法守法用法的良好氛围',
    ]);
    expect(byKind('other')).toEqual(['按照镇党委“谁执法\n坚持问题导向抓整改。']);
  });

  it('gives every defect a Chinese message and an exact span', () => {
    for (const d of r.defects) {
      expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
      if (d.start !== undefined) expect(DEFECTIVE_REPORT.slice(d.start, d.end)).toBe(d.quote);
    }
  });

  it('still reads the reporting unit from the title', () => {
    expect([r.unit, r.report_year]).toEqual(['青石镇', 2024]);
    expect(r.sections.first_responsible_person).toBe(false);
  });
});

describe('analyzeText on odd input', () => {
  it('returns an empty result for empty text', () => {
    const r = analyzeText('');
    expect([r.unit, r.report_year, r.indicators, r.truncated]).toEqual([null, null, [], false]);
    expect(r.defects.every((d) => d.kind === 'missing_section')).toBe(true);
  });

  it('marks a text cut off mid-sentence', () => {
    const r = analyzeText(
      '某镇2024年法治政府建设年度报告\n2024年，我镇扎实推进依法行政。全年开展普法宣传活动',
    );
    expect(r.truncated).toBe(true);
    expect(r.defects.some((d) => d.kind === 'other' && d.quote.endsWith('普法宣传活动'))).toBe(true);
  });
});
