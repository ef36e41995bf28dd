import { Card, Descriptions, Flex, Typography } from 'antd';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { useMe } from '../../hooks/useMe';
import { roleLabel, unitLevelLabel } from '../../locales/zh-CN';
import { KeyFigures } from './KeyFigures';
import { TodoCounts } from './TodoCounts';
import { TrendCard } from './TrendCard';
import { useYearParam, YearSelect } from './YearSelect';

/** 工作台: the working unit's 待办, its key figures for a year against the last, and monthly trends. */
export function DashboardPage() {
  const { data: me } = useMe();
  const { unit, unitId } = useWorkingUnit();
  const [year, setYear] = useYearParam();
  if (!me) return null;

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            欢迎，{me.displayName}
          </Typography.Title>
          <Flex align="center" gap={8}>
            <Typography.Text>{unit.name}</Typography.Text>
            <YearSelect year={year} onChange={setYear} />
          </Flex>
        </Flex>
        <Descriptions column={{ xs: 1, md: 3 }} size="small" style={{ marginTop: 8 }}>
          <Descriptions.Item label="角色">{roleLabel(me.role)}</Descriptions.Item>
          <Descriptions.Item label="所属单位">
            {me.unit.name}（{unitLevelLabel(me.unit.level)}）
          </Descriptions.Item>
          <Descriptions.Item label="当前工作单位">{unit.name}</Descriptions.Item>
        </Descriptions>
      </Card>
      <TodoCounts />
      <KeyFigures unitId={unitId} year={year} />
      <TrendCard unitId={unitId} year={year} />
    </>
  );
}
