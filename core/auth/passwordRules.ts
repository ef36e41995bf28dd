/** Character classes counted by the password rule. */
const CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Words that, dressed up with capitals, digits and a symbol, make the passwords guessed first
 * (issue 14 §1.10: `Password1`, `Qwerty123`, `Admin@123` met the class rule). Our own short list
 * of the well-known kinds, per NIST SP 800-63B §5.1.1.2 ("commonly-used, expected, or compromised
 * values", "context-specific words, such as the name of the service, the username"): the common
 * English words and keyboard runs, Chinese pinyin favourites, and the names of this service.
 */
const COMMON_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'passw',
  'pwd',
  'admin',
  'administrator',
  'root',
  'user',
  'test',
  'guest',
  'welcome',
  'letmein',
  'iloveyou',
  'login',
  'master',
  'super',
  'default',
  'changeme',
  'secret',
  'hello',
  'qwerty',
  'qwertyuiop',
  'qwer',
  'qwert',
  'asdf',
  'asdfgh',
  'asdfghjkl',
  'zxcv',
  'zxcvbn',
  'zxcvbnm',
  'qaz',
  'qazwsx',
  'wsx',
  'abc',
  'abcd',
  'abcde',
  'aaa',
  'aaaa',
  'aaaaa',
  'aaaaaa',
  'a',
  'aa',
  'woaini',
  'woaini1314',
  'nihao',
  'zhongguo',
  'china',
  'beijing',
  'shanghai',
  'aini',
  'wangluo',
  'fazhi',
  'fazhizhengfu',
  'zhengfu',
  'gov',
  'system',
  'sys',
  'manager',
  'sa',
  'oracle',
  'mysql',
]);

/** Digits and symbols people use for letters, undone before the word is looked up. */
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '3': 'e',
  $: 's',
  '5': 's',
  '7': 't',
};

/** The word a password is built on: lower case, digits and symbols at either end dropped, look-alikes undone. */
function coreWord(password: string): string {
  const trimmed = password.toLowerCase().replace(/^[^a-z]+|[^a-z]+$/g, '');
  const unleet = [...trimmed].map((c) => LEET[c] ?? c).join('');
  return unleet.replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/** Returns the Chinese reason a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}位`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}位`;
  const classes = CLASSES.filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) return '密码须包含小写字母、大写字母、数字、符号中的至少三类';
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3) {
    const lower = password.toLowerCase();
    if (
      lower.includes(name) ||
      lower.includes([...name].reverse().join('')) ||
      coreWord(password) === coreWord(name)
    )
      return '密码不能包含用户名';
  }
  const word = coreWord(password);
  const letters = password.toLowerCase().replace(/[^a-z]/g, '');
  if (COMMON_WORDS.has(word) || COMMON_WORDS.has(letters) || /^(.)\1*$/.test(word))
    return '密码过于常见（如 Password1、Admin@123），请换用不易猜到的组合';
  return null;
}
