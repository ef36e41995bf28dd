import { z } from 'zod';
import { REPORT_STATUSES } from '../report/workflow';
import { UNIT_LEVELS } from '../units/unitLevel';
import { day } from './shape';

/** One figure of a unit for a year, with last year's for comparison and where its rows are. */
export const IndicatorValue = z.strictObject({
  value: z.number().nullable(),
  unit: z.string(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  previous: z.number().nullable(),
  /** The app address of the ledger list the figure counts (filters included). */
  rows: z.string(),
  /** A rate's denominator as a list of its own (the rows the rate is a share of). */
  denominatorRows: z.string().optional(),
  /** Why the value is missing or partial, in Chinese. */
  reason: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

const Period = z.strictObject({ from: day, to: day });

/** What may make the figures wrong: empty required fields, records never closed, late entry. */
export const QualityFinding = z.strictObject({
  kind: z.string(),
  what: z.enum(['missing', 'unclosed', 'late']),
  message: z.string(),
  count: z.number(),
});

export const UnitIndicators = z.strictObject({
  unit: z.strictObject({
    id: z.string(),
    name: z.string(),
    level: z.enum(UNIT_LEVELS),
    population: z.number().nullable(),
  }),
  year: z.number(),
  period: Period,
  values: z.record(z.string(), IndicatorValue),
  quality: z.array(QualityFinding),
});
export type UnitIndicators = z.infer<typeof UnitIndicators>;

export const CatalogEntry = z.strictObject({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  area: z.string(),
  /** The formula in words (e.g. 调解成功件数 ÷ 排查调处件数 × 100%). */
  formula: z.string(),
  /** Ledger kinds the figure is counted from. */
  kinds: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const OverviewTownship = z.strictObject({
  unit: z.strictObject({ id: z.string(), name: z.string(), population: z.number().nullable() }),
  values: z.record(z.string(), z.number().nullable()),
  /** How many rows a figure is computed over (a rate's denominator); null when unknown. */
  samples: z.record(z.string(), z.number().nullable()),
  /** The township's annual report on this year and its deadline at the county (issue 15 §16). */
  report: z.strictObject({
    id: z.string().nullable(),
    status: z.enum(REPORT_STATUSES).nullable(),
    due: z.string(),
    overdue: z.boolean(),
  }),
});
export type OverviewTownship = z.infer<typeof OverviewTownship>;

export const IndicatorOverview = z.strictObject({
  year: z.number(),
  period: Period,
  keys: z.array(z.string()),
  townships: z.array(OverviewTownship),
  /** 全县合计: rates from the summed counts; the population only when every township has one. */
  total: z.strictObject({
    population: z.number().nullable(),
    values: z.record(z.string(), z.number().nullable()),
    samples: z.record(z.string(), z.number().nullable()),
  }),
});
export type IndicatorOverview = z.infer<typeof IndicatorOverview>;

export const IndicatorTrend = z.strictObject({
  year: z.number(),
  /** yyyy-mm */
  months: z.array(z.string()),
  series: z.record(z.string(), z.array(z.number())),
});
export type IndicatorTrend = z.infer<typeof IndicatorTrend>;
