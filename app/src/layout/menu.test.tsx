import { describe, expect, it } from 'vitest';
import { buildMenuItems, selectedMenuKey } from './menu';

const labels = (abilities: string[]) =>
  buildMenuItems(abilities).map((item) => (item && 'label' in item ? item.label : null));

describe('buildMenuItems', () => {
  it('shows 系统管理 only to users who may manage users', () => {
    expect(labels(['self.use', 'user.manage'])).toContain('系统管理');
    expect(labels(['self.use', 'unit.read', 'audit.read'])).toEqual([
      '工作台',
      '台账',
      '年度报告',
      '整改事项',
    ]);
  });

  it('shows 报告审查 only to reviewers, and 整改事项 to everyone', () => {
    expect(labels(['self.use', 'review.manage'])).toEqual([
      '工作台',
      '台账',
      '年度报告',
      '报告审查',
      '整改事项',
    ]);
    expect(labels(['self.use', 'rectification.answer'])).not.toContain('报告审查');
  });
});

describe('selectedMenuKey', () => {
  it('lights the item whose path prefixes the location', () => {
    expect(selectedMenuKey('/')).toBe('/');
    expect(selectedMenuKey('/admin/users')).toBe('/admin/users');
    expect(selectedMenuKey('/ledgers/2026/abc')).toBe('/ledgers');
    expect(selectedMenuKey('/review/5f0c')).toBe('/review');
    expect(selectedMenuKey('/rectifications')).toBe('/rectifications');
    expect(selectedMenuKey('/ledgersx')).toBeNull();
    expect(selectedMenuKey('/account/password')).toBeNull();
  });
});
