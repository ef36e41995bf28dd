import { ToolOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';

export function UnderConstruction({ title }: { title: string }) {
  return (
    <Card>
      <Result icon={<ToolOutlined />} title={`${title} · 建设中`} subTitle="该功能正在建设中，敬请期待。" />
    </Card>
  );
}
