import type { Actor, UnitScoped } from './actor';

/** The system administrator is the only role not bound to its unit's subtree. */
export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';

/** True when the target lies in the actor's unit or below it. */
export function inScope(actor: Actor, target: UnitScoped): boolean {
  return isAdmin(actor) || target.path.startsWith(actor.unitPath);
}

export const anyone = (): boolean => true;

/** Reviews townships' reports on behalf of the county office. */
export const isCountyReviewer = (actor: Actor): boolean => actor.role === 'county_reviewer' || isAdmin(actor);

/** Does the township's own work: keeps ledgers, answers rectification items. */
export const isTownshipStaff = (actor: Actor): boolean =>
  actor.role === 'township_leader' || actor.role === 'township_clerk';

/**
 * May the user work as another unit of their subtree (the 工作单位 switch)? County staff look
 * at each township; the administrator at any unit. Township staff work as their own township,
 * whose villages their lists already cover.
 */
export function maySwitchWorkingUnit(
  role: Actor['role'],
  unitLevel: 'county' | 'township' | 'village',
): boolean {
  return unitLevel === 'county' || role === 'admin';
}
