import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Input, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { chineseDate } from '../../../../core/calendar';
import { errorMessage, isApiError } from '../../api/client';
import { getIntakeReceipt } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { formatDateTime } from '../../lib/format';
import { normaliseReceipt } from './intakeForm';
import { PublicShell } from './PublicShell';

/** A resident checks the state of what they sent, by receipt number; nothing else is shown. */
export function IntakeStatusPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const receipt = normaliseReceipt(searchParams.get('receipt') ?? '');
  const status = useQuery({
    queryKey: queryKeys.intakeReceipt(receipt),
    queryFn: () => getIntakeReceipt(receipt),
    enabled: receipt !== '',
    retry: false,
  });

  return (
    <PublicShell title="办理进度查询">
      <Card size="small">
        <Input.Search
          key={receipt}
          defaultValue={receipt}
          placeholder="请输入回执号"
          aria-label="回执号"
          enterButton="查询"
          size="large"
          allowClear
          onSearch={(v) => {
            const r = normaliseReceipt(v);
            setSearchParams(r ? { receipt: r } : {});
          }}
        />
        {status.isFetching ? (
          <Typography.Paragraph style={{ marginTop: 16 }}>查询中…</Typography.Paragraph>
        ) : null}
        {status.isError ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={
              isApiError(status.error) && status.error.status === 404
                ? '未找到该回执号，请核对后重新输入'
                : errorMessage(status.error)
            }
          />
        ) : null}
        {status.data ? (
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginTop: 16 }}
            data-testid="intake-status"
          >
            <Descriptions.Item label="回执号">
              <span style={{ whiteSpace: 'nowrap' }}>{status.data.receipt}</span>
            </Descriptions.Item>
            <Descriptions.Item label="事项">{status.data.kindLabel}</Descriptions.Item>
            <Descriptions.Item label="办理单位">{status.data.unitName}</Descriptions.Item>
            <Descriptions.Item label="提交日期">{chineseDate(status.data.submittedOn)}</Descriptions.Item>
            <Descriptions.Item label="办理状态">
              <Typography.Text strong>{status.data.stateLabel}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="下一步">
              <span data-testid="intake-next">{status.data.next}</span>
            </Descriptions.Item>
            <Descriptions.Item label="更新时间">{formatDateTime(status.data.updatedAt)}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Card>
    </PublicShell>
  );
}
