import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { indicatorDef } from '../../../../core/indicators/catalog';
import { errorMessage } from '../../api/client';
import { LazyChart } from '../../components/charts/LazyChart';
import { lineOption } from '../../components/charts/options';
import { keyFiguresQuery, trendQuery } from './queries';

/** 工作台: the year's monthly counts of a few figures, as lines. */
export function TrendCard({ unitId, year }: { unitId: string; year: number }) {
  const query = useQuery(trendQuery(unitId, year));
  // the chart's code (ECharts, its own chunk of ~530 KB) is fetched and run only once the key figures
  // above are in (or failed): on a first load it would otherwise take the main thread from them
  // (issue 17). The same query as KeyFigures', read from the cache: no request of its own.
  const figuresSettled = !useQuery(keyFiguresQuery(unitId, year)).isPending;
  const option = useMemo(() => {
    if (!query.data) return null;
    const { months, series } = query.data;
    return lineOption(
      months,
      Object.entries(series).map(([key, data]) => ({ name: indicatorDef(key)?.name ?? key, data })),
    );
  }, [query.data]);
  return (
    <Card title={`${year}年逐月趋势`} style={{ marginBottom: 16 }}>
      {query.isError ? (
        <Alert type="warning" showIcon title="趋势暂不可用" description={errorMessage(query.error)} />
      ) : option && figuresSettled ? (
        <LazyChart option={option} height={280} label={`${year}年逐月趋势图`} />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
