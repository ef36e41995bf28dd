import {
  COMPUTATIONS,
  type ComputationDef,
  fieldOf,
  type Measure,
  type Period,
} from '../../../core/indicators';
import { ledgerKind } from '../../../core/ledgers';

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

/**
 * A link into the web app's list with the definition's filters, as far as list filters
 * (main date range, one state, declared select filters) can say them; what they cannot is
 * named in `reason`, and the link is the nearest list.
 */
export function rowsLink(
  def: ComputationDef,
  unitId: string,
  period: Period,
): { url: string; reason?: string } {
  const m = primaryMeasure(def);
  if (!m) return { url: '', reason: def.type === 'none' ? def.reason : '无对应台账' };
  const kind = ledgerKind(m.ledger);
  const params = new URLSearchParams({ unit: unitId });
  const missing: string[] = [];
  const rule = m.period ?? { mode: 'within' as const };
  const label = (f: string) => (kind && fieldOf(kind, f)?.label) ?? f;
  if (rule.mode === 'within') {
    params.set('from', period.from);
    params.set('to', period.to);
    if (rule.field)
      missing.push(`按“${label(rule.field)}”划入期间（链接按${label(kind?.list.dateField ?? '')}）`);
  } else {
    missing.push('在册数按统计日计算（链接列出全部记录）');
  }
  const w = m.where ?? {};
  for (const s of w.states ?? []) params.append('state', s);
  const fieldFilter = (f: string, values: readonly (string | boolean)[]) => {
    const d = kind && fieldOf(kind, f);
    const listed = d && kind.fields.includes(d) && d.filter && d.type !== 'date';
    if (!listed || values.some((v) => typeof v !== 'string')) missing.push(`按“${label(f)}”筛选`);
    else for (const v of values) params.append(`f.${f}`, v as string);
  };
  for (const [f, v] of Object.entries(w.equals ?? {})) fieldFilter(f, [v]);
  for (const [f, vs] of Object.entries(w.in ?? {})) fieldFilter(f, vs);
  for (const f of Object.keys(w.notIn ?? {})) missing.push(`排除部分“${label(f)}”`);
  for (const f of w.present ?? []) missing.push(`“${label(f)}”不为空`);
  if (w.anyPresent) missing.push(`“${w.anyPresent.map(label).join('”或“')}”不为空`);
  if (w.event) missing.push('按是否办理过某一步骤筛选');
  if (w.clock) missing.push(w.clock.test === 'settled' ? '期限已完成或已届满' : '在期限内完成');
  if (m.people) missing.push('按名单人数统计');
  if (m.aggregate === 'events') missing.push('按流程步骤次数统计');
  if (def.type === 'total') missing.push('由多种台账合计，链接为其中第一种');
  const url = `/ledgers/${m.ledger}?${params.toString()}`;
  return missing.length ? { url, reason: `列表无法完全表达：${missing.join('；')}` } : { url };
}

/**
 * A rate's denominator as its own list (issue 15 §15): the figure's link opens the rows its
 * numerator counts (调解成功率 → the successful cases), this one the rows it is a share of.
 */
export function denominatorLink(def: ComputationDef, unitId: string, period: Period): string | undefined {
  if (def.type !== 'rate') return undefined;
  const inner: ComputationDef | undefined =
    typeof def.denominator === 'string'
      ? COMPUTATIONS[def.denominator]
      : { type: 'measure', ...def.denominator };
  if (!inner) return undefined;
  const url = rowsLink(inner, unitId, period).url;
  return url || undefined;
}
