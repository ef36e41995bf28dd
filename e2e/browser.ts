// What every browser test shares: the browser, the page, signing in, screenshots, and the
// steps of the generic ledger pages (登记, pickers, workflow actions). Pages are opened with
// reduced motion, which the app honours by turning antd's motion off (app/src/lib/reducedMotion.ts),
// so no click lands on a dialog or dropdown that is still moving.
import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chinaDay as chinaDayOf } from '../core/calendar';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);
/** The demo users' password, set by scripts/e2e.mjs. */
export const DEMO_PASSWORD = 'E2e-Demo-2026';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page at the size the product is designed for (a common office laptop screen). */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A phone-sized page, as a resident opens the public pages. */
export function newPhonePage(browser: Browser): Promise<Page> {
  return newPage(browser, { width: 375, height: 740 });
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** A new page (its own session) signed in as a demo user, on the 工作台. */
export async function signIn(browser: Browser, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await newPage(browser);
  await page.goto('/login');
  await login(page, username, password);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** The text of the side menu, once it is shown. */
export async function menuText(page: Page): Promise<string> {
  const sider = page.locator('.ant-layout-sider');
  await sider.getByRole('menuitem', { name: '工作台' }).waitFor();
  return (await sider.textContent()) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR)) });
}

/** A dialog found by a text it shows, once it is open. */
export async function openedDialog(page: Page, text: string) {
  const dialog = page.getByRole('dialog').filter({ hasText: text });
  await dialog.waitFor();
  return dialog;
}

/** A suffix that keeps one run's records apart from earlier runs' on the same server. */
export const runSuffix = (): string => String(randomInt(10_000, 100_000));

/** A day in China (the server's calendar), `offset` days from today: the server runs on the real clock. */
export function chinaDay(offset = 0): string {
  return chinaDayOf(new Date(Date.now() + offset * 86_400_000));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** antd puts a space between the two characters of a two-character button (登 记). */
export const spaced = (label: string) => new RegExp(`^${[...label].map(escapeRe).join('\\s*')}$`);

/** The steps of the generic ledger pages on one page. */
export class LedgerUi {
  constructor(readonly page: Page) {}

  dialog(title: string): Locator {
    return this.page.getByRole('dialog').filter({ hasText: title });
  }

  /** Chooses options of an antd Select found by its form label (one, or several for a multiple select). */
  async pick(scope: Locator, label: string, ...options: string[]) {
    const input = scope.getByLabel(label, { exact: true });
    const multiple =
      (await input.locator('xpath=ancestor::*[contains(@class, "ant-select-multiple")]').count()) > 0;
    await input.click();
    for (const option of options) {
      const item = this.page.locator(
        `.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`,
      );
      await item.click();
    }
    // a multiple select stays open; a single one closes by itself once chosen. Escape is pressed
    // only for the former: pressed while a single select is closing, it would close the dialog
    if (multiple) await this.page.keyboard.press('Escape');
    await expect
      .poll(() => this.page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 })
      .toBe(0);
  }

  /** Types a date into an antd DatePicker found by its form label. */
  async fillDate(scope: Locator, label: string, day: string) {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(day);
    await input.press('Enter');
    await expect
      .poll(() => this.page.locator('.ant-picker-dropdown:visible').count(), { timeout: 10_000 })
      .toBe(0);
  }

  /** 登记 on a kind's list: fills the form and waits for the new record's page. */
  async register(kind: string, title: string, fill: (d: Locator) => Promise<void>) {
    await this.page.goto(`/ledgers/${kind}`);
    await this.page.getByRole('button', { name: /登\s*记/ }).click();
    const form = this.dialog(`登记${title}`);
    await form.waitFor();
    await fill(form);
    await form
      .locator('.ant-modal-footer')
      .getByRole('button', { name: spaced('登记') })
      .click();
    await this.page.waitForURL(new RegExp(`/ledgers/${kind}/[0-9a-f-]{36}$`));
    return this.page.url();
  }

  stateShown(state: string): Locator {
    return this.page.locator('.ant-card-head').getByText(state, { exact: true });
  }

  timelineStep(label: string): Locator {
    return this.page.getByTestId('ledger-event').filter({ hasText: label });
  }

  /**
   * Opens an action of the record shown and fills it. With `state`, waits for the record to reach
   * it; with `recorded`, for the step to appear in the timeline (steps that keep the state).
   * A dialog whose only input is a date is submitted by the Enter that confirms the date (the
   * browser's implicit submission), so its button is not clicked again.
   */
  async act(
    action: string,
    fill: (d: Locator) => Promise<void>,
    done?: { state?: string; recorded?: string },
  ) {
    await this.page.getByRole('button', { name: spaced(action) }).click();
    const d = this.dialog(`${action}：`);
    await d.waitFor();
    const body = d.locator('.ant-modal-body');
    const onlyDate =
      (await body.locator('input, textarea').count()) === 1 &&
      (await body.locator('.ant-picker input').count()) === 1;
    await fill(d);
    if (!onlyDate)
      await d
        .locator('.ant-modal-footer')
        .getByRole('button', { name: spaced(action) })
        .click();
    if (!done) return d;
    await d.waitFor({ state: 'hidden' });
    if (done.state) await this.stateShown(done.state).waitFor();
    if (done.recorded) await this.timelineStep(done.recorded).waitFor();
    return d;
  }
}

/**
 * The ledger steps of a spec that signs in as one user after another: each call goes to the
 * LedgerUi of the page signed in last.
 */
export function ledgerSteps(ui: () => LedgerUi) {
  return {
    pick: (scope: Locator, label: string, ...options: string[]) => ui().pick(scope, label, ...options),
    fillDate: (scope: Locator, label: string, day: string) => ui().fillDate(scope, label, day),
    register: (kind: string, title: string, fill: (d: Locator) => Promise<void>) =>
      ui().register(kind, title, fill),
    stateShown: (state: string) => ui().stateShown(state),
    step: (label: string) => ui().timelineStep(label),
    act: (
      action: string,
      fill: (d: Locator) => Promise<void>,
      done?: { state?: string; recorded?: string },
    ) => ui().act(action, fill, done),
    /** An action awaited to `state` when given (the step succeeds), else its dialog is returned. */
    actTo: (action: string, fill: (d: Locator) => Promise<void>, state?: string) =>
      ui().act(action, fill, state === undefined ? undefined : { state }),
  };
}
