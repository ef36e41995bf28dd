import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { flashMark, ReportText } from './ReportText';
import type { MarkInfo } from './reportMarks';

const text = '全年调处纠纷120件，工作治度健全。';
const info = new Map<string, MarkInfo>([
  ['d0', { kind: 'defect', tip: '错别字/标点：“治度”应为“制度”' }],
  ['i0', { kind: 'indicator', tip: '排查调处矛盾纠纷：120件' }],
  ['h0', { kind: 'heading', tip: '' }],
]);
const spans = [
  { id: 'd0', start: 11, end: 15 },
  { id: 'i0', start: 6, end: 10 },
];

describe('ReportText', () => {
  it('shows the whole text with each span marked once', () => {
    render(<ReportText text={text} spans={spans} info={info} />);
    const box = screen.getByTestId('report-text');
    expect(box.textContent).toBe(text);
    expect(box.querySelector('[data-marks="i0"]')?.textContent).toBe('120件');
    expect(box.querySelector('[data-marks="d0"]')?.textContent).toBe('工作治度');
  });

  it('splits a heading overlapping a defect and keeps both ids', () => {
    render(
      <ReportText
        text={text}
        spans={[
          { id: 'd0', start: 11, end: 15 },
          { id: 'h0', start: 0, end: 13 },
        ]}
        info={info}
      />,
    );
    const box = screen.getByTestId('report-text');
    expect([...box.querySelectorAll('[data-marks]')].map((e) => e.getAttribute('data-marks'))).toEqual([
      'h0',
      'd0 h0',
      'd0',
    ]);
  });

  it('flashMark scrolls to the first piece of a span, and reports a missing one', () => {
    render(<ReportText text={text} spans={spans} info={info} />);
    const box = screen.getByTestId('report-text');
    const scroll = vi.fn();
    // jsdom has no layout, hence no scrollIntoView: give the marks one to observe
    for (const el of box.querySelectorAll<HTMLElement>('[data-marks]')) el.scrollIntoView = scroll;
    expect(flashMark(box, 'd0')).toBe(true);
    expect(scroll).toHaveBeenCalledOnce();
    expect(flashMark(box, 'd9')).toBe(false);
    expect(flashMark(null, 'd0')).toBe(false);
  });
});
