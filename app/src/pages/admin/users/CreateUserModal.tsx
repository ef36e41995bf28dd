import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { queryKeys } from '../../../api/queryKeys';
import type { Role } from '../../../api/types';
import { createUser } from '../../../api/users';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { showFormError } from '../../../lib/formErrors';
import {
  PASSWORD_HINT,
  USERNAME_HINT,
  USERNAME_PATTERN,
  validateNewPassword,
} from '../../../lib/passwordRules';
import { ROLE_OPTIONS } from './UserFilters';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  phone?: string;
  password: string;
}

const FIELDS = ['username', 'displayName', 'role', 'unitId', 'phone', 'password'];

interface Props {
  open: boolean;
  /** Pre-selected unit (the working unit), so the common case needs one click less. */
  defaultUnitId?: string;
  onClose: () => void;
}

export function CreateUserModal({ open, defaultUnitId, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) => createUser({ ...v, phone: v.phone?.trim() || undefined }),
    onSuccess: async (user) => {
      message.success(`已创建用户 ${user.username}`);
      await queryClient.invalidateQueries({ queryKey: queryKeys.users });
      onClose();
    },
    onError: (e) => showFormError(form, e, FIELDS, (t) => message.error(t)),
  });

  return (
    <Modal
      title="新建用户"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      <Form<Values>
        form={form}
        name="create-user"
        layout="vertical"
        preserve={false}
        initialValues={{ unitId: defaultUnitId }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="username"
          label="用户名"
          extra={USERNAME_HINT}
          rules={[
            { required: true, message: '请输入用户名' },
            { pattern: USERNAME_PATTERN, message: USERNAME_HINT },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { max: 32, message: '姓名不能超过32个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select<Role> options={ROLE_OPTIONS} placeholder="请选择角色" />
        </Form.Item>
        <Form.Item name="unitId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item
          name="phone"
          label="手机号"
          rules={[{ pattern: /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, message: '手机号或固话格式不正确' }]}
        >
          <Input placeholder="选填" />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra={PASSWORD_HINT}
          rules={[{ required: true, message: '请输入初始密码' }, { validator: validateNewPassword }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
