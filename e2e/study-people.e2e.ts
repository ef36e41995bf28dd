// Issue 16 §3: a clerk records who took part in a study session by picking people from the
// township's roster (and by reusing the previous list), and 参学率 on the 工作台 counts them.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerUi, launchBrowser, runSuffix, screenshot, signIn } from './browser';

const RATE = 'figure-study.attendance_rate';

let browser: Browser;
let page: Page;
let ui: LedgerUi;

/** 参学率's numerator and denominator as the 工作台 shows them (（实际/应参学）). */
async function attendance(): Promise<{ present: number; expected: number }> {
  await page.goto('/');
  const figure = page.getByTestId(RATE);
  await figure.waitFor();
  const text = (await figure.textContent()) ?? '';
  const m = /（(\d+)\/(\d+)）/.exec(text);
  return m ? { present: Number(m[1]), expected: Number(m[2]) } : { present: 0, expected: 0 };
}

const count = (form: Locator) => form.getByTestId('people-count-participants');

async function registerSession(topic: string, fill: (form: Locator) => Promise<void>) {
  return ui.register('study_session', '学法活动', async (form) => {
    await ui.pick(form, '形式', '会前学法');
    await form.getByLabel('主题', { exact: true }).fill(topic);
    await fill(form);
  });
}

describe('who took part: picked from the roster', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await signIn(browser, 'qingshi_clerk');
    ui = new LedgerUi(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('records a session by picking people, reuses the list for the next one, and 参学率 counts them', async () => {
    const before = await attendance();
    const suffix = runSuffix();

    await registerSession(`宪法学习${suffix}`, async (form) => {
      await form.getByRole('button', { name: /从名单选择/ }).click();
      const picker = ui.dialog('从本乡镇名单选择');
      await picker.waitFor();
      const boxes = picker.getByRole('checkbox', { disabled: false });
      await boxes.first().waitFor();
      expect(await boxes.count()).toBeGreaterThanOrEqual(3);
      for (const i of [0, 1, 2]) await boxes.nth(i).check();
      await picker.getByRole('button', { name: '添加 3 人' }).click();
      await picker.waitFor({ state: 'hidden' });
      await expect.poll(() => count(form).textContent()).toBe('应到 3 人，实到 0 人');
      await form.getByRole('button', { name: '全部参加' }).click();
      await form.getByRole('checkbox', { name: '第3行参加' }).uncheck();
      await expect.poll(() => count(form).textContent()).toBe('应到 3 人，实到 2 人');
      // the list fits the 1366×768 dialog: every row's name is on screen without widening it
      const row = await form.getByTestId('people-row').first().boundingBox();
      expect(row && row.x + row.width <= 1366).toBe(true);
      await screenshot(page, 'study-people-picked');
    });
    const first = (await page.getByTestId('record-number').textContent()) ?? '';
    expect(first).toMatch(/^学〔\d{4}〕\d+号$/);
    await expect.poll(attendance, { timeout: 20_000 }).toEqual({
      present: before.present + 2,
      expected: before.expected + 3,
    });

    await registerSession(`宪法学习（续）${suffix}`, async (form) => {
      const reuse = form.getByRole('button', { name: /沿用上次名单（.*3人）/ });
      await reuse.click();
      await expect.poll(() => form.getByTestId('people-row').count()).toBe(3);
      // the people of last time, but who came this time is ticked afresh
      await expect.poll(() => count(form).textContent()).toBe('应到 3 人，实到 0 人');
      await form.getByRole('button', { name: '全部参加' }).click();
      await expect.poll(() => count(form).textContent()).toBe('应到 3 人，实到 3 人');
    });
    await expect.poll(attendance, { timeout: 20_000 }).toEqual({
      present: before.present + 5,
      expected: before.expected + 6,
    });
  });
});
