import { describe, expect, it } from 'vitest';
import { chinaDayOfIso } from '../../../../core/calendar';
import type { ReportDocument, ReportParagraph } from '../../../../core/report/model';
import { renderReport } from '../../../../core/report/render';
import { paragraphPieces, reportOutline, rowDeadlines } from './reportOutline';

const text = (id: string, t: string): ReportParagraph => ({
  id,
  origin: 'data',
  segments: [{ t: 'text', text: t }],
});

const doc: ReportDocument = {
  unit: { id: 'u1', name: '青石镇' },
  year: 2025,
  title: '青石镇人民政府关于2025年法治政府建设工作情况的报告',
  opening: [text('o1', '2025年，我镇……')],
  parts: [
    {
      key: 'measures_and_results',
      heading: '主要举措和成效',
      intro: [],
      sections: [
        {
          id: 's1',
          heading: '严格规范执法',
          paragraphs: [
            {
              id: 'p1',
              origin: 'data',
              segments: [
                { t: 'text', text: '全年立案' },
                { t: 'figure', key: 'enforcement.cases', value: 12, measure: '件', style: 'exact' },
                { t: 'text', text: '。' },
              ],
            },
          ],
        },
        { id: 's2', heading: '空的小节', paragraphs: [text('p2', '  ')] },
        { id: 's3', heading: '化解矛盾纠纷', paragraphs: [text('p3', '调解……')] },
      ],
    },
    { key: 'shortcomings', heading: '存在的不足和原因', intro: [text('p4', '一是……')], sections: [] },
    { key: 'other', heading: '其他需要报告的情况', intro: [], sections: [] },
  ],
  signature: { unit: '青石镇人民政府', date: '2026-01-20' },
};

describe('reportOutline', () => {
  it('numbers headings as the rendered report does, leaving out empty subsections', () => {
    const headings = reportOutline(doc)
      .filter((e) => e.type === 'part' || e.type === 'section')
      .map((e) => ('text' in e ? e.text : ''));
    const rendered = renderReport(doc)
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings.slice(0, rendered.length)).toEqual(rendered);
    expect(headings).toEqual([
      '一、主要举措和成效',
      '（一）严格规范执法',
      '（二）化解矛盾纠纷',
      '二、存在的不足和原因',
      '其他需要报告的情况',
    ]);
  });

  it('keeps an empty 其他 part, unnumbered, so a paragraph can be added to it', () => {
    const other = reportOutline(doc).filter((e) => 'part' in e && e.part === 'other');
    expect(other.map((e) => e.type)).toEqual(['part', 'add']);
    expect(other[0]).toMatchObject({ empty: true });
  });

  it('offers the part’s subsections to add to', () => {
    const add = reportOutline(doc).find((e) => e.type === 'add' && e.part === 'measures_and_results');
    expect(add).toMatchObject({ sections: [{ id: 's1' }, { id: 's2' }, { id: 's3' }] });
  });
});

describe('paragraphPieces', () => {
  it('marks a figure whose ledger value changed', () => {
    const p1 = doc.parts[0]?.sections[0]?.paragraphs[0] as ReportParagraph;
    const stale = [{ paragraphId: 'p1', key: 'enforcement.cases', from: 12, to: 14 }];
    expect(paragraphPieces(p1, stale)).toEqual([
      { text: '全年立案' },
      { text: '12件', stale: stale[0] },
      { text: '。' },
    ]);
    expect(paragraphPieces(p1, [{ ...stale[0], paragraphId: 'p9' } as (typeof stale)[0]])[1]).toEqual({
      text: '12件',
    });
  });
});

describe('rowDeadlines', () => {
  it('works out the default deadlines when the list has none', () => {
    const [submit, publish] = rowDeadlines(
      { year: 2025, reportedAt: '2026-02-27T03:00:00Z', publishedAt: null },
      '2026-04-02',
    );
    expect(submit).toMatchObject({ key: 'submit', due: '2026-02-28', state: 'done', doneOn: '2026-02-27' });
    expect(publish).toMatchObject({ key: 'publish', due: '2026-03-31', state: 'overdue', doneOn: null });
  });

  it('counts the day in China', () => {
    expect(chinaDayOfIso('2026-03-31T17:00:00Z')).toBe('2026-04-01');
    expect(chinaDayOfIso(null)).toBeNull();
  });
});
