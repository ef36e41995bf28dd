import { Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import type { EChartProps } from './EChart';
import { type Chart, loadChart, loadedChart } from './loadChart';

/**
 * A chart that loads its renderer on demand (ECharts, in its own chunk), showing a placeholder of
 * its height meanwhile; code already here (preloaded, or drawn before) renders at once. Loaded
 * through state rather than Suspense, whose reveal React throttles to 300 ms after a fallback.
 */
export function LazyChart(props: EChartProps) {
  const [state, setState] = useState<{ chart?: Chart; error?: unknown }>(() => ({
    chart: loadedChart(),
  }));
  useEffect(() => {
    if (state.chart) return;
    let live = true;
    loadChart().then(
      (chart) => live && setState({ chart }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [state.chart]);
  if (state.error) throw state.error; // to the page's error boundary, as it did with React.lazy
  const Chart = state.chart;
  if (Chart) return <Chart {...props} />;
  return <Skeleton.Node active style={{ width: '100%', height: props.height ?? 300 }} />;
}
