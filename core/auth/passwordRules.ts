/** Character classes counted by the password rule. */
const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;
export const PASSWORD_MAX_LENGTH = 128;

/** Returns the Chinese reason a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}位`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}位`;
  const classes = CLASSES.filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) return '密码须包含小写字母、大写字母、数字、符号中的至少三类';
  return null;
}
