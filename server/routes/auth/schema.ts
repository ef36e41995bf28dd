import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../../core/auth/passwordRules';

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
