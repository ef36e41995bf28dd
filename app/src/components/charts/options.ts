/**
 * Chart options as plain data, built without importing ECharts so that pages stay small:
 * the renderer (EChart.tsx) is loaded only when a chart is on screen.
 */
export type ChartOption = Record<string, unknown>;

export interface Series {
  name: string;
  data: (number | null)[];
  /** A percentage: drawn against its own 0–100 % axis on the right when mixed with counts. */
  percent?: boolean;
}

/** Monthly lines (趋势): one series per figure, months as 1月…12月. */
export function lineOption(months: readonly string[], series: readonly Series[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months.map(monthLabel), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.data,
      smooth: false,
      showSymbol: true,
    })),
  };
}

/**
 * Grouped bars: categories along the x axis (乡镇), one series per figure. Counts and
 * percentages together get two axes, counts on the left, percentages on the right.
 */
export function barOption(categories: readonly string[], series: readonly Series[]): ChartOption {
  const mixed = series.some((s) => s.percent) && series.some((s) => !s.percent);
  const percentAxis = { type: 'value', name: '%', max: 100, axisLabel: { formatter: '{value}%' } };
  const countAxis = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 48, right: 16, top: 40, bottom: categories.length > 8 ? 64 : 32 },
    xAxis: {
      type: 'category',
      data: [...categories],
      axisLabel: { interval: 0, rotate: categories.length > 8 ? 30 : 0 },
    },
    yAxis: mixed
      ? [countAxis, { ...percentAxis, splitLine: { show: false } }]
      : series.every((s) => s.percent)
        ? percentAxis
        : countAxis,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      ...(mixed && s.percent ? { yAxisIndex: 1 } : {}),
    })),
  };
}

/** "2026-03" → "3月"; anything else as it is. */
export function monthLabel(month: string): string {
  const m = /^\d{4}-(\d{2})$/.exec(month);
  return m ? `${Number(m[1])}月` : month;
}
