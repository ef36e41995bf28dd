import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, LedgerUi, launchBrowser, newPhonePage, openedDialog, screenshot, signIn } from './browser';

/** Last year in China: the year whose report the demo townships write now. */
const YEAR = Number(chinaDay().slice(0, 4)) - 1;
const OTHER_TOWNSHIP = '柳溪镇';

let browser: Browser;
let page: Page;
let reportId = '';

/** A fresh session (its own cookies) signed in as a demo user. */
const signedIn = (username: string) => signIn(browser, username);

/** A button's name as antd writes it (a space between two Chinese characters: 批 准), after any icon's. */
const named = (label: string) => new RegExp(`(^|\\s)${[...label].join('\\s*')}$`);

const status = (p: Page) => p.getByTestId('report-status');
const errorChecks = (p: Page) => p.getByTestId('checks-error').getByTestId('check-item');

/** Takes a workflow step through its dialog and waits for the status it leads to. */
async function step(p: Page, label: string, to: string) {
  await p.getByRole('button', { name: named(label) }).click();
  const dialog = await openedDialog(p, label);
  await dialog.getByRole('button', { name: named(label) }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => status(p).textContent()).toBe(to);
}

/** Opens a paragraph's editor, writes the text and saves it. */
async function rewrite(p: Page, paragraphId: string, text: string) {
  await p.locator(`[data-paragraph-id="${paragraphId}"]`).first().click();
  const editor = p.getByTestId('paragraph-editor');
  await editor.getByRole('textbox').fill(text);
  await editor.getByRole('button', { name: /保\s*存/ }).click();
  await editor.waitFor({ state: 'detached' });
}

describe('年度报告', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the clerk drafts the report from the ledgers, a blocking check names a paragraph, and it is fixed and submitted', async () => {
    page = await signedIn('qingshi_clerk');
    await page.locator('.ant-layout-sider').getByRole('menuitem', { name: '年度报告' }).click();
    await page.waitForURL((url) => url.pathname === '/reports');
    const row = page.locator('.ant-table-row').filter({ hasText: '青石镇' });
    await row.getByRole('button', { name: named('起草') }).click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    reportId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => status(page).textContent()).toBe('草稿');
    await expect.poll(() => page.getByTestId('report-paper').locator('h1').textContent()).toContain('青石镇');
    await page.getByTestId('deadline-submit').waitFor();
    await screenshot(page, 'report-draft');

    // a paragraph of the body (not the opening): the one after the first heading
    const paragraph = page.getByTestId('report-paper').locator('h2 ~ p[data-paragraph-id]').first();
    const paragraphId = (await paragraph.getAttribute('data-paragraph-id')) ?? '';
    const original = (await paragraph.textContent()) ?? '';
    expect(paragraphId).not.toBe('');
    expect(original.length).toBeGreaterThan(10);

    await rewrite(page, paragraphId, `${original}本镇还学习借鉴了${OTHER_TOWNSHIP}的经验做法。`);
    const blocking = errorChecks(page).filter({ hasText: OTHER_TOWNSHIP });
    await blocking.first().waitFor();
    expect(await blocking.first().getAttribute('data-paragraph-id')).toBe(paragraphId);
    // the check leads to its paragraph
    await blocking.first().click();
    await page.locator(`p[data-paragraph-id="${paragraphId}"][data-focused="true"]`).waitFor();
    expect(await page.locator(`p[data-paragraph-id="${paragraphId}"]`).getAttribute('data-check')).toBe(
      'error',
    );
    await screenshot(page, 'report-blocking-check');

    // submitting is refused while the check stands: the server's words are shown
    await page.getByRole('button', { name: named('提交审核') }).click();
    const dialog = await openedDialog(page, '提交审核');
    await dialog.getByRole('button', { name: named('提交审核') }).click();
    await page.locator('.ant-message').getByText('必须修改').waitFor();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await status(page).textContent()).toBe('草稿');

    await rewrite(page, paragraphId, original);
    await expect.poll(() => errorChecks(page).filter({ hasText: OTHER_TOWNSHIP }).count()).toBe(0);
    // nothing else blocks a report drafted from the demo ledgers
    expect(await errorChecks(page).allTextContents()).toEqual([]);

    await step(page, '提交审核', '待审核');
    // a submitted report is no longer edited in place
    expect(await page.getByTestId('add-paragraph-measures_and_results').count()).toBe(0);
  });

  it('the leader approves (the text freezes), the clerk sends it to the county, the leader publishes it', async () => {
    expect(reportId).not.toBe('');
    const leader = await signedIn('qingshi_leader');
    await leader.goto(`/reports/${reportId}`);
    await expect.poll(() => status(leader).textContent()).toBe('待审核');
    await step(leader, '批准', '已批准');
    await leader.getByText('文本已冻结').waitFor();

    await page.reload();
    await expect.poll(() => status(page).textContent()).toBe('已批准');
    // 报送 waits for the 签发人 and the review at a 党委会 (督察工作规定第二十五条)
    const clerkUi = new LedgerUi(page);
    const addressing = page.getByTestId('issuance-addressing');
    await addressing.getByLabel('签发人', { exact: true }).fill('王建国');
    await addressing.getByRole('button', { name: /保存行文信息/ }).click();
    await page.getByTestId('issuance-panel').getByText('王建国').waitFor();
    const meeting = page.getByTestId('issuance-meeting-form');
    await clerkUi.fillDate(meeting, '会议日期', chinaDay());
    await clerkUi.pick(meeting, '审议会议', '党委会');
    await meeting.getByRole('button', { name: /记录会议审议/ }).click();
    await expect.poll(() => page.getByTestId('issuance-meeting').textContent()).toContain('党委会');
    await step(page, '报送县级', '已报送');

    await leader.reload();
    await expect.poll(() => status(leader).textContent()).toBe('已报送');
    // 公开 waits for the 保密审查 (政府信息公开条例第十七条)
    const leaderUi = new LedgerUi(leader);
    const secrecy = leader.getByTestId('issuance-secrecy-form');
    await secrecy.getByLabel('保密审查人', { exact: true }).fill('李明');
    await leaderUi.fillDate(secrecy, '审查日期', chinaDay());
    await leaderUi.pick(secrecy, '审查结论', '通过，可以公开');
    await secrecy.getByRole('button', { name: /记录保密审查/ }).click();
    await expect.poll(() => leader.getByTestId('issuance-secrecy').textContent()).toContain('李明');
    await step(leader, '公开发布', '已公开');
    await leader.getByTestId('deadline-publish').getByText(/完成/).first().waitFor();
    await screenshot(leader, 'report-published');
    await leader.context().close();
  });

  it('the county reviewer sees the report published and who has not drafted yet', async () => {
    const reviewer = await signedIn('county_reviewer');
    await reviewer.goto(`/reports?year=${YEAR}`);
    const row = reviewer.locator('.ant-table-row').filter({ hasText: '青石镇' });
    await row.getByText('已公开').waitFor();
    expect(await reviewer.locator('.ant-table-row').filter({ hasText: '未起草' }).count()).toBeGreaterThan(0);
    expect(await reviewer.getByRole('button', { name: named('起草') }).count()).toBe(0);
    await reviewer.context().close();
  });

  it('anyone reads the published report on a phone and downloads it as Word or PDF', async () => {
    const me = (await (await page.request.get('/api/me')).json()) as { unit: { code: string } };
    const unitCode = me.unit.code.trim();
    const phone = await newPhonePage(browser);
    const context = phone.context();
    await phone.goto(`/public/units/${unitCode}/reports`);
    const listed = phone.getByTestId('public-report').filter({ hasText: `${YEAR}年度` });
    await listed.waitFor();
    expect(await listed.textContent()).toContain('青石镇');
    await listed.getByRole('link').click();
    await phone.waitForURL(`**/public/reports/${reportId}`);
    const text = phone.getByTestId('public-report-text');
    await expect.poll(() => text.locator('h1').textContent()).toContain('青石镇');
    expect(await text.locator('h2').count()).toBeGreaterThanOrEqual(4);
    expect(await phone.getByTestId('public-report-signature').textContent()).toContain('青石镇');
    expect(await text.textContent()).not.toContain(OTHER_TOWNSHIP);
    // nothing wider than the phone
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await phone.getByRole('link', { name: /打印版/ }).getAttribute('href')).toBe(
      `/api/public/reports/${reportId}/html`,
    );
    await screenshot(phone, 'report-public-375');

    const docx = await phone.request.get(`/api/public/reports/${reportId}/docx`);
    expect(docx.status()).toBe(200);
    const body = await docx.body();
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const disposition = docx.headers()['content-disposition'] ?? '';
    expect(decodeURIComponent(disposition)).toContain('青石镇');

    // the PDF: made once with a progress indication (issue 15 §19), then served from the cache
    const pdfButton = phone.getByRole('button', { name: /下载 PDF/ });
    const [pdf] = await Promise.all([
      phone.waitForEvent('download', { timeout: 90_000 }),
      (async () => {
        await pdfButton.click();
        await phone.locator('.ant-btn-loading').filter({ hasText: '下载 PDF' }).waitFor();
      })(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`青石镇${YEAR}年法治政府建设年度报告.pdf`);
    const saved = await pdf.path();
    expect(fs.readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // a duration on the monotonic clock, not the date: the cached PDF answers within 2 s
    const started = performance.now();
    const again = await phone.request.get(`/api/public/reports/${reportId}/pdf`);
    expect(again.headers()['x-fazhi-pdf']).toBe('cached');
    expect(performance.now() - started).toBeLessThan(2000);
    await context.close();
    await page.context().close();
  });
});
