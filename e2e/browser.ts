import { type Browser, chromium, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);

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
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

/** The text of the side menu, once it is shown. */
export async function menuText(page: Page): Promise<string> {
  const sider = page.locator('.ant-layout-sider');
  await sider.getByRole('menuitem', { name: '工作台' }).waitFor();
  return (await sider.textContent()) ?? '';
}

/**
 * Waits until no antd motion is running. A click while a modal is still zooming in
 * can land beside its button (the box is scaled), so dialogs are used once settled.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '[class*="-enter-active"], [class*="-appear-active"], [class*="-leave-active"]',
      ),
  );
}

/** A dialog found by a text it shows, once it has finished opening. */
export async function openedDialog(page: Page, text: string) {
  const dialog = page.getByRole('dialog').filter({ hasText: text });
  await dialog.waitFor();
  await settled(page);
  return dialog;
}
