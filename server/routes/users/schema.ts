import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../core/auth/passwordRules';
import { USERNAME_HINT, USERNAME_PATTERN } from '../../../core/auth/username';
import { ROLES } from '../../../core/roles';

const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '手机号或固话格式不正确')
  .nullable()
  .optional();

export const UserListQuery = z.object({
  unitId: z.uuid('单位编号格式不正确').optional(),
  role: z.enum(ROLES).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(2_147_483_647).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const UserIdParams = z.object({ id: z.uuid('用户编号格式不正确') });

export const UserCreateBody = z.object({
  username: z.string().trim().regex(USERNAME_PATTERN, USERNAME_HINT),
  displayName: z.string().trim().min(1, '请输入姓名').max(32),
  role: z.enum(ROLES),
  unitId: z.uuid('请选择所属单位'),
  password: z.string().max(PASSWORD_MAX_LENGTH),
  phone,
});

export const UserUpdateBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  displayName: z.string().trim().min(1, '请输入姓名').max(32).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'disabled']).optional(),
  phone,
  /** 所属单位 */
  unitId: z.uuid('单位编号格式不正确').optional(),
});

export const PasswordResetBody = z.object({ newPassword: z.string().max(PASSWORD_MAX_LENGTH) });
