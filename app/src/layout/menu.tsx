import {
  AuditOutlined,
  BookOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundOutlined,
  ProfileOutlined,
  QrcodeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { KIND_INDEX } from '../../../core/ledgers/kindIndex';

type MenuItem = Required<MenuProps>['items'][number];

export const ADMIN_MENU_KEY = 'admin';
export const LEDGER_MENU_KEY = 'ledgers';
export const INTAKE_QR_PATH = '/intake-qr';

export const LEDGER_SETTINGS_PATH = '/admin/ledger-settings';
export const OVERVIEW_PATH = '/overview';
export const INDICATORS_PATH = '/indicators';
/** 县级总览 is for county reviewers (the server checks scope on its own). */
export const OVERVIEW_ABILITY = 'review.manage';

const ledgerPath = (kind: string) => `/ledgers/${kind}`;

export const OTHER_LEDGER_AREA = '其他台账';

/** The 台账 submenu: one group per area (in the order areas first appear), kinds in declaration order. */
/** A kind without an area (not in the index yet) still appears, under 其他台账. */
export function ledgerMenuGroups(
  kinds: readonly { kind: string; label: string; area?: string }[],
): MenuItem[] {
  const groups = new Map<string, { key: string; label: string }[]>();
  for (const k of kinds) {
    const area = k.area ?? OTHER_LEDGER_AREA;
    const list = groups.get(area) ?? [];
    list.push({ key: ledgerPath(k.kind), label: k.label });
    groups.set(area, list);
  }
  // the catch-all group goes last, wherever its first kind was declared
  const areas = [...groups.keys()].sort(
    (a, b) => Number(a === OTHER_LEDGER_AREA) - Number(b === OTHER_LEDGER_AREA),
  );
  return areas.map((area) => ({
    type: 'group' as const,
    key: `ledger-area:${area}`,
    label: area,
    children: groups.get(area) ?? [],
  }));
}

export function buildMenuItems(abilities: readonly string[]): MenuItem[] {
  const items: MenuItem[] = [
    { key: '/', icon: <DashboardOutlined />, label: '工作台' },
    { key: '/todo', icon: <CheckSquareOutlined />, label: '待办' },
    ...(abilities.includes(OVERVIEW_ABILITY)
      ? [{ key: OVERVIEW_PATH, icon: <FundOutlined />, label: '县级总览' }]
      : []),
    {
      key: LEDGER_MENU_KEY,
      icon: <BookOutlined />,
      label: '台账',
      children: ledgerMenuGroups(KIND_INDEX),
    },
  ];
  // the township's own public page (码上申请): only those who answer what arrives there
  if (abilities.includes('ledger.write'))
    items.push({ key: INTAKE_QR_PATH, icon: <QrcodeOutlined />, label: '码上申请二维码' });
  items.push({ key: '/reports', icon: <FileTextOutlined />, label: '年度报告' });
  items.push({ key: '/disclosure-reports', icon: <FileTextOutlined />, label: '政务公开年报' });
  // a township's own figures (the county reads them on each township's public page)
  if (abilities.includes('report.write'))
    items.push({ key: '/enforcement-annual', icon: <FileTextOutlined />, label: '执法数据公开' });
  if (abilities.includes('review.manage'))
    items.push({ key: '/review', icon: <AuditOutlined />, label: '报告审查' });
  items.push({ key: '/rectifications', icon: <FileDoneOutlined />, label: '整改事项' });
  items.push({ key: INDICATORS_PATH, icon: <ProfileOutlined />, label: '指标说明' });
  if (abilities.includes('user.manage')) {
    items.push({
      key: ADMIN_MENU_KEY,
      icon: <SettingOutlined />,
      label: '系统管理',
      children: [
        { key: '/admin/users', label: '用户管理' },
        { key: '/admin/units', label: '单位管理' },
        ...(abilities.includes('calendar.manage') ? [{ key: '/admin/calendar', label: '节假日安排' }] : []),
        ...(abilities.includes('ledger.settings') ? [{ key: LEDGER_SETTINGS_PATH, label: '县级设置' }] : []),
      ],
    });
  }
  return items;
}

const SECTION_KEYS = [
  '/admin/users',
  '/admin/units',
  '/admin/calendar',
  LEDGER_SETTINGS_PATH,
  ...KIND_INDEX.map((k) => ledgerPath(k.kind)),
  '/todo',
  OVERVIEW_PATH,
  INDICATORS_PATH,
  INTAKE_QR_PATH,
  '/reports',
  '/disclosure-reports',
  '/enforcement-annual',
  '/review',
  '/rectifications',
];

/**
 * The menu key for a path: the section that prefixes it, so sub-pages keep their item lit.
 * Pages outside the menu (修改密码) light nothing rather than pretending to be 工作台.
 */
export function selectedMenuKey(pathname: string): string | null {
  if (pathname === '/') return '/';
  return SECTION_KEYS.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? null;
}

/** The submenu to open for a selected item, so a deep link shows where it sits. */
export function openMenuKeyOf(selected: string | null): string | null {
  if (selected?.startsWith('/admin/')) return ADMIN_MENU_KEY;
  if (selected?.startsWith('/ledgers/')) return LEDGER_MENU_KEY;
  return null;
}
