import { describe, expect, it } from 'vitest';
import { LEDGER_KINDS } from '../../../core/ledgers';
import { buildMenuItems, ledgerMenuGroups, openMenuKeyOf, selectedMenuKey } from './menu';

const labels = (abilities: string[]) =>
  buildMenuItems(abilities).map((item) => (item && 'label' in item ? item.label : null));

const childLabels = (abilities: string[], key: string) => {
  const item = buildMenuItems(abilities).find((i) => i?.key === key);
  return item && 'children' in item
    ? (item.children ?? []).map((c) => (c && 'label' in c ? c.label : null))
    : [];
};

describe('buildMenuItems', () => {
  it('offers 县级设置 under 系统管理 to those who may change ledger settings', () => {
    expect(childLabels(['user.manage', 'ledger.settings'], 'admin')).toContain('县级设置');
    expect(childLabels(['user.manage'], 'admin')).not.toContain('县级设置');
    expect(selectedMenuKey('/admin/ledger-settings')).toBe('/admin/ledger-settings');
    expect(openMenuKeyOf('/admin/ledger-settings')).toBe('admin');
  });

  it('shows 系统管理 only to users who may manage users', () => {
    expect(labels(['self.use', 'user.manage'])).toContain('系统管理');
    expect(labels(['self.use', 'unit.read', 'audit.read'])).toEqual([
      '工作台',
      '待办',
      '台账',
      '年度报告',
      '政务公开年报',
      '整改事项',
      '指标说明',
    ]);
  });

  it('shows 报告审查 only to reviewers, and 整改事项 to everyone', () => {
    expect(labels(['self.use', 'review.manage'])).toEqual([
      '工作台',
      '待办',
      '县级总览',
      '台账',
      '年度报告',
      '政务公开年报',
      '报告审查',
      '整改事项',
      '指标说明',
    ]);
    expect(labels(['self.use', 'rectification.answer'])).not.toContain('报告审查');
  });

  it('groups the 台账 entries by area, one per declared kind, linked to /ledgers/:kind', () => {
    const item = buildMenuItems([]).find((i) => i?.key === 'ledgers');
    const groups = item && 'children' in item ? (item.children ?? []) : [];
    const shape = groups.map((g) => ({
      label: g && 'label' in g ? g.label : null,
      kinds: g && 'children' in g ? (g.children ?? []).map((c) => (c && 'label' in c ? c.label : null)) : [],
    }));
    expect(shape.slice(0, 2)).toEqual([
      {
        label: '矛盾纠纷',
        kinds: [
          '矛盾纠纷',
          '信访事项',
          '人民调解委员会',
          '群众意见建议',
          '重点人员与矛盾风险研判',
          '行政调解',
        ],
      },
      {
        label: '行政执法',
        kinds: ['执法人员', '执法事项', '执法案件', '执法检查', '执法培训', '案卷评查'],
      },
    ]);
    // every declared kind appears exactly once (kinds added later fall under 其他台账)
    const all = groups.flatMap((g) => (g && 'children' in g ? (g.children ?? []).map((c) => c?.key) : []));
    expect(all.sort()).toEqual(LEDGER_KINDS.map((k) => `/ledgers/${k.kind}`).sort());
    const first = groups[0];
    const keys = first && 'children' in first ? (first.children ?? []).map((c) => c?.key) : [];
    expect(keys).toEqual([
      '/ledgers/dispute',
      '/ledgers/petition',
      '/ledgers/mediation_committee',
      '/ledgers/suggestion',
      '/ledgers/risk_assessment',
      '/ledgers/admin_mediation',
    ]);
  });

  it('puts a kind without an area under 其他台账, last', () => {
    const groups = ledgerMenuGroups([
      { kind: 'new_kind', label: '新台账' },
      { kind: 'dispute', label: '矛盾纠纷', area: '矛盾纠纷' },
    ]);
    expect(groups.map((g) => (g && 'label' in g ? g.label : null))).toEqual(['矛盾纠纷', '其他台账']);
    const other = groups[1];
    expect(other && 'children' in other ? other.children?.map((c) => c?.key) : []).toEqual([
      '/ledgers/new_kind',
    ]);
  });

  it('offers 县级总览 to county reviewers and 指标说明 to everyone', () => {
    expect(labels(['self.use', 'review.manage'])).toContain('县级总览');
    expect(labels(['self.use', 'ledger.write'])).not.toContain('县级总览');
    expect(labels(['self.use', 'ledger.write'])).toContain('指标说明');
    expect(labels(['self.use', 'user.manage'])).toContain('指标说明');
    expect(selectedMenuKey('/overview')).toBe('/overview');
    expect(selectedMenuKey('/indicators')).toBe('/indicators');
    expect(openMenuKeyOf('/overview')).toBeNull();
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
