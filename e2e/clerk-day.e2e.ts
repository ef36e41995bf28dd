// Issue 15 (a clerk's working day): form errors, lists at 1366×768, clock tags, delete reasons,
// the 工作台 counts. Screenshots are looked at by hand to check the lists fit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chinaDay,
  DEMO_PASSWORD,
  LedgerUi,
  launchBrowser,
  login,
  newPage,
  screenshot,
  spaced,
} from './browser';

let browser: Browser;
let page: Page;
let ui: LedgerUi;

describe("a clerk's working day (issue 15)", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    ui = new LedgerUi(page);
    await page.goto('/login');
    await login(page, 'qingshi_clerk', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('§1 errors clear as fields become valid; 登记 scrolls to and focuses the first error', async () => {
    await page.goto('/ledgers/dispute');
    await page.getByRole('button', { name: /登\s*记/ }).click();
    const form = ui.dialog('登记矛盾纠纷');
    await form.waitFor();
    const submit = () =>
      form
        .locator('.ant-modal-footer')
        .getByRole('button', { name: spaced('登记') })
        .click();
    await submit();
    await page
      .getByText(/有\d+处需要修改/)
      .first()
      .waitFor();
    const sourceError = form.getByText('「来源」不能为空');
    await sourceError.waitFor();
    await ui.pick(form, '来源', '排查');
    // gone without submitting again
    await sourceError.waitFor({ state: 'hidden' });

    await ui.pick(form, '纠纷类型', '邻里纠纷');
    await form.getByLabel('纠纷概要', { exact: true }).fill('两户为共用通道堆放杂物起争执，需村里调处。');
    await ui.pick(form, '风险等级', '低');
    await form.getByRole('button', { name: '添加当事人' }).click();
    await form.getByLabel('姓名或名称', { exact: true }).nth(0).fill('测甲');
    const id = form.getByLabel('身份证号', { exact: true }).nth(0);
    await id.fill('123');
    // scroll the dialog back to the top: the one error is now out of view
    await form.getByLabel('来源', { exact: true }).scrollIntoViewIfNeeded();
    await submit();
    await page.getByText('有1处需要修改').first().waitFor();
    await expect.poll(() => id.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'issue15-form-first-error');
    await id.fill('');
    await form.getByText(/不是有效的18位居民身份证号码/).waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
  });

  /** The list of `kind` (demo rows) fits 1366 wide with 状态 and 期限 in view. */
  async function listFits(kind: string) {
    await page.goto(`/ledgers/${kind}`);
    await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
    const table = page.locator('.ant-table-content, .ant-table-body').first();
    const [scrollWidth, clientWidth] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth, kind).toBeLessThanOrEqual(clientWidth + 1);
    for (const title of ['状态', '期限']) {
      const head = page.locator('.ant-table-thead th').filter({ hasText: new RegExp(`^${title}$`) });
      const box = await head.boundingBox();
      expect(box && box.x + box.width <= 1366, `${kind} ${title}`).toBe(true);
    }
    await screenshot(page, `issue15-list-${kind}`);
  }

  it('issue 16 §3: the grassroots lists fit 1366 wide too', async () => {
    for (const kind of ['village_rule', 'model_village', 'legal_aide', 'risk_assessment'])
      await listFits(kind);
  }, 120_000);

  it('§2 §7 lists fit 1366 wide with 状态 and 期限 in view; clock tags show working days', async () => {
    for (const kind of ['enforcement_case', 'dispute', 'enforcement_matter', 'petition'])
      await listFits(kind);
    // 执法案件: the title is 案由; it is not shown twice
    await page.goto('/ledgers/enforcement_case');
    await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
    expect(
      await page
        .locator('.ant-table-thead th')
        .filter({ hasText: /^案由$/ })
        .count(),
    ).toBe(0);
    const tags = await page.getByTestId('clock-tag').allTextContents();
    expect(tags.length).toBeGreaterThan(0);
    for (const t of tags) expect(t).toMatch(/剩\d+个工作日|逾期\d+个工作日|今日到期|已逾期|暂估/);

    // the column chooser is remembered (矛盾纠纷 hides 风险等级 by default)
    await page.goto('/ledgers/dispute');
    await page.locator('.ant-table-tbody .ant-table-row').first().waitFor();
    const risk = page.locator('.ant-table-thead th').filter({ hasText: /^风险等级$/ });
    expect(await risk.count()).toBe(0);
    await page.getByTestId('column-chooser').click();
    await page.locator('.ant-popover').getByText('风险等级', { exact: true }).click();
    await risk.first().waitFor();
    await page.reload();
    await risk.first().waitFor();
  });

  it('§4 deleting a record past registration asks for a reason', async () => {
    await ui.register('dispute', '矛盾纠纷', async (form) => {
      await ui.pick(form, '来源', '来访');
      await ui.pick(form, '纠纷类型', '邻里纠纷');
      await form.getByLabel('纠纷概要', { exact: true }).fill('两户为院墙滴水起争执，需调处。');
      await ui.pick(form, '风险等级', '低');
      await form.getByRole('button', { name: '添加当事人' }).click();
      await form.getByLabel('姓名或名称', { exact: true }).nth(0).fill('测乙');
    });
    await ui.act(
      '开始调解',
      async (d) => {
        await ui.fillDate(d, '调解开始日期', chinaDay());
        await d.getByLabel('调解员', { exact: true }).fill('测调解员');
      },
      { state: '调解中' },
    );
    await page.getByRole('button', { name: spaced('删除') }).click();
    const d = ui.dialog('删除 ');
    await d.waitFor();
    await d
      .locator('.ant-modal-footer')
      .getByRole('button', { name: spaced('删除') })
      .click();
    await d.getByText('「删除理由」不能为空').waitFor();
    await d.getByLabel('删除理由').fill('重复登记');
    await d
      .locator('.ant-modal-footer')
      .getByRole('button', { name: spaced('删除') })
      .click();
    await page.waitForURL(/\/ledgers\/dispute$/);
  });

  it('§8 the 工作台 shows 提醒 apart from the 3-working-day count', async () => {
    await page.goto('/');
    await page.getByTestId('todo-count-alert').waitFor();
    await page.getByTestId('todo-count-due_soon').getByText('3个工作日内到期').waitFor();
    await screenshot(page, 'issue15-dashboard');
  });
});
