import { describe, expect, it } from 'vitest';
import { type Actor, abilitiesOf, can, maySwitchWorkingUnit } from './index';

const county = '/c/';
const townA = '/c/a/';
const townB = '/c/b/';
const actor = (role: Actor['role'], unitPath: string): Actor => ({ id: 'u', role, unitId: 'x', unitPath });

describe('can', () => {
  it('keeps a township user inside its own subtree', () => {
    const clerk = actor('township_clerk', townA);
    expect(can(clerk, 'unit.read', { path: townA })).toBe(true);
    expect(can(clerk, 'unit.read', { path: '/c/a/v1/' })).toBe(true);
    expect(can(clerk, 'unit.read', { path: townB })).toBe(false);
    expect(can(clerk, 'unit.read', { path: county })).toBe(false);
  });
  it('does not confuse a sibling whose id starts with ours', () => {
    expect(can(actor('township_clerk', '/c/a/'), 'unit.read', { path: '/c/ab/' })).toBe(false);
  });
  it('lets the county reviewer read the county subtree but not manage users', () => {
    const reviewer = actor('county_reviewer', county);
    expect(can(reviewer, 'unit.read', { path: townB })).toBe(true);
    expect(can(reviewer, 'user.manage', { path: townB })).toBe(false);
  });
  it('lets the admin act everywhere', () => {
    const admin = actor('admin', county);
    expect(can(admin, 'user.manage', { path: '/other/' })).toBe(true);
  });
});

describe('abilitiesOf', () => {
  it('lists what the UI may offer', () => {
    expect(abilitiesOf(actor('admin', county))).toContain('user.manage');
    expect(abilitiesOf(actor('legal_advisor', townA))).toEqual([
      'self.use',
      'unit.read',
      'audit.read',
      'rectification.read',
      'ledger.read',
      'ledger.work',
      'todo.read',
      'indicator.read',
      'report.read',
      'report.act',
    ]);
    expect(abilitiesOf(actor('township_clerk', townA))).toContain('report.write');
    expect(abilitiesOf(actor('legal_advisor', townA))).not.toContain('report.write');
    expect(abilitiesOf(actor('admin', county))).not.toContain('report.act');
    // the administrator runs the system, not the ledgers
    expect(abilitiesOf(actor('admin', county))).not.toContain('ledger.work');
    expect(abilitiesOf(actor('county_reviewer', county))).toContain('review.manage');
    expect(abilitiesOf(actor('township_clerk', townA))).toContain('rectification.answer');
    expect(abilitiesOf(actor('township_clerk', townA))).not.toContain('review.manage');
  });
});

describe('maySwitchWorkingUnit', () => {
  it('lets county staff and the administrator work as another unit, nobody else', () => {
    expect(maySwitchWorkingUnit('county_reviewer', 'county')).toBe(true);
    expect(maySwitchWorkingUnit('admin', 'township')).toBe(true);
    expect(maySwitchWorkingUnit('township_clerk', 'township')).toBe(false);
    expect(maySwitchWorkingUnit('legal_advisor', 'village')).toBe(false);
  });
});
