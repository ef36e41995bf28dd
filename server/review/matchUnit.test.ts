import { expect, it } from 'vitest';
import type { UnitRow } from '../repositories/unitsRepo';
import { matchUnit } from './matchUnit';

const unit = (name: string, level: UnitRow['level']): UnitRow => ({
  id: name,
  parentId: null,
  name,
  level,
  code: '430000000000',
  path: `/${name}/`,
  createdAt: new Date(0),
});
const units = [
  unit('示例县', 'county'),
  unit('青石镇', 'township'),
  unit('石镇', 'township'),
  unit('青石村', 'village'),
];

it('prefers an exact name', () => {
  expect(matchUnit('青石镇', units)?.name).toBe('青石镇');
  expect(matchUnit('青石镇人民政府', units)?.name).toBe('青石镇');
});

it('accepts a county prefix only when the suffix is unambiguous', () => {
  expect(matchUnit('示例县柳溪镇', [...units, unit('柳溪镇', 'township')])?.name).toBe('柳溪镇');
  expect(matchUnit('某县青石镇', units)).toBeUndefined(); // 青石镇 and 石镇 both end it
  expect(matchUnit(null, units)).toBeUndefined();
  expect(matchUnit('白云镇', units)).toBeUndefined();
});
