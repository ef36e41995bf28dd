import type {
  CatalogEntry,
  IndicatorOverview,
  IndicatorTrend,
  IndicatorValue,
  OverviewTownship,
  UnitIndicators,
} from '../../../core/contract/indicators';
import { api } from './client';

export type {
  CatalogEntry,
  IndicatorOverview,
  IndicatorTrend,
  IndicatorValue,
  OverviewTownship,
  UnitIndicators,
};

export const getUnitIndicators = (unit: string, year: number) =>
  api.get<UnitIndicators>('/api/indicators', { unit, year });

export const getIndicatorCatalog = () => api.get<CatalogEntry[]>('/api/indicators/catalog');

export const getIndicatorOverview = (unit: string, year: number) =>
  api.get<IndicatorOverview>('/api/indicators/overview', { unit, year });

export const getIndicatorTrend = (unit: string, year: number, keys: readonly string[]) =>
  api.get<IndicatorTrend>('/api/indicators/trend', { unit, year, keys: keys.join(',') });
