import type { Browser, Page } from 'playwright-core';
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

/** A township the other specs leave alone, so its lists hold only what this spec registers. */
const TOWN = 'taoyuan';
/** Its 区划代码 (the demo county 439999, township 103). */
const TOWN_CODE = '439999103000';
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

const officerA = `甘立新${RUN}`;
const officerB = `宋雨桐${RUN}`;
const officerTitle = (name: string, cert: string) => `${name}（${cert}）`;
const matterName = `擅自占用道路堆放物品${RUN}`;
const partyName = '桂春生';

describe('enforcement case', () => {
  let caseUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a clerk registers two certified officers, a matter and a 重大 case naming them', async () => {
    await signIn(`${TOWN}_clerk`);
    const sider = page.locator('.ant-layout-sider');
    await sider.getByRole('menuitem', { name: '台账' }).click();
    // the 台账 menu is grouped by area
    await sider.getByText('行政执法', { exact: true }).waitFor();
    await sider.getByText('矛盾纠纷', { exact: true }).first().waitFor();

    for (const [name, cert] of [
      [officerA, `HN${RUN}01`],
      [officerB, `HN${RUN}02`],
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

    caseUrl = await register('enforcement_case', '执法案件', async (d) => {
      await d.getByLabel('案由', { exact: true }).fill('擅自占用道路堆放建材案');
      await pick(d, '程序', '普通程序');
      await pick(d, '案件来源', '巡查发现');
      await pick(d, '执法事项', matterName);
      await pick(d, '当事人类型', '自然人');
      await d.getByLabel('当事人', { exact: true }).fill(partyName);
      await d
        .getByLabel('违法事实', { exact: true })
        .fill('当事人在桃源大道东侧人行道堆放建筑材料约30平方米，影响通行。');
      await d.getByRole('radio', { name: '是' }).check();
      await pick(
        d,
        '立案承办人员',
        officerTitle(officerA, `HN${RUN}01`),
        officerTitle(officerB, `HN${RUN}02`),
      );
    });
    await stateShown('已立案').waitFor();
    // ref fields show the records' titles, not their ids
    await page.getByText(matterName, { exact: true }).first().waitFor();
    await page
      .getByText(`${officerTitle(officerA, `HN${RUN}01`)}、${officerTitle(officerB, `HN${RUN}02`)}`)
      .waitFor();
  });

  it('investigates with evidence on the step, then notifies the party', async () => {
    const today = chinaDay();
    await act(
      '调查取证',
      async (d) => {
        await fillDate(d, '取证日期', today);
        await pick(d, '取证方式', '询问笔录', '拍照录像');
        await pick(d, '执法人员', officerTitle(officerA, `HN${RUN}01`), officerTitle(officerB, `HN${RUN}02`));
        await d.getByLabel('取证情况', { exact: true }).fill('现场拍照8张，制作询问笔录1份。');
      },
      '调查取证',
    );
    // 上传证据 on the step files the photo as that step's evidence (?event=0)
    const step = page.getByTestId('ledger-event').filter({ hasText: '调查取证' });
    const uploaded = page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/attachments\?event=0$/.test(r.url()),
    );
    await step.locator('input[type=file]').setInputFiles({
      name: '现场照片.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]),
    });
    expect((await uploaded).status()).toBe(201);
    await page.getByTestId('attachment').filter({ hasText: '现场照片.jpg' }).waitFor();

    await act(
      '告知（陈述、申辩、听证权利）',
      async (d) => {
        await fillDate(d, '告知日期', today);
        await d
          .getByLabel('拟作出的决定及事实、理由、依据', { exact: true })
          .fill('拟责令限期清除并处罚款2000元。');
        await pick(
          d,
          '送达告知书人员',
          officerTitle(officerA, `HN${RUN}01`),
          officerTitle(officerB, `HN${RUN}02`),
        );
      },
      '已告知',
    );
    await screenshot('enforcement-case-notified');
    // the party is heard before any decision (行政处罚法 Art.44, 45, 62; enforcement-hearing.e2e.ts)
    const heard = await act('记录陈述、申辩', async (d) => {
      await fillDate(d, '陈述、申辩日期', today);
      await pick(d, '方式', '书面陈述、申辩');
      await d.getByLabel('当事人陈述、申辩要点', { exact: true }).fill('当事人对事实无异议，请求从轻处理。');
      await d.getByLabel('复核意见及采纳情况', { exact: true }).fill('经复核，已在裁量基准内从轻。');
    });
    await heard.waitFor({ state: 'hidden' });
    await page.getByTestId('ledger-event').filter({ hasText: '记录陈述、申辩' }).waitFor();
  });

  it('refuses the decision before 法制审核, in Chinese, then goes to review', async () => {
    await signIn(`${TOWN}_leader`);
    await page.goto(caseUrl);
    await stateShown('已告知').waitFor();
    const d = await act('作出决定', async (form) => {
      await fillDate(form, '决定日期', chinaDay());
      await form.getByLabel('决定书文号', { exact: true }).fill(`桃执罚〔2026〕${RUN}号`);
      await pick(form, '决定类型', '罚款');
      await form.getByLabel('罚款金额', { exact: true }).fill('2000');
      await form.getByLabel('决定内容', { exact: true }).fill('责令限期清除堆放物，并处罚款2000元。');
    });
    const refusal = d.getByTestId('action-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/重大执法决定.*须经法制审核通过后才能作出决定/);
    await screenshot('enforcement-case-refused');
    await d.getByRole('button', { name: spaced('取消') }).click();
    await d.waitFor({ state: 'hidden' });

    await act('提交法制审核', async (form) => fillDate(form, '提交日期', chinaDay()), '法制审核中');
  });

  it('the legal advisor passes the review with every checklist item', async () => {
    await signIn(`${TOWN}_advisor`);
    await page.goto(caseUrl);
    await stateShown('法制审核中').waitFor();
    await act(
      '法制审核通过',
      async (d) => {
        await fillDate(d, '审核日期', chinaDay());
        await d.getByLabel('审核人员', { exact: true }).fill('法律顾问');
        await pick(
          d,
          '审核内容',
          '执法主体合法',
          '执法权限合法',
          '程序合法',
          '事实清楚、证据确实充分',
          '适用依据准确',
          '裁量适当',
          '文书完备规范',
        );
        await d.getByLabel('审核意见', { exact: true }).fill('事实清楚，程序合法，同意。');
      },
      '审核通过',
    );
  });

  it('the leader discusses, decides and publishes', async () => {
    await signIn(`${TOWN}_leader`);
    await page.goto(caseUrl);
    await stateShown('审核通过').waitFor();
    const d = await act('负责人集体讨论', async (form) => {
      await fillDate(form, '讨论日期', chinaDay());
      await form.getByLabel('讨论纪要及决定意见', { exact: true }).fill('集体讨论同意处罚意见。');
    });
    await d.waitFor({ state: 'hidden' });
    await page.getByTestId('ledger-event').filter({ hasText: '负责人集体讨论' }).waitFor();
    await act(
      '作出决定',
      async (form) => {
        await fillDate(form, '决定日期', chinaDay());
        await form.getByLabel('决定书文号', { exact: true }).fill(`桃执罚〔2026〕${RUN}号`);
        await pick(form, '决定类型', '罚款');
        await form.getByLabel('罚款金额', { exact: true }).fill('2000');
        await form.getByLabel('决定内容', { exact: true }).fill('责令限期清除堆放物，并处罚款2000元。');
      },
      '已决定',
    );
    await page
      .getByTestId('record-clocks')
      .getByText(/公示期限/)
      .waitFor();
    const p = await act('公示决定', async (form) => {
      await fillDate(form, '公示日期', chinaDay());
      await form
        .getByLabel('公示内容摘要', { exact: true })
        .fill('桂某某擅自占用道路堆放建材，处罚款2000元。');
    });
    await p.waitFor({ state: 'hidden' });
    await page.getByTestId('ledger-event').filter({ hasText: '公示决定' }).waitFor();
    await screenshot('enforcement-case-published');

    // The public page (/public/<unit code>/enforcement) is being built elsewhere; until it is,
    // check what it will show — the public API — names the party only masked.
    const publicUrl = `/api/public/units/${TOWN_CODE}/enforcement`;
    let published = '';
    await expect
      .poll(
        async () => {
          published = await (await page.request.get(publicUrl)).text();
          return published.includes('擅自占用道路堆放建材案');
        },
        // the public page is cached for 30 s
        { timeout: 45_000, interval: 2_000 },
      )
      .toBe(true);
    expect(published).not.toContain(partyName);
    expect(published).toContain('桂*');
  });
});
