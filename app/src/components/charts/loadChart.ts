import type { ComponentType } from 'react';
import type { EChartProps } from './EChart';

export type Chart = ComponentType<EChartProps>;

let loaded: Chart | undefined;
let loading: Promise<Chart> | undefined;

/**
 * Fetches ECharts (its own chunk) once, on a chart's first render. Not started by boot on a first
 * load of the 工作台: evaluating it held back the key figures (firstLoad.ts).
 */
export function loadChart(): Promise<Chart> {
  loading ??= import('./EChart').then((m) => {
    loaded = m.default;
    return loaded;
  });
  return loading;
}

/** The chart component once its code is here, else undefined. */
export function loadedChart(): Chart | undefined {
  return loaded;
}
