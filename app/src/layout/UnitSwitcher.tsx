import { ApartmentOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { type ComponentType, useEffect, useState } from 'react';
import { useWorkingUnit } from '../context/WorkingUnitContext';
import type { UnitPicker as Picker } from './UnitPicker';

const label = (
  <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', whiteSpace: 'nowrap' }}>
    <ApartmentOutlined /> 当前单位
  </Typography.Text>
);

type PickerComponent = ComponentType<Parameters<typeof Picker>[0]>;
let loadedPicker: PickerComponent | undefined;
let loadingPicker: Promise<PickerComponent> | undefined;
const loadPicker = () => {
  loadingPicker ??= import('./UnitPicker').then((m) => {
    loadedPicker = m.UnitPicker;
    return loadedPicker;
  });
  return loadingPicker;
};

/** The current unit, as text: what users who cannot switch see, and the others until the picker's code is here. */
function CurrentUnit() {
  const { unit } = useWorkingUnit();
  return (
    <Space size={8}>
      {label}
      <Typography.Text style={{ color: '#fff' }} data-testid="current-unit">
        {unit.name}
      </Typography.Text>
    </Space>
  );
}

/**
 * County users and administrators pick the unit they are working on; others just see theirs.
 * The picker (antd's tree select) is loaded only for those who may switch (issue 17: the first
 * load of a township user's 工作台 does not carry it).
 */
export function UnitSwitcher() {
  const { canSwitch } = useWorkingUnit();
  const [Loaded, setLoaded] = useState<PickerComponent | undefined>(() => loadedPicker);
  useEffect(() => {
    if (!canSwitch || Loaded) return;
    let live = true;
    // a failed download leaves the current unit's name in place; the next page load tries again
    loadPicker().then(
      (p) => live && setLoaded(() => p),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [canSwitch, Loaded]);
  if (canSwitch && Loaded) return <Loaded label={label} />;
  return <CurrentUnit />;
}
