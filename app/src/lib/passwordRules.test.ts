import { describe, expect, it } from 'vitest';
import { isStrongPassword, USERNAME_PATTERN, validateNewPassword } from './passwordRules';

describe('password rules', () => {
  it('accepts 8+ characters with three character classes', () => {
    expect(isStrongPassword('Abcdef12')).toBe(true);
    expect(isStrongPassword('abc-def1')).toBe(true);
  });

  it('rejects short or single-class passwords', () => {
    expect(isStrongPassword('abcdefgh')).toBe(false);
    expect(isStrongPassword('Ab1')).toBe(false);
    expect(isStrongPassword('abcdef12')).toBe(false);
  });

  it('gives a Chinese reason through the form validator', async () => {
    await expect(validateNewPassword({}, 'Ab1')).rejects.toThrow('密码至少8位');
    await expect(validateNewPassword({}, 'abcdefgh')).rejects.toThrow(/至少三类/);
    await expect(validateNewPassword({}, 'Abcdef12')).resolves.toBeUndefined();
    await expect(validateNewPassword({}, '')).resolves.toBeUndefined();
  });
});

describe('username pattern', () => {
  it('allows 3–32 letters, digits and _ . -', () => {
    expect(USERNAME_PATTERN.test('e2e_clerk.1-a')).toBe(true);
    expect(USERNAME_PATTERN.test('ab')).toBe(false);
    expect(USERNAME_PATTERN.test('a'.repeat(33))).toBe(false);
    expect(USERNAME_PATTERN.test('张三abc')).toBe(false);
  });
});
