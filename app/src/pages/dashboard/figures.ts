import { AREA_LABELS, AREAS, type Area } from '../../../../core/indicators/types';

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  direction: Direction;
  /** Relative change in %, one decimal; null when last year was zero (nothing to divide by). */
  percent: number | null;
  /** For a rate: the difference in percentage points, one decimal. */
  points: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * This year against last year. A rate compares in percentage points (a 50 % → 60 % rise is
 * 10 个百分点, not 20 %); a count in per cent of last year's figure. Null when either is unknown.
 */
export function changeOf(value: number | null, previous: number | null, isRate = false): Change | null {
  if (value === null || previous === null || !Number.isFinite(value) || !Number.isFinite(previous))
    return null;
  const diff = value - previous;
  const direction: Direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
  if (isRate) return { direction, percent: null, points: round1(diff) };
  return {
    direction,
    percent: previous === 0 ? null : round1((diff / Math.abs(previous)) * 100),
    points: null,
  };
}

/** The change as shown next to a figure: "+12.5%", "-3 个百分点", "持平", "上年为 0". */
export function changeText(change: Change): string {
  if (change.direction === 'same') return '持平';
  const sign = change.direction === 'up' ? '+' : '';
  if (change.points !== null) return `${sign}${change.points} 个百分点`;
  if (change.percent === null) return '上年为 0';
  return `${sign}${change.percent}%`;
}

/** A figure with its unit: 12 件, 85.5%; a missing one as —. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const n = Number.isInteger(value) ? String(value) : String(round1(value));
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

export interface AreaGroup {
  area: string;
  label: string;
  keys: string[];
}

/**
 * Keys grouped by their catalog area, areas in catalog order, keys in the order given.
 * A key the catalog does not know (or knows no area of) goes last, under 其他.
 */
export function groupByArea(
  keys: readonly string[],
  areaOf: (key: string) => string | undefined,
): AreaGroup[] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const area = areaOf(key) ?? 'other';
    const list = groups.get(area) ?? [];
    list.push(key);
    groups.set(area, list);
  }
  const order = (a: string) => {
    const i = AREAS.indexOf(a as Area);
    return i < 0 ? AREAS.length : i;
  };
  return [...groups.keys()]
    .sort((a, b) => order(a) - order(b))
    .map((area) => ({
      area,
      label: AREA_LABELS[area as Area] ?? (area === 'other' ? '其他' : area),
      keys: groups.get(area) ?? [],
    }));
}

/** The years a selector offers: this year and the four before it, newest first. */
export function recentYears(thisYear: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => thisYear - i);
}

// in its own module so that the shell can read the year without the indicator catalog
export { yearParam } from './year';
