import { Space, TreeSelect } from 'antd';
import type { ReactNode } from 'react';
import { useWorkingUnit } from '../context/WorkingUnitContext';
import { useUnits } from '../hooks/useUnits';

/**
 * The unit picker of county users and administrators, in its own chunk (UnitSwitcher loads it):
 * the tree select it needs is not part of the first load of the users who cannot switch.
 * Only a user who may switch asks for the unit list.
 */
export function UnitPicker({ label }: { label: ReactNode }) {
  const { unit, unitId, setUnitId } = useWorkingUnit();
  const { treeSelectData, isPending } = useUnits();
  return (
    <Space size={8}>
      {label}
      <TreeSelect
        aria-label="当前单位"
        data-testid="unit-switcher"
        style={{ width: 220 }}
        value={unitId}
        // until the list arrives, show the current unit's name rather than its raw id
        treeData={isPending ? [{ value: unit.id, title: unit.name }] : treeSelectData}
        onChange={(v: string) => setUnitId(v)}
        treeDefaultExpandedKeys={[unitId]}
        showSearch={{ treeNodeFilterProp: 'title' }}
        popupMatchSelectWidth={280}
        loading={isPending}
      />
    </Space>
  );
}
