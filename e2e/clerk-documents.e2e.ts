// Issue 15 §5 §6 §15 §18 (a clerk's working day, continued): one record printed and exported
// (登记表, 人民调解协议书), batch steps in a list with each row's result, a rate's denominator
// one click away, and the 码上申请 receipt on one line with a copy button.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../server/io/limits';
import { readDocx } from '../server/io/readDocx';
import {
  BASE_URL,
  chinaDay,
  DEMO_PASSWORD,
  LedgerUi,
  launchBrowser,
  login,
  newPage,
  runSuffix,
  screenshot,
  spaced,
} from './browser';

let browser: Browser;
let page: Page;
let ui: LedgerUi;
const party = `测丙${runSuffix()}`;

describe("a clerk's working day, continued (issue 15)", () => {
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

  it('§5 prints and exports one record: the 登记表 and, after 调解成功, the 人民调解协议书', async () => {
    await ui.register('dispute', '矛盾纠纷', async (form) => {
      await ui.pick(form, '来源', '来访');
      await ui.pick(form, '纠纷类型', '邻里纠纷');
      await form.getByLabel('纠纷概要', { exact: true }).fill('两户为屋后排水沟堵塞起争执，需调处。');
      await ui.pick(form, '风险等级', '低');
      await form.getByRole('button', { name: '添加当事人' }).click();
      await form.getByLabel('姓名或名称', { exact: true }).nth(0).fill(party);
    });
    await ui.act(
      '开始调解',
      async (d) => {
        await ui.fillDate(d, '调解开始日期', chinaDay());
        await d.getByLabel('调解员', { exact: true }).fill('测调解员');
      },
      { state: '调解中' },
    );
    await ui.act(
      '调解成功',
      async (d) => {
        await ui.pick(d, '协议形式', '书面调解协议书');
        await ui.fillDate(d, '协议生效日期', chinaDay());
        await d.getByLabel('协议内容', { exact: true }).fill('双方各出一半费用疏通排水沟。');
      },
      { state: '调解成功' },
    );
    await page.getByRole('button', { name: /打印 \/ 导出/ }).click();
    const menu = page.locator('.ant-dropdown:visible');
    await menu.getByText('打印矛盾纠纷登记表').waitFor();
    await screenshot(page, 'issue15-record-documents');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByText('下载人民调解协议书（Word）').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^人民调解协议书-纠〔\d{4}〕\d+号\.docx$/);
    const file = await download.path();
    const read = await readDocx(new Uint8Array(await readFile(file)), READ_LIMITS);
    if (!('text' in read)) throw new Error('the agreement is not a readable .docx');
    expect(read.text).toContain('人民调解协议书');
    expect(read.text).toContain('双方各出一半费用疏通排水沟。');
    expect(read.text).toContain(`当事人（${party}）签名、盖章或按指印`);

    await page.getByRole('button', { name: /打印 \/ 导出/ }).click();
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('.ant-dropdown:visible').getByText('打印矛盾纠纷登记表').click(),
    ]);
    await printed.waitForLoadState();
    await printed.getByRole('heading', { name: '矛盾纠纷登记表' }).waitFor();
    expect(await printed.locator('table.steps').textContent()).toContain('调解成功');
    const bar = printed.getByRole('note');
    expect(await bar.isVisible()).toBe(true);
    await printed.emulateMedia({ media: 'print' });
    expect(await bar.isVisible()).toBe(false);
    await screenshot(printed, 'issue15-record-print');
    await printed.close();
  });

  it('§6 takes a batch step from the list, with each row’s result and the Chinese reason', async () => {
    await page.goto(`/ledgers/dispute?q=${encodeURIComponent(party)}`);
    const row = page.locator('.ant-table-tbody .ant-table-row').filter({ hasText: party });
    await row.waitFor();
    // the checkbox column keeps the list within 1366
    const table = page.locator('.ant-table-content, .ant-table-body').first();
    const [scrollWidth, clientWidth] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
    await row.locator('.ant-checkbox-input').check();
    const bar = page.getByTestId('bulk-bar');
    await bar.getByRole('button', { name: /批量结案（1）/ }).click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: spaced('结案') })
      .click();
    const result = page.getByTestId('bulk-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已办理 0 条，1 条未办理');
    expect(await result.textContent()).toContain('结案前至少需要记录一次回访');
    await screenshot(page, 'issue15-bulk-result');
  });

  it('§6 takes a batch step from 待办 in one call, naming a record refused meanwhile', async () => {
    const tag = runSuffix();
    const post = async (path: string, data: unknown) => {
      const res = await page.request.post(path, { data, headers: { Origin: BASE_URL } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return (await res.json()) as { id: string; version: number };
    };
    // long overdue, so both sit at the top of 逾期 (soonest due first)
    const make = (n: number) =>
      post('/api/ledgers/suggestion', {
        receivedOn: chinaDay(-200),
        name: '群众',
        topic: 'suggestion',
        content: `待办批量${tag}第${n}条`,
      });
    const a = await make(1);
    const b = await make(2);
    await page.goto('/todo?state=overdue');
    const rowOf = (n: number) => page.locator('.ant-table-row').filter({ hasText: `待办批量${tag}第${n}条` });
    await rowOf(1).locator('.ant-checkbox-input').check();
    await rowOf(2).locator('.ant-checkbox-input').check();
    // someone else dismisses the second meanwhile: the batch must name it, not fail the first
    await post(`/api/ledgers/suggestion/${b.id}/actions/dismiss`, { version: b.version, values: {} });
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/ledgers/')) calls.push(new URL(r.url()).pathname);
    });
    await page.getByRole('button', { name: /群众意见建议：标记为无效信息（2）/ }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '标记为无效信息' }).click();
    const result = page.locator('.ant-alert').filter({ hasText: '未办理' });
    await result.waitFor();
    expect(await result.textContent()).toContain('已办理 1 条，1 条未办理');
    // the refused one by its number, with the server's Chinese reason
    expect(await result.textContent()).toMatch(/议〔\d{4}〕\d+号：[^；]*已被他人修改/);
    // one server call for the selection, none record by record
    expect(calls).toEqual(['/api/ledgers/suggestion/bulk/dismiss']);
    const after = await page.request.get(`/api/ledgers/suggestion/${a.id}`);
    expect(((await after.json()) as { stateLabel: string }).stateLabel).toBe('无效信息');
  });

  it('§15 a rate’s denominator on the 工作台 opens the rows it counts', async () => {
    await page.goto('/');
    const link = page.locator('[data-testid^="denominator-"]').first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/ledgers\/[a-z_]+\?/);
    await page.locator('.ant-table').first().waitFor();
  });

  it('§18 the receipt stays on one line at 360 px and 1366 px, copies, and the status page says what happens next', async () => {
    for (const width of [360, 1366]) {
      const phone = await newPage(browser, { width, height: 740 });
      await phone.goto('/intake/439999101000');
      await phone.getByLabel('您的姓名').fill('鲁小成');
      await phone.getByLabel('联系电话').fill('13700004321');
      await phone.getByLabel('纠纷情况').fill('与邻居因宅前道路通行发生争执，请求调解。');
      await phone.getByRole('button', { name: /提\s*交/ }).click();
      const receipt = phone.getByTestId('intake-receipt');
      await receipt.waitFor();
      const [height, lineHeight] = await receipt.evaluate((el) => [
        el.getBoundingClientRect().height,
        Number.parseFloat(getComputedStyle(el).lineHeight) ||
          Number.parseFloat(getComputedStyle(el).fontSize) * 1.6,
      ]);
      expect(height, `${width}px`).toBeLessThan(lineHeight * 1.5);
      const box = await receipt.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width, `${width}px`).toBe(true);
      await phone.getByRole('button', { name: '复制回执号' }).click();
      await phone.getByText('已复制').waitFor();
      if (width === 360) await screenshot(phone, 'issue15-intake-receipt-360');
      await phone.getByRole('button', { name: '查询办理进度' }).click();
      const next = phone.getByTestId('intake-next');
      await next.waitFor();
      expect(await next.textContent()).toMatch(/^预计30日内受理并组织调解（\d{4}年\d+月\d+日前）/);
      await phone.context().close();
    }
  });
});
