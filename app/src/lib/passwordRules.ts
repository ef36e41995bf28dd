import { passwordWeakness } from '../../../core/auth/passwordRules';

export { USERNAME_HINT, USERNAME_PATTERN } from '../../../core/auth/username';
// The server's own rule, so the form rejects exactly what the server would.
export { passwordWeakness };

export const PASSWORD_HINT = '至少8位，包含小写字母、大写字母、数字、符号中的至少三类';

export function isStrongPassword(password: string): boolean {
  return passwordWeakness(password) === null;
}

/** An antd Form rule validator for new passwords. */
export async function validateNewPassword(_rule: unknown, value: unknown): Promise<void> {
  if (typeof value !== 'string' || value === '') return; // `required` reports the empty case
  const reason = passwordWeakness(value);
  if (reason) throw new Error(reason);
}
