import type { ReportStatus } from '../../../core/report/workflow';
import { api } from './client';

/** One figure of a unit for a year, with last year's for comparison and where its rows are. */
export interface IndicatorValue {
  value: number | null;
  unit: string;
  numerator?: number;
  denominator?: number;
  previous: number | null;
  /** The app address of the ledger list the figure counts (filters included). */
  rows: string;
  /** Why the value is missing or partial, in Chinese. */
  reason?: string;
}

export interface UnitIndicators {
  unit: { id: string; name: string; level: string; population: number | null };
  year: number;
  period: { from: string; to: string };
  values: Record<string, IndicatorValue>;
}

export interface CatalogEntry {
  key: string;
  name: string;
  unit: string;
  area: string;
  /** The formula in words (e.g. 调解成功件数 ÷ 排查调处件数 × 100%). */
  formula: string;
  /** Ledger kinds the figure is counted from. */
  kinds: string[];
}

export interface OverviewTownship {
  unit: { id: string; name: string; population: number | null };
  values: Record<string, number | null>;
  /** How many rows a figure is computed over (a rate's denominator); null when unknown. */
  samples: Record<string, number | null>;
  /** The township's annual report on this year and its deadline at the county. */
  report: { id: string | null; status: ReportStatus | null; due: string; overdue: boolean };
}

export interface IndicatorOverview {
  year: number;
  keys: string[];
  townships: OverviewTownship[];
  /** 全县合计: rates from the summed counts; the population only when every township has one. */
  total: {
    population: number | null;
    values: Record<string, number | null>;
    samples: Record<string, number | null>;
  };
}

export interface IndicatorTrend {
  /** yyyy-mm */
  months: string[];
  series: Record<string, number[]>;
}

export const getUnitIndicators = (unit: string, year: number) =>
  api.get<UnitIndicators>('/api/indicators', { unit, year });

export const getIndicatorCatalog = () => api.get<CatalogEntry[]>('/api/indicators/catalog');

export const getIndicatorOverview = (unit: string, year: number) =>
  api.get<IndicatorOverview>('/api/indicators/overview', { unit, year });

export const getIndicatorTrend = (unit: string, year: number, keys: readonly string[]) =>
  api.get<IndicatorTrend>('/api/indicators/trend', { unit, year, keys: keys.join(',') });
