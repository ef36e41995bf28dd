import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Dropdown, type MenuProps, Space } from 'antd';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth';
import { errorMessage } from '../api/client';
import type { Me } from '../api/types';

export function UserMenu({ me }: { me: Me }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const onLogout = async () => {
    try {
      await logout();
    } catch (e) {
      // the session may already be gone; leaving is still what the user asked for
      message.warning(errorMessage(e));
    }
    queryClient.clear();
    message.destroy(); // the next person at this desk should not see the last one's notices
    navigate('/login', { replace: true });
  };

  const items: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: '修改密码',
      onClick: () => navigate('/account/password'),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: () => void onLogout() },
  ];

  return (
    <Dropdown menu={{ items }} placement="bottomRight" trigger={['click']}>
      <button
        type="button"
        data-testid="user-menu"
        style={{
          background: 'none',
          border: 0,
          color: '#fff',
          cursor: 'pointer',
          padding: 0,
          whiteSpace: 'nowrap',
        }}
      >
        <Space size={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.25)' }} />
          {me.displayName}
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </button>
    </Dropdown>
  );
}
