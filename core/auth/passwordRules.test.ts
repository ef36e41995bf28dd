import { expect, it } from 'vitest';
import { passwordWeakness } from './passwordRules';

it('accepts 8+ characters of three classes', () => {
  expect(passwordWeakness('Abcdef12')).toBeNull();
  expect(passwordWeakness('abc-def-12')).toBeNull();
});

it('rejects short or two-class passwords with a reason', () => {
  expect(passwordWeakness('Ab1-')).toBe('密码至少8位');
  expect(passwordWeakness('abcdefgh1')).toContain('至少三类');
  expect(passwordWeakness('ABCDEFGH')).toContain('至少三类');
});
