export { CATALOG, indicatorDef, isIndicatorKey, ratesWithParts } from './catalog';
export { COMPOUND_CUES, type CompoundCue } from './compounds';
export { measureFactor } from './measures';
export { PART_WHOLE, type PartWhole, RATE_RANGE } from './relations';
export {
  AREA_LABELS,
  AREAS,
  type Area,
  type CatalogUnit,
  type ComputationDef,
  type IndicatorDef,
} from './types';
