/** Levels of the administrative tree we serve. Provinces and cities sit above us and are not modelled. */
export const UNIT_LEVELS = ['county', 'township', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  county: '县（区）',
  township: '乡镇（街道）',
  village: '村（社区）',
};

/** The level a child of `parent` must have; villages have no children. */
export function childLevelOf(parent: UnitLevel): UnitLevel | null {
  if (parent === 'county') return 'township';
  if (parent === 'township') return 'village';
  return null;
}
