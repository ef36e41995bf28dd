import { useMemo } from 'react';
import { useUnits } from '../../hooks/useUnits';
import type { VillageName } from './fieldText';

/**
 * Villages (村/社区) a record may name: those under `unitId` (the record's township, or every
 * township of a county), plus a lookup from a stored id to its name.
 */
export function useVillages(unitId: string | undefined) {
  const { list, byId, isSuccess } = useUnits();
  return useMemo(() => {
    const under = (id: string | null, depth = 0): boolean => {
      if (!id || !unitId || depth > 3) return false;
      if (id === unitId) return true;
      return under(byId.get(id)?.parentId ?? null, depth + 1);
    };
    const villages = list.filter((u) => u.level === 'village' && under(u.parentId));
    // never the stored id: while the units load a placeholder, and a village no longer listed
    // (merged or removed since) says so (issue 15 done-when: no code on any page)
    const name: VillageName = (id) => byId.get(id)?.name ?? (isSuccess ? '（已撤并的村社区）' : '…');
    return {
      options: villages.map((v) => ({ value: v.id, label: v.name })),
      ids: new Set(villages.map((v) => v.id)),
      name,
    };
  }, [list, byId, unitId, isSuccess]);
}
