import { useQuery } from '@tanstack/react-query';
import { type LedgerKind, peopleTables } from '../../../../core/ledgers';
import { getPeopleRoster, type PeopleRoster } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';

/** What a people list offers to pick from: the township's roster and the list's previous record. */
export interface PeopleSource {
  people: PeopleRoster['people'];
  previous: (field: string) => PeopleRoster['previous'][string];
  loading: boolean;
  error: boolean;
}

/**
 * The roster of the record's township for a kind with people lists (学法活动, 学法考试); when
 * editing, the previous list is the one before this record. Nothing is asked for other kinds.
 */
export function usePeopleRoster(
  kind: LedgerKind,
  unitId: string | undefined,
  recordId: string | null,
): PeopleSource | undefined {
  const wanted = peopleTables(kind).length > 0;
  const q = useQuery({
    queryKey: queryKeys.peopleRoster(kind.kind, unitId ?? '', recordId ?? ''),
    queryFn: () => getPeopleRoster(kind.kind, unitId ?? '', recordId ?? undefined),
    enabled: wanted && !!unitId,
    staleTime: 60_000,
  });
  if (!wanted) return undefined;
  return {
    people: q.data?.people ?? [],
    previous: (field) => q.data?.previous[field] ?? null,
    loading: q.isPending && !!unitId,
    error: q.isError,
  };
}
