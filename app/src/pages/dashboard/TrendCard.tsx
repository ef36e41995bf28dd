import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { indicatorDef } from '../../../../core/indicators/catalog';
import { errorMessage } from '../../api/client';
import { LazyChart } from '../../components/charts/LazyChart';
import { lineOption } from '../../components/charts/options';
import { trendQuery } from './queries';

/** 工作台: the year's monthly counts of a few figures, as lines. */
export function TrendCard({ unitId, year }: { unitId: string; year: number }) {
  const query = useQuery(trendQuery(unitId, year));
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
      ) : option ? (
        <LazyChart option={option} height={280} label={`${year}年逐月趋势图`} />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
