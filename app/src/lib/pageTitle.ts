import { KIND_INDEX } from '../../../core/ledgers/kindIndex';

export const SITE_TITLE = '法治政府建设工作平台';

const kindLabel = (kind: string | undefined) => KIND_INDEX.find((k) => k.kind === kind)?.label ?? '台账';

// the address's pattern and the page's name as the menu says it; the first match wins
const PAGES: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^\/$/, () => '工作台'],
  [/^\/login$/, () => '登录'],
  [/^\/todo$/, () => '待办'],
  [/^\/ledgers\/([^/]+)$/, (m) => kindLabel(m[1])],
  [/^\/ledgers\/([^/]+)\/[^/]+$/, (m) => `${kindLabel(m[1])}详情`],
  [/^\/intake-qr$/, () => '码上申请二维码'],
  [/^\/intake\/status$/, () => '办理进度查询'],
  [/^\/intake\/[^/]+$/, () => '码上申请'],
  [/^\/public\/[^/]+\/enforcement$/, () => '行政执法公示'],
  [/^\/public\/units\/[^/]+\/reports$/, () => '法治政府建设年度报告公开'],
  [/^\/public\/reports\/[^/]+$/, () => '法治政府建设年度报告'],
  [/^\/reports$/, () => '年度报告'],
  [/^\/reports\/[^/]+$/, () => '年度报告详情'],
  [/^\/review$/, () => '报告审查'],
  [/^\/review\/[^/]+$/, () => '报告审查详情'],
  [/^\/rectifications$/, () => '整改事项'],
  [/^\/overview$/, () => '县级总览'],
  [/^\/indicators$/, () => '指标说明'],
  [/^\/admin\/users$/, () => '用户管理'],
  [/^\/admin\/units$/, () => '单位管理'],
  [/^\/admin\/calendar$/, () => '节假日安排'],
  [/^\/admin\/ledger-settings$/, () => '县级设置'],
  [/^\/account\/password$/, () => '修改密码'],
];

/** The browser tab's text for an address: the page's name, then the system's. */
export function pageTitle(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, name] of PAGES) {
    const m = path.match(pattern);
    if (m) return `${name(m)} - ${SITE_TITLE}`;
  }
  return `页面不存在 - ${SITE_TITLE}`;
}
