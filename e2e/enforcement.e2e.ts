import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPhonePage, screenshot } from './browser';

/** 行政执法公示 of a demo township, on a phone, without a login. */
const TOWNSHIP = '439999101000';

let browser: Browser;
let phone: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  phone = await newPhonePage(browser);
});

afterAll(async () => {
  await browser?.close();
});

describe('public enforcement page (行政执法公示) at 375 px', () => {
  it('lists published decisions with natural persons masked and no personal numbers in the page', async () => {
    await phone.goto(`/public/${TOWNSHIP}/enforcement`);
    await phone.getByText('青石镇 · 行政执法公示').waitFor();
    await phone.getByTestId('decision').first().waitFor();
    expect(await phone.locator('.ant-layout-sider').count()).toBe(0);

    const parties = await phone.getByTestId('decision-party').allTextContents();
    expect(parties.length).toBeGreaterThan(0);
    // the demo's natural persons: family name kept, the rest hidden (张*, 欧阳**)
    expect(parties.some((p) => /^\p{Script=Han}{1,2}\*+$/u.test(p))).toBe(true);

    const html = await phone.content();
    expect(html).not.toMatch(/(?<![\d.])\d{17}[\dX](?!\d)/); // ID numbers
    expect(html).not.toMatch(/(?<![\d.])1[3-9]\d{9}(?!\d)/); // mobile phones
    expect(html).not.toMatch(/[东西南北]村\d+组/); // the demo parties' addresses
    // the page fits the phone: no sideways scrolling
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'public-enforcement-375');
  });

  it('searches decisions, shows a withdrawn one only as its notice, and has the other sections', async () => {
    const search = phone.getByRole('searchbox', { name: '搜索执法决定' });
    await search.fill('撤回');
    await search.press('Enter');
    await phone.getByText('“撤回”的搜索结果：共 1 件').waitFor();
    await phone.getByTestId('withdrawal-notice').waitFor();
    expect(await phone.getByTestId('decision').count()).toBe(0);
    expect(phone.url()).toContain(`q=${encodeURIComponent('撤回')}`);

    await phone.getByRole('tab', { name: '执法人员' }).click();
    await phone
      .getByText(/执法证号：\d+/)
      .first()
      .waitFor();
    await phone.getByRole('tab', { name: '执法事项' }).click();
    await phone
      .getByText(/法律依据：《中华人民共和国/)
      .first()
      .waitFor();
    await phone.getByRole('tab', { name: '执法主体' }).click();
    await phone.getByText('青石镇人民政府').waitFor();

    // the previous year's 行政执法总体情况 (issue 16 §2), with the day it is due, still within the phone
    const annual = phone.getByTestId('enforcement-annual');
    await annual.waitFor();
    expect(await annual.textContent()).toMatch(/\d{4}年度行政执法总体情况.*行政处罚.*立案.*罚没款.*前公开/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  it('says so for a code that is not a township', async () => {
    await phone.goto('/public/439999000000/enforcement');
    await phone.getByText('未找到该乡镇（街道）').first().waitFor();
  });
});
