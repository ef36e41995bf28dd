import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Skeleton } from 'antd';
import { entityHistory } from '../api/audit';
import { errorMessage } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import { useUnits } from '../hooks/useUnits';
import { AuditTimeline, type DescribeEntry } from './AuditTimeline';

interface Props {
  entity: string;
  /** The drawer is closed while this is null. */
  entityId: string | null;
  title?: string;
  /** How entries read; records of a ledger kind pass one built from the kind's declaration. */
  describe?: DescribeEntry;
  onClose: () => void;
}

/** The full audit trail of one record (who did what, when, and what changed). */
export function AuditHistoryDrawer({ entity, entityId, title = '历史记录', describe, onClose }: Props) {
  const { byId } = useUnits();
  const history = useQuery({
    queryKey: queryKeys.audit(entity, entityId ?? ''),
    queryFn: () => entityHistory(entity, entityId ?? ''),
    enabled: entityId !== null,
    // history grows with every change; always show the latest when opened
    staleTime: 0,
  });

  return (
    <Drawer title={title} open={entityId !== null} onClose={onClose} size={480} destroyOnHidden>
      {history.isPending ? (
        <Skeleton active />
      ) : history.isError ? (
        <Alert type="error" showIcon title={errorMessage(history.error)} />
      ) : (
        <AuditTimeline entries={history.data} unitName={(id) => byId.get(id)?.name} describe={describe} />
      )}
    </Drawer>
  );
}
