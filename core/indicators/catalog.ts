import { DISPUTE_AND_SERVICE } from './areas/disputeAndService';
import { ENFORCEMENT_AND_SUPERVISION } from './areas/enforcementAndSupervision';
import { LEADERSHIP_AND_STUDY } from './areas/leadershipAndStudy';
import { PUBLICITY_AND_DECISION } from './areas/publicityAndDecision';
import { COMPUTATIONS } from './computations';
import type { IndicatorDef } from './types';

/**
 * Every indicator key, in catalog order. Order matters when a figure fits two keys
 * equally well: the earlier one wins, so keep the areas in the catalog's order.
 */
export const CATALOG: readonly IndicatorDef[] = [
  ...LEADERSHIP_AND_STUDY,
  ...PUBLICITY_AND_DECISION,
  ...ENFORCEMENT_AND_SUPERVISION,
  ...DISPUTE_AND_SERVICE,
].map((d) => ({ ...d, computation: COMPUTATIONS[d.key] }));

const BY_KEY: ReadonlyMap<string, IndicatorDef> = new Map(CATALOG.map((d) => [d.key, d]));

export function indicatorDef(key: string): IndicatorDef | undefined {
  return BY_KEY.get(key);
}

export function isIndicatorKey(key: string): boolean {
  return BY_KEY.has(key);
}

/** Keys whose value is a percentage with a known numerator and denominator. */
export function ratesWithParts(): IndicatorDef[] {
  return CATALOG.filter((d) => d.rate?.numerator !== undefined && d.rate.denominator !== undefined);
}
