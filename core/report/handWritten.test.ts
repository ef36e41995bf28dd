import { describe, expect, it } from 'vitest';
import { handWrittenText } from './handWritten';
import type { ReportDocument, ReportParagraph } from './model';

const p = (id: string, origin: ReportParagraph['origin'], text: string, basis?: string): ReportParagraph => ({
  id,
  origin,
  segments: [{ t: 'text', text }],
  ...(basis !== undefined ? { basis } : {}),
});

const doc = (paragraphs: ReportParagraph[]): ReportDocument => ({
  unit: { id: 'u', name: '青石镇' },
  year: 2025,
  title: 't',
  opening: [],
  parts: [{ key: 'measures_and_results', heading: 'h', intro: paragraphs, sections: [] }],
  signature: { unit: '青石镇人民政府', date: '2026-01-20' },
});

describe('the text a township wrote itself', () => {
  it('leaves out composed and suggested paragraphs and keeps written ones whole', () => {
    expect(
      handWrittenText(
        doc([
          p('a', 'data', '组成的文字。'),
          p('b', 'suggested', '建议。'),
          p('c', 'written', '自己写的一段。'),
        ]),
      ),
    ).toBe('自己写的一段。');
  });

  it('keeps of a rewritten composed paragraph only what was added', () => {
    const composed = '全年召开专题会议研究部署法治政府建设工作。';
    const edited = '全年召开专题会议研究部署法治政府建设工作，并邀请律师列席指导。';
    expect(handWrittenText(doc([p('a', 'written', edited, composed)]))).toBe('，并邀请律师列席指导');
  });
});
