import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChart';

// ECharts (and echarts/core's registrations) load on first use, in their own chunk.
const EChart = lazy(() => import('./EChart'));

/** A chart that loads its renderer on demand, showing a placeholder of its height meanwhile. */
export function LazyChart(props: EChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 300 }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
