// Issue 15 (an admin's and a clerk's working day, continued): 县级设置 in plain Chinese with the
// right inputs (§11), the 码上申请 poster's address (§13), page titles and the favicon (§14).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, login, newPage, screenshot, signIn } from './browser';

const ADMIN_PASSWORD = 'E2e-Admin-2026';

let browser: Browser;
let page: Page;

describe("an admin's settings, the poster and the tabs (issue 15 §11 §13 §14)", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await page.goto('/login');
    await login(page, 'admin', ADMIN_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('§11 县级设置 speaks Chinese: names, explanations, a month-day picker and a 是/否 switch', async () => {
    await page.goto('/admin/ledger-settings');
    const table = page.locator('.ant-table');
    await table.getByText('报送县级截止日（次年此日之前）').waitFor();
    const text = ((await table.textContent()) ?? '').replace(/\s+/g, '');
    // no developer text: keys, English notes, a month-day as a bare number
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('年度报告');
    expect(text).toContain('适用范围：本县（市、区）及所属乡镇（街道）');
    expect(text).toContain('行政许可、行政处罚决定公示期限');
    expect(text).toContain('其他执法决定公示期限');
    // the report deadline is chosen as a month and a day
    await page.getByRole('combobox', { name: '报送县级截止日（次年此日之前）（月）' }).waitFor();
    await page.getByRole('combobox', { name: '报送县级截止日（次年此日之前）（日）' }).waitFor();
    expect(await page.getByRole('switch', { name: '较大数额等听证案件列入法制审核目录' }).isChecked()).toBe(
      true,
    );
    // months offered are only those the setting allows (1–3月); choose February
    await page.getByRole('combobox', { name: '报送县级截止日（次年此日之前）（月）' }).click();
    const months = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    expect(await months.allTextContents()).toEqual(['1月', '2月', '3月']);
    await months.filter({ hasText: '2月' }).click();
    const row = page.locator('tr').filter({ hasText: '报送县级截止日' });
    await row.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(/已保存“报送县级截止日（次年此日之前）”/).waitFor();
    await row.getByText('（已修改）').waitFor();
    // restore the default so other specs see the usual deadline
    await page.getByRole('combobox', { name: '报送县级截止日（次年此日之前）（月）' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '3月' })
      .click();
    await row.getByRole('button', { name: /保\s*存/ }).click();
    await row.getByText('（已修改）').waitFor({ state: 'detached' });
    await screenshot(page, 'admin-ledger-settings');
  });

  it('§12 a unit is corrected and its 常住人口 entered by year; a user is corrected', async () => {
    await page.goto('/admin/units');
    const row = page.locator('tr').filter({ hasText: '金沙乡' }).first();
    await row.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '修改单位：金沙乡' });
    await dialog.waitFor();
    await dialog.getByRole('spinbutton', { name: '年度' }).fill('2025');
    await dialog.getByRole('spinbutton', { name: '常住人口' }).fill('23456');
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await dialog.locator('tr').filter({ hasText: '2025年' }).filter({ hasText: '23,456人' }).waitFor();
    await screenshot(page, 'admin-unit-edit');
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.goto('/admin/users');
    const userRow = page.locator('tr').filter({ hasText: 'jinsha_advisor' }).first();
    await userRow.getByRole('button', { name: /修\s*改/ }).click();
    const edit = page.getByRole('dialog').filter({ hasText: '修改用户：jinsha_advisor' });
    await edit.getByLabel('姓名').fill('金沙法律顾问（更正）');
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.locator('tr').filter({ hasText: '金沙法律顾问（更正）' }).first().waitFor();
  });

  it('§14 each page names itself in the browser tab, and the site has an icon', async () => {
    await page.goto('/admin/users');
    await page.waitForFunction(() => document.title.startsWith('用户管理'));
    expect(await page.title()).toBe('用户管理 - 法治政府建设工作平台');
    await page.goto('/ledgers/enforcement_case');
    await page.waitForFunction(() => document.title.startsWith('执法案件'));
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).toBe('/favicon.svg');
    const res = await fetch(`${BASE_URL}${icon}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('§13 the 码上申请 poster says which address it carries, and warns when phones cannot reach it', async () => {
    const clerk = await signIn(browser, 'qingshi_clerk');
    await clerk.goto('/intake-qr');
    const origin = clerk.getByTestId('poster-origin');
    await origin.waitFor();
    const said = (await origin.textContent()) ?? '';
    // the e2e server has no public origin configured and runs on 127.0.0.1
    expect(said).toContain(`二维码地址：${new URL(BASE_URL).origin}`);
    expect(said).toContain('群众手机无法打开');
    expect(await clerk.title()).toBe('码上申请二维码 - 法治政府建设工作平台');
    await clerk.close();
  });
});
