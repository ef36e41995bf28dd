import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../core/messages.zh-CN';
import { launchBrowser, login, menuText, newPage, runSuffix, screenshot as shoot } from './browser';

const ADMIN_PASSWORD = 'E2e-Admin-2026';
const CLERK_PASSWORD = 'Clerk-2026x';
const clerk = `e2e_clerk_${runSuffix()}`;

let browser: Browser;
let page: Page;

const screenshot = (name: string) => shoot(page, name);

// The steps build on each other (the user created here logs in later), so they run in order on one page.
describe('skeleton: login, layout, user management, roles', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends an anonymous visitor to the login page', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: /登\s*录/ }).waitFor();
  });

  it('shows the server’s Chinese message for a wrong password', async () => {
    await login(page, 'admin', 'Wrong-Password-1');
    const alert = page.getByRole('alert').filter({ hasText: ERROR_MESSAGES.BAD_CREDENTIALS });
    await alert.waitFor();
    expect(page.url()).toMatch(/\/login$/);
    await screenshot('login-error');
  });

  it('logs the administrator in and shows the full menu at 1366×768', async () => {
    await login(page, 'admin', ADMIN_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const menu = await menuText(page);
    for (const item of ['工作台', '台账', '年度报告', '报告审查', '系统管理']) expect(menu).toContain(item);
    await page.getByText('法治政府建设工作平台').first().waitFor();
    // at this width the side menu must stay open, not collapse to zero width
    const sider = await page.locator('.ant-layout-sider').boundingBox();
    expect(sider?.width ?? 0).toBeGreaterThan(100);
  });

  it('creates a township clerk and finds them in the list', async () => {
    const sider = page.locator('.ant-layout-sider');
    await sider.getByRole('menuitem', { name: '系统管理' }).click();
    await sider.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL('**/admin/users');

    const township = await page.evaluate(async () => {
      const res = await fetch('/api/units', { credentials: 'same-origin' });
      const units = (await res.json()) as { name: string; level: string }[];
      return units.find((u) => u.level === 'township')?.name;
    });
    expect(township, 'the demo data should contain a township').toBeTruthy();

    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建用户' });
    await dialog.getByLabel('用户名', { exact: true }).fill(clerk);
    await dialog.getByLabel('姓名', { exact: true }).fill('测试经办人');

    await dialog.getByLabel('角色', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="乡镇经办人"]').click();
    // the closing dropdown animates over the next field; on a loaded machine it lingers long enough to eat the click
    await expect
      .poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 })
      .toBe(0);

    const unitInput = dialog.getByLabel('所属单位', { exact: true });
    await unitInput.click();
    await unitInput.fill(township ?? '');
    const node = page.locator(
      `.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper[title="${township}"]`,
    );
    await node.waitFor();
    await node.click();
    // the choice must show in the field before going on: a click that lands mid-motion is lost
    // the dropdown is a portal outside the dialog: the township shows in the dialog once chosen
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain(township);

    await dialog.getByLabel('初始密码', { exact: true }).fill(CLERK_PASSWORD);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByPlaceholder('搜索用户名或姓名').fill(clerk);
    await page.getByPlaceholder('搜索用户名或姓名').press('Enter');
    const row = page.locator('.ant-table-row').filter({ hasText: clerk });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('乡镇经办人');
    expect(text).toContain(township);
    expect(text).toContain('正常');
    await screenshot('admin-users');
  });

  it('shows the new user’s creation in the history drawer', async () => {
    const row = page.locator('.ant-table-row').filter({ hasText: clerk });
    await row.getByRole('button', { name: '历史' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: clerk });
    await drawer.getByTestId('audit-entry').filter({ hasText: '创建用户' }).waitFor();
    await screenshot('admin-user-history');
    await drawer.getByRole('button', { name: /close|关闭/i }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('disables and re-enables the user (PATCH with version)', async () => {
    const row = page.locator('.ant-table-row').filter({ hasText: clerk });
    const confirm = async () => {
      const popover = page.locator('.ant-popover:visible');
      await popover.getByRole('button', { name: /确\s*定/ }).click();
      await popover.waitFor({ state: 'hidden' });
    };
    await row.getByRole('button', { name: '停用' }).click();
    await confirm();
    await row.getByText('已停用').waitFor();
    await row.getByRole('button', { name: '启用' }).click();
    await confirm();
    await row.getByText('正常').waitFor();
  });

  it('shows the holiday schedule and explains a working-day deadline', async () => {
    await page.goto('/admin/calendar');
    await page.getByText('节假日安排').first().waitFor();
    await page.getByText('期限计算').waitFor();
    const explanation = page.locator('.ant-alert-description').filter({ hasText: '个工作日' });
    await explanation.waitFor();
    expect(await explanation.textContent()).toMatch(/自\d{4}年\d{1,2}月\d{1,2}日的次日起算15个工作日/);
    await expect.poll(() => page.locator('textarea').first().isEditable()).toBe(true);
    await screenshot('admin-calendar');
  });

  it('logs out back to the login page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    // the session is really gone: the app bounces straight back to the login page
    await page.goto('/admin/users');
    await page.waitForURL('**/login');
  });

  it('gives the new clerk no system administration', async () => {
    await login(page, clerk, CLERK_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const menu = await menuText(page);
    expect(menu).toContain('台账');
    expect(menu).not.toContain('系统管理');
    await page.getByText('欢迎，测试经办人').waitFor();
    // township users see their unit as text, without a switcher
    await page.getByTestId('current-unit').waitFor();
    expect(await page.getByTestId('unit-switcher').count()).toBe(0);
    await screenshot('clerk-dashboard');
  });

  it('collapses the side menu on a narrow window', async () => {
    await page.setViewportSize({ width: 900, height: 768 });
    await page.waitForFunction(() => {
      const sider = document.querySelector('.ant-layout-sider');
      return sider !== null && sider.getBoundingClientRect().width === 0;
    });
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
