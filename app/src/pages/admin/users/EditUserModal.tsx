import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { queryKeys } from '../../../api/queryKeys';
import type { Role, User } from '../../../api/types';
import { updateUser } from '../../../api/users';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { showFormError } from '../../../lib/formErrors';
import { ROLE_OPTIONS } from './UserFilters';

interface Values {
  displayName: string;
  role: Role;
  unitId: string;
  phone?: string;
}

const FIELDS = ['displayName', 'role', 'unitId', 'phone'];

interface Props {
  /** The user being edited; the modal is closed while this is null. */
  user: User | null;
  /** The signed-in admin may not change their own role or unit. */
  isSelf: boolean;
  onClose: () => void;
}

/**
 * 修改用户: name, role, unit and phone. The list shows the phone masked, so the field starts
 * empty and an empty field leaves the number as it is.
 */
export function EditUserModal({ user, isSelf, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      updateUser(user?.id ?? '', {
        version: user?.version ?? 0,
        displayName: v.displayName.trim(),
        ...(isSelf ? {} : { role: v.role, unitId: v.unitId }),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      }),
    onSuccess: async (u) => {
      message.success(
        u.unit.id !== user?.unit.id
          ? `已保存 ${u.displayName}，其登录已失效，需重新登录`
          : `已保存 ${u.displayName}`,
      );
      await queryClient.invalidateQueries({ queryKey: queryKeys.users });
      onClose();
    },
    onError: (e) => showFormError(form, e, FIELDS, (t) => message.error(t)),
  });

  return (
    <Modal
      title={user ? `修改用户：${user.username}` : '修改用户'}
      open={user !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterClose={() => mutation.reset()}
    >
      <Form<Values>
        form={form}
        name="edit-user"
        layout="vertical"
        preserve={false}
        initialValues={{ displayName: user?.displayName, role: user?.role, unitId: user?.unit.id }}
        onFinish={(v) => mutation.mutate(v)}
      >
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
        <Form.Item
          name="role"
          label="角色"
          extra={isSelf ? '不能修改自己的角色' : undefined}
          rules={[{ required: true, message: '请选择角色' }]}
        >
          <Select<Role> options={ROLE_OPTIONS} disabled={isSelf} />
        </Form.Item>
        <Form.Item
          name="unitId"
          label="所属单位"
          extra={isSelf ? '不能修改自己所在的单位' : '改变单位后，该用户需重新登录'}
          rules={[{ required: true, message: '请选择所属单位' }]}
        >
          <UnitTreeSelect disabled={isSelf} />
        </Form.Item>
        <Form.Item
          name="phone"
          label="手机号"
          extra={user?.phone ? `现为 ${user.phone}；不修改请留空` : '选填'}
          rules={[{ pattern: /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, message: '手机号或固话格式不正确' }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
