import { describe, expect, it } from 'vitest';
import { appendParagraph, findParagraph, mapParagraph, paragraphsOf } from './edit';
import type { ReportDocument } from './model';
import { paragraphText } from './render';

const text = (id: string, t: string) => ({
  id,
  origin: 'data' as const,
  segments: [{ t: 'text' as const, text: t }],
});

const doc: ReportDocument = {
  unit: { id: 'u', name: '青石镇' },
  year: 2025,
  title: '青石镇人民政府关于2025年法治政府建设工作情况的报告',
  opening: [text('o1', '开头。')],
  parts: [
    {
      key: 'measures_and_results',
      heading: '主要举措和成效',
      intro: [],
      sections: [
        { id: 's1', heading: '加强组织领导', paragraphs: [text('m1', '第一段。'), text('m2', '第二段。')] },
      ],
    },
    { key: 'other', heading: '其他需要报告的情况', intro: [], sections: [] },
  ],
  signature: { unit: '青石镇人民政府', date: '2026-01-20' },
};

describe('editing the report document', () => {
  it('lists paragraphs in reading order with their part', () => {
    expect(paragraphsOf(doc).map((p) => [p.paragraph.id, p.part ?? null])).toEqual([
      ['o1', null],
      ['m1', 'measures_and_results'],
      ['m2', 'measures_and_results'],
    ]);
  });

  it('replaces or drops one paragraph without touching the input', () => {
    const changed = mapParagraph(doc, 'm2', (p) => ({ ...p, segments: [{ t: 'text', text: '改过。' }] }));
    expect(paragraphText(findParagraph(changed, 'm2') ?? text('x', ''))).toBe('改过。');
    expect(paragraphText(findParagraph(doc, 'm2') ?? text('x', ''))).toBe('第二段。');
    const dropped = mapParagraph(doc, 'm1', () => null);
    expect(paragraphsOf(dropped).map((p) => p.paragraph.id)).toEqual(['o1', 'm2']);
  });

  it('appends written paragraphs with fresh ids, to the last subsection or the intro', () => {
    const a = appendParagraph(doc, 'measures_and_results', '补充一段。');
    expect(a.id).toBe('w1');
    expect(a.doc.parts[0]?.sections[0]?.paragraphs.map((p) => p.id)).toEqual(['m1', 'm2', 'w1']);
    const b = appendParagraph(a.doc, 'other', '其他情况。');
    expect(b.id).toBe('w2');
    expect(b.doc.parts[1]?.intro.map((p) => [p.id, p.origin])).toEqual([['w2', 'written']]);
  });
});
