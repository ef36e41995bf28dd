import type { FieldDef, LedgerKind, SelectField, VillageField } from '../../../../core/ledgers';

export type ClockFilter = 'overdue' | 'due_soon';
export type SortOrder = 'asc' | 'desc';

/** What a ledger list shows: kept in the URL, sent to the API with the same keys. */
export interface ListState {
  q?: string;
  /** Any of these states (a figure's rows may span several). */
  states: string[];
  year?: number;
  from?: string;
  to?: string;
  clock?: ClockFilter;
  sort?: string;
  order?: SortOrder;
  page: number;
  pageSize: number;
  /** `f.<field>` filters: declared `filter: true` select/multiselect/village fields. */
  f: Record<string, string[]>;
  /** A figure's drill-down: the rows indicator `key` counts (from, to and asOf are its period). */
  indicator?: { key: string; part: 'numerator' | 'denominator'; asOf?: string };
}

export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields the list may filter on with `f.<field>` (dates filter through from/to on the main date). */
export function filterableFields(kind: LedgerKind): (SelectField | VillageField)[] {
  return kind.fields.filter(
    (f: FieldDef): f is SelectField | VillageField =>
      f.filter === true && (f.type === 'select' || f.type === 'multiselect' || f.type === 'village'),
  );
}

/** The sort keys the API accepts for this kind. */
export function sortKeys(kind: LedgerKind): string[] {
  return [kind.list.dateField, 'number', 'updatedAt'];
}

function positiveInt(s: string | null): number | undefined {
  if (!s || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

/** Reads the list state from the address bar, dropping anything the kind does not declare. */
export function readListState(sp: URLSearchParams, kind: LedgerKind): ListState {
  const clock = sp.get('clock');
  const sort = sp.get('sort');
  const order = sp.get('order');
  const from = sp.get('from');
  const to = sp.get('to');
  const year = positiveInt(sp.get('year'));
  const pageSize = positiveInt(sp.get('pageSize'));
  const f: Record<string, string[]> = {};
  for (const field of filterableFields(kind)) {
    const values = sp.getAll(`f.${field.key}`).filter(Boolean);
    if (values.length > 0) f[field.key] = values;
  }
  return {
    q: sp.get('q')?.trim() || undefined,
    states: sp.getAll('state').filter((s) => kind.states.some((k) => k.key === s)),
    year: year && year >= 2000 && year <= 2100 ? year : undefined,
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    clock: clock === 'overdue' || clock === 'due_soon' ? clock : undefined,
    sort: sort && sortKeys(kind).includes(sort) ? sort : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    page: positiveInt(sp.get('page')) ?? 1,
    pageSize: pageSize && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    f,
    ...indicatorOf(sp),
  };
}

function indicatorOf(sp: URLSearchParams): Pick<ListState, 'indicator'> {
  const key = sp.get('indicator');
  if (!key || !/^[a-z_]+\.[a-z_]+$/.test(key)) return {};
  const asOf = sp.get('asOf');
  return {
    indicator: {
      key,
      part: sp.get('part') === 'denominator' ? 'denominator' : 'numerator',
      ...(asOf && DAY.test(asOf) ? { asOf } : {}),
    },
  };
}

/** The state as query parameters, defaults left out, in a stable order. */
export function listStateToParams(s: ListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const state of s.states) p.append('state', state);
  if (s.year) p.set('year', String(s.year));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.clock) p.set('clock', s.clock);
  if (s.indicator) {
    p.set('indicator', s.indicator.key);
    p.set('part', s.indicator.part);
    if (s.indicator.asOf) p.set('asOf', s.indicator.asOf);
  }
  for (const key of Object.keys(s.f).sort()) for (const v of s.f[key] ?? []) p.append(`f.${key}`, v);
  if (s.sort) p.set('sort', s.sort);
  if (s.order) p.set('order', s.order);
  if (s.page !== 1) p.set('page', String(s.page));
  if (s.pageSize !== DEFAULT_PAGE_SIZE) p.set('pageSize', String(s.pageSize));
  return p;
}

/**
 * What the API gets: the list state plus the working unit (its subtree is listed). The server
 * names the kind's main date `eventDate` when sorting.
 */
export function ledgerApiQuery(s: ListState, unitId: string | undefined, dateField: string): URLSearchParams {
  const p = listStateToParams(s);
  if (s.sort === dateField) p.set('sort', 'eventDate');
  if (unitId) p.set('unit', unitId);
  if (!p.has('page')) p.set('page', String(s.page));
  if (!p.has('pageSize')) p.set('pageSize', String(s.pageSize));
  return p;
}

/** A filter change starts again at page 1. */
export function withFilters(s: ListState, change: Partial<Omit<ListState, 'page' | 'pageSize'>>): ListState {
  return { ...s, ...change, page: 1 };
}

export function hasFilters(s: ListState): boolean {
  return Boolean(
    s.q ||
      s.states.length > 0 ||
      s.year ||
      s.from ||
      s.to ||
      s.clock ||
      s.indicator ||
      Object.keys(s.f).length > 0,
  );
}
