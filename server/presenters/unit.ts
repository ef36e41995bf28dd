import type { UnitRow } from '../repositories/unitsRepo';

export function presentUnit(u: Pick<UnitRow, 'id' | 'name' | 'level' | 'code' | 'parentId'>) {
  return { id: u.id, name: u.name, level: u.level, code: u.code, parentId: u.parentId };
}
