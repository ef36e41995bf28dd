import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import {
  downloadReviewSheet,
  listReviews,
  type ReviewListParams,
  type ReviewSummary,
} from '../../api/reviews';
import { type ManageStep, ReviewManageModal } from './ReviewManageModal';
import { ReviewUpload } from './ReviewUpload';
import { reviewColumns } from './reviewColumns';

/** Years to offer: the last five, plus any year already present in the table. */
function yearOptions(rows: readonly ReviewSummary[], thisYear: number) {
  const years = new Set<number>();
  for (let y = thisYear; y > thisYear - 5; y--) years.add(y);
  for (const r of rows) if (r.reportYear) years.add(r.reportYear);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: `${y}年度` }));
}

export function ReviewListPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [batch, setBatch] = useState<{ id: string; size: number } | null>(null);
  const params: ReviewListParams = { year, batchId: batch?.id };

  const reviews = useQuery({
    queryKey: queryKeys.reviewList(params),
    queryFn: () => listReviews(params),
    placeholderData: keepPreviousData,
  });
  const exporting = useMutation({
    mutationFn: () => downloadReviewSheet(params),
    onError: (e) => {
      message.error(errorMessage(e));
    },
  });
  const [managing, setManaging] = useState<{ step: ManageStep; review: ReviewSummary } | null>(null);
  const columns = useMemo(
    () =>
      reviewColumns({
        onDelete: (review) => setManaging({ step: 'delete', review }),
        onReassign: (review) => setManaging({ step: 'reassign', review }),
      }),
    [],
  );
  const years = useMemo(() => yearOptions(reviews.data ?? [], new Date().getFullYear()), [reviews.data]);

  return (
    <Flex vertical gap={16}>
      <Card title="报告审查" size="small">
        <ReviewUpload
          onUploaded={async (b) => {
            setBatch({ id: b.batchId, size: b.items.length });
            await queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
          }}
        />
      </Card>
      <Card
        title="审查结果"
        size="small"
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            disabled={(reviews.data?.length ?? 0) === 0}
            onClick={() => exporting.mutate()}
          >
            导出审查表
          </Button>
        }
      >
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Select<number>
            allowClear
            placeholder="全部年度"
            aria-label="按年度筛选"
            style={{ width: 140 }}
            options={years}
            value={year}
            onChange={(y) => setYear(y ?? undefined)}
          />
          {batch ? (
            <Tag closable color="blue" onClose={() => setBatch(null)}>
              仅看本次上传（{batch.size} 份）
            </Tag>
          ) : null}
        </Flex>
        <Table<ReviewSummary>
          rowKey="id"
          size="small"
          bordered
          columns={columns}
          dataSource={reviews.data}
          loading={reviews.isFetching}
          scroll={{ x: 1040 }}
          locale={{ emptyText: reviews.isError ? errorMessage(reviews.error) : '暂无审查记录，请先上传报告' }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 份` }}
        />
      </Card>
      <ReviewManageModal
        step={managing?.step ?? 'delete'}
        review={managing?.review ?? null}
        onClose={() => setManaging(null)}
        onChanged={() => queryClient.invalidateQueries({ queryKey: queryKeys.reviews })}
      />
    </Flex>
  );
}
