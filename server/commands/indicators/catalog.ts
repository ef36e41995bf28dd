import { CATALOG, COMPUTATIONS, describeComputation, measuresOf } from '../../../core/indicators';

export function indicatorCatalogQuery() {
  return CATALOG.map((d) => {
    const def = COMPUTATIONS[d.key] ?? { type: 'none' as const, reason: '尚未定义计算方法' };
    const kinds = new Set(measuresOf(d.key, def).map((m) => m.measure.ledger));
    if (def.type === 'rate')
      for (const side of [def.numerator, def.denominator])
        if (typeof side === 'string') {
          const inner = COMPUTATIONS[side];
          if (inner) for (const m of measuresOf(side, inner)) kinds.add(m.measure.ledger);
        }
    return {
      key: d.key,
      name: d.name,
      unit: d.unit,
      area: d.area,
      formula: describeComputation(def),
      kinds: [...kinds],
    };
  });
}
