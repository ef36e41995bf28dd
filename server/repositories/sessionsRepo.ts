import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, units, users } from '../db/schema';

export async function insertSession(db: Db, s: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(s);
}

/** The session with its user and unit in one round trip: this runs on every authenticated request. */
export async function findSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        status: users.status,
        phone: users.phone,
        unitId: users.unitId,
      },
      unit: { id: units.id, name: units.name, level: units.level, code: units.code, path: units.path },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
}

export type SessionWithUser = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Every session of a user but one (the one that changed the password). */
export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/** Housekeeping: drop sessions past their absolute expiry or idle since `idleBefore`. */
export async function purgeSessions(db: Db, now: Date, idleBefore: Date): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)));
}
