import type { IndicatorDef } from '../../../../core/indicators';
import type { CatalogEntry } from '../../api/indicators';

/** Catalog entries from the shared declarations: a rate's formula from its parts, others without one. */
export function catalogFallback(defs: readonly IndicatorDef[]): CatalogEntry[] {
  const name = (key: string) => defs.find((d) => d.key === key)?.name ?? key;
  return defs.map((d) => ({
    key: d.key,
    name: d.name,
    unit: d.unit,
    area: d.area,
    formula:
      d.rate?.numerator && d.rate.denominator
        ? `${name(d.rate.numerator)} ÷ ${name(d.rate.denominator)} × 100%`
        : '',
    kinds: [],
  }));
}
