/**
 * The shape of one indicator declaration. The catalog is the single vocabulary used to
 * compute indicators from ledgers, to write them into a report and to read them back out
 * of a report, so reading hints (cues, measure words) sit next to the meaning.
 */

export const AREAS = [
  'organization',
  'capacity',
  'publicity',
  'decision',
  'enforcement',
  'supervision',
  'dispute',
  'service',
] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  organization: '组织领导',
  capacity: '学法用法',
  publicity: '普法宣传',
  decision: '依法决策',
  enforcement: '行政执法',
  supervision: '监督与公开',
  dispute: '矛盾化解',
  service: '职能与服务',
};

/** The unit a value is stored and reported in. */
export type CatalogUnit = '次' | '场' | '件' | '份' | '条' | '人' | '人次' | '批次' | '个' | '%' | '万元';

/**
 * How a key is counted from ledgers. Filled in by the ledger issue; until then every
 * key is extraction-only. Kept as a typed slot so adding it later is not a reshape.
 */
export interface ComputationDef {
  /** ledger kind the rows come from, e.g. 'mediation' */
  ledger: string;
  /** how rows become the value */
  aggregate: 'count' | 'sum' | 'ratio';
  /** for sum: the numeric field; for count: an optional boolean/enum filter field */
  field?: string;
  /** filter value for `field` when counting */
  equals?: string | boolean;
}

/** A rate is numerator / denominator × 100; either side may be unknown to the catalog. */
export interface RateDef {
  numerator?: string;
  denominator?: string;
}

export interface IndicatorDef {
  key: string;
  /** 名称 as in the catalog */
  name: string;
  unit: CatalogUnit;
  area: Area;
  /** measure words a report may write after the number (量词), including the unit itself */
  measures: readonly string[];
  /**
   * Phrases that name this indicator next to its figure, in the same clause.
   * `…` stands for a short gap inside the clause (other words, no punctuation).
   */
  cues: readonly string[];
  /** Words anywhere in the sentence that favour this key over others with the same cue. */
  context?: readonly string[];
  /** The key needs a context word (or a companion figure) to be chosen at all. */
  contextRequired?: boolean;
  /** Keys whose figure, just before in the same sentence, makes this the follow-up figure. */
  after?: readonly string[];
  /** Phrases that state the value zero without a digit (零败诉). */
  zeroCues?: readonly string[];
  rate?: RateDef;
  /** Set by a later issue: how the value is computed from the unit's ledgers. */
  computation?: ComputationDef;
}
