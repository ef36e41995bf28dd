import { and, asc, desc, eq, inArray, like, lte, or } from 'drizzle-orm';
import type { UnitLevel } from '../../core/units/unitLevel';
import type { Db } from '../db/client';
import { unitPopulations, units } from '../db/schema';

export type UnitRow = typeof units.$inferSelect;

/** Units in the subtree at `path`; `null` means every unit (the system administrator). */
export function listUnits(db: Db, scopePath: string | null) {
  const q = db.select().from(units);
  return (scopePath ? q.where(like(units.path, `${scopePath}%`)) : q).orderBy(asc(units.code));
}

export async function getUnit(db: Db, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export async function findUnitByCodeOrId(db: Db, key: string): Promise<UnitRow | undefined> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(key);
  const [row] = await db
    .select()
    .from(units)
    .where(isUuid ? or(eq(units.id, key), eq(units.code, key)) : eq(units.code, key));
  return row;
}

export async function unitCodeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return Boolean(row);
}

export async function insertUnit(
  db: Db,
  u: {
    id: string;
    parentId: string | null;
    name: string;
    level: UnitLevel;
    code: string;
    path: string;
    createdAt: Date;
  },
): Promise<UnitRow> {
  const [row] = await db.insert(units).values(u).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function hasAnyUnit(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: units.id }).from(units).limit(1);
  return Boolean(row);
}

export async function childrenOf(db: Db, id: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.parentId, id));
}

export async function updateUnit(db: Db, id: string, patch: { name?: string; code?: string }) {
  const [row] = await db.update(units).set(patch).where(eq(units.id, id)).returning();
  return row;
}

/** A unit's 常住人口 by year, oldest first. */
export function populationsOf(db: Db, unitId: string) {
  return db
    .select({ year: unitPopulations.year, population: unitPopulations.population })
    .from(unitPopulations)
    .where(eq(unitPopulations.unitId, unitId))
    .orderBy(asc(unitPopulations.year));
}

/** Sets (or, with null, clears) a unit's population for one year. */
export async function savePopulation(
  db: Db,
  p: { unitId: string; year: number; population: number | null; updatedBy: string; updatedAt: Date },
) {
  if (p.population === null) {
    await db
      .delete(unitPopulations)
      .where(and(eq(unitPopulations.unitId, p.unitId), eq(unitPopulations.year, p.year)));
    return;
  }
  const row = {
    unitId: p.unitId,
    year: p.year,
    population: p.population,
    updatedBy: p.updatedBy,
    updatedAt: p.updatedAt,
  };
  await db
    .insert(unitPopulations)
    .values(row)
    .onConflictDoUpdate({
      target: [unitPopulations.unitId, unitPopulations.year],
      set: { population: row.population, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}

/**
 * Each unit's population for `year`: the year's own count, else the latest earlier one (a
 * census figure carries forward until the next is entered). Units with none are absent.
 */
export async function populationsFor(
  db: Db,
  unitIds: readonly string[],
  year: number,
): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([unitPopulations.unitId], {
      unitId: unitPopulations.unitId,
      population: unitPopulations.population,
    })
    .from(unitPopulations)
    .where(and(inArray(unitPopulations.unitId, [...unitIds]), lte(unitPopulations.year, year)))
    .orderBy(unitPopulations.unitId, desc(unitPopulations.year));
  return new Map(rows.map((r) => [r.unitId, r.population]));
}
