import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, launchBrowser, openedDialog, screenshot, signIn } from './browser';

/** A township the other specs do not draft this report for; its demo year is the current one. */
const TOWN = 'taoyuan';
const TOWN_CODE = '439999103000';
const YEAR = Number(chinaDay().slice(0, 4));

let browser: Browser;
let page: Page;
let url = '';

const named = (label: string) => new RegExp(`(^|\\s)${[...label].join('\\s*')}$`);
const status = (p: Page) => p.getByTestId('disclosure-status');

describe('政府信息公开工作年度报告', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the clerk drafts it from the ledgers, a cell opens its records, part 五 is written and it is submitted', async () => {
    page = await signIn(browser, `${TOWN}_clerk`);
    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: '政务公开年报' }).click();
    await page.waitForURL((u) => u.pathname === '/disclosure-reports');
    await page.getByRole('combobox', { name: '年度' }).click();
    await page.getByTitle(`${YEAR}年度`).click();
    await page.getByRole('button', { name: `从台账起草${YEAR}年度报告` }).click();
    await page.waitForURL(/\/disclosure-reports\/[0-9a-f-]{36}$/);
    url = page.url();
    await expect.poll(() => status(page).textContent()).toBe('草稿');
    // 本年新收 总计 opens exactly the requests it counts
    const cell = page.getByTestId('cell-req.new.total');
    const counted = Number(await cell.textContent());
    expect(counted).toBeGreaterThan(0);
    await cell.click();
    await expect.poll(() => page.getByTestId('cell-count').textContent()).toBe(`共 ${counted} 条记录`);
    await expect.poll(() => page.getByTestId('cell-record').count()).toBe(counted);
    await screenshot(page, 'disclosure-report-drilldown');
    await page.keyboard.press('Escape');
    // part 五 empty blocks: the check says so until it is written
    await page.getByTestId('disclosure-check').filter({ hasText: '存在的主要问题及改进情况' }).waitFor();
    await page.getByTestId('part-problems').fill('部分答复文书未写明救济途径，已统一文书样式。');
    await page.getByTestId('disclosure-save').click();
    await expect
      .poll(() => page.getByTestId('disclosure-check').filter({ hasText: '存在的主要问题' }).count())
      .toBe(0);
    await page.getByRole('button', { name: named('提交审核') }).click();
    await expect.poll(() => status(page).textContent()).toBe('待审核');
  });

  it('the leader approves and publishes it after the secrecy review; the public page lists it', async () => {
    await page.context().close();
    page = await signIn(browser, `${TOWN}_leader`);
    await page.goto(new URL(url).pathname);
    await expect.poll(() => status(page).textContent()).toBe('待审核');
    await page.getByRole('button', { name: named('批准') }).click();
    await expect.poll(() => status(page).textContent()).toBe('已批准');
    await page.getByRole('button', { name: named('公开发布') }).click();
    const dialog = await openedDialog(page, '保密审查');
    await dialog.getByLabel('保密审查人').fill('王审查');
    const date = dialog.getByLabel('审查日期');
    await date.click();
    await date.fill(chinaDay());
    await date.press('Enter');
    await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
    await dialog.getByRole('button', { name: named('确定') }).click();
    await expect.poll(() => status(page).textContent()).toBe('已公开');
    const pub = await signIn(browser, `${TOWN}_clerk`);
    await pub.goto(`/public/units/${TOWN_CODE}/disclosure-reports`);
    await pub.getByText('政府信息公开工作年度报告').first().waitFor();
    await expect
      .poll(() =>
        pub
          .getByTestId('public-disclosure-report')
          .filter({ hasText: `${YEAR}年` })
          .count(),
      )
      .toBe(1);
    await screenshot(pub, 'disclosure-report-public');
  });
});
