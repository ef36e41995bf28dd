import { describe, expect, it } from 'vitest';
import { bindFigures } from '../figureBinding';
import type { ReportDocument, ReportParagraph } from '../model';
import { paragraphText } from '../render';
import {
  cleanReport,
  fig,
  LEDGER,
  LIUXI_PASSAGE,
  LIUXI_REPORT,
  lastYearReport,
  OPENING,
  PLAN,
  para,
  RESPONSIBLE,
  SHORTCOMINGS,
  written,
} from './fixtures';
import { CHECK_CODES, type CheckContext, checkReport, type ReportCheck } from './index';
import { reportTextMap } from './text';

const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  values: LEDGER,
  otherReports: [{ unitName: '柳溪镇', text: LIUXI_REPORT }],
  otherUnitNames: ['柳溪镇', '白沙镇'],
  lastYear: { text: lastYearReport([SHORTCOMINGS]) },
  ...over,
});

const show = (checks: ReportCheck[]) => JSON.stringify(checks, null, 2);
const errors = (checks: ReportCheck[]) => checks.filter((c) => c.severity === 'error');
const ofCode = (checks: ReportCheck[], code: string) => checks.filter((c) => c.code === code);

function findParagraph(doc: ReportDocument, id: string): ReportParagraph {
  const all = [
    ...doc.opening,
    ...doc.parts.flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]),
  ];
  const p = all.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p;
}

/** The township edits a paragraph in the textarea: its text goes through bindFigures. */
function edit(doc: ReportDocument, id: string, change: (text: string) => string): ReportDocument {
  const p = findParagraph(doc, id);
  p.segments = bindFigures(p.segments, change(paragraphText(p)));
  p.origin = 'written';
  return doc;
}

describe('reportTextMap', () => {
  it('maps every block and token onto the plain text', () => {
    const map = reportTextMap(cleanReport());
    for (const b of map.blocks) expect(map.text.slice(b.start, b.end)).toBe(b.text);
    expect(map.tokens).toHaveLength(17);
    expect(map.tokens.map((t) => map.text.slice(t.start, t.end))).toContain('3200余份');
    const plan = map.blocks.find((b) => b.paragraphId === 'p-plan');
    expect(plan).toMatchObject({ part: 'next_year_plan', ordinal: 1 });
    const pub = map.blocks.find((b) => b.paragraphId === 'p-pub');
    expect(pub).toMatchObject({
      part: 'measures_and_results',
      sectionId: 's-pub',
      sectionHeading: '深化普法宣传',
    });
  });
});

describe('checkReport on a clean composed report', () => {
  it('finds nothing', () => {
    const checks = checkReport(cleanReport(), ctx());
    expect(checks, show(checks)).toEqual([]);
  });

  it('finds nothing once frozen (no ledger values) and without other reports', () => {
    const checks = checkReport(cleanReport(), { values: {}, otherReports: [] });
    expect(checks, show(checks)).toEqual([]);
  });

  it('uses only known codes', () => {
    const doc = cleanReport();
    const checks = checkReport(doc, ctx({ values: { ...LEDGER, 'leadership.meetings': { value: 5 } } }));
    for (const c of checks) expect(CHECK_CODES).toContain(c.code);
  });
});

describe('structure, unit and year', () => {
  it('reports an empty statutory part', () => {
    const doc = cleanReport();
    const part = doc.parts.find((p) => p.key === 'shortcomings');
    if (part) part.intro = [];
    const missing = ofCode(checkReport(doc, ctx()), 'missing_part');
    expect(missing, show(missing)).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', part: 'shortcomings' });
    expect(missing[0]?.message).toContain('存在的不足和原因');
  });

  it('reports a part whose heading the county review would not recognise', () => {
    const doc = cleanReport();
    const part = doc.parts.find((p) => p.key === 'next_year_plan');
    if (part) part.heading = '2026年重点工作';
    const missing = ofCode(checkReport(doc, ctx()), 'missing_part');
    expect(missing, show(missing)).toMatchObject([
      { severity: 'error', part: 'next_year_plan', quote: '四、2026年重点工作' },
    ]);
  });

  it('reports a next-year part titled with the report year', () => {
    const doc = cleanReport();
    const plan = doc.parts.find((p) => p.key === 'next_year_plan');
    if (plan) plan.heading = '2025年工作计划';
    const checks = checkReport(doc, ctx());
    const year = ofCode(checks, 'year');
    expect(year.length, show(checks)).toBe(1);
    expect(year[0]).toMatchObject({ severity: 'error', part: 'next_year_plan', quote: '四、2025年工作计划' });
    expect(year[0]?.message).toContain('应为2026年');
  });

  it('reports a next-year part that names no year', () => {
    const doc = cleanReport();
    const plan = doc.parts.find((p) => p.key === 'next_year_plan');
    if (plan) plan.heading = '下一步工作打算';
    const year = ofCode(checkReport(doc, ctx()), 'year');
    expect(year, show(year)).toMatchObject([{ severity: 'error', part: 'next_year_plan' }]);
    expect(year[0]?.message).toContain('没有写明2026年');
  });

  it('reports a title without the report year', () => {
    const doc = cleanReport();
    doc.title = '青石镇人民政府关于法治政府建设工作情况的报告';
    const checks = checkReport(doc, ctx());
    expect(errors(checks), show(checks)).toMatchObject([{ code: 'year', quote: doc.title }]);
  });

  it('reports a wrong year at the start of a sentence, naming the paragraph', () => {
    const doc = edit(cleanReport(), 'p-open', (t) => t.replace('2025年', '2024年'));
    edit(doc, 'p-plan', (t) => `2025年，${t}`);
    const checks = checkReport(doc, ctx());
    expect(
      errors(checks).map((c) => [c.code, c.paragraphId, c.quote]),
      show(checks),
    ).toEqual([
      ['year', 'p-open', '2024年'],
      ['year', 'p-plan', '2025年'],
    ]);
  });

  it('only warns about an earlier year’s document named in a paragraph composed from the ledgers', () => {
    const title = '《青石镇2024年度农村公路养护实施方案》';
    const doc = cleanReport();
    doc.parts[0]?.sections[1]?.paragraphs.push(
      para('p-decision', `全年作出重大行政决策1项，修订了${title}，经合法性审查后集体讨论决定。`),
      written('p-typed', `我镇继续执行${title}。`),
    );
    const year = ofCode(checkReport(doc, ctx({ values: {} })), 'year');
    expect(
      year.map((c) => [c.severity, c.paragraphId]),
      show(year),
    ).toEqual([
      ['warning', 'p-decision'],
      ['error', 'p-typed'],
    ]);
  });

  it("reports another unit's name in the body, naming the paragraph", () => {
    const doc = cleanReport();
    edit(doc, 'p-disp', (t) => t.replace('。', '，学习借鉴柳溪镇“三级排查”经验。'));
    const checks = checkReport(doc, ctx());
    expect(errors(checks), show(checks)).toMatchObject([
      { code: 'unit_name', paragraphId: 'p-disp', quote: '柳溪镇' },
    ]);
    expect(errors(checks)[0]?.message).toContain('“化解矛盾纠纷”第1段');
  });

  it('reports 某镇人民政府 once when both the analyzer and the name list find it', () => {
    const doc = cleanReport();
    edit(doc, 'p-frp', (t) => `按照白沙镇人民政府部署，${t}`);
    const unit = ofCode(checkReport(doc, ctx()), 'unit_name');
    expect(unit, show(unit)).toMatchObject([{ severity: 'error', paragraphId: 'p-frp', quote: '白沙镇' }]);
  });

  it('reports a signature of another unit', () => {
    const doc = cleanReport();
    doc.signature.unit = '柳溪镇人民政府';
    const unit = ofCode(checkReport(doc, ctx()), 'unit_name');
    expect(unit.length, show(unit)).toBeGreaterThanOrEqual(1);
    expect(unit.every((c) => c.severity === 'error')).toBe(true);
    expect(unit.some((c) => c.message.includes('落款'))).toBe(true);
  });
});

describe('rates and parts', () => {
  const withExam = (passed: number, rate: number, takers = 20) => {
    const doc = cleanReport();
    doc.parts[0]?.sections[0]?.paragraphs.push(
      para(
        'p-exam',
        '组织干部职工参加年度学法考试，参考',
        fig({ key: 'study.exam_takers', value: takers, measure: '人' }),
        '，合格',
        fig({ key: 'study.exam_passed', value: passed, measure: '人' }),
        '，合格率',
        fig({
          key: 'study.exam_pass_rate',
          value: rate,
          measure: '%',
          numerator: passed,
          denominator: takers,
        }),
        '。',
      ),
    );
    return doc;
  };

  it('accepts a rate that follows from its counts', () => {
    const checks = checkReport(withExam(18, 90), ctx());
    expect(checks, show(checks)).toEqual([]);
  });

  it('reports a rate token of 95% made of 18 of 20', () => {
    const checks = checkReport(withExam(18, 95), ctx());
    expect(errors(checks), show(checks)).toMatchObject([
      { code: 'rate', paragraphId: 'p-exam', quote: '95%' },
    ]);
    expect(errors(checks)[0]?.message).toContain('应为90%');
  });

  it('reports a part exceeding its whole and a rate above 100%', () => {
    const checks = checkReport(withExam(22, 110), ctx());
    const codes = errors(checks).map((c) => c.code);
    expect(codes, show(checks)).toContain('part_whole');
    expect(codes).toContain('rate');
    expect(errors(checks).every((c) => c.paragraphId === 'p-exam')).toBe(true);
  });

  it('reports two count tokens where the part exceeds the whole', () => {
    const doc = cleanReport();
    const p = findParagraph(doc, 'p-disp');
    for (const s of p.segments) if (s.t === 'figure' && s.key === 'dispute.resolved') s.value = 130;
    const checks = checkReport(doc, ctx({ values: {} }));
    expect(ofCode(checks, 'part_whole'), show(checks)).toMatchObject([
      { severity: 'error', paragraphId: 'p-disp', quote: '130件' },
    ]);
  });
});

describe('figures against the ledgers', () => {
  it('reports a hand-edited figure that differs from the ledgers, naming the paragraph', () => {
    const doc = edit(cleanReport(), 'p-enf', (t) => t.replace('违法案件7件', '违法案件9件'));
    const checks = checkReport(doc, ctx());
    expect(errors(checks), show(checks)).toMatchObject([
      { code: 'figure_mismatch', paragraphId: 'p-enf', quote: '查处违法案件9件' },
    ]);
    expect(errors(checks)[0]?.message).toContain('台账为7件');
    expect(errors(checks)[0]?.message).toContain('“规范行政执法”第1段');
  });

  it('accepts a hand-written figure that agrees, and an approximate one within its rounding', () => {
    const doc = edit(cleanReport(), 'p-pub', (t) =>
      t.replace('3200余份', '3250余份').replace('186人次', '一百八十六人次'),
    );
    const pub = findParagraph(doc, 'p-pub');
    expect(pub.segments.filter((s) => s.t === 'figure')).toHaveLength(1);
    const checks = checkReport(doc, ctx());
    expect(checks, show(checks)).toEqual([]);
  });

  it('reports an approximate figure below the ledgers’ rounding or above the ledgers', () => {
    for (const written of ['3000余份', '3300余份']) {
      const doc = edit(cleanReport(), 'p-pub', (t) => t.replace('3200余份', written));
      const checks = checkReport(doc, ctx());
      expect(errors(checks), show(checks)).toMatchObject([
        { code: 'figure_mismatch', paragraphId: 'p-pub', quote: `资料${written}` },
      ]);
    }
  });

  it('reports a token whose ledger value changed as stale, a warning', () => {
    const checks = checkReport(
      cleanReport(),
      ctx({
        values: { ...LEDGER, 'leadership.meetings': { value: 5 }, 'enforcement.cases': { value: null } },
      }),
    );
    expect(checks, show(checks)).toMatchObject([
      { severity: 'warning', code: 'figure_stale', paragraphId: 'p-lead', quote: '4次' },
    ]);
    expect(checks[0]?.message).toContain('数字已与台账不一致，可刷新');
  });

  it('does not call a rate stale over digits it does not show', () => {
    const checks = checkReport(
      cleanReport(),
      ctx({
        values: { ...LEDGER, 'dispute.success_rate': { value: 93.77, numerator: 120, denominator: 128 } },
      }),
    );
    expect(checks, show(checks)).toEqual([]);
  });
});

describe('copied text', () => {
  it("reports a paragraph copied from another unit's report this year", () => {
    const doc = cleanReport();
    doc.parts[0]?.sections[3]?.paragraphs.push(written('p-copied', LIUXI_PASSAGE.replace('我镇', '青石镇')));
    const checks = checkReport(doc, ctx());
    expect(errors(checks), show(checks)).toMatchObject([
      { code: 'copied_cross_unit', paragraphId: 'p-copied' },
    ]);
    expect(errors(checks)[0]?.message).toContain('柳溪镇');
    expect(errors(checks)[0]?.quote).toContain('拉网式排查');
  });

  it("does not take the composer's wording, shared by every composed report, for a copy", () => {
    const liuxi = cleanReport();
    liuxi.unit = { id: 'u-liuxi', name: '柳溪镇' };
    liuxi.title = liuxi.title.replace('青石镇', '柳溪镇');
    liuxi.signature.unit = '柳溪镇人民政府';
    liuxi.opening = [written('l-open', '2025年，柳溪镇坚持把法治建设作为全镇中心工作的重要保障。')];
    const own = [
      '镇长带头参加旁听庭审活动。',
      '个别站所执法文书制作不规范。',
      '重点抓好2026年行政执法人员轮训。',
    ];
    for (const [i, key] of (
      ['first_responsible_person', 'shortcomings', 'next_year_plan'] as const
    ).entries()) {
      const part = liuxi.parts.find((p) => p.key === key);
      if (part) part.intro = [written(`l-${key}`, own[i] ?? '')];
    }
    const text = reportTextMap(liuxi).text.replace('128件', '96件').replace('会前学法24次', '会前学法18次');
    const checks = checkReport(cleanReport(), ctx({ otherReports: [{ unitName: '柳溪镇', text }] }));
    expect(ofCode(checks, 'copied_cross_unit'), show(checks)).toEqual([]);
  });

  it('warns when about 40% is repeated from last year’s own report, listing the longest passages', () => {
    const reused = [OPENING.replace('2025年', '2024年'), RESPONSIBLE, SHORTCOMINGS, PLAN];
    const checks = checkReport(cleanReport(), ctx({ lastYear: { text: lastYearReport(reused) } }));
    expect(checks, show(checks)).toMatchObject([{ severity: 'warning', code: 'repeated_last_year' }]);
    const pct = Number(/约占(\d+)%/.exec(checks[0]?.message ?? '')?.[1]);
    expect(pct).toBeGreaterThanOrEqual(38);
    expect(pct).toBeLessThanOrEqual(50);
    expect(checks[0]?.paragraphId).toBe('p-frp');
    expect(checks[0]?.message).toContain('第一责任人');
  });

  it('says nothing at about 10%, or under a higher threshold', () => {
    expect(checkReport(cleanReport(), ctx())).toEqual([]);
    const reused = [OPENING.replace('2025年', '2024年'), RESPONSIBLE, SHORTCOMINGS, PLAN];
    const checks = checkReport(
      cleanReport(),
      ctx({ lastYear: { text: lastYearReport(reused) }, ownThreshold: 0.6 }),
    );
    expect(checks, show(checks)).toEqual([]);
  });
});
