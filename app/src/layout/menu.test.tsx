import { describe, expect, it } from 'vitest';
import { buildMenuItems, openMenuKeyOf, selectedMenuKey } from './menu';

const labels = (abilities: string[]) =>
  buildMenuItems(abilities).map((item) => (item && 'label' in item ? item.label : null));

const childLabels = (abilities: string[], key: string) => {
  const item = buildMenuItems(abilities).find((i) => i?.key === key);
  return item && 'children' in item
    ? (item.children ?? []).map((c) => (c && 'label' in c ? c.label : null))
    : [];
};

describe('buildMenuItems', () => {
  it('shows 系统管理 only to users who may manage users', () => {
    expect(labels(['self.use', 'user.manage'])).toContain('系统管理');
    expect(labels(['self.use', 'unit.read', 'audit.read'])).toEqual([
      '工作台',
      '待办',
      '台账',
      '年度报告',
      '整改事项',
    ]);
  });

  it('shows 报告审查 only to reviewers, and 整改事项 to everyone', () => {
    expect(labels(['self.use', 'review.manage'])).toEqual([
      '工作台',
      '待办',
      '台账',
      '年度报告',
      '报告审查',
      '整改事项',
    ]);
    expect(labels(['self.use', 'rectification.answer'])).not.toContain('报告审查');
  });

  it('lists one 台账 entry per declared kind, linked to /ledgers/:kind', () => {
    expect(childLabels([], 'ledgers')).toEqual(['矛盾纠纷', '信访事项', '人民调解委员会', '群众意见建议']);
    const item = buildMenuItems([]).find((i) => i?.key === 'ledgers');
    const keys = item && 'children' in item ? (item.children ?? []).map((c) => c?.key) : [];
    expect(keys).toEqual([
      '/ledgers/dispute',
      '/ledgers/petition',
      '/ledgers/mediation_committee',
      '/ledgers/suggestion',
    ]);
  });

  it('offers the 码上申请 QR page only to those who keep ledgers', () => {
    expect(labels(['self.use', 'ledger.read', 'ledger.write'])).toContain('码上申请二维码');
    expect(labels(['self.use', 'ledger.read'])).not.toContain('码上申请二维码');
  });
});

describe('selectedMenuKey', () => {
  it('lights the item whose path prefixes the location', () => {
    expect(selectedMenuKey('/')).toBe('/');
    expect(selectedMenuKey('/admin/users')).toBe('/admin/users');
    expect(selectedMenuKey('/ledgers/dispute')).toBe('/ledgers/dispute');
    expect(selectedMenuKey('/ledgers/petition/5f0c')).toBe('/ledgers/petition');
    expect(selectedMenuKey('/todo')).toBe('/todo');
    expect(selectedMenuKey('/intake-qr')).toBe('/intake-qr');
    expect(selectedMenuKey('/review/5f0c')).toBe('/review');
    expect(selectedMenuKey('/rectifications')).toBe('/rectifications');
    expect(selectedMenuKey('/ledgers/unknown')).toBeNull();
    expect(selectedMenuKey('/account/password')).toBeNull();
  });

  it('opens the group that holds the selected item', () => {
    expect(openMenuKeyOf('/ledgers/dispute')).toBe('ledgers');
    expect(openMenuKeyOf('/admin/units')).toBe('admin');
    expect(openMenuKeyOf('/todo')).toBeNull();
    expect(openMenuKeyOf(null)).toBeNull();
  });
});
