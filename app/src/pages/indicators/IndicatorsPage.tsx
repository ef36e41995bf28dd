import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import { CATALOG, indicatorDef } from '../../../../core/indicators';
import { isApiError } from '../../api/client';
import { type CatalogEntry, getIndicatorCatalog } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { groupByArea } from '../dashboard/figures';
import { catalogFallback } from './catalogFallback';

const COLUMNS: TableColumnsType<CatalogEntry> = [
  { key: 'name', title: '指标', dataIndex: 'name', width: 260 },
  { key: 'unit', title: '单位', dataIndex: 'unit', width: 80 },
  {
    key: 'formula',
    title: '计算方法',
    dataIndex: 'formula',
    render: (f: string) => f || <Typography.Text type="secondary">—</Typography.Text>,
  },
];

/** 指标说明: every indicator by area, with its unit and how it is computed, in words. */
export function IndicatorsPage() {
  const query = useQuery({
    queryKey: queryKeys.indicatorCatalog,
    queryFn: async () => {
      try {
        return { entries: await getIndicatorCatalog(), partial: false };
      } catch (e) {
        // a server without the catalog route yet: names and units from the shared catalog
        if (isApiError(e) && e.status === 404) return { entries: catalogFallback(CATALOG), partial: true };
        throw e;
      }
    },
    staleTime: 10 * 60_000,
  });
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <Alert type="error" showIcon title="指标说明暂不可用" />;
  const { entries, partial } = query.data;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const groups = groupByArea(
    entries.map((e) => e.key),
    (k) => byKey.get(k)?.area ?? indicatorDef(k)?.area,
  );
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        指标说明
      </Typography.Title>
      {partial ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="计算方法说明暂未提供，以下仅列出指标名称和单位。"
        />
      ) : null}
      {groups.map((g) => (
        <Card key={g.area} title={g.label} size="small" style={{ marginBottom: 16 }}>
          <Table<CatalogEntry>
            rowKey="key"
            size="small"
            pagination={false}
            columns={COLUMNS}
            dataSource={g.keys.map((k) => byKey.get(k)).filter((e): e is CatalogEntry => e !== undefined)}
          />
        </Card>
      ))}
    </>
  );
}
