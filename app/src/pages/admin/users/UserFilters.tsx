import { Input, Select, Space } from 'antd';
import type { Role } from '../../../api/types';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { ROLE_LABELS, ROLES } from '../../../locales/zh-CN';

export interface UserFilterValues {
  q?: string;
  unitId?: string;
  role?: Role;
}

interface Props {
  value: UserFilterValues;
  onChange: (next: UserFilterValues) => void;
}

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function UserFilters({ value, onChange }: Props) {
  return (
    <Space wrap size={12}>
      <Input.Search
        allowClear
        placeholder="搜索用户名或姓名"
        aria-label="搜索用户"
        style={{ width: 240 }}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
      />
      <UnitTreeSelect
        allowClear
        placeholder="全部单位"
        aria-label="按单位筛选"
        style={{ width: 220 }}
        treeDefaultExpandAll={false}
        value={value.unitId}
        onChange={(unitId) => onChange({ ...value, unitId: unitId || undefined })}
      />
      <Select<Role>
        allowClear
        placeholder="全部角色"
        aria-label="按角色筛选"
        style={{ width: 160 }}
        options={ROLE_OPTIONS}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role || undefined })}
      />
    </Space>
  );
}
