import { and, asc, count, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../core/roles';
import type { Db } from '../db/client';
import { units, users } from '../db/schema';

export type UserRow = typeof users.$inferSelect;

const withUnit = {
  user: users,
  unit: { id: units.id, name: units.name, level: units.level, code: units.code, path: units.path },
};

export type UserWithUnit = {
  user: UserRow;
  unit: { id: string; name: string; level: string; code: string; path: string };
};

export async function findUserByUsername(db: Db, username: string): Promise<UserWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.username, username));
  return row;
}

export async function getUserWithUnit(db: Db, id: string): Promise<UserWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, id));
  return row;
}

export interface UserFilter {
  scopePath: string | null;
  unitId?: string | undefined;
  role?: Role | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** A page of users inside the scope, newest first, with the total for the pager. */
export async function listUsers(db: Db, f: UserFilter): Promise<{ items: UserWithUnit[]; total: number }> {
  const conds: SQL[] = [];
  if (f.scopePath) conds.push(like(units.path, `${f.scopePath}%`));
  // a unit filter includes the unit's subtree: picking a township shows its villages' users too
  if (f.unitId)
    conds.push(sql`${units.path} like (select u.path from units u where u.id = ${f.unitId}) || '%'`);
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.q) {
    const needle = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.username, needle), ilike(users.displayName, needle));
    if (match) conds.push(match);
  }
  const where = conds.length ? and(...conds) : undefined;
  const [items, totals] = await Promise.all([
    db
      .select(withUnit)
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(where)
      .orderBy(asc(units.path), asc(users.username))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function insertUser(db: Db, u: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(u).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Updates only when `version` still matches; returns undefined on a stale version. */
export async function updateUserVersioned(
  db: Db,
  id: string,
  version: number,
  patch: Partial<typeof users.$inferInsert>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  return row;
}

/** Login bookkeeping (failed count, lock, last login) is not a user edit, so it does not bump `version`. */
export async function setLoginState(
  db: Db,
  id: string,
  s: Pick<UserRow, 'failedLogins' | 'lockedUntil'> & { lastLoginAt?: Date },
): Promise<void> {
  await db.update(users).set(s).where(eq(users.id, id));
}

export async function userExists(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

/** Display names of the users who took a record's steps. */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Gives every user one of two password hashes (the demo copied from its template: `admin` gets
 * the administrator's, everyone else the shared demo password's). Returns how many were set.
 */
export async function setDemoPasswordHashes(
  db: Db,
  h: { adminUsername: string; adminHash: string; otherHash: string; at: Date },
): Promise<number> {
  const rows = await db
    .update(users)
    .set({
      passwordHash: sql`case when ${users.username} = ${h.adminUsername} then ${h.adminHash} else ${h.otherHash} end`,
      passwordChangedAt: h.at,
      updatedAt: h.at,
    })
    .returning({ id: users.id });
  return rows.length;
}
