import type { UnitRow } from '../repositories/unitsRepo';

/**
 * Finds the unit a report is about among the units the reviewer may see. The
 * analyzer gives the name as written (青石镇); units are stored by their own
 * name. An exact match wins; otherwise a unique suffix match (a report may
 * prefix the county: 示例县青石镇).
 */
export function matchUnit(reportUnit: string | null, candidates: UnitRow[]): UnitRow | undefined {
  if (!reportUnit) return undefined;
  const name = reportUnit.replace(/\s/g, '').replace(/(人民政府|党委|政府|办事处)$/u, '');
  const exact = candidates.filter((u) => u.name === name);
  if (exact.length === 1) return exact[0];
  const suffix = candidates.filter(
    (u) => u.level !== 'village' && (name.endsWith(u.name) || u.name.endsWith(name)),
  );
  return suffix.length === 1 ? suffix[0] : undefined;
}
