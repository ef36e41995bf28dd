import { useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, InputNumber, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { workingDays } from '../../../api/calendar';
import { errorMessage } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';

/** Try a working-day deadline and read how it was counted: the same explanation users see on records. */
export function DeadlineCalculator() {
  const [from, setFrom] = useState<Dayjs>(dayjs());
  const [days, setDays] = useState(15);
  const fromText = from.format('YYYY-MM-DD');
  const answer = useQuery({
    queryKey: queryKeys.workingDays(fromText, days),
    queryFn: () => workingDays(fromText, days),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        起算日
        <DatePicker value={from} onChange={(d) => d && setFrom(d)} allowClear={false} />
        期限
        <InputNumber
          min={0}
          max={3650}
          value={days}
          onChange={(v) => setDays(v ?? 0)}
          addonAfter="个工作日"
        />
      </Space>
      {answer.data ? (
        <Alert
          type={answer.data.provisional ? 'warning' : 'info'}
          message={
            <Space>
              截止日期 <strong>{answer.data.due}</strong>
              {answer.data.provisional ? <Tag color="orange">暂估</Tag> : null}
            </Space>
          }
          description={answer.data.explanation}
        />
      ) : answer.error ? (
        <Alert type="error" message={errorMessage(answer.error)} />
      ) : null}
    </Space>
  );
}
