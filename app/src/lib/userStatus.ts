import type { User } from '../api/types';

export type DisplayStatus = 'active' | 'disabled' | 'locked';

/** Disabled wins over locked: an administrator's decision outlasts a lock that expires by itself. */
export function displayStatus(
  user: Pick<User, 'status' | 'lockedUntil'>,
  now: Date = new Date(),
): DisplayStatus {
  if (user.status === 'disabled') return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now.getTime()) return 'locked';
  return 'active';
}
