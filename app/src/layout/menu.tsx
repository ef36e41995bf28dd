import {
  AuditOutlined,
  BookOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';

type MenuItem = Required<MenuProps>['items'][number];

export const ADMIN_MENU_KEY = 'admin';

export function buildMenuItems(abilities: readonly string[]): MenuItem[] {
  const items: MenuItem[] = [
    { key: '/', icon: <DashboardOutlined />, label: '工作台' },
    { key: '/ledgers', icon: <BookOutlined />, label: '台账' },
    { key: '/reports', icon: <FileTextOutlined />, label: '年度报告' },
  ];
  if (abilities.includes('review.manage'))
    items.push({ key: '/review', icon: <AuditOutlined />, label: '报告审查' });
  items.push({ key: '/rectifications', icon: <FileDoneOutlined />, label: '整改事项' });
  if (abilities.includes('user.manage')) {
    items.push({
      key: ADMIN_MENU_KEY,
      icon: <SettingOutlined />,
      label: '系统管理',
      children: [
        { key: '/admin/users', label: '用户管理' },
        { key: '/admin/units', label: '单位管理' },
        ...(abilities.includes('calendar.manage') ? [{ key: '/admin/calendar', label: '节假日安排' }] : []),
      ],
    });
  }
  return items;
}

const SECTION_KEYS = [
  '/admin/users',
  '/admin/units',
  '/admin/calendar',
  '/ledgers',
  '/reports',
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
