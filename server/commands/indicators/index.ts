// Indicators computed from the ledgers, as the API and the report composer ask for them.
export { indicatorCatalogQuery } from './catalog';
export { indicatorOverviewQuery, OVERVIEW_KEYS } from './overview';
export type { PeriodInput } from './period';
export { rowsLink } from './rowsLink';
export { indicatorTrendQuery, trendable } from './trend';
export { type IndicatorAnswer, indicatorValuesQuery } from './values';
