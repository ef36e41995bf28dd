import { BankOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { login } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { readLoginNotice } from '../../lib/loginNotice';
import { PRODUCT_NAME } from '../../locales/zh-CN';
import { LoginForm, type LoginValues } from './LoginForm';

export function LoginPage() {
  const navigate = useNavigate();
  const notice = readLoginNotice(useLocation().state);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: LoginValues) => login(v.username.trim(), v.password),
    onSuccess: (me) => {
      // nothing cached for a previous user may leak into this session
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
      navigate('/', { replace: true });
    },
  });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: 'linear-gradient(180deg, #8e1b1b 0, #8e1b1b 38%, #f5f5f5 38%)',
        padding: 16,
      }}
    >
      <div style={{ width: 400, maxWidth: '100%' }}>
        <div style={{ textAlign: 'center', marginBottom: 24, color: '#fff' }}>
          <BankOutlined style={{ fontSize: 40 }} />
          <Typography.Title level={2} style={{ color: '#fff', margin: '12px 0 0' }}>
            {PRODUCT_NAME}
          </Typography.Title>
        </div>
        <Card title="账号登录">
          <LoginForm
            onSubmit={(v) => mutation.mutate(v)}
            submitting={mutation.isPending}
            error={mutation.isError ? errorMessage(mutation.error) : null}
            notice={notice}
          />
        </Card>
      </div>
    </div>
  );
}
