import { expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from './mask';

it('masks phone numbers to 3+4 digits', () => {
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskPhone(null)).toBeNull();
  expect(maskPhone('12345')).toBe('*****');
});

it('masks ID numbers to region and check digit', () => {
  expect(maskIdNumber('43058119900101123X')).toBe('430581***********X');
});
