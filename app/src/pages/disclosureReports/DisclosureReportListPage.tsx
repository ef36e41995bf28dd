import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { chineseDate } from '../../../../core/report/render';
import { errorMessage } from '../../api/client';
import {
  type DisclosureReportList,
  disclosureKeys,
  draftDisclosureReport,
  listDisclosureReports,
} from '../../api/disclosureReports';
import { useAbility, useMe } from '../../hooks/useMe';
import { STATUS_COLORS } from '../reports/reportOutline';

type Item = DisclosureReportList['items'][number];

/** 政府信息公开工作年度报告: the year's reports in the user's scope; a township drafts its own. */
export function DisclosureReportListPage() {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const me = useMe();
  const canWrite = useAbility('report.write');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useQuery({ queryKey: disclosureKeys.list(year), queryFn: () => listDisclosureReports(year) });
  const draft = useMutation({
    mutationFn: () => draftDisclosureReport(year),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: disclosureKeys.all });
      navigate(`/disclosure-reports/${r.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const own = list.data?.items.find((r) => r.unitId === me.data?.unit.id);
  const columns: TableColumnsType<Item> = [
    {
      title: '单位',
      dataIndex: 'unitName',
      render: (name: string, r) => <Link to={`/disclosure-reports/${r.id}`}>{name}</Link>,
    },
    { title: '年度', dataIndex: 'year', width: 80 },
    {
      title: '状态',
      dataIndex: 'statusLabel',
      width: 100,
      render: (label: string, r) => <Tag color={STATUS_COLORS[r.status]}>{label}</Tag>,
    },
    {
      title: '公开截止',
      dataIndex: 'due',
      width: 200,
      render: (due: string, r) => (
        <span data-testid="disclosure-due">
          {chineseDate(due)}
          {r.overdue ? <Tag color="error">已逾期</Tag> : null}
        </span>
      ),
    },
  ];
  return (
    <Card
      title="政府信息公开工作年度报告"
      extra={
        <Flex gap={8}>
          <Select
            value={year}
            onChange={setYear}
            aria-label="年度"
            options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: `${y}年度`,
            }))}
          />
          {canWrite && !own ? (
            <Button type="primary" loading={draft.isPending} onClick={() => draft.mutate()}>
              从台账起草{year}年度报告
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）从主动公开、依申请公开和复议诉讼台账生成，表格每一格可查看所统计的记录。
      </Typography.Paragraph>
      <Table<Item>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: `${year}年度尚无报告` }}
      />
    </Card>
  );
}
