import { describe, expect, it } from 'vitest';
import { defectKindCounts, defectTagColor, formatFigure, indicatorName, KEY_FIGURES } from './reviewFormat';

describe('formatFigure', () => {
  it('writes value and unit, 余 for approximate counts, 约 for approximate rates, — when absent', () => {
    expect(formatFigure({ value: 120, approx: false, unit: '件' })).toBe('120件');
    expect(formatFigure({ value: 300, approx: true, unit: '人次' })).toBe('300余人次');
    expect(formatFigure({ value: 98.456, approx: false, unit: '%' })).toBe('98.46%');
    expect(formatFigure({ value: 95, approx: true, unit: '%' })).toBe('约95%');
    expect(formatFigure(undefined)).toBe('—');
  });
});

describe('defect severity', () => {
  it('colours by the worst kind present', () => {
    expect(defectTagColor({})).toBe('green');
    expect(defectTagColor({ typo: 0 })).toBe('green');
    expect(defectTagColor({ other: 1 })).toBe('blue');
    expect(defectTagColor({ typo: 3, other: 1 })).toBe('orange');
    expect(defectTagColor({ typo: 3, year_mismatch: 1 })).toBe('red');
  });

  it('lists kinds with counts in catalog order', () => {
    expect(defectKindCounts({ typo: 2, year_mismatch: 1, numbering: 0 })).toEqual([
      ['year_mismatch', 1],
      ['typo', 2],
    ]);
  });
});

it('knows the catalog name of every key figure', () => {
  for (const k of KEY_FIGURES) expect(indicatorName(k)).not.toBe(k);
});
