import {
  AuditOutlined,
  BookOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  QrcodeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { LEDGER_KINDS } from '../../../core/ledgers';

type MenuItem = Required<MenuProps>['items'][number];

export const ADMIN_MENU_KEY = 'admin';
export const LEDGER_MENU_KEY = 'ledgers';
export const INTAKE_QR_PATH = '/intake-qr';

const ledgerPath = (kind: string) => `/ledgers/${kind}`;

export function buildMenuItems(abilities: readonly string[]): MenuItem[] {
  const items: MenuItem[] = [
    { key: '/', icon: <DashboardOutlined />, label: '工作台' },
    { key: '/todo', icon: <CheckSquareOutlined />, label: '待办' },
    {
      key: LEDGER_MENU_KEY,
      icon: <BookOutlined />,
      label: '台账',
      children: LEDGER_KINDS.map((k) => ({ key: ledgerPath(k.kind), label: k.label })),
    },
  ];
  // the township's own public page (码上申请): only those who answer what arrives there
  if (abilities.includes('ledger.write'))
    items.push({ key: INTAKE_QR_PATH, icon: <QrcodeOutlined />, label: '码上申请二维码' });
  items.push({ key: '/reports', icon: <FileTextOutlined />, label: '年度报告' });
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
  ...LEDGER_KINDS.map((k) => ledgerPath(k.kind)),
  '/todo',
  INTAKE_QR_PATH,
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

/** The submenu to open for a selected item, so a deep link shows where it sits. */
export function openMenuKeyOf(selected: string | null): string | null {
  if (selected?.startsWith('/admin/')) return ADMIN_MENU_KEY;
  if (selected?.startsWith('/ledgers/')) return LEDGER_MENU_KEY;
  return null;
}
