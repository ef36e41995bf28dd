import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../core/auth/passwordRules';
import { ROLES } from '../../../core/roles';
import { UNIT_LEVELS } from '../../../core/units/unitLevel';

export const LoginBody = z.object({
  /** 登录用户名 */
  username: z.string().trim().min(1, '请输入用户名').max(64),
  /** 密码 */
  password: z.string().min(1, '请输入密码').max(PASSWORD_MAX_LENGTH),
});

export const PasswordChangeBody = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1, '请输入新密码').max(PASSWORD_MAX_LENGTH),
});

export const MeResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  phone: z.string().nullable(),
  unit: z.object({ id: z.string(), name: z.string(), level: z.enum(UNIT_LEVELS), code: z.string() }),
  abilities: z.array(z.string()),
  /** The address residents reach this system at (FAZHI_PUBLIC_ORIGIN), for the 码上申请 poster; null when not configured. */
  publicOrigin: z.string().nullable(),
});
