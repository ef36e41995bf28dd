import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  chinaDay,
  DEMO_PASSWORD,
  LedgerUi,
  launchBrowser,
  login,
  menuText,
  newPage,
  newPhonePage,
  screenshot as shoot,
  spaced,
} from './browser';

let browser: Browser;
let page: Page;
let ui: LedgerUi;

const screenshot = (name: string) => shoot(page, name);
const pick = (scope: Locator, label: string, option: string) => ui.pick(scope, label, option);
const fillDate = (scope: Locator, label: string, day: string) => ui.fillDate(scope, label, day);
const dialog = (title: string) => ui.dialog(title);
/** Opens an action of the record shown, fills it and waits for the new state. */
const act = (action: string, fill: (d: Locator) => Promise<void>, state: string) =>
  ui.act(action, fill, { state });

/** A JSON call with the browser's session (the CSRF check wants our Origin). */
async function apiPost<T>(path: string, data: unknown): Promise<T> {
  const res = await page.request.post(path, { data, headers: { Origin: BASE_URL } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}

describe('ledgers', () => {
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

  it('registers a dispute and takes it through mediation, follow-up visit and closing', async () => {
    const menu = await menuText(page);
    expect(menu).toContain('待办');
    expect(menu).toContain('码上申请二维码');
    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: '台账' }).click();
    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: '矛盾纠纷' }).click();
    await page.waitForURL('**/ledgers/dispute');

    await page.getByRole('button', { name: /登\s*记/ }).click();
    const form = dialog('登记矛盾纠纷');
    await pick(form, '来源', '排查');
    await pick(form, '纠纷类型', '邻里纠纷');
    await pick(form, '所在村（社区）', '枫林村');
    await form.getByRole('button', { name: '添加当事人' }).click();
    await form.getByLabel('姓名或名称', { exact: true }).nth(0).fill('严守业');
    await form.getByRole('button', { name: '添加当事人' }).click();
    await form.getByLabel('姓名或名称', { exact: true }).nth(1).fill('柏秋菊');
    await form.getByLabel('联系电话', { exact: true }).nth(1).fill('13912345678');
    await form.getByLabel('纠纷概要', { exact: true }).fill('两家因院墙滴水问题发生争执，多次协商未果。');
    await pick(form, '风险等级', '低');
    await form
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /登\s*记/ })
      .click();
    await page.waitForURL(/\/ledgers\/dispute\/[0-9a-f-]{36}$/);
    const number = (await page.getByTestId('record-number').textContent()) ?? '';
    expect(number).toMatch(/^纠〔\d{4}〕\d+号$/);
    await page.locator('.ant-card-head').getByText('已受理', { exact: true }).waitFor();
    // the phone is masked on the detail page
    expect(await page.getByText('139****5678').count()).toBe(1);
    await page
      .getByTestId('record-clocks')
      .getByText(/调解期限/)
      .waitFor();

    const today = chinaDay();
    await act(
      '开始调解',
      async (d) => {
        await fillDate(d, '调解开始日期', today);
        await d.getByLabel('调解员', { exact: true }).fill('付国强');
      },
      '调解中',
    );
    await act(
      '调解成功',
      async (d) => {
        await pick(d, '协议形式', '书面调解协议书');
        await fillDate(d, '协议生效日期', today);
        await d.getByLabel('协议内容', { exact: true }).fill('严家改装排水槽，柏家不再追究。');
      },
      '调解成功',
    );
    // closing needs a follow-up visit first: the button says why it is disabled
    expect(await page.getByRole('button', { name: spaced('结案') }).isDisabled()).toBe(true);
    await act(
      '回访',
      async (d) => {
        await fillDate(d, '回访日期', today);
        await pick(d, '履行情况', '已履行');
        await d.getByLabel('回访情况', { exact: true }).fill('排水槽已改装，双方满意。');
      },
      '调解成功',
    );
    await act('结案', async () => {}, '已结案');

    const timeline = page.getByTestId('ledger-event');
    expect(await timeline.allTextContents()).toEqual([
      expect.stringContaining('开始调解'),
      expect.stringContaining('调解成功'),
      expect.stringContaining('回访'),
      expect.stringContaining('结案'),
    ]);
    expect(await timeline.nth(1).textContent()).toContain('协议内容：严家改装排水槽');
    await screenshot('ledger-dispute-detail');

    await page.getByRole('button', { name: '历史' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: `历史记录：${number}` });
    await drawer.getByTestId('audit-entry').first().waitFor();
    // issue 15 §10: the history speaks the clerk's language — step and state labels, fields by label
    const history = (await drawer.getByTestId('audit-entry').allTextContents()).join('\n');
    expect(history).toContain('结案');
    expect(history).toContain('状态：调解成功 → 已结案');
    expect(history).toContain('履行情况：已履行');
    expect(history).not.toMatch(/ledger\.|succeeded|closed|[{}"]|[0-9a-f]{8}-[0-9a-f]{4}-/);
    await page.keyboard.press('Escape');
  });

  it('shows an overdue petition in 待办 with the reason and the deadline explained', async () => {
    const received = chinaDay(-40);
    const created = await apiPost<{ id: string; number: string }>('/api/ledgers/petition', {
      receivedOn: received,
      channel: 'letter',
      origin: 'direct',
      people: 1,
      parties: [{ name: '贺长庚' }],
      subject: '反映村道路灯长期不亮',
      category: 'urban',
      content: '请求尽快维修村道路灯',
    });

    await page.goto('/');
    await page
      .getByTestId('todo-count-overdue')
      .filter({ hasText: /\d+\s*件/ })
      .waitFor();
    expect(
      Number((await page.getByTestId('todo-count-overdue').textContent())?.match(/\d+/)?.[0]),
    ).toBeGreaterThan(0);
    await page.getByTestId('todo-count-overdue').click();
    await page.waitForURL('**/todo?state=overdue');
    const row = page.locator('.ant-table-row').filter({ hasText: created.number });
    await row.waitFor();
    expect(await row.textContent()).toContain('逾期');
    expect(await row.textContent()).toContain('书面告知受理');
    expect(((await row.getByTestId('todo-reason').textContent()) ?? '').length).toBeGreaterThan(4);
    await screenshot('todo-overdue');

    await row.getByRole('link', { name: created.number }).click();
    await page.waitForURL(`**/ledgers/petition/${created.id}`);
    const tag = page
      .getByTestId('record-clocks')
      .getByTestId('clock-tag')
      .filter({ hasText: '书面告知受理' });
    expect(await tag.textContent()).toContain('逾期');
    await tag.hover();
    const explanation = page.getByTestId('clock-explanation').filter({ hasText: '信访工作条例' });
    await explanation.waitFor();
    expect(await explanation.textContent()).toMatch(/逾期/);
  });

  it('imports nothing from an Excel file with one bad row and lists the row error', async () => {
    const res = await page.request.get('/api/ledgers/petition/template.xlsx');
    expect(res.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => {
      headers.set(String(cell.value).replace(/^\*/, '').trim(), col);
    });
    const rows = [
      { 收到日期: chinaDay(-3), 信访形式: '来信', 信访事由: '反映灌溉渠道淤塞问题' },
      { 收到日期: chinaDay(-2), 信访形式: '托梦', 信访事由: '反映渡口码头破损问题' },
    ];
    rows.forEach((r, i) => {
      const values: Record<string, string | number> = {
        来源: '直接受理',
        人数: 1,
        信访人1姓名或名称: `葛春${i}`,
        问题类别: '农村农业与土地',
        主要诉求: '请求尽快处理',
        ...r,
      };
      for (const [label, value] of Object.entries(values)) {
        const col = headers.get(label);
        if (!col) throw new Error(`template has no column ${label}`);
        ws.getRow(i + 2).getCell(col).value = value;
      }
    });
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    await page.goto('/ledgers/petition');
    await page.locator('.ant-table-row').first().waitFor();
    const before = await page.locator('.ant-pagination-total-text').textContent();
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const d = dialog('导入信访事项');
    await d
      .locator('input[type=file]')
      .setInputFiles({ name: '信访台账.xlsx', mimeType: 'application/octet-stream', buffer: file });
    await d.getByRole('button', { name: '开始导入' }).click();
    const errors = d.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.locator('.ant-table-row');
    expect(await errorRows.count()).toBe(1);
    const text = (await errorRows.first().textContent()) ?? '';
    expect(text).toContain('3');
    expect(text).toContain('信访形式');
    expect(text).toContain('只能是');
    await d.getByText(/1 处错误，未导入任何记录/).waitFor();
    await screenshot('ledger-import-errors');
    await d.locator('.ant-modal-close').click();
    await d.waitFor({ state: 'hidden' });
    expect(await page.locator('.ant-pagination-total-text').textContent()).toBe(before);
    expect(await page.locator('.ant-table-row').filter({ hasText: '灌溉渠道淤塞' }).count()).toBe(0);
  });

  it('lets a resident ask for mediation on the public page without a login, and check the receipt', async () => {
    const phone = await newPhonePage(browser);
    const resident = phone.context();
    await phone.goto('/intake/439999101000');
    await phone.getByText('青石镇 · 码上申请').waitFor();
    await phone.getByLabel('您的姓名').fill('鲁大成');
    await phone.getByLabel('联系电话').fill('13700001234');
    await phone.getByLabel('纠纷情况').fill('与邻居因耕地边界发生争执，请求调解。');
    await phone.getByRole('button', { name: /提\s*交/ }).click();
    const receipt = ((await phone.getByTestId('intake-receipt').textContent()) ?? '').trim();
    expect(receipt).toMatch(/^[2-9A-Z]{10}$/);
    // nothing of the staff side is reachable or shown
    expect(await phone.locator('.ant-layout-sider').count()).toBe(0);
    await phone.getByRole('button', { name: '查询办理进度' }).click();
    const status = phone.getByTestId('intake-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('待受理');
    expect(await status.textContent()).not.toContain('鲁大成');
    await shoot(phone, 'intake-status-375');
    await resident.close();
  });
});
