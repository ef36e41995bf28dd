import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { User } from '../../../api/types';
import { resetUserPassword } from '../../../api/users';
import { showFormError } from '../../../lib/formErrors';
import { PASSWORD_HINT, validateNewPassword } from '../../../lib/passwordRules';

interface Props {
  /** The modal is open while a user is given. */
  user: User | null;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onClose }: Props) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: (v: { id: string; newPassword: string }) => resetUserPassword(v.id, v.newPassword),
    onSuccess: () => {
      message.success('密码已重置，请将新密码告知该用户');
      onClose();
    },
    onError: (e) => showFormError(form, e, ['newPassword'], (t) => message.error(t)),
  });

  return (
    <Modal
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      open={user !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="重置"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => user && mutation.mutate({ id: user.id, newPassword: v.newPassword })}
      >
        <Form.Item
          name="newPassword"
          label="新密码"
          extra={PASSWORD_HINT}
          rules={[{ required: true, message: '请输入新密码' }, { validator: validateNewPassword }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
