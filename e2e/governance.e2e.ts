import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseDate } from '../core/calendar';
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

/** A township the other specs leave alone. */
const TOWN = 'jinsha';
/** Unique per run, so a rerun against the same server finds this run's records. */
const RUN = runSuffix();

let browser: Browser;
let page: Page;
let ui: LedgerUi;

/** Signs in as a demo user in a fresh browser context (its own session). */
async function signIn(username: string) {
  await page?.context().close();
  page = await openSignedIn(browser, username);
  ui = new LedgerUi(page);
}
const screenshot = (name: string) => shoot(page, name);
const { pick, fillDate, register, stateShown, step, act } = ledgerSteps(() => ui);

describe('governance', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('a major decision (重大行政决策)', () => {
    const title = `镇区停车收费调整方案${RUN}`;
    let url = '';

    it('a clerk registers it, drafts it and consults the public for 35 days', async () => {
      await signIn(`${TOWN}_clerk`);
      url = await register('major_decision', '重大行政决策', async (d) => {
        await fillDate(d, '启动日期', chinaDay(-60));
        await d.getByLabel('决策事项', { exact: true }).fill(title);
        await d.getByLabel('承办单位', { exact: true }).fill('金沙乡规划建设办');
        // several yes-no questions: each is a radiogroup named by its field
        await d
          .getByRole('radiogroup', { name: '列入年度决策事项目录' })
          .getByRole('radio', { name: '是' })
          .check();
        await d
          .getByRole('radiogroup', { name: '专业性、技术性较强' })
          .getByRole('radio', { name: '否' })
          .check();
        await d
          .getByRole('radiogroup', { name: '可能影响社会稳定' })
          .getByRole('radio', { name: '否' })
          .check();
        await d.getByLabel('决策内容概要', { exact: true }).fill('调整乡集镇区域临时停车收费标准及时段。');
      });
      await stateShown('已启动').waitFor();
      await page.getByRole('heading', { name: title }).waitFor();

      await act('形成草案', (d) => fillDate(d, '草案形成日期', chinaDay(-50)), { state: '草案已形成' });
      await act(
        '公众参与（征求意见）',
        async (d) => {
          await fillDate(d, '征求意见开始日期', chinaDay(-45));
          await fillDate(d, '征求意见截止日期', chinaDay(-10));
          await d.getByLabel('征求意见方式', { exact: true }).fill('政府网站公示、集镇商户座谈会');
          await d.getByLabel('收到意见', { exact: true }).fill('12');
        },
        { state: '已公众参与' },
      );
      await step('公众参与（征求意见）').getByText('收到意见：12条').waitFor();
    });

    it('the leader may not decide before the legality review (第二十五条), then submits it', async () => {
      await signIn(`${TOWN}_leader`);
      await page.goto(url);
      await stateShown('已公众参与').waitFor();
      const d = await act('集体讨论决定', async (form) => {
        await fillDate(form, '决定日期', chinaDay());
        await form.getByLabel('会议名称', { exact: true }).fill('乡政府常务会议');
        await form.getByLabel('会议纪要', { exact: true }).fill('会议讨论了停车收费调整方案。');
        await form.getByLabel('不同意见（无则填“无”）', { exact: true }).fill('无');
        await pick(form, '决定结果', '通过');
      });
      const refusal = d.getByTestId('action-refusal');
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain(
        '未经合法性审查或审查未通过的，不得提交集体讨论（《重大行政决策程序暂行条例》第二十五条）',
      );
      await screenshot('major-decision-refused');
      await d.getByRole('button', { name: spaced('取消') }).click();
      await d.waitFor({ state: 'hidden' });
      // still where it was
      await stateShown('已公众参与').waitFor();

      await act('提交合法性审查', (form) => fillDate(form, '提交审查日期', chinaDay(-5)), {
        state: '合法性审查中',
      });
    });

    it("the township's legal advisor passes the review; the short review is noted on the step", async () => {
      await signIn(`${TOWN}_advisor`);
      await page.goto(url);
      await stateShown('合法性审查中').waitFor();
      await act(
        '合法性审查通过',
        async (d) => {
          await fillDate(d, '审查日期', chinaDay(-1));
          await d.getByLabel('审查人员', { exact: true }).fill('金沙乡法律顾问');
          await d.getByLabel('审查意见', { exact: true }).fill('决策程序合法，内容不违反上位法规定。');
        },
        { state: '审查通过' },
      );
      // fewer than 7 working days for the review (第二十六条): recorded as a warning, not refused
      await step('合法性审查通过')
        .getByTestId('event-warning')
        .getByText(/第二十六条/)
        .waitFor();
    });

    it('the leader decides it collectively', async () => {
      await signIn(`${TOWN}_leader`);
      await page.goto(url);
      await stateShown('审查通过').waitFor();
      await act(
        '集体讨论决定',
        async (form) => {
          await fillDate(form, '决定日期', chinaDay());
          await form.getByLabel('会议名称', { exact: true }).fill('乡政府常务会议');
          await form.getByLabel('会议纪要', { exact: true }).fill('会议同意停车收费调整方案。');
          await form.getByLabel('不同意见（无则填“无”）', { exact: true }).fill('无');
          await pick(form, '决定结果', '通过');
        },
        { state: '已集体讨论决定' },
      );
      await step('集体讨论决定').getByText('决定结果：通过').waitFor();
      await screenshot('major-decision-decided');
    });
  });

  describe('a disclosure request (依申请公开) with a third party consulted', () => {
    let url = '';
    let id = '';

    interface Clock {
      name: string;
      due: string;
      explanation: string;
    }
    const answerClock = async (): Promise<Clock> => {
      const res = await page.request.get(`/api/ledgers/disclosure_request/${id}`);
      expect(res.status()).toBe(200);
      const clock = ((await res.json()).clocks as Clock[]).find((c) => c.name === 'answer');
      if (!clock) throw new Error('no answer clock');
      return clock;
    };

    it('pausing for the third party moves the answer date, and the detail page says why', async () => {
      await signIn(`${TOWN}_clerk`);
      url = await register('disclosure_request', '依申请公开', async (d) => {
        await fillDate(d, '收到申请日期', chinaDay(-20));
        await pick(d, '提交方式', '当面提交');
        await d.getByLabel('申请人', { exact: true }).fill('孔令华');
        await d
          .getByLabel('申请公开的内容', { exact: true })
          .fill(`金沙乡2025年集镇道路改造工程施工合同${RUN}`);
      });
      id = url.split('/').at(-1) ?? '';
      await stateShown('办理中').waitFor();
      const before = await answerClock();

      await act(
        '征求第三方意见',
        async (d) => {
          await fillDate(d, '书面征求意见日期', chinaDay(-15));
          await d.getByLabel('第三方', { exact: true }).fill('承建该工程的某建设有限公司');
        },
        { recorded: '征求第三方意见' },
      );
      await act('收到第三方意见', (d) => fillDate(d, '收到意见（或期满）日期', chinaDay(-5)), {
        recorded: '收到第三方意见',
      });
      const after = await answerClock();
      expect(after.due > before.due).toBe(true);

      // the clock's tag explains itself: the pause, and the later due date
      await page
        .getByTestId('record-clocks')
        .getByTestId('clock-tag')
        .filter({ hasText: '答复期限' })
        .click();
      const explanation = page.getByTestId('clock-explanation').filter({ hasText: '暂停计算' });
      await explanation.waitFor();
      const text = (await explanation.textContent()) ?? '';
      expect(text).toContain(`${chineseDate(chinaDay(-15))}至${chineseDate(chinaDay(-5))}暂停计算`);
      expect(text).toContain(chineseDate(after.due));
      await screenshot('disclosure-request-paused');
    });
  });
});
