import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chinaDay,
  LedgerUi,
  launchBrowser,
  ledgerSteps,
  signIn as openSignedIn,
  runSuffix,
  screenshot as shoot,
  spaced,
} from './browser';

/** The township of enforcement-case.e2e.ts: records here carry this run's number, so they never clash. */
const TOWN = 'taoyuan';
/** Unique per run, so a rerun against the same server picks this run's records. */
const RUN = runSuffix();

let browser: Browser;
let page: Page;
let ui: LedgerUi;

/** Signs in as a demo user in a fresh browser context (its own session). */
async function signIn(username: string) {
  page = await openSignedIn(browser, username);
  ui = new LedgerUi(page);
}
const screenshot = (name: string) => shoot(page, name);
/** `act` awaits `state` when given (the step succeeds), else returns the step's dialog. */
const { pick, fillDate, register, stateShown, actTo: act } = ledgerSteps(() => ui);

const officerA = `邓明远${RUN}`;
const officerB = `许清和${RUN}`;
const officerTitle = (name: string, cert: string) => `${name}（${cert}）`;
const matterName = `擅自占用道路摆摊${RUN}`;

/**
 * 行政处罚法 Art.44, 45, 62: no decision before the party has been heard. A case told yesterday is
 * refused a decision today (the 陈述、申辩 period, 3 working days by default, has not passed);
 * once the clerk records the party's statement and its answer, the leader decides.
 */
describe('enforcement case: the party is heard before the decision', () => {
  let caseUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a clerk registers two officers, a matter and a case, investigates and tells the party yesterday', async () => {
    await signIn(`${TOWN}_clerk`);
    for (const [name, cert] of [
      [officerA, `HT${RUN}01`],
      [officerB, `HT${RUN}02`],
    ] as const) {
      await register('officer', '执法人员', async (d) => {
        await d.getByLabel('姓名', { exact: true }).fill(name);
        await d.getByLabel('执法证号', { exact: true }).fill(cert);
        await pick(d, '执法领域', '综合行政执法');
        await fillDate(d, '发证日期', chinaDay(-400));
        await fillDate(d, '有效期至', chinaDay(700));
      });
      await stateShown('在岗').waitFor();
    }
    await register('enforcement_matter', '执法事项', async (d) => {
      await d.getByLabel('事项名称', { exact: true }).fill(matterName);
      await pick(d, '事项类型', '行政处罚');
      await d.getByLabel('法律依据', { exact: true }).fill('《城市道路管理条例》第二十七条、第四十二条');
      await d.getByLabel('实施机构', { exact: true }).fill('桃源镇综合行政执法办公室');
    });
    const crew = [officerTitle(officerA, `HT${RUN}01`), officerTitle(officerB, `HT${RUN}02`)];
    caseUrl = await register('enforcement_case', '执法案件', async (d) => {
      await fillDate(d, '立案日期', chinaDay(-2));
      await d.getByLabel('案由', { exact: true }).fill('擅自占用道路摆摊经营案');
      await pick(d, '程序', '普通程序');
      await pick(d, '案件来源', '巡查发现');
      await pick(d, '执法事项', matterName);
      await pick(d, '当事人类型', '自然人');
      await d.getByLabel('当事人', { exact: true }).fill('柯秋实');
      await d.getByLabel('违法事实', { exact: true }).fill('当事人在桃源大道西侧占道摆摊，影响行人通行。');
      await pick(d, '立案承办人员', ...crew);
    });
    await stateShown('已立案').waitFor();
    await act(
      '调查取证',
      async (d) => {
        await fillDate(d, '取证日期', chinaDay(-2));
        await pick(d, '取证方式', '询问笔录', '拍照录像');
        await pick(d, '执法人员', ...crew);
        await d.getByLabel('取证情况', { exact: true }).fill('现场拍照4张，制作询问笔录1份。');
      },
      '调查取证',
    );
    await act(
      '告知（陈述、申辩、听证权利）',
      async (d) => {
        await fillDate(d, '告知日期', chinaDay(-1));
        await d.getByLabel('拟作出的决定及事实、理由、依据', { exact: true }).fill('拟处罚款500元。');
        await pick(d, '送达告知书人员', ...crew);
      },
      '已告知',
    );
  });

  const decide = async (form: Locator) => {
    await fillDate(form, '决定日期', chinaDay());
    await form.getByLabel('决定书文号', { exact: true }).fill(`桃执罚〔2026〕H${RUN}号`);
    await pick(form, '决定类型', '罚款');
    await form.getByLabel('罚款金额', { exact: true }).fill('500');
    await form.getByLabel('决定内容', { exact: true }).fill('处罚款500元。');
  };

  it('refuses the decision the day after 告知, naming the 陈述、申辩 period', async () => {
    await signIn(`${TOWN}_leader`);
    await page.goto(caseUrl);
    await stateShown('已告知').waitFor();
    // a step whose guard already fails is offered disabled, its reason shown on hover (issue 15 §3)
    const button = page.getByRole('button', { name: spaced('作出决定') });
    expect(await button.isDisabled()).toBe(true);
    await button.locator('xpath=..').hover();
    const reason = page.locator('.ant-tooltip:visible');
    await reason.waitFor();
    expect(await reason.textContent()).toMatch(/陈述、申辩的期限尚未届满.*第四十四、四十五、六十二条/);
    await screenshot('enforcement-hearing-refused');
  });

  it('the clerk records the statement and its answer; the leader then decides', async () => {
    await signIn(`${TOWN}_clerk`);
    await page.goto(caseUrl);
    await stateShown('已告知').waitFor();
    const s = await act('记录陈述、申辩', async (d) => {
      await fillDate(d, '陈述、申辩日期', chinaDay());
      await pick(d, '方式', '书面陈述、申辩');
      await d.getByLabel('当事人陈述、申辩要点', { exact: true }).fill('当事人称系初次摆摊，已自行撤离。');
      await d.getByLabel('复核意见及采纳情况', { exact: true }).fill('经复核，事实清楚，维持拟处罚意见。');
    });
    await s.waitFor({ state: 'hidden' });
    await page.getByTestId('ledger-event').filter({ hasText: '记录陈述、申辩' }).waitFor();

    await signIn(`${TOWN}_leader`);
    await page.goto(caseUrl);
    await stateShown('已告知').waitFor();
    await act('作出决定', decide, '已决定');
    await screenshot('enforcement-hearing-decided');
  });
});
