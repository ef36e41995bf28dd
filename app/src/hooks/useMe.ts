import { queryOptions, useQuery } from '@tanstack/react-query';
import { getMe } from '../api/auth';
import { queryKeys } from '../api/queryKeys';
import type { Me } from '../api/types';
import { takeEarlyMe } from '../firstLoad';

/** The signed-in user, from the request boot.ts started if it is still in flight (firstLoad.ts). */
const fetchMe = (): Promise<Me> => takeEarlyMe()?.then((me) => me ?? getMe()) ?? getMe();

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: fetchMe,
  retry: false,
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

/** Whether the signed-in user holds an ability; false while `me` is loading. */
export function useAbility(ability: string): boolean {
  const { data } = useMe();
  return data?.abilities.includes(ability) ?? false;
}
