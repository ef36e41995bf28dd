import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['1,200', 1200],
    ['3.5万', 35000],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两万', 20000],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['二〇二四', 2024],
  ])('%s → %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('refuses text that is not a number', () => {
    expect(parseNumber('十x')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});
