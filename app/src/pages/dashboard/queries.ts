import { type FetchQueryOptions, type QueryClient, type QueryKey, queryOptions } from '@tanstack/react-query';
import { TODO_DAYS, TREND_KEYS } from '../../../../core/contract/firstLoad';
import { getIndicatorTrend, getUnitIndicators } from '../../api/indicators';
import { getTodo } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';

/**
 * The 工作台's three requests, as query options shared by its cards and by the shell, which
 * starts them on a first load as soon as the session names the unit (firstLoad.ts). This module
 * is part of the initial bundle: it must stay free of antd and of the page's own code.
 */

// the server names the same requests in the page's preload header: core/contract/firstLoad.ts
export { TODO_DAYS, TREND_KEYS };

/** Data the shell prefetched stays fresh this long, so the cards mounting do not ask again. */
export const PREFETCH_FRESH_MS = 10_000;

interface CachedQuery {
  state: { dataUpdateCount: number };
}

/** Each prefetched query, with the count of data updates up to the prefetch's own. */
const prefetched = new WeakMap<object, number>();

/**
 * Stale at once, as everywhere else (every visit asks again), except the data the shell has just
 * prefetched for this very load; once anything refetches it, the query is back to normal.
 */
export function staleUnlessPrefetched(query: CachedQuery): number {
  return prefetched.get(query) === query.state.dataUpdateCount ? PREFETCH_FRESH_MS : 0;
}

export const keyFiguresQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: queryKeys.unitIndicators(unitId, year),
    queryFn: () => getUnitIndicators(unitId, year),
    staleTime: staleUnlessPrefetched,
  });

export const trendQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: queryKeys.indicatorTrend(unitId, year, TREND_KEYS),
    queryFn: () => getIndicatorTrend(unitId, year, TREND_KEYS),
    staleTime: staleUnlessPrefetched,
  });

export const todoCountsQuery = (unitId: string) =>
  queryOptions({
    queryKey: queryKeys.todoList(unitId, TODO_DAYS),
    queryFn: () => getTodo({ unit: unitId, days: TODO_DAYS }),
    staleTime: staleUnlessPrefetched,
  });

async function prefetch<T, K extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
) {
  await client.prefetchQuery(options);
  const query = client.getQueryCache().find({ queryKey: options.queryKey, exact: true });
  if (query?.state.status === 'success') prefetched.set(query, query.state.dataUpdateCount);
}

/** Starts the 工作台's requests for a unit and year; failures are left for the cards to show. */
export function prefetchDashboard(client: QueryClient, unitId: string, year: number): Promise<void> {
  return Promise.all([
    prefetch(client, keyFiguresQuery(unitId, year)),
    prefetch(client, trendQuery(unitId, year)),
    prefetch(client, todoCountsQuery(unitId)),
  ]).then(() => undefined);
}
