import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { chinaDay } from '../../../../core/calendar/dates';
import { chineseDate } from '../../../../core/report/render';
import { errorMessage } from '../../api/client';
import {
  enforcementAnnualKeys,
  getEnforcementAnnualStatus,
  publishEnforcementAnnual,
} from '../../api/enforcementAnnual';
import { useMe } from '../../hooks/useMe';
import { AnnualFigures } from '../public/AnnualFigures';

/**
 * 行政执法数据公开 (issue 16 §2): the township's 行政执法总体情况 for a year, counted from its
 * ledgers now, and the leader's step that makes it public on the 行政执法公示 page.
 */
export function EnforcementAnnualPage() {
  const [params] = useSearchParams();
  const thisYear = Number(chinaDay(new Date()).slice(0, 4));
  const asked = Number(params.get('year'));
  const [year, setYear] = useState(
    Number.isInteger(asked) && asked < thisYear && asked > 2000 ? asked : thisYear - 1,
  );
  const me = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const status = useQuery({
    queryKey: enforcementAnnualKeys.year(year),
    queryFn: () => getEnforcementAnnualStatus(year),
  });
  const publish = useMutation({
    mutationFn: () => publishEnforcementAnnual(year),
    onSuccess: (s) => {
      qc.setQueryData(enforcementAnnualKeys.year(year), s);
      message.success(`${year}年度行政执法数据已公开`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const s = status.data;
  return (
    <Card
      title="行政执法数据公开"
      extra={
        <Flex gap={8}>
          <Select
            value={year}
            onChange={setYear}
            aria-label="年度"
            options={Array.from({ length: 5 }, (_, i) => thisYear - 1 - i).map((y) => ({
              value: y,
              label: `${y}年度`,
            }))}
          />
          {s?.canPublish ? (
            <Popconfirm
              title={s.published ? '以今天台账的数字重新公开？' : `确认公开${year}年度行政执法总体情况？`}
              description="公开后，行政执法公示页显示下列数字。"
              okText="确认公开"
              cancelText="取消"
              onConfirm={() => publish.mutate()}
            >
              <Button type="primary" loading={publish.isPending}>
                {s.published ? '重新公开' : '确认公开'}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      }
    >
      {status.error ? <Alert type="error" showIcon message={errorMessage(status.error)} /> : null}
      {s ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <div data-testid="enforcement-annual-state">
            {s.published ? (
              <Tag color="success">
                已于{chineseDate(chinaDay(new Date(s.published.at)))}公开
                {s.published.by ? `（${s.published.by}确认）` : ''}
              </Tag>
            ) : (
              <Tag color={s.overdue ? 'error' : 'warning'}>{s.overdue ? '未公开，已逾期' : '尚未公开'}</Tag>
            )}
            <Typography.Text type="secondary">
              应于{chineseDate(s.current.due)}前（含当日）公开；由{me.data?.unit.name ?? '本乡镇'}
              领导核对后确认。
            </Typography.Text>
          </div>
          <Typography.Title level={5}>按台账的当前数字</Typography.Title>
          <Typography.Text type="secondary">{s.current.basis}。</Typography.Text>
          <AnnualFigures sections={s.current.sections} column={2} testId="enforcement-annual-current" />
          {s.published ? (
            <>
              <Typography.Title level={5}>已公开的数字</Typography.Title>
              <AnnualFigures
                sections={s.published.figures.sections}
                column={2}
                testId="enforcement-annual-published"
              />
            </>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}
