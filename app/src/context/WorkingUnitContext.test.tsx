import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { canSwitchUnit } from './WorkingUnitContext';

const me = (role: Me['role'], level: Me['unit']['level']): Me => ({
  id: 'u',
  username: 'u',
  displayName: '用户',
  role,
  phone: null,
  unit: { id: 'x', name: '单位', level, code: '439999000000' },
  publicOrigin: null,
  abilities: [],
});

describe('canSwitchUnit', () => {
  it('lets county-level users and administrators switch, not township users', () => {
    expect(canSwitchUnit(me('county_reviewer', 'county'))).toBe(true);
    expect(canSwitchUnit(me('admin', 'township'))).toBe(true);
    expect(canSwitchUnit(me('township_clerk', 'township'))).toBe(false);
    expect(canSwitchUnit(me('legal_advisor', 'village'))).toBe(false);
  });
});
