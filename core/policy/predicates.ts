import type { Actor, UnitScoped } from './actor';

/** The system administrator is the only role not bound to its unit's subtree. */
export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';

/** True when the target lies in the actor's unit or below it. */
export function inScope(actor: Actor, target: UnitScoped): boolean {
  return isAdmin(actor) || target.path.startsWith(actor.unitPath);
}

export const anyone = (): boolean => true;
