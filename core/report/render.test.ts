import { describe, expect, it } from 'vitest';
import type { FigureToken } from './model';
import { chineseDate, chineseOrdinal, renderFigure, roundedDown } from './render';

const fig = (value: number, measure: string, style: FigureToken['style'] = 'exact'): FigureToken => ({
  t: 'figure',
  key: 'k',
  value,
  measure,
  style,
});

describe('writing figures', () => {
  it('writes counts, rates and money as the reports do', () => {
    expect(renderFigure(fig(12, '次'))).toBe('12次');
    expect(renderFigure(fig(96.54, '%'))).toBe('96.5%');
    expect(renderFigure(fig(100, '%'))).toBe('100%');
    expect(renderFigure(fig(3.65, '万元'))).toBe('3.65万元');
  });

  it('rounds down with 余/多 only where something was rounded away', () => {
    expect(renderFigure(fig(43, '次', '余'))).toBe('40余次');
    expect(renderFigure(fig(40, '次', '余'))).toBe('40次');
    expect(renderFigure(fig(7, '场', '多'))).toBe('7场');
    expect(renderFigure(fig(23_456, '人次', '余'))).toBe('2.3万余人次');
    expect(roundedDown(1234)).toBe(1200);
  });

  it('numbers headings and dates in the official way', () => {
    expect([1, 10, 12, 20, 35].map(chineseOrdinal)).toEqual(['一', '十', '十二', '二十', '三十五']);
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });
});
