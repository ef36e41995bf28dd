import type { ComponentType } from 'react';
import type { EChartProps } from './EChart';

export type Chart = ComponentType<EChartProps>;

let loaded: Chart | undefined;
let loading: Promise<Chart> | undefined;

/**
 * Fetches ECharts (its own chunk) once: on a chart's first render, or ahead of it when the shell
 * knows the first page draws one (firstLoad.ts). Kept apart from LazyChart so that the shell can
 * start it without pulling any chart code into the initial bundle.
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
