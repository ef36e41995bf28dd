import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../api/queryKeys';
import { listUnits } from '../api/units';
import { buildUnitTree, toTreeSelectData } from '../lib/unitTree';

/**
 * The units the user may see, as a flat list, a tree, TreeSelect data and a by-id map.
 * `enabled: false` asks for nothing (empty until another component asks).
 */
export function useUnits({ enabled = true }: { enabled?: boolean } = {}) {
  const query = useQuery({ queryKey: queryKeys.units, queryFn: listUnits, staleTime: 5 * 60_000, enabled });
  const derived = useMemo(() => {
    const list = query.data ?? [];
    const tree = buildUnitTree(list);
    return { list, tree, treeSelectData: toTreeSelectData(tree), byId: new Map(list.map((u) => [u.id, u])) };
  }, [query.data]);
  return { ...query, ...derived };
}
