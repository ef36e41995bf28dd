import type { Actor, UnitScoped } from './actor';
import { inScope } from './predicates';
import { type Action, RULES } from './rules';

export type { Actor, UnitScoped } from './actor';
export { inScope, isAdmin, maySwitchWorkingUnit } from './predicates';
export { type Action, AUDIT_READ_ACTION, RULES } from './rules';

/** May `actor` do `action` (on `target`, when there is one)? Out-of-scope targets are never allowed. */
export function can(actor: Actor, action: Action, target?: UnitScoped): boolean {
  if (target && !inScope(actor, target)) return false;
  const rule: (a: Actor, t?: UnitScoped) => boolean = RULES[action];
  return rule(actor, target);
}

/** The actions an actor holds without naming a target: sent to the UI so it can hide what it cannot do. */
export function abilitiesOf(actor: Actor): Action[] {
  return (Object.keys(RULES) as Action[]).filter((a) => RULES[a](actor));
}
