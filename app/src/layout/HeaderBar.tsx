import { BankOutlined } from '@ant-design/icons';
import { Layout, Typography } from 'antd';
import { Link } from 'react-router';
import type { Me } from '../api/types';
import { PRODUCT_NAME } from '../locales/zh-CN';
import { UnitSwitcher } from './UnitSwitcher';
import { UserMenu } from './UserMenu';

const { Header } = Layout;

export function HeaderBar({ me }: { me: Me }) {
  return (
    <Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 24,
        paddingInline: 24,
        background: '#8e1b1b',
      }}
    >
      <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', flex: 'none' }}>
        <BankOutlined style={{ fontSize: 22 }} />
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          {PRODUCT_NAME}
        </Typography.Text>
      </Link>
      <div
        style={{
          flex: 1,
          minWidth: 0,
          display: 'flex',
          justifyContent: 'flex-end',
          alignItems: 'center',
          gap: 16,
        }}
      >
        <UnitSwitcher />
        <UserMenu me={me} />
      </div>
    </Header>
  );
}
