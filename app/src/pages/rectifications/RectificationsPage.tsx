import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Card, Flex, Segmented, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { RECTIFICATION_STATUSES } from '../../../../core/review/rectificationFlow';
import { errorMessage, isApiError } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import {
  closeRectification,
  listRectifications,
  type Rectification,
  type RectificationStatus,
} from '../../api/rectifications';
import { AuditHistoryDrawer } from '../../components/AuditHistoryDrawer';
import { useAbility } from '../../hooks/useMe';
import { RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { RectificationTextModal } from './RectificationTextModal';
import { rectificationColumns } from './rectificationColumns';

type StatusFilter = RectificationStatus | 'all';

const FILTER_OPTIONS = [
  { value: 'all' as const, label: '全部' },
  ...RECTIFICATION_STATUSES.map((s) => ({ value: s, label: RECTIFICATION_STATUS_LABELS[s] })),
];

/** 整改事项: townships see and answer their own; reviewers close or return what was answered. */
export function RectificationsPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canAnswer = useAbility('rectification.answer');
  const canManage = useAbility('review.manage');
  // 待办 links here with ?status=open (the township) or ?status=answered (the reviewer)
  const [searchParams] = useSearchParams();
  const linked = searchParams.get('status');
  const [status, setStatus] = useState<StatusFilter>(
    RECTIFICATION_STATUSES.find((s) => s === linked) ?? 'all',
  );
  const [answering, setAnswering] = useState<Rectification | null>(null);
  const [returning, setReturning] = useState<Rectification | null>(null);
  const [historyOf, setHistoryOf] = useState<Rectification | null>(null);

  const params = status === 'all' ? {} : { status };
  const items = useQuery({
    queryKey: queryKeys.rectificationList(params),
    queryFn: () => listRectifications(params),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.rectifications });

  const close = useMutation({
    mutationFn: (r: Rectification) => closeRectification(r),
    onSuccess: (r) => {
      message.success(`已销号：${r.unit.name}`);
    },
    // a stale version or a step no longer allowed means someone acted meanwhile: the refresh shows it
    onError: (e) => {
      if (isApiError(e) && e.code === 'STALE_VERSION') message.warning(e.message);
      else message.error(errorMessage(e));
    },
    onSettled: refresh,
  });

  const columns = useMemo(
    () =>
      rectificationColumns({
        canAnswer,
        canManage,
        closingId: close.isPending ? (close.variables?.id ?? null) : null,
        onAnswer: setAnswering,
        onClose: (r) => close.mutate(r),
        onReturn: setReturning,
        onHistory: setHistoryOf,
      }),
    [canAnswer, canManage, close.isPending, close.variables, close.mutate],
  );

  return (
    <Card title="整改事项">
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter> options={FILTER_OPTIONS} value={status} onChange={setStatus} />
      </Flex>
      <Table<Rectification>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items.data}
        loading={items.isFetching}
        scroll={{ x: 1060 }}
        locale={{ emptyText: items.isError ? errorMessage(items.error) : '暂无整改事项' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 项` }}
      />
      <RectificationTextModal
        step="answer"
        item={answering}
        onClose={() => setAnswering(null)}
        onChanged={refresh}
      />
      <RectificationTextModal
        step="return"
        item={returning}
        onClose={() => setReturning(null)}
        onChanged={refresh}
      />
      <AuditHistoryDrawer
        entity="rectification"
        entityId={historyOf?.id ?? null}
        title={historyOf ? `历史记录：${historyOf.unit.name}整改事项` : undefined}
        onClose={() => setHistoryOf(null)}
      />
    </Card>
  );
}
