import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { indicatorDef } from '../../../../core/indicators';
import { errorMessage } from '../../api/client';
import { getIndicatorTrend } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { LazyChart } from '../../components/charts/LazyChart';
import { lineOption } from '../../components/charts/options';

/** Counts worth watching month by month in a township. */
export const TREND_KEYS = [
  'dispute.handled',
  'petition.cases',
  'supervision.hotline_items',
  'enforcement.cases',
] as const;

/** 工作台: the year's monthly counts of a few figures, as lines. */
export function TrendCard({ unitId, year }: { unitId: string; year: number }) {
  const query = useQuery({
    queryKey: queryKeys.indicatorTrend(unitId, year, TREND_KEYS),
    queryFn: () => getIndicatorTrend(unitId, year, TREND_KEYS),
  });
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
