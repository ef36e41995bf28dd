import { useQuery } from '@tanstack/react-query';
import { getMe } from '../api/auth';
import { queryKeys } from '../api/queryKeys';

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: getMe, retry: false, staleTime: 5 * 60_000 });
}

/** Whether the signed-in user holds an ability; false while `me` is loading. */
export function useAbility(ability: string): boolean {
  const { data } = useMe();
  return data?.abilities.includes(ability) ?? false;
}
