import { Button, Layout, Menu, Result, Spin } from 'antd';
import { useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { isSessionLost } from '../api/client';
import { WorkingUnitProvider } from '../context/WorkingUnitContext';
import { useMe } from '../hooks/useMe';
import { loginNoticeState } from '../lib/loginNotice';
import { HeaderBar } from './HeaderBar';
import { buildMenuItems, openMenuKeyOf, selectedMenuKey } from './menu';

const { Sider, Content } = Layout;

export function BasicLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedMenuKey(location.pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() => {
    const open = openMenuKeyOf(selected);
    return open ? [open] : [];
  });

  if (me.isPending) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (me.isError) {
    if (isSessionLost(me.error)) return <Navigate to="/login" replace state={loginNoticeState(me.error)} />;
    return (
      <Result
        status="error"
        title="无法加载用户信息"
        subTitle={me.error.message}
        extra={<Button onClick={() => void me.refetch()}>重试</Button>}
      />
    );
  }

  return (
    <WorkingUnitProvider me={me.data}>
      <Layout style={{ minHeight: '100vh' }}>
        <HeaderBar me={me.data} />
        <Layout>
          <Sider theme="light" width={208} breakpoint="lg" collapsedWidth={0}>
            <Menu
              mode="inline"
              items={buildMenuItems(me.data.abilities)}
              selectedKeys={selected ? [selected] : []}
              openKeys={openKeys}
              onOpenChange={setOpenKeys}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 0, paddingTop: 8 }}
            />
          </Sider>
          <Content style={{ padding: 24, minWidth: 0 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </WorkingUnitProvider>
  );
}
