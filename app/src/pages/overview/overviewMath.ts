import { indicatorDef, isCompleteCount } from '../../../../core/indicators';
import type { OverviewTownship } from '../../api/indicators';

export const DEFAULT_MIN_SAMPLE = 10;

/** A percentage (办结率, 满意度): judged against its sample, never divided by population. */
export const isRateUnit = (unit: string | undefined) => unit === '%';

/** A count of things or people (件, 次, 人…): may be shown per 10,000 residents. Amounts (万元) are not. */
export const isCountUnit = (unit: string | undefined) =>
  unit !== undefined && unit !== '%' && unit !== '万元';

/** A count per 10,000 residents, two decimals; null without a value or a positive population. */
export function per10k(value: number | null, population: number | null | undefined): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (!population || population <= 0) return null;
  return Math.round((value * 10_000 * 100) / population) / 100;
}

export interface CellOptions {
  /** The catalog unit of the key. */
  unit: string | undefined;
  /** A rate over a whole roster (every village, every officer): complete, so never 样本不足. */
  complete?: boolean;
  /** Rates computed over fewer rows than this are shown as 样本不足 and left out of the ranking. */
  minSample: number;
  /** Show counts per 10,000 residents. */
  perCapita: boolean;
}

export interface Cell {
  /** What the column shows and sorts by; null when unknown, insufficient or without population. */
  value: number | null;
  /** The figure as the server gave it. */
  raw: number | null;
  /** A rate over fewer rows than the minimum. */
  insufficient: boolean;
  /** Per-capita asked for a count, but the township has no population on record. */
  noPopulation: boolean;
  /** The rate's sample (rows it is computed over), when the server gave one. */
  sample: number | undefined;
}

/** The options of one key's column: its unit and whether a minimum sample applies to it. */
export function cellOptions(key: string, o: { minSample: number; perCapita: boolean }): CellOptions {
  return { unit: indicatorDef(key)?.unit, complete: isCompleteCount(key), ...o };
}

/**
 * One township × key cell. A rate whose sample is below the minimum is 样本不足; a rate without
 * a sample entry is taken as given (the server has nothing to count it over, e.g. a survey figure).
 */
export function cellOf(
  t: Pick<OverviewTownship, 'unit' | 'values' | 'samples'>,
  key: string,
  o: CellOptions,
): Cell {
  const raw = t.values[key] ?? null;
  const sample = t.samples[key] ?? undefined;
  if (isRateUnit(o.unit)) {
    const insufficient = !o.complete && raw !== null && sample !== undefined && sample < o.minSample;
    return { value: insufficient ? null : raw, raw, insufficient, noPopulation: false, sample };
  }
  if (o.perCapita && isCountUnit(o.unit)) {
    const value = per10k(raw, t.unit.population);
    return { value, raw, insufficient: false, noPopulation: raw !== null && value === null, sample };
  }
  return { value: raw, raw, insufficient: false, noPopulation: false, sample };
}

/**
 * Rank of each township for a key, highest first, ties sharing a rank (1, 1, 3). Townships
 * without a value, with 样本不足 or without population (per capita) are not ranked.
 */
export function ranking(
  townships: readonly OverviewTownship[],
  key: string,
  o: CellOptions,
): Map<string, number> {
  const ranked = townships
    .map((t) => ({ id: t.unit.id, value: cellOf(t, key, o).value }))
    .filter((x): x is { id: string; value: number } => x.value !== null)
    .sort((a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  ranked.forEach((x, i) => {
    const prev = ranked[i - 1];
    ranks.set(x.id, prev && prev.value === x.value ? (ranks.get(prev.id) ?? i + 1) : i + 1);
  });
  return ranks;
}

export type SortDirection = 'ascend' | 'descend' | null | undefined;

/**
 * A table sorter comparing two cells with the unknown ones (null) last in either direction:
 * antd reverses the result for 'descend', so nulls count as smallest then.
 */
export function compareNullsLast(a: number | null, b: number | null, order: SortDirection): number {
  if (a === null && b === null) return 0;
  const nullLast = order === 'descend' ? -1 : 1;
  if (a === null) return nullLast;
  if (b === null) return -nullLast;
  return a - b;
}
