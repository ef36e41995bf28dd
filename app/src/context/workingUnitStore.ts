import { maySwitchWorkingUnit } from '../../../core/policy';
import type { Me } from '../api/types';

/**
 * The working unit a user chose, kept in the browser. Apart from WorkingUnitContext (React, the
 * unit list) so that boot.ts can read it before the application's code has loaded.
 */

// Keyed by user so that a shared browser never hands one user's choice to the next.
const storageKey = (userId: string) => `fazhi.workingUnit.${userId}`;

export function canSwitchUnit(me: Me): boolean {
  return maySwitchWorkingUnit(me.role, me.unit.level);
}

export function readStoredUnit(userId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(userId));
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the user's own unit
  }
}

export function storeUnit(userId: string, unitId: string): void {
  try {
    window.localStorage.setItem(storageKey(userId), unitId);
  } catch {
    // the choice still holds for this tab
  }
}

/**
 * The unit a session most likely starts on, before the unit list is known: the stored choice of
 * a user who may switch, else their own. WorkingUnitProvider still checks the choice against the list.
 */
export function likelyUnitId(me: Me): string {
  return (canSwitchUnit(me) && readStoredUnit(me.id)) || me.unit.id;
}
