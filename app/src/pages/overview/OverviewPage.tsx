import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Segmented,
  Select,
  Switch,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { AREA_LABELS, type Area, indicatorDef } from '../../../../core/indicators';
import { errorMessage } from '../../api/client';
import { getIndicatorOverview, getUnitIndicators, type OverviewTownship } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { LazyChart } from '../../components/charts/LazyChart';
import { barOption } from '../../components/charts/options';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { useUnits } from '../../hooks/useUnits';
import { groupByArea } from '../dashboard/figures';
import { useYearParam, YearSelect } from '../dashboard/YearSelect';
import { downloadOverview, overviewSheet } from './exportOverview';
import {
  type CellOptions,
  cellOf,
  cellOptions,
  compareNullsLast,
  DEFAULT_MIN_SAMPLE,
  isCountUnit,
  ranking,
} from './overviewMath';
import { ReportStatusTag } from './ReportStatusTag';

const ALL = 'all';
const fmt = (n: number) =>
  Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1).replace(/\.?0+$/, '');

/** The county the overview is about: the working unit when it is one, else its county ancestor. */
function useCountyId(): string {
  const { unitId } = useWorkingUnit();
  const { byId } = useUnits();
  let id: string | null = unitId;
  for (let depth = 0; id && depth < 5; depth++) {
    const u = byId.get(id);
    if (!u || u.level === 'county') return id;
    id = u.parentId;
  }
  return unitId;
}

/** 县级总览: townships × key figures for a year, sortable, with sample and population adjustments. */
export function OverviewPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const countyId = useCountyId();
  const [year, setYear] = useYearParam();
  const [minSample, setMinSample] = useState(DEFAULT_MIN_SAMPLE);
  const [perCapita, setPerCapita] = useState(false);
  const [area, setArea] = useState<string>(ALL);
  const [chartArea, setChartArea] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const query = useQuery({
    queryKey: queryKeys.indicatorOverview(countyId, year),
    queryFn: () => getIndicatorOverview(countyId, year),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const groups = useMemo(() => groupByArea(data?.keys ?? [], (k) => indicatorDef(k)?.area), [data]);
  const shownGroups = area === ALL ? groups : groups.filter((g) => g.area === area);
  const shownKeys = shownGroups.flatMap((g) => g.keys);
  const opts = (key: string): CellOptions => cellOptions(key, { minSample, perCapita });

  const ranks = useMemo(() => {
    const m = new Map<string, Map<string, number>>();
    for (const k of data?.keys ?? [])
      m.set(k, ranking(data?.townships ?? [], k, cellOptions(k, { minSample, perCapita })));
    return m;
  }, [data, minSample, perCapita]);

  /**
   * A figure's rows (a rate's numerator; `denominator`: the rows it is computed over): the
   * township's own link from /api/indicators. The link names the township; the working unit stays.
   */
  const openRows = async (t: OverviewTownship, key: string, part: 'rows' | 'denominator' = 'rows') => {
    try {
      const one = await queryClient.fetchQuery({
        queryKey: queryKeys.unitIndicators(t.unit.id, year),
        queryFn: () => getUnitIndicators(t.unit.id, year),
        staleTime: 60_000,
      });
      const rows = part === 'rows' ? one.values[key]?.rows : one.values[key]?.denominatorRows;
      if (!rows) {
        message.info(`${indicatorDef(key)?.name ?? key}${part === 'rows' ? '' : '的分母'}没有对应的台账明细`);
        return;
      }
      // the link names the township: the list shows its rows and the working unit stays (issue 15 §15)
      navigate(rows);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const column = (key: string): TableColumnsType<OverviewTownship>[number] => {
    const def = indicatorDef(key);
    const unit = def?.unit ?? '';
    const unitText = perCapita && isCountUnit(unit) ? `${unit}/万人` : unit;
    return {
      key,
      title: (
        <Tooltip title={def?.name ?? key}>
          <span>
            {def?.name ?? key}
            {unitText ? <Typography.Text type="secondary">（{unitText}）</Typography.Text> : null}
          </span>
        </Tooltip>
      ),
      width: 130,
      align: 'right',
      sorter: (a, b, order) =>
        compareNullsLast(cellOf(a, key, opts(key)).value, cellOf(b, key, opts(key)).value, order),
      sortDirections: ['descend', 'ascend'],
      render: (_, t) => {
        const c = cellOf(t, key, opts(key));
        if (c.insufficient)
          return (
            <Tooltip
              title={`样本 ${c.sample ?? 0} 件，少于 ${minSample} 件，不参与排名（${fmt(c.raw ?? 0)}%）`}
            >
              <Tag data-testid="insufficient">样本不足</Tag>
            </Tooltip>
          );
        if (c.noPopulation)
          return (
            <Tooltip title={`未登记常住人口，总数 ${c.raw}`}>
              <Typography.Text type="secondary">未登记人口</Typography.Text>
            </Tooltip>
          );
        if (c.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
        const rank = ranks.get(key)?.get(t.unit.id);
        return (
          <Tooltip
            title={
              rank ? `全县第 ${rank} 名${c.sample !== undefined ? `，样本 ${c.sample} 件` : ''}` : undefined
            }
          >
            <span style={{ whiteSpace: 'nowrap' }}>
              <Typography.Link data-testid={`cell-${key}`} onClick={() => void openRows(t, key)}>
                {fmt(c.value)}
                {unit === '%' ? '%' : ''}
              </Typography.Link>
              {/* a rate's denominator one click away, as on the 工作台 (issue 15 §15) */}
              {unit === '%' && c.sample !== undefined ? (
                <Typography.Link
                  type="secondary"
                  style={{ fontSize: 12, marginLeft: 4 }}
                  title={`查看计入分母的${c.sample}条台账`}
                  data-testid={`denominator-${key}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    void openRows(t, key, 'denominator');
                  }}
                >
                  /{c.sample}
                </Typography.Link>
              ) : null}
            </span>
          </Tooltip>
        );
      },
    };
  };

  const columns: TableColumnsType<OverviewTownship> = [
    {
      key: 'township',
      title: '乡镇',
      fixed: 'left',
      width: 110,
      render: (_, t) => t.unit.name,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN'),
    },
    {
      key: 'population',
      title: '常住人口',
      width: 100,
      align: 'right',
      render: (_, t) => t.unit.population ?? <Typography.Text type="secondary">—</Typography.Text>,
      sorter: (a, b, order) => compareNullsLast(a.unit.population, b.unit.population, order),
    },
    {
      key: 'report',
      title: '年度报告',
      width: 110,
      render: (_, t) => <ReportStatusTag report={t.report} year={year} />,
    },
    ...shownGroups.map((g) => ({ key: `area:${g.area}`, title: g.label, children: g.keys.map(column) })),
  ];

  // 全县合计 as the table's last row: the same cells, unranked and not linked
  const totalRow = (() => {
    if (!data || data.townships.length === 0) return null;
    const t = data.total;
    const cells = shownKeys.map((k) => {
      const c = cellOf(
        {
          unit: { id: 'total', name: '全县合计', population: t.population },
          values: t.values,
          samples: t.samples,
        },
        k,
        opts(k),
      );
      const unit = indicatorDef(k)?.unit ?? '';
      return c.value === null ? '—' : `${fmt(c.value)}${unit === '%' ? '%' : ''}`;
    });
    return (
      <Table.Summary fixed="bottom">
        <Table.Summary.Row data-testid="overview-total">
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>全县合计</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {t.population ?? '—'}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          {cells.map((text, i) => (
            <Table.Summary.Cell key={shownKeys[i]} index={i + 3} align="right">
              <Typography.Text strong>{text}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      </Table.Summary>
    );
  })();

  const chartGroup = groups.find((g) => g.area === chartArea) ?? groups[0];
  const chart = useMemo(() => {
    if (!data || !chartGroup) return null;
    const names = data.townships.map((t) => t.unit.name);
    return barOption(
      names,
      chartGroup.keys.map((k) => ({
        name: indicatorDef(k)?.name ?? k,
        percent: indicatorDef(k)?.unit === '%',
        data: data.townships.map((t) => cellOf(t, k, cellOptions(k, { minSample, perCapita })).value),
      })),
    );
  }, [data, chartGroup, minSample, perCapita]);

  const exportXlsx = async () => {
    if (!data) return;
    setExporting(true);
    try {
      await downloadOverview(
        `法治建设指标总览_${year}${perCapita ? '_每万人' : ''}.xlsx`,
        overviewSheet(data, shownKeys, { minSample, perCapita }),
      );
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <Card
        title="县级总览"
        style={{ marginBottom: 16 }}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportXlsx()}
            loading={exporting}
            disabled={!data}
          >
            导出 Excel
          </Button>
        }
      >
        <Flex wrap gap={16} align="center" style={{ marginBottom: 16 }}>
          <YearSelect year={year} onChange={setYear} />
          <Select
            aria-label="领域"
            value={area}
            onChange={setArea}
            style={{ width: 140 }}
            options={[
              { value: ALL, label: '全部领域' },
              ...groups.map((g) => ({ value: g.area, label: AREA_LABELS[g.area as Area] ?? g.label })),
            ]}
          />
          <Flex align="center" gap={6}>
            <label htmlFor="overview-min-sample">最小样本</label>
            <InputNumber
              id="overview-min-sample"
              min={1}
              max={1000}
              precision={0}
              value={minSample}
              onChange={(v) => setMinSample(v ?? DEFAULT_MIN_SAMPLE)}
              suffix="件"
              style={{ width: 100 }}
            />
          </Flex>
          <Flex align="center" gap={6}>
            <Switch id="overview-per-capita" checked={perCapita} onChange={setPerCapita} />
            <label htmlFor="overview-per-capita">计数按每万常住人口</label>
          </Flex>
        </Flex>
        {query.isError ? (
          <Alert type="error" showIcon title="总览暂不可用" description={errorMessage(query.error)} />
        ) : (
          <Table<OverviewTownship>
            rowKey={(t) => t.unit.id}
            columns={columns}
            dataSource={data?.townships ?? []}
            loading={query.isFetching}
            pagination={false}
            bordered
            size="small"
            scroll={{ x: 'max-content' }}
            showSorterTooltip={{ target: 'sorter-icon' }}
            summary={() => totalRow}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          比率的样本（计算所依据的件数）少于最小样本时显示“样本不足”，不参与排序名次；点击数字查看对应台账。
        </Typography.Paragraph>
      </Card>
      {chart && chartGroup ? (
        <Card
          title="分领域对比"
          extra={
            <Segmented
              value={chartGroup.area}
              onChange={(v) => setChartArea(String(v))}
              options={groups.map((g) => ({ value: g.area, label: g.label }))}
            />
          }
        >
          <LazyChart option={chart} height={340} label={`${chartGroup.label}各乡镇对比柱状图`} />
        </Card>
      ) : null}
    </>
  );
}
