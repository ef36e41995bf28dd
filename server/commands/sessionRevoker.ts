import { sessionCache } from '../auth/sessionCache';
import type { Db } from '../db/client';
import { deleteUserSessions } from '../repositories/sessionsRepo';

/** Ends every session of a user, in the database and in this process's cache. */
export async function sessionRevoker(tx: Db, userId: string): Promise<void> {
  sessionCache.evictUser(userId);
  await deleteUserSessions(tx, userId);
}
