import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Table } from 'antd';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../../api/client';
import { queryKeys } from '../../../api/queryKeys';
import type { User } from '../../../api/types';
import { listUsers, updateUser } from '../../../api/users';
import { AuditHistoryDrawer } from '../../../components/AuditHistoryDrawer';
import { useWorkingUnit } from '../../../context/WorkingUnitContext';
import { useMe } from '../../../hooks/useMe';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { userColumns } from './userColumns';

export function UsersPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const { unitId: workingUnitId } = useWorkingUnit();
  const [filters, setFilters] = useState<UserFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [historyOf, setHistoryOf] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);

  const params = { ...filters, ...paging };
  const users = useQuery({
    queryKey: queryKeys.userList(params),
    queryFn: () => listUsers(params),
    placeholderData: keepPreviousData,
  });

  const toggle = useMutation({
    mutationFn: (u: User) =>
      updateUser(u.id, { version: u.version, status: u.status === 'active' ? 'disabled' : 'active' }),
    // block bodies on purpose: a message's thenable resolves only when the toast closes, and a
    // returned one would hold back onSettled (the list refresh) for its whole duration
    onSuccess: (u) => {
      message.success(u.status === 'active' ? `已启用 ${u.displayName}` : `已停用 ${u.displayName}`);
    },
    // a stale version means someone else changed the row: the refresh below shows their change
    onError: (e) => {
      message.error(errorMessage(e));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });

  const columns = useMemo(
    () =>
      userColumns({
        meId: me?.id ?? '',
        togglingId: toggle.isPending ? (toggle.variables?.id ?? null) : null,
        onToggleStatus: (u) => toggle.mutate(u),
        onResetPassword: setResetting,
        onEdit: setEditing,
        onHistory: setHistoryOf,
      }),
    [me?.id, toggle.isPending, toggle.variables, toggle.mutate],
  );

  return (
    <Card title="用户管理">
      <Flex justify="space-between" align="start" gap={12} wrap style={{ marginBottom: 16 }}>
        <UserFilters
          value={filters}
          onChange={(f) => {
            setFilters(f);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建用户
        </Button>
      </Flex>
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data?.items}
        loading={users.isFetching}
        scroll={{ x: 1110 }}
        locale={users.isError ? { emptyText: errorMessage(users.error) } : undefined}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 人`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
      <CreateUserModal open={creating} defaultUnitId={workingUnitId} onClose={() => setCreating(false)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <EditUserModal user={editing} isSelf={editing?.id === me?.id} onClose={() => setEditing(null)} />
      <AuditHistoryDrawer
        entity="user"
        entityId={historyOf?.id ?? null}
        title={historyOf ? `历史记录：${historyOf.displayName}（${historyOf.username}）` : undefined}
        onClose={() => setHistoryOf(null)}
      />
    </Card>
  );
}
