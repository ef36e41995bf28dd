import { COMPUTATIONS, type ComputationDef, type Measure, type Period } from '../../../core/indicators';

/** The measure whose records a key's list link shows. */
export function primaryMeasure(def: ComputationDef): Measure | null {
  switch (def.type) {
    case 'measure': {
      const { type: _t, ...m } = def;
      return m;
    }
    case 'total':
      return def.parts[0] ?? null;
    case 'coverage':
      return def.measure;
    case 'rate': {
      if (typeof def.numerator !== 'string') return def.numerator;
      const inner = COMPUTATIONS[def.numerator];
      return inner ? primaryMeasure(inner) : null;
    }
    case 'none':
      return null;
  }
}

/** The measure whose records a rate's denominator counts. */
function denominatorMeasure(def: ComputationDef): Measure | null {
  if (def.type !== 'rate') return null;
  if (typeof def.denominator !== 'string') return def.denominator;
  const inner = COMPUTATIONS[def.denominator];
  return inner ? primaryMeasure(inner) : null;
}

/**
 * The measure a drill-down link names (`indicator=<key>&part=…` on a ledger list): the rows a
 * figure counts (its numerator for a rate), or the rows a rate is a share of. Null when the key
 * has no such measure.
 */
export function linkedMeasure(key: string, part: 'numerator' | 'denominator'): Measure | null {
  const def = COMPUTATIONS[key];
  if (!def) return null;
  return part === 'denominator' ? denominatorMeasure(def) : primaryMeasure(def);
}

function listUrl(m: Measure, key: string, part: 'numerator' | 'denominator', unitId: string, period: Period) {
  const params = new URLSearchParams({
    unit: unitId,
    indicator: key,
    part,
    from: period.from,
    to: period.to,
    asOf: period.asOf,
  });
  return `/ledgers/${m.ledger}?${params.toString()}`;
}

/**
 * A link into the web app's list holding exactly the rows the figure counts (issue 15 §15): the
 * list applies the measure's own test (states, fields, steps taken, clocks kept, the period by
 * the measure's date) through `indicator=<key>`. What the list cannot show is named in `reason`.
 */
export function rowsLink(
  key: string,
  def: ComputationDef,
  unitId: string,
  period: Period,
): { url: string; reason?: string } {
  const m = primaryMeasure(def);
  if (!m) return { url: '', reason: def.type === 'none' ? def.reason : '无对应台账' };
  const notes: string[] = [];
  if (m.people) notes.push('数字为名单中的人数');
  if (m.aggregate === 'events') notes.push('数字为流程步骤的次数');
  if (m.aggregate === 'sum') notes.push('数字为所列记录的合计');
  if (def.type === 'total') notes.push('由多种台账合计，链接为其中第一种');
  const url = listUrl(m, key, 'numerator', unitId, period);
  return notes.length ? { url, reason: `列表说明：${notes.join('；')}` } : { url };
}

/**
 * A rate's denominator as its own list (issue 15 §15): the figure's link opens the rows its
 * numerator counts (调解成功率 → the successful cases), this one the rows it is a share of.
 */
export function denominatorLink(
  key: string,
  def: ComputationDef,
  unitId: string,
  period: Period,
): string | undefined {
  const m = denominatorMeasure(def);
  return m ? listUrl(m, key, 'denominator', unitId, period) : undefined;
}
