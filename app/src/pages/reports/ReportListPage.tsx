import { EditOutlined, GlobalOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { chinaDayOfIso } from '../../../../core/calendar';
import { chineseDate } from '../../../../core/report/render';
import { errorMessage, isApiError } from '../../api/client';
import {
  draftReport,
  listReports,
  type MissingReport,
  publicIndexPath,
  publicReportPath,
  type ReportListItem,
  reportKeys,
} from '../../api/reports';
import { useAbility, useMe } from '../../hooks/useMe';
import { DEADLINE_TAGS, rowDeadlines, STATUS_COLORS } from './reportOutline';

interface Row {
  key: string;
  unitId: string;
  unitName: string;
  report?: ReportListItem;
  missing?: MissingReport;
}

/** The year shown, kept in the address (`?year=`; 待办 links there): last year by default. */
function useReportYear(): [number, (y: number) => void] {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const raw = params.get('year');
  const parsed = raw && /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  const year = parsed >= 2000 && parsed <= thisYear ? parsed : thisYear - 1;
  const setYear = (y: number) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (y === thisYear - 1) next.delete('year');
        else next.set('year', String(y));
        return next;
      },
      { replace: true },
    );
  return [year, setYear];
}

const day = (iso: string | null) => {
  const d = chinaDayOfIso(iso);
  return d ? chineseDate(d) : '—';
};

function DeadlineCell({ report, year, today }: { report?: ReportListItem; year: number; today: string }) {
  return (
    <Space size={4} wrap>
      {rowDeadlines(report ?? { year }, today).map((d) => (
        <Tooltip key={d.key} title={`${d.explanation}${d.doneOn ? `（${chineseDate(d.doneOn)}完成）` : ''}`}>
          <Tag color={DEADLINE_TAGS[d.state].color} data-testid={`deadline-${d.key}`}>
            {d.label}·{DEADLINE_TAGS[d.state].label}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** 年度报告: every report of the year in the user's scope, and the units that have none yet. */
export function ReportListPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const canWrite = useAbility('report.write');
  const [year, setYear] = useReportYear();
  const thisYear = new Date().getFullYear();
  const today = chinaDayOfIso(new Date().toISOString()) ?? '';

  const list = useQuery({
    queryKey: reportKeys.list(year),
    queryFn: () => listReports(year),
    placeholderData: keepPreviousData,
  });

  const draft = useMutation({
    mutationFn: (unitId: string) => draftReport({ year, unitId }),
    onSuccess: (view) => {
      queryClient.setQueryData(reportKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      message.success(`已从台账数据起草${view.unit.name}${view.year}年度报告`);
      void navigate(`/reports/${view.id}`);
    },
    onError: (e) => {
      message.error(errorMessage(e));
      if (isApiError(e) && e.code === 'DUPLICATE_RECORD')
        void queryClient.invalidateQueries({ queryKey: reportKeys.list(year) });
    },
  });

  const rows = useMemo<Row[]>(() => {
    const data = list.data;
    if (!data) return [];
    return [
      ...data.items.map((r) => ({ key: r.id, unitId: r.unitId, unitName: r.unitName, report: r })),
      ...data.missing.map((m) => ({
        key: `missing:${m.unitId}`,
        unitId: m.unitId,
        unitName: m.unitName,
        missing: m,
      })),
    ];
  }, [list.data]);

  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: '单位',
      width: 120,
      render: (_, r) => (r.report ? <Link to={`/reports/${r.report.id}`}>{r.unitName}</Link> : r.unitName),
    },
    {
      key: 'status',
      title: '状态',
      width: 110,
      render: (_, r) =>
        r.report ? (
          <Space size={4}>
            <Tag color={STATUS_COLORS[r.report.status]}>{r.report.statusLabel}</Tag>
            {r.report.revision > 1 ? (
              <Tooltip title="退回修改后重新批准的报告：第几个批准版本">
                <Typography.Text type="secondary">第{r.report.revision}版</Typography.Text>
              </Tooltip>
            ) : null}
          </Space>
        ) : (
          <Tag color="warning">未起草</Tag>
        ),
    },
    { key: 'submitted', title: '提交审核', width: 118, render: (_, r) => day(r.report?.submittedAt ?? null) },
    { key: 'approved', title: '批准', width: 118, render: (_, r) => day(r.report?.approvedAt ?? null) },
    { key: 'reported', title: '报送县级', width: 118, render: (_, r) => day(r.report?.reportedAt ?? null) },
    { key: 'published', title: '公开', width: 118, render: (_, r) => day(r.report?.publishedAt ?? null) },
    {
      key: 'deadlines',
      title: '期限',
      width: 190,
      render: (_, r) => <DeadlineCell report={r.report} year={year} today={today} />,
    },
    {
      key: 'actions',
      title: '操作',
      width: 120,
      render: (_, r) => {
        if (r.report)
          return (
            <Space size={8}>
              <Link to={`/reports/${r.report.id}`}>打开</Link>
              {r.report.status === 'published' ? (
                <a href={publicReportPath(r.report.id)} target="_blank" rel="noreferrer">
                  公开页
                </a>
              ) : null}
            </Space>
          );
        if (canWrite)
          return (
            <Button
              type="primary"
              size="small"
              icon={<EditOutlined />}
              loading={draft.isPending && draft.variables === r.unitId}
              onClick={() => draft.mutate(r.unitId)}
            >
              起草
            </Button>
          );
        return <Typography.Text type="secondary">尚未起草</Typography.Text>;
      },
    },
  ];

  const missingCount = list.data?.missing.length ?? 0;
  const unitCode = me.data?.unit.code.trim();
  const publicLink =
    unitCode && me.data?.unit.level !== 'village' ? (
      <a href={publicIndexPath(unitCode)} target="_blank" rel="noreferrer">
        <GlobalOutlined /> 公开页面
      </a>
    ) : null;

  return (
    <Card title="法治政府建设年度报告" extra={publicLink}>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Select<number>
          aria-label="报告年度"
          value={year}
          onChange={setYear}
          style={{ width: 130 }}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: `${y}年度`,
          }))}
        />
        <Typography.Text type="secondary">
          {year}年度报告应于次年报送县级，并于{year + 1}年4月1日前向社会公开。
        </Typography.Text>
        {missingCount > 0 && !canWrite ? (
          <Tag color="warning" data-testid="missing-count">
            {missingCount} 个单位尚未起草
          </Tag>
        ) : null}
      </Flex>
      <Table<Row>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        scroll={{ x: 1000 }}
        locale={{ emptyText: list.isError ? errorMessage(list.error) : `${year}年度暂无报告` }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个单位` }}
      />
    </Card>
  );
}
