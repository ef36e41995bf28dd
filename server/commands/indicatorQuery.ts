import crypto from 'node:crypto';
import { chinaDay } from '../../core/calendar';
import { AppError } from '../../core/errors';
import {
  allMeasures,
  assemble,
  CATALOG,
  COMPUTATIONS,
  type ComputationDef,
  type ComputedValue,
  describeComputation,
  fieldOf,
  indicatorDef,
  type Measure,
  type MeasureValue,
  measuresOf,
  type Period,
  scaled,
} from '../../core/indicators';
import { LEDGER_KINDS, ledgerKind } from '../../core/ledgers';
import { can } from '../../core/policy';
import type { Db } from '../db/client';
import {
  aggregateMeasures,
  ledgerVersions,
  monthlyMeasure,
  type QualityKind,
  subtreeUnits,
  type UnitFigures,
} from '../repositories/indicatorsRepo';
import { getUnit } from '../repositories/unitsRepo';
import type { CommandContext } from './context';

/**
 * Indicators of a unit computed from its ledgers (definitions in core/indicators/computations.ts):
 * all keys with last year's figure, a county's townships side by side, and monthly series.
 */

export interface PeriodInput {
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type Unit = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

async function unitInScope(ctx: CommandContext, unitId: string | undefined): Promise<Unit> {
  const unit = await getUnit(ctx.db, unitId ?? ctx.actor.unitId);
  if (!unit || !can(ctx.actor, 'indicator.read', { path: unit.path })) throw new AppError('NOT_FOUND');
  return unit;
}

/** The same day one year earlier (29 February becomes the 28th). */
function yearBefore(day: string): string {
  const y = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  const md = day.slice(5) === '02-29' ? '02-28' : day.slice(5);
  return `${y}-${md}`;
}

function periodOf(p: PeriodInput, today: string): { year: number; period: Period; previous: Period } {
  let from: string;
  let to: string;
  if (p.from || p.to) {
    if (!p.from || !p.to)
      throw new AppError('VALIDATION', { field: p.from ? 'to' : 'from', detail: '请同时给出起止日期' });
    if (p.from > p.to) throw new AppError('VALIDATION', { field: 'to', detail: '截止日期不能早于起始日期' });
    from = p.from;
    to = p.to;
  } else {
    const y = p.year ?? Number(today.slice(0, 4));
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  }
  const asOf = (end: string) => (end < today ? end : today);
  const prevFrom = yearBefore(from);
  const prevTo = yearBefore(to);
  return {
    year: Number(from.slice(0, 4)),
    period: { from, to, asOf: asOf(to) },
    previous: { from: prevFrom, to: prevTo, asOf: asOf(prevTo) },
  };
}

/** The measure whose records a key's list link shows. */
function primaryMeasure(def: ComputationDef): Measure | null {
  switch (def.type) {
    case 'measure': {
      const { type: _t, ...m } = def;
      return m;
    }
    case 'total':
      return def.parts[0] ?? null;
    case 'coverage':
      return def.measure;
    case 'rate': {
      if (typeof def.numerator !== 'string') return def.numerator;
      const inner = COMPUTATIONS[def.numerator];
      return inner ? primaryMeasure(inner) : null;
    }
    case 'none':
      return null;
  }
}

/**
 * A link into the web app's list with the definition's filters, as far as list filters
 * (main date range, one state, declared select filters) can say them; what they cannot is
 * named in `reason`, and the link is the nearest list.
 */
export function rowsLink(
  def: ComputationDef,
  unitId: string,
  period: Period,
): { url: string; reason?: string } {
  const m = primaryMeasure(def);
  if (!m) return { url: '', reason: def.type === 'none' ? def.reason : '无对应台账' };
  const kind = ledgerKind(m.ledger);
  const params = new URLSearchParams({ unit: unitId });
  const missing: string[] = [];
  const rule = m.period ?? { mode: 'within' as const };
  const label = (f: string) => (kind && fieldOf(kind, f)?.label) ?? f;
  if (rule.mode === 'within') {
    params.set('from', period.from);
    params.set('to', period.to);
    if (rule.field)
      missing.push(`按“${label(rule.field)}”划入期间（链接按${label(kind?.list.dateField ?? '')}）`);
  } else {
    missing.push('在册数按统计日计算（链接列出全部记录）');
  }
  const w = m.where ?? {};
  for (const s of w.states ?? []) params.append('state', s);
  const fieldFilter = (f: string, values: readonly (string | boolean)[]) => {
    const d = kind && fieldOf(kind, f);
    const listed = d && kind.fields.includes(d) && d.filter && d.type !== 'date';
    if (!listed || values.some((v) => typeof v !== 'string')) missing.push(`按“${label(f)}”筛选`);
    else for (const v of values) params.append(`f.${f}`, v as string);
  };
  for (const [f, v] of Object.entries(w.equals ?? {})) fieldFilter(f, [v]);
  for (const [f, vs] of Object.entries(w.in ?? {})) fieldFilter(f, vs);
  for (const f of Object.keys(w.notIn ?? {})) missing.push(`排除部分“${label(f)}”`);
  for (const f of w.present ?? []) missing.push(`“${label(f)}”不为空`);
  if (m.aggregate === 'events') missing.push('按流程步骤次数统计');
  if (def.type === 'total') missing.push('由多种台账合计，链接为其中第一种');
  const url = `/ledgers/${m.ledger}?${params.toString()}`;
  return missing.length ? { url, reason: `列表无法完全表达：${missing.join('；')}` } : { url };
}

/** Adds one unit's figures into those of a subtree: counts and sums add, maxima and sets merge. */
function addInto(into: Map<string, MeasureValue>, from: ReadonlyMap<string, MeasureValue>, max: Set<string>) {
  for (const [id, v] of from) {
    const cur = into.get(id);
    if (Array.isArray(v)) into.set(id, [...new Set([...((cur as string[]) ?? []), ...v])].sort());
    else if (max.has(id)) into.set(id, Math.max(Number(cur ?? 0), v as number));
    else into.set(id, Number(cur ?? 0) + (v as number));
  }
}

const MEASURES = allMeasures();
const MAX_IDS = new Set(MEASURES.filter((m) => m.measure.aggregate === 'max').map((m) => m.id));

/** Adds up the figures of the given units for one period. */
function sumOf(units: Iterable<UnitFigures>, period: number): Map<string, MeasureValue> {
  const raw = new Map<string, MeasureValue>();
  for (const figures of units) addInto(raw, figures.get(period) ?? new Map(), MAX_IDS);
  return raw;
}

/**
 * Figures kept in memory while the ledger versions they were read under are unchanged. Every
 * write bumps the version of the unit and year of the records it touches, in the same transaction
 * (a trigger, migration 0007), and figures for periods up to a year read records dated up to then:
 * so a figure is never stale, on any instance, while closed years and units nobody wrote to are
 * not scanned again. Versions are read before records: an entry may be newer than its version
 * (then recomputed once), never older. Kept per database, as tests open several; least recently
 * used first, as a Map keeps insertion order.
 */
const CACHE_LIMIT = 3000; // entries; one unit's figures take about 10 KB
const caches = new WeakMap<Db, Map<string, { version: string; value: unknown }>>();

function cached<T>(db: Db, key: string, version: string): T | undefined {
  const cache = caches.get(db);
  const hit = cache?.get(key);
  if (!cache || !hit || hit.version !== version) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return hit.value as T;
}

function keep(db: Db, key: string, version: string, value: unknown): void {
  const cache = caches.get(db) ?? new Map();
  caches.set(db, cache);
  cache.delete(key);
  cache.set(key, { version, value });
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_LIMIT) break;
    cache.delete(oldest);
  }
}

const throughYear = (periods: Period[]) => Math.max(...periods.map((p) => Number(p.to.slice(0, 4))));
const NO_FIGURES: UnitFigures = new Map();

/** The figures of each unit for the periods: cached ones, the others in one query per kind. */
async function unitFigures(
  db: Db,
  units: readonly { id: string }[],
  periods: Period[],
  staleBefore?: string,
): Promise<Map<string, UnitFigures>> {
  const ids = units.map((u) => u.id);
  const versions = await ledgerVersions(db, ids, throughYear(periods));
  const version = (id: string) => versions.get(id) ?? '0';
  const key = (id: string) => `figures|${id}|${JSON.stringify([periods, staleBefore ?? null])}`;
  const out = new Map<string, UnitFigures>();
  for (const id of ids) {
    const hit = cached<UnitFigures>(db, key(id), version(id));
    if (hit) out.set(id, hit);
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    const table = await aggregateMeasures(db, {
      unitIds: missing,
      periods,
      measures: MEASURES,
      ...(staleBefore ? { quality: { staleBefore, kinds: QUALITY_KINDS } } : {}),
    });
    for (const id of missing) {
      const figures = table.get(id) ?? NO_FIGURES;
      out.set(id, figures);
      keep(db, key(id), version(id), figures);
    }
  }
  return out;
}

function villagesUnder(all: { id: string; level: string; path: string }[], path: string): string[] {
  return all.filter((u) => u.level === 'village' && u.path.startsWith(path)).map((u) => u.id);
}

export interface IndicatorAnswer {
  value: number | null;
  unit: string;
  numerator?: number;
  denominator?: number;
  previous: number | null;
  rows: string;
  reason?: string;
}

export async function indicatorValuesQuery(
  ctx: CommandContext,
  p: PeriodInput & { unitId?: string | undefined },
) {
  const unit = await unitInScope(ctx, p.unitId);
  const today = chinaDay(ctx.now);
  const { year, period, previous } = periodOf(p, today);
  const tree = await subtreeUnits(ctx.db, unit.path);
  const staleBefore = daysBefore(period.asOf, STALE_DAYS);
  const figures = [...(await unitFigures(ctx.db, tree, [period, previous], staleBefore)).values()];
  const raw = sumOf(figures, 0);
  const quality = qualityFindings(raw);
  const villages = villagesUnder(tree, unit.path);
  const now = assemble(raw, { villages });
  const before = assemble(sumOf(figures, 1), { villages });
  const values: Record<string, IndicatorAnswer> = {};
  for (const d of CATALOG) {
    const def = COMPUTATIONS[d.key] ?? { type: 'none' as const, reason: '尚未定义计算方法' };
    const v: ComputedValue = now[d.key] ?? { value: null };
    const link = rowsLink(def, unit.id, period);
    const reason = [v.reason, link.reason].filter(Boolean).join('；');
    values[d.key] = {
      value: v.value,
      unit: d.unit,
      ...(v.numerator !== undefined ? { numerator: v.numerator } : {}),
      ...(v.denominator !== undefined ? { denominator: v.denominator } : {}),
      previous: before[d.key]?.value ?? null,
      rows: link.url,
      ...(reason ? { reason } : {}),
    };
  }
  return {
    unit: { id: unit.id, name: unit.name, level: unit.level, population: unit.population },
    year,
    period: { from: period.from, to: period.to },
    values,
    quality,
  };
}

/** Days after which a record still open counts as never closed. */
const STALE_DAYS = 60;

function daysBefore(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** The kinds whose records feed indicators, with what their quality is judged by. */
const QUALITY_KINDS: QualityKind[] = LEDGER_KINDS.filter((k) => k.feeds.length > 0).map((k) => ({
  kind: k.kind,
  required: k.fields.filter((f) => f.required).map((f) => f.key),
  open: k.actions.some((a) => a.to) ? k.states.filter((s) => !s.final).map((s) => s.key) : [],
}));

/** What may make the figures wrong: empty required fields, records never closed, late entry. */
function qualityFindings(raw: ReadonlyMap<string, MeasureValue>) {
  return QUALITY_KINDS.flatMap(({ kind }) => {
    const label = ledgerKind(kind)?.label ?? kind;
    const n = (what: string) => Number(raw.get(`quality:${kind}:${what}`) ?? 0);
    return [
      { kind, what: 'missing' as const, message: `${label}：必填项为空的记录`, count: n('missing') },
      {
        kind,
        what: 'unclosed' as const,
        message: `${label}：登记已超过${STALE_DAYS}天仍未办结的记录`,
        count: n('unclosed'),
      },
      { kind, what: 'late' as const, message: `${label}：事件发生30天后才录入的记录`, count: n('late') },
    ].filter((f) => f.count > 0);
  });
}

export function indicatorCatalogQuery() {
  return CATALOG.map((d) => {
    const def = COMPUTATIONS[d.key] ?? { type: 'none' as const, reason: '尚未定义计算方法' };
    const kinds = new Set(measuresOf(d.key, def).map((m) => m.measure.ledger));
    if (def.type === 'rate')
      for (const side of [def.numerator, def.denominator])
        if (typeof side === 'string') {
          const inner = COMPUTATIONS[side];
          if (inner) for (const m of measuresOf(side, inner)) kinds.add(m.measure.ledger);
        }
    return {
      key: d.key,
      name: d.name,
      unit: d.unit,
      area: d.area,
      formula: describeComputation(def),
      kinds: [...kinds],
    };
  });
}

/** The figures a county overview leads with. */
export const OVERVIEW_KEYS = [
  'dispute.handled',
  'dispute.success_rate',
  'petition.cases',
  'petition.closure_rate',
  'enforcement.cases',
  'enforcement.certification_rate',
  'decision.advisor_coverage_rate',
  'study.exam_pass_rate',
  'publicity.events',
  'supervision.hotline_closure_rate',
  'service.satisfaction_rate',
] as const;

export async function indicatorOverviewQuery(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined },
) {
  const unit = await unitInScope(ctx, p.unitId);
  if (unit.level === 'village') throw new AppError('VALIDATION', { field: 'unit', detail: '请选择县或乡镇' });
  const { year, period } = periodOf({ year: p.year }, chinaDay(ctx.now));
  const tree = await subtreeUnits(ctx.db, unit.path);
  const townships = tree.filter((u) => u.level === 'township').sort((a, b) => a.code.localeCompare(b.code));
  const figures = await unitFigures(ctx.db, tree, [period]);
  const rows = townships.map((t) => {
    const under = tree.filter((u) => u.path.startsWith(t.path)).map((u) => figures.get(u.id) ?? NO_FIGURES);
    const raw = sumOf(under, 0);
    const computed = assemble(raw, { villages: villagesUnder(tree, t.path) });
    const values: Record<string, number | null> = {};
    const samples: Record<string, number | null> = {};
    for (const d of CATALOG) {
      const v = computed[d.key];
      values[d.key] = v?.value ?? null;
      samples[d.key] = v?.denominator ?? v?.value ?? null;
    }
    return { unit: { id: t.id, name: t.name, population: t.population }, values, samples };
  });
  return { year, period: { from: period.from, to: period.to }, keys: [...OVERVIEW_KEYS], townships: rows };
}

/** Keys a monthly series makes sense for: counts and sums. */
export function trendable(key: string): Measure[] | null {
  const def = COMPUTATIONS[key];
  if (!def) return null;
  const parts =
    def.type === 'measure' ? [primaryMeasure(def) as Measure] : def.type === 'total' ? [...def.parts] : null;
  return parts?.every((m) => m.aggregate === 'count' || m.aggregate === 'sum') ? parts : null;
}

export async function indicatorTrendQuery(
  ctx: CommandContext,
  p: { unitId?: string | undefined; year?: number | undefined; keys: string[] },
) {
  const unit = await unitInScope(ctx, p.unitId);
  const { year, period } = periodOf({ year: p.year }, chinaDay(ctx.now));
  const bad = p.keys.find((k) => !indicatorDef(k) || !trendable(k));
  if (bad)
    throw new AppError('VALIDATION', {
      field: 'keys',
      detail: indicatorDef(bad)
        ? `“${indicatorDef(bad)?.name}”不是计数或合计指标，没有月度走势`
        : `没有指标“${bad}”`,
    });
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const unitIds = (await subtreeUnits(ctx.db, unit.path)).map((u) => u.id).sort();
  // one entry for the subtree, under the versions of all its units (see `cached`)
  const versions = await ledgerVersions(ctx.db, unitIds, throughYear([period]));
  const version = crypto
    .createHash('sha1')
    .update(unitIds.map((id) => `${id}:${versions.get(id) ?? '0'}`).join())
    .digest('base64');
  const cacheKey = `trend|${unit.id}|${JSON.stringify([period, p.keys])}`;
  const hit = cached<Record<string, number[]>>(ctx.db, cacheKey, version);
  if (hit) return { year, months, series: hit };
  const series = Object.fromEntries(
    await Promise.all(
      p.keys.map(async (key) => {
        const totals = months.map(() => 0);
        for (const m of trendable(key) ?? []) {
          const byMonth = await monthlyMeasure(ctx.db, { unitIds, period, measure: m });
          months.forEach((month, i) => {
            totals[i] = (totals[i] ?? 0) + scaled(m, byMonth.get(month) ?? 0);
          });
        }
        return [key, totals.map((v) => Math.round(v * 100) / 100)] as const;
      }),
    ),
  );
  keep(ctx.db, cacheKey, version, series);
  return { year, months, series };
}
