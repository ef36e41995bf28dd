import { ApartmentOutlined } from '@ant-design/icons';
import { Space, TreeSelect, Typography } from 'antd';
import { useWorkingUnit } from '../context/WorkingUnitContext';
import { useUnits } from '../hooks/useUnits';

const label = (
  <Typography.Text style={{ color: 'rgba(255,255,255,0.85)', whiteSpace: 'nowrap' }}>
    <ApartmentOutlined /> 当前单位
  </Typography.Text>
);

/** County users and administrators pick the unit they are working on; others just see theirs. */
export function UnitSwitcher() {
  const { unit, canSwitch } = useWorkingUnit();
  if (!canSwitch) {
    return (
      <Space size={8}>
        {label}
        <Typography.Text style={{ color: '#fff' }} data-testid="current-unit">
          {unit.name}
        </Typography.Text>
      </Space>
    );
  }
  return <UnitPicker />;
}

/** The picker, apart so that only a user who may switch asks for the unit list. */
function UnitPicker() {
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
