import type { ApiError } from '../api/client';

/** Router state handed to /login when a session ends under the user. */
export interface LoginLocationState {
  notice?: string;
}

/**
 * What to tell the user on the login page after losing their session. Having
 * no session at all (a first visit) needs no explanation; expiry or a disabled
 * account does.
 */
export function loginNoticeState(error: ApiError): LoginLocationState {
  return error.code === 'UNAUTHENTICATED' ? {} : { notice: error.message };
}

export function readLoginNotice(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  const { notice } = state as LoginLocationState;
  return typeof notice === 'string' ? notice : undefined;
}
