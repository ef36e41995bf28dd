import { describe, expect, it } from 'vitest';
import { checkUnitCode, levelOfCode } from './unitCode';

describe('levelOfCode', () => {
  it('reads the level from the zero suffixes', () => {
    expect(levelOfCode('430581000000')).toBe('county');
    expect(levelOfCode('430581104000')).toBe('township');
    expect(levelOfCode('430581104201')).toBe('village');
  });
  it('rejects shapes that fit no level', () => {
    expect(levelOfCode('430500000000')).toBeNull(); // a prefecture, above us
    expect(levelOfCode('430581000201')).toBeNull(); // village without township
    expect(levelOfCode('43058110420')).toBeNull();
    expect(levelOfCode('４30581104201')).toBeNull();
  });
});

describe('checkUnitCode', () => {
  const county = { code: '430581000000', level: 'county' as const };
  const town = { code: '430581104000', level: 'township' as const };
  it('accepts a consistent chain', () => {
    expect(checkUnitCode('430581000000', 'county')).toBeNull();
    expect(checkUnitCode('430581104000', 'township', county)).toBeNull();
    expect(checkUnitCode('430581104201', 'village', town)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(checkUnitCode('43058110400', 'township', county)).toBe('format');
    expect(checkUnitCode('990581104000', 'township')).toBe('province');
    expect(checkUnitCode('430581104000', 'village', town)).toBe('level_mismatch');
    expect(checkUnitCode('430582104000', 'township', county)).toBe('parent_prefix');
    expect(checkUnitCode('430581105201', 'village', town)).toBe('parent_prefix');
  });
});
