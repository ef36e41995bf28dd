import { expect, it } from 'vitest';
import { passwordWeakness } from './passwordRules';

it('accepts 8+ characters of three classes', () => {
  expect(passwordWeakness('Abcdef12')).toBeNull();
  expect(passwordWeakness('abc-def-12')).toBeNull();
  expect(passwordWeakness('Test-Pass-2026', 'zhang_san')).toBeNull();
});

it('rejects short or two-class passwords with a reason', () => {
  expect(passwordWeakness('Ab1-')).toBe('密码至少8位');
  expect(passwordWeakness('abcdefgh1')).toContain('至少三类');
  expect(passwordWeakness('ABCDEFGH')).toContain('至少三类');
});

it('rejects the common passwords that pass the class rule (issue 14 §1.10)', () => {
  for (const pw of [
    'Password1',
    'Qwerty123',
    'Admin@123',
    'P@ssw0rd!',
    'Passw0rd',
    '1qaz@WSX',
    'Woaini@1314',
    'Aaaaaa1!',
    '12345678Aa!',
  ])
    expect(passwordWeakness(pw), pw).toBe('密码过于常见（如 Password1、Admin@123），请换用不易猜到的组合');
});

it('rejects a password built on the username, forwards, backwards or dressed up', () => {
  expect(passwordWeakness('Zhangsan1!', 'zhangsan')).toBe('密码不能包含用户名');
  expect(passwordWeakness('My-zhangsan-9', 'ZhangSan')).toBe('密码不能包含用户名');
  expect(passwordWeakness('Nasgnahz#1', 'zhangsan')).toBe('密码不能包含用户名');
  expect(passwordWeakness('Zhangsan1!', 'lisi')).toBeNull();
});
