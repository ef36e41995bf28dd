import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { chinaDay } from '../../../../../core/calendar';
import { childLevelOf } from '../../../../../core/units/unitLevel';
import { errorMessage } from '../../../api/client';
import type { Unit } from '../../../api/types';
import { AuditHistoryDrawer } from '../../../components/AuditHistoryDrawer';
import { useWorkingUnit } from '../../../context/WorkingUnitContext';
import { useAbility } from '../../../hooks/useMe';
import { useUnits } from '../../../hooks/useUnits';
import type { UnitNode } from '../../../lib/unitTree';
import { unitLevelLabel } from '../../../locales/zh-CN';
import { CreateUnitModal } from './CreateUnitModal';
import { EditUnitModal } from './EditUnitModal';

/** The year just ended in China: the one whose population the next report uses. */
const lastYear = () => Number(chinaDay(new Date()).slice(0, 4)) - 1;

export function UnitsPage() {
  const units = useUnits();
  const canManage = useAbility('unit.manage');
  const { unitId: workingUnitId } = useWorkingUnit();
  // undefined: closed; null: open with the working unit as parent; a unit: open under that unit
  const [creatingUnder, setCreatingUnder] = useState<Unit | null | undefined>(undefined);
  const [historyOf, setHistoryOf] = useState<Unit | null>(null);
  const [editing, setEditing] = useState<Unit | null>(null);

  const columns: ColumnsType<UnitNode> = [
    { title: '名称', dataIndex: 'name' },
    { title: '级别', dataIndex: 'level', width: 160, render: (l: string) => unitLevelLabel(l) },
    { title: '行政区划代码', dataIndex: 'code', width: 180 },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_, u) => (
        <Space size={0}>
          {canManage && childLevelOf(u.level) ? (
            <Button type="link" size="small" onClick={() => setCreatingUnder(u)}>
              新建下级单位
            </Button>
          ) : null}
          {canManage ? (
            <Button type="link" size="small" onClick={() => setEditing(u)}>
              修改
            </Button>
          ) : null}
          <Button type="link" size="small" onClick={() => setHistoryOf(u)}>
            历史
          </Button>
        </Space>
      ),
    },
  ];

  const parent = creatingUnder === null ? units.byId.get(workingUnitId) : (creatingUnder ?? undefined);

  return (
    <Card
      title="单位管理"
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreatingUnder(null)}>
            新建下级单位
          </Button>
        ) : null
      }
    >
      {units.isError ? <Alert type="error" showIcon title={errorMessage(units.error)} /> : null}
      <Table<UnitNode>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={units.tree}
        loading={units.isPending}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: units.tree.map((u) => u.id) }}
        // default expansion is read on mount only: remount once the units arrive so the top level opens
        key={units.tree.length === 0 ? 'empty' : 'loaded'}
      />
      <CreateUnitModal
        open={creatingUnder !== undefined}
        parent={parent}
        onClose={() => setCreatingUnder(undefined)}
      />
      <EditUnitModal unit={editing} defaultYear={lastYear()} onClose={() => setEditing(null)} />
      <AuditHistoryDrawer
        entity="unit"
        entityId={historyOf?.id ?? null}
        title={historyOf ? `历史记录：${historyOf.name}` : undefined}
        onClose={() => setHistoryOf(null)}
      />
    </Card>
  );
}
