export { CATALOG, indicatorDef, isIndicatorKey, ratesWithParts } from './catalog';
export { COMPOUND_CUES, type CompoundCue } from './compounds';
export { allMeasures, COMPUTATIONS, computationOf, isCompleteCount, measuresOf } from './computations';
export { describeComputation, fieldOf, formulaOf } from './describe';
export {
  type AssembleContext,
  assemble,
  type ComputedValue,
  evaluate,
  type IndicatorRecord,
  inPeriod,
  listedPeople,
  type MeasureValue,
  matchesFilter,
  measureDate,
  measureValue,
  type Period,
  scaled,
} from './evaluate';
export { measureFactor } from './measures';
export { PART_WHOLE, type PartWhole, RATE_RANGE } from './relations';
export {
  AREA_LABELS,
  AREAS,
  type Area,
  type CatalogUnit,
  type ComputationDef,
  type IndicatorDef,
  type Measure,
  type PeopleRule,
  type PeriodRule,
  type RatePart,
  type RecordFilter,
} from './types';
