import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Me, Unit } from '../api/types';
import { useUnits } from '../hooks/useUnits';
import { canSwitchUnit, readStoredUnit, storeUnit } from './workingUnitStore';

export { canSwitchUnit };

export interface WorkingUnit {
  /** The unit later pages work on; the user's own unit until they switch. */
  unitId: string;
  unit: Pick<Unit, 'id' | 'name' | 'level' | 'code'>;
  /** County-level users and administrators may work on any unit they can see. */
  canSwitch: boolean;
  setUnitId: (id: string) => void;
}

const WorkingUnitContext = createContext<WorkingUnit | null>(null);

export function WorkingUnitProvider({ me, children }: { me: Me; children: ReactNode }) {
  const canSwitch = canSwitchUnit(me);
  // only a user who may switch needs the list (to check the stored choice): others stay on their own unit
  const { byId } = useUnits({ enabled: canSwitch });
  const [chosen, setChosen] = useState<string | null>(() => (canSwitch ? readStoredUnit(me.id) : null));

  const setUnitId = useCallback(
    (id: string) => {
      setChosen(id);
      storeUnit(me.id, id);
    },
    [me.id],
  );

  // a stored unit that is no longer visible (deleted, scope changed) falls back to the user's own
  const picked = canSwitch && chosen ? byId.get(chosen) : undefined;
  const unit = picked ?? me.unit;
  // the same value while the unit stays the same: the unit list arriving does not redraw every page
  const value = useMemo<WorkingUnit>(
    () => ({ unitId: unit.id, unit, canSwitch, setUnitId }),
    [canSwitch, unit, setUnitId],
  );

  return <WorkingUnitContext.Provider value={value}>{children}</WorkingUnitContext.Provider>;
}

export function useWorkingUnit(): WorkingUnit {
  const ctx = useContext(WorkingUnitContext);
  if (!ctx) throw new Error('useWorkingUnit must be used inside WorkingUnitProvider');
  return ctx;
}
