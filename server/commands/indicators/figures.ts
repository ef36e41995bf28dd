import { allMeasures, type MeasureValue, type Period } from '../../../core/indicators';
import type { Db } from '../../db/client';
import {
  aggregateParts,
  ledgerVersions,
  partId,
  partKinds,
  partsOf,
  storedFigures,
  storeFigures,
  storeParts,
  type UnitFigures,
} from '../../repositories/indicatorsRepo';
import { cached, keep } from './cache';
import { QUALITY_KINDS } from './quality';

/** Adds one unit's figures into those of a subtree: counts and sums add, maxima and sets merge. */
export function addInto(
  into: Map<string, MeasureValue>,
  from: ReadonlyMap<string, MeasureValue>,
  max: Set<string>,
) {
  for (const [id, v] of from) {
    const cur = into.get(id);
    if (Array.isArray(v)) into.set(id, [...new Set([...((cur as string[]) ?? []), ...v])].sort());
    else if (max.has(id)) into.set(id, Math.max(Number(cur ?? 0), v as number));
    else into.set(id, Number(cur ?? 0) + (v as number));
  }
}

export const MEASURES = allMeasures();
const MAX_IDS = new Set(MEASURES.filter((m) => m.measure.aggregate === 'max').map((m) => m.id));

/** Adds up the figures of the given units for one period. */
export function sumOf(units: Iterable<UnitFigures>, period: number): Map<string, MeasureValue> {
  const raw = new Map<string, MeasureValue>();
  for (const figures of units) addInto(raw, figures.get(period) ?? new Map(), MAX_IDS);
  return raw;
}

export const throughYear = (periods: Period[]) => Math.max(...periods.map((p) => Number(p.to.slice(0, 4))));
export const NO_FIGURES: UnitFigures = new Map();

/**
 * The figures of each unit for the periods: from this process's cache, else as stored in the
 * database under the same version (by any instance, before any restart), else computed in one
 * query per kind and stored.
 */
export async function unitFigures(
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
  let missing = ids.filter((id) => !out.has(id));
  const storeKey = JSON.stringify([periods, staleBefore ?? null]);
  if (missing.length) {
    const stored = await storedFigures(db, missing, storeKey);
    for (const id of missing) {
      const s = stored.get(id);
      if (s?.version !== version(id)) continue;
      out.set(id, s.figures);
      keep(db, key(id), version(id), s.figures);
    }
    missing = missing.filter((id) => !out.has(id));
  }
  if (missing.length) {
    const asOf = periods.map((p) => p.asOf).sort()[periods.length - 1] as string;
    const computed = await fromParts(db, missing, periods, staleBefore, storeKey, asOf);
    for (const id of missing) {
      const figures = computed.get(id) ?? NO_FIGURES;
      out.set(id, figures);
      keep(db, key(id), version(id), figures);
    }
    await storeFigures(
      db,
      storeKey,
      asOf,
      missing.map((id) => ({ unitId: id, version: version(id), figures: out.get(id) ?? NO_FIGURES })),
    );
  }
  return out;
}

/**
 * Units' figures as the sum of their parts (a kind's records of one month, migration 0020): the
 * parts stored under their current version are read, the others aggregated (one query per kind
 * over just their units and months) and stored. After a township's own write that is one month
 * of one kind; after a restart, none.
 */
async function fromParts(
  db: Db,
  unitIds: string[],
  periods: Period[],
  staleBefore: string | undefined,
  storeKey: string,
  asOf: string,
): Promise<Map<string, UnitFigures>> {
  const request = {
    periods,
    measures: MEASURES,
    ...(staleBefore ? { quality: { staleBefore, kinds: QUALITY_KINDS } } : {}),
  };
  const lastTo = periods.map((p) => p.to).sort()[periods.length - 1] as string;
  const lastMonth = Number(lastTo.slice(0, 4)) * 12 + Number(lastTo.slice(5, 7)) - 1;
  const parts = await partsOf(db, unitIds, storeKey, partKinds(request), lastMonth);
  const stale = parts.filter((p) => !p.figures);
  const computed = await aggregateParts(db, { ...request, parts: stale.map((p) => p.part) });
  await storeParts(
    db,
    storeKey,
    asOf,
    stale.map((p) => ({ ...p, figures: computed.get(partId(p.part)) ?? NO_FIGURES })),
  );
  const byUnit = new Map<string, UnitFigures>();
  for (const p of parts) {
    const figures = p.figures ?? computed.get(partId(p.part)) ?? NO_FIGURES;
    const into: UnitFigures = byUnit.get(p.part.unitId) ?? new Map();
    byUnit.set(p.part.unitId, into);
    for (const [period, values] of figures) {
      const sum = into.get(period) ?? new Map<string, MeasureValue>();
      into.set(period, sum);
      addInto(sum, values, MAX_IDS);
    }
  }
  return byUnit;
}

export function villagesUnder(all: { id: string; level: string; path: string }[], path: string): string[] {
  return all.filter((u) => u.level === 'village' && u.path.startsWith(path)).map((u) => u.id);
}
