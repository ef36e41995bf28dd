import { useMemo } from 'react';
import { useUnits } from '../../hooks/useUnits';

/**
 * The townships under a unit, as Select options: a county-level user registering a record
 * names the township it belongs to. `isTownship` when the unit is one itself.
 */
export function useTownships(unitId: string) {
  const { list, byId } = useUnits();
  return useMemo(() => {
    const unit = byId.get(unitId);
    const under = (id: string | null, depth = 0): boolean => {
      if (!id || depth > 4) return false;
      if (id === unitId) return true;
      return under(byId.get(id)?.parentId ?? null, depth + 1);
    };
    const townships = list.filter((u) => u.level === 'township' && under(u.parentId));
    return {
      // unknown until the units load: assume the common case (a township user's own unit)
      isTownship: unit === undefined || unit.level === 'township',
      options: townships.map((t) => ({ value: t.id, label: t.name })),
    };
  }, [list, byId, unitId]);
}
