import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chinaDay,
  DEMO_PASSWORD,
  launchBrowser,
  login,
  menuText,
  newPage,
  screenshot as shoot,
} from './browser';

const RATE = '信访办结率';
const RATE_KEY = 'petition.closure_rate';

let browser: Browser;
let page: Page;

const screenshot = (name: string) => shoot(page, name);

/** The rate column's cells, top to bottom: a number, or null for 样本不足 and unknown. */
async function rateColumn(): Promise<(number | null)[]> {
  const index = await page
    .locator('thead tr')
    .last()
    .locator('th')
    .evaluateAll((ths, name) => ths.findIndex((th) => th.textContent?.includes(name)), RATE);
  expect(index).toBeGreaterThanOrEqual(0);
  // the last header row lists only figure columns; 乡镇, 常住人口 and 年度报告 span both rows before them
  return page.locator('tbody tr.ant-table-row').evaluateAll(
    (rows, i) =>
      rows.map((r) => {
        const text = r.querySelectorAll('td')[i + 3]?.textContent ?? '';
        const n = Number.parseFloat(text);
        return Number.isFinite(n) ? n : null;
      }),
    index,
  );
}

describe('县级总览', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the county reviewer sorts the townships by a rate and opens a figure on its rows', async () => {
    await page.goto('/login');
    await login(page, 'county_reviewer', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    expect(await menuText(page)).toContain('县级总览');

    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: '县级总览' }).click();
    await page.waitForURL((url) => url.pathname === '/overview');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(1);
    // 全县合计 sits under the townships (issue 15 §16)
    expect(await page.getByTestId('overview-total').textContent()).toContain('全县合计');

    // highest first; 样本不足 and unknown cells stay at the bottom
    await page.locator('th').filter({ hasText: RATE }).locator('.ant-table-column-sorters').click();
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
    const values = await rateColumn();
    const known = values.filter((v): v is number => v !== null);
    expect(known.length).toBeGreaterThan(1);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(0, known.length)).toEqual(known);

    // a minimum sample above every township's leaves no rate to rank
    await page.locator('#overview-min-sample').fill('100000');
    await page.locator('#overview-min-sample').blur();
    await expect.poll(async () => (await rateColumn()).every((v) => v === null)).toBe(true);
    expect(await page.getByTestId('insufficient').count()).toBeGreaterThan(0);
    await page.locator('#overview-min-sample').fill('10');
    await page.locator('#overview-min-sample').blur();
    await expect.poll(async () => (await rateColumn()).filter((v) => v !== null).length).toBe(known.length);
    await screenshot('overview-sorted');

    // the top township's figure opens its petitions for the year; the working unit stays the county (issue 15 §15)
    const top = page.locator('tbody tr.ant-table-row').first();
    const township = (await top.locator('td').first().textContent())?.trim() ?? '';
    expect(township).not.toBe('');
    await top.getByTestId(`cell-${RATE_KEY}`).click();
    await page.waitForURL((url) => url.pathname === '/ledgers/petition');
    const url = new URL(page.url());
    const year = Number(chinaDay().slice(0, 4));
    expect(url.searchParams.get('from')).toBe(`${year}-01-01`);
    expect(url.searchParams.get('to')).toBe(`${year}-12-31`);
    const unitId = url.searchParams.get('unit') ?? '';
    expect(unitId).not.toBe('');
    const header = (await page.locator('header').textContent()) ?? '';
    expect(header).not.toContain(township);
    await expect
      .poll(() => page.getByTestId('viewing-unit').textContent())
      .toContain(`正在查看“${township}”的记录`);
    // the rows opened are the ones the figure counts: the list's total is the rate's numerator
    const figure = (await (await page.request.get(`/api/indicators?unit=${unitId}&year=${year}`)).json()) as {
      values: Record<string, { numerator?: number; denominator?: number; reason?: string }>;
    };
    const counted = figure.values[RATE_KEY];
    expect(counted?.reason).toBeUndefined();
    expect(counted?.numerator).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 })
      .toBe(`共 ${counted?.numerator} 条`);
    await screenshot('overview-rows');

    // the rate's denominator is one click away in the same cell: its rows are the sample counted over
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/overview');
    const again = page.locator('tbody tr.ant-table-row').filter({ hasText: township }).first();
    const denominator = again.getByTestId(`denominator-${RATE_KEY}`);
    expect(await denominator.textContent()).toBe(`/${counted?.denominator}`);
    await denominator.click();
    await page.waitForURL((u) => u.pathname === '/ledgers/petition' && u.search !== url.search);
    expect(new URL(page.url()).searchParams.get('unit')).toBe(unitId);
    await expect
      .poll(() => page.locator('.ant-pagination-total-text').textContent(), { timeout: 15_000 })
      .toBe(`共 ${counted?.denominator} 条`);
    expect((await page.locator('header').textContent()) ?? '').not.toContain(township);
  });

  it('the figure explanations list every area with its formula', async () => {
    await page.goto('/indicators');
    await page.getByText('矛盾化解', { exact: true }).waitFor();
    expect(await page.locator('.ant-card-head-title').allTextContents()).toContain('行政执法');
    await page.getByText('调解成功率', { exact: true }).waitFor();
  });
});
