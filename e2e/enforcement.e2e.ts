import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPhonePage, screenshot, signIn } from './browser';

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

describe('执法数据公开: the township leader publishes the year (issue 16 §2)', () => {
  it('shows the figures counted now beside the published ones, and publishes them again on confirmation', async () => {
    const page = await signIn(browser, 'qingshi_leader');
    await page.goto('/enforcement-annual');
    const state = page.getByTestId('enforcement-annual-state');
    // the demo township published last year's figures in January
    await expect.poll(() => state.textContent()).toMatch(/已于\d{4}年\d+月\d+日公开/);
    await page.getByTestId('enforcement-annual-current').getByText('立案').waitFor();
    await page.getByTestId('enforcement-annual-published').getByText('立案').waitFor();
    await page.getByRole('button', { name: /重新公开/ }).click();
    // the day shown is the one the server stamped on this publication (the test reads no clock)
    const answer = page.waitForResponse((r) => r.url().includes('/api/enforcement-annual/publish'));
    await page.getByRole('button', { name: /确认公开/ }).click();
    const published = await answer;
    expect(published.status()).toBe(200);
    const { published: stamp } = (await published.json()) as { published: { at: string } | null };
    expect(stamp).not.toBeNull();
    await page.getByText(/年度行政执法数据已公开/).waitFor();
    const stampDay = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    })
      .formatToParts(new Date(stamp?.at ?? ''))
      .filter((p) => p.type !== 'literal')
      .map((p) => p.value);
    await expect
      .poll(() => state.textContent())
      .toContain(`已于${stampDay[0]}年${stampDay[1]}月${stampDay[2]}日公开`);
    await screenshot(page, 'enforcement-annual-published');
    await page.context().close();
  });
});
