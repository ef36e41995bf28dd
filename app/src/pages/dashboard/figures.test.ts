import { describe, expect, it } from 'vitest';
import { changeOf, changeText, formatFigure, groupByArea, recentYears, yearParam } from './figures';

describe('changeOf', () => {
  it('compares counts in per cent of last year', () => {
    expect(changeOf(12, 10)).toEqual({ direction: 'up', percent: 20, points: null });
    expect(changeOf(7, 9)).toEqual({ direction: 'down', percent: -22.2, points: null });
    expect(changeOf(5, 5)).toEqual({ direction: 'same', percent: 0, points: null });
  });

  it('has no percentage when last year was zero', () => {
    const c = changeOf(3, 0);
    expect(c).toEqual({ direction: 'up', percent: null, points: null });
    expect(c && changeText(c)).toBe('上年为 0');
  });

  it('compares rates in percentage points', () => {
    expect(changeOf(60, 50, true)).toEqual({ direction: 'up', percent: null, points: 10 });
    expect(changeOf(92.35, 95, true)).toEqual({ direction: 'down', percent: null, points: -2.7 });
  });

  it('is null when either year is unknown', () => {
    expect(changeOf(null, 3)).toBeNull();
    expect(changeOf(3, null)).toBeNull();
    expect(changeOf(Number.NaN, 3)).toBeNull();
  });

  it('reads as a signed change', () => {
    expect(changeText({ direction: 'up', percent: 20, points: null })).toBe('+20%');
    expect(changeText({ direction: 'down', percent: -22.2, points: null })).toBe('-22.2%');
    expect(changeText({ direction: 'down', percent: null, points: -2.7 })).toBe('-2.7 个百分点');
    expect(changeText({ direction: 'same', percent: 0, points: null })).toBe('持平');
  });
});

describe('formatFigure', () => {
  it('puts the unit after the number, % without a space', () => {
    expect(formatFigure(12, '件')).toBe('12 件');
    expect(formatFigure(85.46, '%')).toBe('85.5%');
    expect(formatFigure(null, '件')).toBe('—');
  });
});

describe('groupByArea', () => {
  const areas: Record<string, string> = {
    'dispute.handled': 'dispute',
    'leadership.meetings': 'organization',
    'dispute.success_rate': 'dispute',
  };
  it('groups keys under their area in catalog order, unknown keys last under 其他', () => {
    const groups = groupByArea(
      ['dispute.handled', 'mystery.key', 'leadership.meetings', 'dispute.success_rate'],
      (k) => areas[k],
    );
    expect(groups).toEqual([
      { area: 'organization', label: '组织领导', keys: ['leadership.meetings'] },
      { area: 'dispute', label: '矛盾化解', keys: ['dispute.handled', 'dispute.success_rate'] },
      { area: 'other', label: '其他', keys: ['mystery.key'] },
    ]);
  });
});

describe('year selection', () => {
  it('offers this year and the four before', () => {
    expect(recentYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
  it('reads the year from the address, falling back on anything odd or in the future', () => {
    expect(yearParam('2025', 2026)).toBe(2025);
    expect(yearParam(null, 2026)).toBe(2026);
    expect(yearParam('2030', 2026)).toBe(2026);
    expect(yearParam('20x5', 2026)).toBe(2026);
  });
});
