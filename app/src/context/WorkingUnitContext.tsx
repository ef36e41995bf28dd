import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Me, Unit } from '../api/types';
import { useUnits } from '../hooks/useUnits';

export interface WorkingUnit {
  /** The unit later pages work on; the user's own unit until they switch. */
  unitId: string;
  unit: Pick<Unit, 'id' | 'name' | 'level' | 'code'>;
  /** County-level users and administrators may work on any unit they can see. */
  canSwitch: boolean;
  setUnitId: (id: string) => void;
}

const WorkingUnitContext = createContext<WorkingUnit | null>(null);

// Keyed by user so that a shared browser never hands one user's choice to the next.
const storageKey = (userId: string) => `fazhi.workingUnit.${userId}`;

function readStored(userId: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(userId));
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the user's own unit
  }
}

export function canSwitchUnit(me: Me): boolean {
  return me.unit.level === 'county' || me.role === 'admin';
}

export function WorkingUnitProvider({ me, children }: { me: Me; children: ReactNode }) {
  const canSwitch = canSwitchUnit(me);
  const { byId } = useUnits();
  const [chosen, setChosen] = useState<string | null>(() => (canSwitch ? readStored(me.id) : null));

  const setUnitId = useCallback(
    (id: string) => {
      setChosen(id);
      try {
        window.localStorage.setItem(storageKey(me.id), id);
      } catch {
        // the choice still holds for this tab
      }
    },
    [me.id],
  );

  const value = useMemo<WorkingUnit>(() => {
    // a stored unit that is no longer visible (deleted, scope changed) falls back to the user's own
    const picked = canSwitch && chosen ? byId.get(chosen) : undefined;
    const unit = picked ?? me.unit;
    return { unitId: unit.id, unit, canSwitch, setUnitId };
  }, [byId, canSwitch, chosen, me.unit, setUnitId]);

  return <WorkingUnitContext.Provider value={value}>{children}</WorkingUnitContext.Provider>;
}

export function useWorkingUnit(): WorkingUnit {
  const ctx = useContext(WorkingUnitContext);
  if (!ctx) throw new Error('useWorkingUnit must be used inside WorkingUnitProvider');
  return ctx;
}
