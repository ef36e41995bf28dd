import { allMeasures, COMPUTATIONS } from './computations';
import type { ComputationDef, Measure, PeopleRule, RecordFilter } from './types';

/**
 * The computation definitions applied to records in memory. The server computes the same
 * figures in SQL; tests run both on the same records, so the two cannot drift apart.
 */

export interface IndicatorRecord {
  kind: string;
  state: string;
  /** the kind's main date */
  eventDate: string;
  data: Record<string, unknown>;
  events: readonly { action: string; on?: string; payload?: Readonly<Record<string, unknown>> }[];
  /** The record's clocks as cached for 待办 (clock key, due date, done). */
  clocks?: readonly { clock: string; due: string; done: boolean }[];
}

export interface Period {
  from: string;
  to: string;
  /** The day registers are counted on: the period's end, or today when it has not ended. */
  asOf: string;
}

/** What one measure comes to: a number, or the distinct values for coverage. */
export type MeasureValue = number | readonly string[];

export interface ComputedValue {
  value: number | null;
  numerator?: number;
  denominator?: number;
  reason?: string;
}

const empty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export function matchesFilter(
  where: RecordFilter | undefined,
  r: IndicatorRecord,
  period?: Pick<Period, 'asOf'>,
): boolean {
  if (!where) return true;
  if (where.states && !where.states.includes(r.state)) return false;
  const holds = (field: string, values: readonly (string | boolean)[]) => {
    const v = r.data[field];
    return Array.isArray(v) ? v.some((x) => values.includes(x)) : values.includes(v as string | boolean);
  };
  for (const [f, v] of Object.entries(where.equals ?? {})) if (!holds(f, [v])) return false;
  for (const [f, vs] of Object.entries(where.in ?? {})) if (!holds(f, vs)) return false;
  for (const [f, vs] of Object.entries(where.notIn ?? {})) if (holds(f, vs)) return false;
  for (const f of where.present ?? []) if (empty(r.data[f])) return false;
  if (where.anyPresent?.every((f) => empty(r.data[f]))) return false;
  if (where.event) {
    const { action, equals = {} } = where.event;
    const took = r.events.some(
      (e) => e.action === action && Object.entries(equals).every(([k, v]) => e.payload?.[k] === v),
    );
    if (!took) return false;
  }
  if (where.clock) {
    const { keys, test, dates = [] } = where.clock;
    const doneOn = dates.map((f) => r.data[f]).find((v): v is string => typeof v === 'string' && v !== '');
    const asOf = period?.asOf ?? '9999-12-31';
    const holds = (r.clocks ?? []).some(
      (c) =>
        keys.includes(c.clock) &&
        (test === 'settled' ? c.done || c.due <= asOf : c.done && doneOn !== undefined && doneOn <= c.due),
    );
    if (!holds) return false;
  }
  return true;
}

/** People listed in the record's table matching the rule, or null when it lists nobody. */
export function listedPeople(rule: PeopleRule, r: IndicatorRecord): number | null {
  const rows = r.data[rule.table];
  if (!Array.isArray(rows) || rows.length === 0) return null;
  return rows.filter(
    (row) =>
      typeof row === 'object' &&
      row !== null &&
      Object.entries(rule.equals ?? {}).every(([k, v]) => (row as Record<string, unknown>)[k] === v),
  ).length;
}

/** The date that decides whether the record falls in the period for this measure. */
export function measureDate(m: Measure, r: IndicatorRecord): string | null {
  const field = m.period?.field;
  if (!field) return r.eventDate;
  const v = r.data[field];
  return typeof v === 'string' && v !== '' ? v : null;
}

export function inPeriod(m: Measure, r: IndicatorRecord, p: Period): boolean {
  const d = measureDate(m, r);
  if (d === null) return false;
  const rule = m.period ?? { mode: 'within' as const };
  if (rule.mode === 'within') return d >= p.from && d <= p.to;
  if (d > p.asOf) return false;
  return rule.endFields.every((f) => {
    const end = r.data[f];
    return typeof end !== 'string' || end === '' || end >= p.asOf;
  });
}

const numeric = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** One measure over the records (any kinds; the measure picks its own). */
export function measureValue(m: Measure, records: readonly IndicatorRecord[], p: Period): MeasureValue {
  const rows = records.filter(
    (r) => r.kind === m.ledger && matchesFilter(m.where, r, p) && inPeriod(m, r, p),
  );
  const fields = m.fields ?? [];
  switch (m.aggregate) {
    case 'count':
      return rows.length;
    case 'sum': {
      const typed = (r: IndicatorRecord) => fields.reduce((t, f) => t + numeric(r.data[f]), 0);
      const people = m.people;
      return rows.reduce((s, r) => s + ((people && listedPeople(people, r)) ?? typed(r)), 0);
    }
    case 'max':
      return rows.reduce((s, r) => Math.max(s, ...fields.map((f) => numeric(r.data[f]))), 0);
    case 'events':
      return rows.reduce((s, r) => s + r.events.filter((e) => e.action === m.action).length, 0);
    case 'distinct': {
      const seen = new Set<string>();
      for (const r of rows)
        for (const f of fields) {
          const v = r.data[f];
          for (const x of Array.isArray(v) ? v : [v]) if (typeof x === 'string' && x !== '') seen.add(x);
        }
      return [...seen].sort();
    }
  }
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** A measure's number in the catalog unit (元 → 万元 by `divisor`). */
export function scaled(m: Measure, raw: number): number {
  return m.divisor ? round(raw / m.divisor, 2) : raw;
}

export interface AssembleContext {
  /** ids of the unit's villages (村/社区), for coverage */
  villages?: readonly string[];
}

/**
 * Turns measure values (by measure id, see `measuresOf`) into key values: rates over their
 * parts (× 100, one decimal), totals, coverage against the unit's villages.
 */
export function assemble(
  raw: ReadonlyMap<string, MeasureValue>,
  ctx: AssembleContext = {},
  defs: Readonly<Record<string, ComputationDef>> = COMPUTATIONS,
): Record<string, ComputedValue> {
  const num = (id: string) => {
    const v = raw.get(id);
    return typeof v === 'number' ? v : 0;
  };
  const out: Record<string, ComputedValue> = {};
  const plain = (key: string): number | null => {
    const def = defs[key];
    if (!def) return null;
    if (def.type === 'measure') return scaled(def, num(key));
    if (def.type === 'total') return def.parts.reduce((s, m, i) => s + scaled(m, num(`${key}#part${i}`)), 0);
    return null;
  };
  const ratio = (n: number, d: number): ComputedValue =>
    d === 0
      ? { value: null, numerator: n, denominator: d, reason: '分母为0，无法计算比率' }
      : { value: round((n / d) * 100, 1), numerator: n, denominator: d };
  for (const [key, def] of Object.entries(defs)) {
    switch (def.type) {
      case 'measure':
      case 'total':
        out[key] = { value: plain(key) };
        break;
      case 'rate': {
        const side = (p: string | Measure, id: string) =>
          typeof p === 'string' ? (plain(p) ?? 0) : scaled(p, num(id));
        out[key] = ratio(side(def.numerator, `${key}#num`), side(def.denominator, `${key}#den`));
        break;
      }
      case 'coverage': {
        const villages = new Set(ctx.villages ?? []);
        const covered = raw.get(`${key}#num`);
        const n = Array.isArray(covered) ? covered.filter((v) => villages.has(v)).length : 0;
        out[key] =
          villages.size === 0
            ? { value: null, reason: '单位下没有登记村（社区），无法计算覆盖率' }
            : ratio(n, villages.size);
        break;
      }
      case 'none':
        out[key] = { value: null, reason: def.reason };
        break;
    }
  }
  return out;
}

/** Every key over in-memory records: the reference the SQL is checked against. */
export function evaluate(
  defs: Readonly<Record<string, ComputationDef>>,
  records: readonly IndicatorRecord[],
  period: Period,
  ctx: AssembleContext = {},
): Record<string, ComputedValue> {
  const raw = new Map<string, MeasureValue>();
  for (const { id, measure } of allMeasures(defs)) raw.set(id, measureValue(measure, records, period));
  return assemble(raw, ctx, defs);
}
