import { Alert, Card, Descriptions, Typography } from 'antd';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { useMe } from '../../hooks/useMe';
import { roleLabel, unitLevelLabel } from '../../locales/zh-CN';
import { TodoCounts } from './TodoCounts';

export function DashboardPage() {
  const { data: me } = useMe();
  const { unit } = useWorkingUnit();
  if (!me) return null;

  return (
    <>
      <TodoCounts />
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          欢迎，{me.displayName}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="角色">{roleLabel(me.role)}</Descriptions.Item>
          <Descriptions.Item label="所属单位">
            {me.unit.name}（{unitLevelLabel(me.unit.level)}）
          </Descriptions.Item>
          <Descriptions.Item label="当前工作单位">{unit.name}</Descriptions.Item>
        </Descriptions>
        <Alert
          type="info"
          showIcon
          title="建设中"
          description="法治政府建设各项指标与年度报告统计将陆续在此展示。"
        />
      </Card>
    </>
  );
}
