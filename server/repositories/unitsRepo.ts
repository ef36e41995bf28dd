import { asc, eq, like, or } from 'drizzle-orm';
import type { UnitLevel } from '../../core/units/unitLevel';
import type { Db } from '../db/client';
import { units } from '../db/schema';

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
