import type { UnitLevel } from './unitLevel';

/**
 * 12-digit 统计用区划代码: 2 province, 2 city, 2 county, 3 township, 3 village.
 * A county's code ends in six zeros, a township's in three; a child shares its
 * parent's prefix. Province prefixes follow GB/T 2260.
 */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type UnitCodeProblem = 'format' | 'province' | 'level_mismatch' | 'parent_prefix';

export const UNIT_CODE_PROBLEM_LABELS: Record<UnitCodeProblem, string> = {
  format: '行政区划代码应为12位数字',
  province: '行政区划代码前两位不是有效的省级代码',
  level_mismatch: '行政区划代码与单位级别不符（县级以6个0结尾，乡镇级以3个0结尾，村级末3位非0）',
  parent_prefix: '行政区划代码与上级单位的代码前缀不一致',
};

/** The level a well-formed code denotes, or null when its shape fits none. */
export function levelOfCode(code: string): UnitLevel | null {
  if (!/^\d{12}$/.test(code)) return null;
  const county = code.slice(4, 6);
  const township = code.slice(6, 9);
  const village = code.slice(9, 12);
  if (county === '00') return null;
  if (township === '000') return village === '000' ? 'county' : null;
  return village === '000' ? 'township' : 'village';
}

/** The prefix that all descendants of a unit with this code share. */
export function codePrefix(code: string, level: UnitLevel): string {
  return level === 'county' ? code.slice(0, 6) : level === 'township' ? code.slice(0, 9) : code;
}

/** Returns the first problem with `code` for a unit at `level` under `parent`, or null if valid. */
export function checkUnitCode(
  code: string,
  level: UnitLevel,
  parent?: { code: string; level: UnitLevel } | null,
): UnitCodeProblem | null {
  if (!/^\d{12}$/.test(code)) return 'format';
  if (!PROVINCES.has(code.slice(0, 2))) return 'province';
  if (levelOfCode(code) !== level) return 'level_mismatch';
  if (parent && !code.startsWith(codePrefix(parent.code, parent.level))) return 'parent_prefix';
  return null;
}
