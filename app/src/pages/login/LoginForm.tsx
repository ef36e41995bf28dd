import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';

export interface LoginValues {
  username: string;
  password: string;
}

interface Props {
  onSubmit: (values: LoginValues) => void;
  submitting?: boolean;
  /** The server's Chinese explanation of the last failed attempt. */
  error?: string | null;
  /** Why the user is here again (session expired, account disabled); hidden once an attempt fails. */
  notice?: string | null;
}

export function LoginForm({ onSubmit, submitting = false, error, notice }: Props) {
  return (
    <Form<LoginValues> name="login" size="large" onFinish={onSubmit} autoComplete="on" requiredMark={false}>
      {error ? (
        <Alert type="error" title={error} showIcon style={{ marginBottom: 24 }} role="alert" />
      ) : notice ? (
        <Alert
          type="warning"
          title={notice}
          showIcon
          style={{ marginBottom: 24 }}
          data-testid="login-notice"
        />
      ) : null}
      <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" aria-label="用户名" />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password
          prefix={<LockOutlined />}
          placeholder="密码"
          autoComplete="current-password"
          aria-label="密码"
        />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          登 录
        </Button>
      </Form.Item>
    </Form>
  );
}
