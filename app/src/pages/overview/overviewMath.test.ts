import { describe, expect, it } from 'vitest';
import type { OverviewTownship } from '../../api/indicators';
import {
  type CellOptions,
  cellOf,
  cellOptions,
  compareNullsLast,
  isCountUnit,
  per10k,
  ranking,
} from './overviewMath';

const town = (
  id: string,
  population: number | null,
  values: Record<string, number | null>,
  samples: Record<string, number> = {},
): OverviewTownship => ({ unit: { id, name: id, population }, values, samples, report: NO_REPORT });

const NO_REPORT: OverviewTownship['report'] = { id: null, status: null, due: '2027-02-28', overdue: false };

const RATE: CellOptions = { unit: '%', minSample: 10, perCapita: false };
const COUNT: CellOptions = { unit: '件', minSample: 10, perCapita: false };

describe('roster rates', () => {
  it('never calls a coverage rate over three villages 样本不足: it counts every village, not a sample', () => {
    const t = town(
      'a',
      null,
      { 'decision.advisor_coverage_rate': 100 },
      { 'decision.advisor_coverage_rate': 3 },
    );
    const o = cellOptions('decision.advisor_coverage_rate', { minSample: 10, perCapita: false });
    expect(o.complete).toBe(true);
    expect(cellOf(t, 'decision.advisor_coverage_rate', o)).toMatchObject({ value: 100, insufficient: false });
  });

  it('still holds a case-based rate over 3 cases to the minimum sample', () => {
    const t = town('a', null, { 'dispute.success_rate': 100 }, { 'dispute.success_rate': 3 });
    const o = cellOptions('dispute.success_rate', { minSample: 10, perCapita: false });
    expect(o.complete).toBe(false);
    expect(cellOf(t, 'dispute.success_rate', o)).toMatchObject({ value: null, insufficient: true });
  });
});

describe('per10k', () => {
  it('divides by population per 10,000 residents, two decimals', () => {
    expect(per10k(25, 31_000)).toBe(8.06);
    expect(per10k(0, 20_000)).toBe(0);
  });
  it('is null without a value or a population', () => {
    expect(per10k(null, 20_000)).toBeNull();
    expect(per10k(5, null)).toBeNull();
    expect(per10k(5, 0)).toBeNull();
  });
  it('applies to counts, not to rates or amounts', () => {
    expect(isCountUnit('件')).toBe(true);
    expect(isCountUnit('人次')).toBe(true);
    expect(isCountUnit('%')).toBe(false);
    expect(isCountUnit('万元')).toBe(false);
  });
});

describe('cellOf', () => {
  it('marks a rate over fewer rows than the minimum as 样本不足, with no value to sort or rank', () => {
    const t = town('a', 10_000, { r: 100 }, { r: 3 });
    expect(cellOf(t, 'r', RATE)).toMatchObject({ value: null, raw: 100, insufficient: true, sample: 3 });
    expect(cellOf(t, 'r', { ...RATE, minSample: 3 })).toMatchObject({ value: 100, insufficient: false });
  });

  it('takes a rate without a sample entry, or with an unknown one, as given', () => {
    expect(cellOf(town('a', null, { r: 90 }), 'r', RATE)).toMatchObject({ value: 90, insufficient: false });
    const unknown: OverviewTownship = {
      unit: { id: 'a', name: 'a', population: null },
      values: { r: 90 },
      samples: { r: null },
      report: NO_REPORT,
    };
    expect(cellOf(unknown, 'r', RATE)).toMatchObject({ value: 90, insufficient: false, sample: undefined });
  });

  it('does not call an unknown rate 样本不足', () => {
    expect(cellOf(town('a', null, { r: null }, { r: 0 }), 'r', RATE)).toMatchObject({
      value: null,
      insufficient: false,
    });
  });

  it('shows counts per 10,000 residents when asked, and says when the population is missing', () => {
    expect(cellOf(town('a', 20_000, { c: 30 }), 'c', { ...COUNT, perCapita: true }).value).toBe(15);
    expect(cellOf(town('b', null, { c: 30 }), 'c', { ...COUNT, perCapita: true })).toMatchObject({
      value: null,
      raw: 30,
      noPopulation: true,
    });
    // rates are never divided by population
    expect(cellOf(town('a', 20_000, { r: 80 }, { r: 50 }), 'r', { ...RATE, perCapita: true }).value).toBe(80);
  });
});

describe('ranking', () => {
  const townships = [
    town('a', 10_000, { r: 95, c: 10 }, { r: 40 }),
    town('b', 40_000, { r: 100, c: 20 }, { r: 2 }), // 100 % over 2 rows: not ranked
    town('c', 20_000, { r: 80, c: 10 }, { r: 12 }),
    town('d', null, { r: null, c: 30 }),
    town('e', 10_000, { r: 95, c: 5 }, { r: 10 }),
  ];

  it('ranks rates highest first, leaving out 样本不足 and unknown values, ties sharing a rank', () => {
    const ranks = ranking(townships, 'r', RATE);
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, e: 1, c: 3 });
    expect(ranks.has('b')).toBe(false);
    expect(ranks.has('d')).toBe(false);
  });

  it('ranks b once the minimum is lowered to its sample', () => {
    expect(ranking(townships, 'r', { ...RATE, minSample: 2 }).get('b')).toBe(1);
  });

  it('ranks counts per capita, leaving out townships without population', () => {
    const ranks = ranking(townships, 'c', { ...COUNT, perCapita: true });
    // a: 10/万人, b: 5, c: 5, e: 5; d has no population
    expect(Object.fromEntries(ranks)).toEqual({ a: 1, b: 2, c: 2, e: 2 });
    expect(Object.fromEntries(ranking(townships, 'c', COUNT))).toEqual({ d: 1, b: 2, a: 3, c: 3, e: 5 });
  });
});

describe('compareNullsLast', () => {
  // antd sorts with compare for ascend and with the negated compare for descend
  const sorted = (values: (number | null)[], order: 'ascend' | 'descend') =>
    [...values].sort((a, b) =>
      order === 'ascend' ? compareNullsLast(a, b, order) : -compareNullsLast(a, b, order),
    );

  it('keeps unknown and 样本不足 cells last in both directions', () => {
    expect(sorted([3, null, 1, 2, null], 'ascend')).toEqual([1, 2, 3, null, null]);
    expect(sorted([3, null, 1, 2, null], 'descend')).toEqual([3, 2, 1, null, null]);
  });
});
