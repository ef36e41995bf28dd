import { useQuery } from '@tanstack/react-query';
import { getLedgerSettings } from '../../api/ledgers';

/**
 * The county settings in force for a unit (较大数额, 期限) as core's checks take them, so the
 * form explains a refusal with the same thresholds the server applies.
 */
export function useSettingsMap(unitId: string | undefined): Readonly<Record<string, number>> | undefined {
  const q = useQuery({
    queryKey: ['ledger-settings', unitId ?? ''],
    queryFn: () => getLedgerSettings(unitId ?? ''),
    enabled: unitId !== undefined && unitId !== '',
    staleTime: 5 * 60_000,
  });
  return q.data ? Object.fromEntries(q.data.map((s) => [s.key, s.value])) : undefined;
}
