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
 * Which records of a kind a measure takes: states, and tests on `data` fields. Every test must
 * hold. A multiselect field is "in" when it holds any of the values.
 */
export interface RecordFilter {
  states?: readonly string[];
  /** data field equals the value (a boolean field: `true`) */
  equals?: Readonly<Record<string, string | boolean>>;
  /** data field is one of the values (multiselect: holds one of them) */
  in?: Readonly<Record<string, readonly string[]>>;
  /** data field is none of the values (an empty field passes) */
  notIn?: Readonly<Record<string, readonly string[]>>;
  /** data fields that are filled in */
  present?: readonly string[];
  /** at least one of these fields is filled in (a table: has a row) */
  anyPresent?: readonly string[];
  /** the record took step `action` at least once (with a payload holding `equals`, if given) */
  event?: { action: string; equals?: Readonly<Record<string, string | boolean>> };
  /**
   * A clock the record runs (any of `keys`, from the ledger_clocks cache): `settled` — done, or
   * due on or before the period's count day, so it should have been done; `on_time` — done, and
   * the first filled-in of `dates` (the stopping step's date) on or before its due date.
   */
  clock?: { keys: readonly string[]; test: 'settled' | 'on_time'; dates?: readonly string[] };
}

/**
 * People listed on the record rather than a typed total (who took part in a study session or
 * an exam): the rows of table `table` matching `equals`. A record that lists nobody still
 * counts with its typed fields (records from before the list existed).
 */
export interface PeopleRule {
  table: string;
  equals?: Readonly<Record<string, string | boolean>>;
}

/**
 * Which date puts a record into the period. `within`: the date lies in [from, to] (the
 * kind's main date unless `field` names another). `asOf`: a standing register counted on a
 * day (the period's end, or today when the period has not ended): the start date is on or
 * before it and every filled-in end date after or on it.
 */
export type PeriodRule =
  | { mode: 'within'; field?: string }
  | { mode: 'asOf'; field?: string; endFields: readonly string[] };

/** One figure taken from one ledger kind. */
export interface Measure {
  ledger: string;
  /**
   * count: records; sum: the numeric fields added up (÷ divisor); max: the largest value of
   * the field in the period; events: the record's events of `action`; distinct: the distinct
   * values of a (multiple) field, used for coverage against the unit tree.
   */
  aggregate: 'count' | 'sum' | 'max' | 'events' | 'distinct';
  fields?: readonly string[];
  action?: string;
  divisor?: number;
  /** sum only: per record, the people listed in a table when it lists any, else the typed `fields` */
  people?: PeopleRule;
  where?: RecordFilter;
  period?: PeriodRule;
  /** Chinese name of a part that is not itself a catalog key (在岗执法人员). */
  label?: string;
}

/** A side of a rate: a catalog key computed elsewhere, or a measure of its own. */
export type RatePart = string | Measure;

/** How a key is computed from the unit's ledgers. */
export type ComputationDef =
  | ({ type: 'measure' } & Measure)
  /** several kinds add up (合法性审查 = decisions + documents + contracts reviewed) */
  | { type: 'total'; parts: readonly Measure[] }
  | { type: 'rate'; numerator: RatePart; denominator: RatePart }
  /** distinct villages named by `measure` (a multiple village field) / villages of the unit × 100 */
  | { type: 'coverage'; measure: Measure }
  /** No ledger answers it. */
  | { type: 'none'; reason: string };

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
  /**
   * What a figure of this key counts, as the head nouns a report may write right after the
   * measure word (设立3个便民服务窗口, 发放3000份宣传资料). When the words right after a figure
   * name a thing, the figure is this key's only when the thing is one of these nouns or the
   * key's cues: 16个嘎查村 is no count of decisions, 1个便民服务中心 no count of windows. A key
   * without `counts` is tested only against the places and bodies that no key counts
   * (`OTHER_NOUNS` in ./nouns.ts). Absent or empty: no noun of the key's own is declared.
   * A head count names its people the same way (12名班子成员, 31名执法人员): the visitors a
   * 接访 count means are 群众, not the leaders who received them.
   */
  counts?: readonly string[];
  /**
   * The key counts what the unit has on a day (officers holding a certificate, legal aides on
   * the roster, mediation committees, windows), not what it did in the period. A report writes
   * such a count with 现有/共有/配备 or with the noun alone (法律明白人46名), and an activity
   * count with what was done (培训, 参训, 接待): a count of people the unit has is no activity
   * key's figure, and a count written up to a day (截至目前) may be a standing key's.
   */
  standing?: boolean;
  /** Words anywhere in the sentence that favour this key over others with the same cue. */
  context?: readonly string[];
  /** The key needs a context word (or a companion figure) to be chosen at all. */
  contextRequired?: boolean;
  /** Keys whose figure, just before in the same sentence, makes this the follow-up figure. */
  after?: readonly string[];
  /** Phrases that state the value zero without a digit (零败诉). */
  zeroCues?: readonly string[];
  rate?: RateDef;
  /**
   * Where the definition comes from: the rule whose deadline a 考核 rate reads, or the local
   * practice that defines it when no rule does (issue 16 §2).
   */
  source?: string;
  /** How the value is computed from the unit's ledgers (core/indicators/computations.ts). */
  computation?: ComputationDef;
}
