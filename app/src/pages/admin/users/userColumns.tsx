import { Button, Popconfirm, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { User } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import { type DisplayStatus, displayStatus } from '../../../lib/userStatus';
import { roleLabel, USER_STATUS_LABELS } from '../../../locales/zh-CN';

const STATUS_COLORS: Record<DisplayStatus, string> = {
  active: 'success',
  disabled: 'default',
  locked: 'error',
};

export interface UserRowActions {
  meId: string;
  /** Id of the row whose status is being changed, so only its button spins. */
  togglingId: string | null;
  onToggleStatus: (user: User) => void;
  onResetPassword: (user: User) => void;
  onEdit: (user: User) => void;
  onHistory: (user: User) => void;
}

export function userColumns(a: UserRowActions): ColumnsType<User> {
  return [
    { title: '用户名', dataIndex: 'username', width: 160, ellipsis: true },
    { title: '姓名', dataIndex: 'displayName', width: 96, ellipsis: true },
    { title: '角色', dataIndex: 'role', width: 104, render: (r: string) => roleLabel(r) },
    { title: '单位', dataIndex: ['unit', 'name'], ellipsis: true },
    { title: '手机号', dataIndex: 'phone', width: 120, render: (p: string | null) => p ?? '—' },
    {
      title: '状态',
      key: 'status',
      width: 80,
      render: (_, u) => {
        const s = displayStatus(u);
        return <Tag color={STATUS_COLORS[s]}>{USER_STATUS_LABELS[s]}</Tag>;
      },
    },
    {
      title: '最后登录',
      dataIndex: 'lastLoginAt',
      width: 176,
      render: (t: string | null) => (t ? formatDateTime(t) : '从未登录'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 230,
      fixed: 'right',
      render: (_, u) => {
        const disabling = u.status === 'active';
        return (
          <Space size={0}>
            <Popconfirm
              title={disabling ? `确定停用用户“${u.displayName}”？` : `确定启用用户“${u.displayName}”？`}
              description={disabling ? '停用后该用户将无法登录。' : undefined}
              onConfirm={() => a.onToggleStatus(u)}
              disabled={u.id === a.meId}
            >
              <Button
                type="link"
                size="small"
                danger={disabling}
                disabled={u.id === a.meId}
                loading={a.togglingId === u.id}
              >
                {disabling ? '停用' : '启用'}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" onClick={() => a.onEdit(u)}>
              修改
            </Button>
            <Button type="link" size="small" onClick={() => a.onResetPassword(u)}>
              重置密码
            </Button>
            <Button type="link" size="small" onClick={() => a.onHistory(u)}>
              历史
            </Button>
          </Space>
        );
      },
    },
  ];
}
