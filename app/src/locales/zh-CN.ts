import { ROLE_LABELS, ROLES } from '../../../core/roles';
import { UNIT_LEVEL_LABELS, UNIT_LEVELS } from '../../../core/units/unitLevel';

// Role and level wording is shared with the server so the two can never disagree.
export { ROLE_LABELS, ROLES, UNIT_LEVEL_LABELS, UNIT_LEVELS };

export const PRODUCT_NAME = '法治政府建设工作平台';

export const USER_STATUS_LABELS = {
  active: '正常',
  disabled: '已停用',
  locked: '已锁定',
} as const;

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'user.create': '创建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.change_password': '修改密码',
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出',
  'unit.create': '创建单位',
};

/** Labels for fields that appear in audit before/after snapshots; unknown fields show their key. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  role: '角色',
  unitId: '单位',
  phone: '手机号',
  status: '状态',
  name: '名称',
  level: '级别',
  code: '行政区划代码',
  parentId: '上级单位',
  failedLogins: '连续失败次数',
  lockedUntil: '锁定至',
  ip: 'IP 地址',
};

export const roleLabel = (role: string): string => (ROLE_LABELS as Record<string, string>)[role] ?? role;

export const unitLevelLabel = (level: string): string =>
  (UNIT_LEVEL_LABELS as Record<string, string>)[level] ?? level;

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;
