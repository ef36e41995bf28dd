// Issue 15, done-when: "no English, code or raw JSON on any page at 1366×768". Every role signs in
// once (one browser, one session each), visits every page of its menu, and for the clerk one
// record page (with its history drawer) per ledger kind; the public pages are opened without a
// session. A page fails on visible text that is code, and the main list tables on sideways scroll.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_KINDS } from '../core/ledgers/registry';
import { launchBrowser, newPage, signIn } from './browser';

/** Visible text that is code, not Chinese for a clerk: each with what it is. */
const CODE_PATTERNS: readonly [RegExp, string][] = [
  [/\bledger\.[a-z]/, '权限或操作的代码（ledger.…）'],
  [/\b[a-z]+(?:_[a-z0-9]+)+\b/, '带下划线的标识符（如 annual_report）'],
  [
    /\b[a-z]+\.[a-z_]+[A-Za-z_]*\b(?<!\.(?:docx|xlsx|pdf|png|jpg|svg|com|cn|gov))/,
    '带点的键名（如 study.training）',
  ],
  [/\b[A-Z]{6,}\b/, '大写英文（如 UNCONFIRMED）'],
  [/\b(?!(?:admin|https?|localhost|docx|xlsx|pdf|word|excel)\b)[a-z]{4,}\b/, '英文单词'],
  [/\bundefined\b/, 'undefined'],
  [/\bnull\b/, 'null'],
  [/\bNaN\b/, 'NaN'],
  [/\[object Object\]/, '[object Object]'],
  [/\{"/, '原始 JSON'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, 'UUID'],
  [/\b\d{4}-\d{2}-\d{2}T\d{2}/, 'ISO 时间戳'],
];

/** A web address is shown on purpose (the 码上申请 poster's, issue 15 §13): not code. */
const ADDRESS = /https?:\/\/\S+/g;

/** The demo accounts' login names are what a user types, not code (用户管理, the header). */
const USERNAME = /\b[a-z]+_(?:clerk|leader|advisor|reviewer)\b|\bcounty_reviewer\b/g;

/** The offending fragments of one page's visible text, with 20 characters of context. */
function codeIn(text: string): string[] {
  const clean = text.replace(USERNAME, '').replace(ADDRESS, '');
  const found: string[] = [];
  for (const [re, what] of CODE_PATTERNS) {
    const m = re.exec(clean);
    if (m) found.push(`${what}：…${clean.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)}…`);
  }
  return found;
}

/** The county's lists read by the reviewer: the kinds with the most list columns. */
const COUNTY_LISTS = ['/ledgers/dispute', '/ledgers/petition', '/ledgers/enforcement_case'];

let browser: Browser;
const problems: string[] = [];

/**
 * Opens a page of the app the way its menu does (no reload): one boot per session keeps the
 * walk over some hundred pages short.
 */
async function go(page: Page, path: string) {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((u) => u.pathname === path);
}

/** Waits until the page has drawn its data: no spinner, no skeleton. */
async function settled(page: Page) {
  await page.locator('#root *').first().waitFor();
  await page.waitForTimeout(150); // a query starts on the render after navigation
  // a page that never settles is checked as it stands: its text is what the user sees
  await page
    .waitForFunction(
      () => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0,
      undefined,
      { timeout: 10_000, polling: 100 },
    )
    .catch(() => {});
}

/** Checks what is on screen now: code in the visible text, and the page scrolling sideways. */
async function check(page: Page, where: string, opts: { listTable?: boolean } = {}) {
  await settled(page);
  // biome-ignore lint/performance/useDomNodeTextContent: what is on screen (innerText), not hidden text
  const text = await page.evaluate(() => document.body.innerText);
  for (const p of codeIn(text)) problems.push(`${where}：${p}`);
  // §7: a running clock's tag gives its working days (剩 N 个工作日), never a bare 正常/临期/暂估
  for (const tag of await page.locator('[data-testid="clock-tag"]').allTextContents())
    if (/·(?:正常|临期|暂估)$/.test(tag)) problems.push(`${where}：期限标签没有工作日数（${tag}）`);
  const title = await page.title();
  if (!/[\u4e00-\u9fff]/.test(title)) problems.push(`${where}：页面标题不是中文（${title}）`);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (sideways > 1) problems.push(`${where}：页面横向滚动 ${sideways}px`);
  if (opts.listTable) {
    // the list's own columns fit 1366 wide: nothing hidden to the right of its scroll area
    const overflow = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.ant-table-content, .ant-table-body');
      return box ? box.scrollWidth - box.clientWidth : 0;
    });
    if (overflow > 1) problems.push(`${where}：列表横向滚动 ${overflow}px`);
  }
}

/** Every page of the side menu, the ledger submenus opened. */
async function menuPaths(page: Page): Promise<string[]> {
  const sider = page.locator('.ant-layout-sider');
  await sider.locator('[data-menu-id]').first().waitFor();
  for (let round = 0; round < 4; round++) {
    const closed = sider.locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
    const n = await closed.count();
    if (n === 0) break;
    for (let i = n - 1; i >= 0; i--) await closed.nth(i).click();
  }
  const ids = await sider
    .locator('li[data-menu-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-menu-id') ?? ''));
  return [...new Set(ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((p) => p.startsWith('/')))];
}

async function visitMenu(page: Page, role: string, skip: (path: string) => boolean = () => false) {
  const paths = await menuPaths(page);
  expect(paths.length).toBeGreaterThan(3);
  for (const path of paths.filter((p) => !skip(p))) {
    await go(page, path);
    await check(page, `${role} ${path}`, {
      listTable: path.startsWith('/ledgers/') || path === '/todo',
    });
  }
  return paths;
}

describe('no English, code or raw JSON on any page at 1366×768 (issue 15, done when)', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('knows code when it sees it, and a login name or a file name is not code', () => {
    expect(codeIn('所在村（社区）\tee849919-904a-4ab4-a0e5-63e0d214cdbd')).toEqual([
      expect.stringContaining('UUID'),
    ]);
    expect(codeIn('ledger.action.close state：succeeded')).toHaveLength(3);
    expect(codeIn('annual_report (UNCONFIRMED)')).toHaveLength(2);
    expect(codeIn('2026-03-01T08:00:00Z {"a":1} undefined NaN [object Object]')).toHaveLength(6);
    expect(codeIn('用户名 qingshi_clerk，附件 协议书.docx，2026年3月1日')).toEqual([]);
    expect(codeIn('二维码地址 https://fz.example.gov.cn/intake/439999101000')).toEqual([]);
  });

  describe('the clerk', () => {
    let page: Page;
    let kinds: string[] = [];
    let opened = 0;
    let county: Page | undefined;

    beforeAll(async () => {
      page = await signIn(browser, 'qingshi_clerk');
    });

    afterAll(async () => {
      await page?.context().close();
      await county?.context().close();
    });

    it('every menu page', async () => {
      const paths = await visitMenu(page, '经办人');
      kinds = paths.filter((p) => p.startsWith('/ledgers/')).map((p) => p.slice('/ledgers/'.length));
      expect(kinds.length).toBeGreaterThan(10);
      // one list of everything found on the role's pages, so one run shows every page to fix
      expect(problems.splice(0)).toEqual([]);
    }, 120_000);

    // one test per kind (the sessions are shared): each record page and its history drawer. A
    // kind the clerk's township has no record of (or the clerk does not keep) is read as the
    // county reviewer, who sees every township's records.
    const firstRecord = async (p: Page, kind: string) => {
      const list = await p.request.get(`/api/ledgers/${kind}?pageSize=1`);
      if (list.status() !== 200) return undefined;
      return ((await list.json()) as { items: { id: string }[] }).items[0];
    };
    for (const k of LEDGER_KINDS) {
      it(`${k.label}：一条记录及其历史记录`, async () => {
        let who = page;
        let role = '经办人';
        let first = kinds.includes(k.kind) ? await firstRecord(page, k.kind) : undefined;
        if (!first) {
          county ??= await signIn(browser, 'county_reviewer');
          who = county;
          role = '县级审查员';
          first = await firstRecord(county, k.kind);
        }
        if (!first) return; // no record of this kind anywhere in the demo
        await go(who, `/ledgers/${k.kind}/${first.id}`);
        await check(who, `${role} ${k.label} 记录页`);
        await who.getByRole('button', { name: '历史' }).first().click();
        // a seeded record may have no history yet: the drawer then says so, and is checked all the same
        await who.locator('.ant-drawer-open .ant-drawer-body').waitFor();
        await check(who, `${role} ${k.label} 历史记录`);
        await who.keyboard.press('Escape');
        opened++;
        expect(problems.splice(0)).toEqual([]);
      });
    }

    it('looked at the record pages of most kinds', () => {
      // the demo has records of most kinds: the record pages were really looked at
      expect(opened).toBeGreaterThan(10);
    });
  });

  for (const [user, role] of [
    ['qingshi_leader', '乡镇领导'],
    ['qingshi_advisor', '法律顾问'],
    ['county_reviewer', '县级审查员'],
    ['admin', '系统管理员'],
  ] as const) {
    it(`${role}: every menu page`, async () => {
      const page = await signIn(browser, user, user === 'admin' ? 'E2e-Admin-2026' : undefined);
      // a township's ledger lists were read with the clerk; the county's add a 单位 column, so
      // the reviewer reads three of the widest (CI time: every list again would double the file)
      await visitMenu(
        page,
        role,
        (p) => p.startsWith('/ledgers/') && (user !== 'county_reviewer' || !COUNTY_LISTS.includes(p)),
      );
      await page.context().close();
      expect(problems.splice(0)).toEqual([]);
    }, 180_000);
  }

  it('the public pages: 码上申请, its status page, 执法公示 and the published reports', async () => {
    const page = await newPage(browser);
    for (const path of [
      '/login',
      '/intake/439999101000',
      '/intake/status',
      '/public/439999101000/enforcement',
      '/public/units/439999101000/reports',
      '/public/units/439999101000/disclosure-reports',
    ]) {
      await page.goto(path);
      await check(page, `公众 ${path}`);
    }
    await page.context().close();
    expect(problems.splice(0)).toEqual([]);
  });
});
