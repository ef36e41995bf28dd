import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  launchBrowser,
  login,
  menuText,
  newPage,
  openedDialog,
  screenshot as shoot,
} from './browser';

// Two townships' reports written for this test (fictional); the 柳溪镇 one repeats one passage of the 青石镇 one.
const SHARED =
  '坚持把矛盾纠纷多元化解作为基层治理的基础性工作，依托镇村两级调解组织和网格员队伍，建立健全“早排查、早介入、早化解”工作机制，对排查出的邻里纠纷、婚姻家庭纠纷和土地权属纠纷逐一建立台账，明确包案领导和化解时限，做到小事不出村、大事不出镇、矛盾不上交。';

const QINGSHI = `青石镇人民政府关于2025年度法治政府建设情况的报告

县委全面依法治县委员会办公室：
2025年，青石镇在县委、县政府的领导下，紧紧围绕法治政府建设年度目标任务，把依法行政贯穿于镇域治理各个环节，各项工作取得了新的进展。现将有关情况报告如下。

一、主要举措和成效
（一）规范重大行政决策。严格执行重大行政决策程序，凡提交镇党委会、镇长办公会研究的重大事项，事先均经过合法性审查。全年聘请法律顾问1名，审核镇政府签订的各类合同17份。
（二）抓好干部学法用法。全年组织党委理论学习中心组集体学法4次，举办干部法治专题讲座3场。组织全镇干部参加年度学法考试，参考86人，合格85人，考试合格率98.8%。
（三）深化普法宣传教育。围绕宪法宣传周、民法典宣传月等节点，全年开展普法宣传活动26场次，发放宣传资料4000余份，在各村设立法治宣传栏12块。
（四）推进矛盾纠纷化解。${SHARED}全年共排查调处矛盾纠纷132件，调解成功128件，调解成功率97%。全年受理信访事项21件，按期办结21件，信访办结率100%。
（五）规范行政执法行为。进一步完善镇综合行政执法工作治度，全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，全年未发生行政复议被纠错和行政诉讼败诉案件。

二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长认真履行推进法治建设第一责任人职责，全年主持召开专题会议研究法治建设工作3次，带头参加集体学法，对重大信访案件亲自包案化解，年底在镇党委会上专题述法。

三、存在的不足和原因
一是部分村干部依法办事意识还不够强，遇到问题习惯凭经验处理。二是综合行政执法队伍人员少、专业力量不足，执法文书制作还不够规范。三是普法宣传形式较为单一，针对外出务工人员的宣传覆盖不够。

四、2026年工作安排
一是持续抓好干部学法，把法治教育纳入村干部培训的必修内容。二是加强综合行政执法队伍建设，开展执法案卷评查。三是创新普法方式，利用微信群和村广播开展经常性法治宣传。

青石镇人民政府
2026年1月15日
`;

const LIUXI = `柳溪镇人民政府关于2025年度法治政府建设工作的报告

县委全面依法治县委员会办公室：
2025年，柳溪镇认真贯彻落实上级关于法治政府建设的部署要求，坚持依法决策、严格执法、主动公开，法治政府建设工作稳步推进。现将有关情况报告如下。

一、主要工作开展情况
（一）强化组织领导。调整充实镇法治建设领导小组，将法治政府建设纳入全镇年度综合考核，全年召开领导小组会议2次。
（二）加强普法宣传。结合“法律进乡村”活动，全年开展普法宣传活动18场次，组织法律知识讲座6场，受教育群众2300余人次。
（三）化解矛盾纠纷。${SHARED}全年共排查调处矛盾纠纷97件，调解成功93件，调解成功率95.9%。
（四）推进政务公开。通过镇政府网站和政务公开栏及时公开财政预决算、惠民补贴发放等信息，全年主动公开政府信息156条。

二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长把法治建设摆在全局工作的重要位置，亲自部署重要工作、亲自协调重大问题，全年带头开展法治讲座2次。

三、存在的问题和不足
一是基层法治人才缺乏，村级法律顾问作用发挥不够充分。二是行政执法人员培训不够系统，执法能力有待提高。

四、下一年度工作计划
一是加强法治人才队伍建设。二是推进执法规范化建设。三是持续深化普法宣传，推动法律服务向村组延伸。

柳溪镇人民政府
2026年1月20日
`;

const FILES = [
  { name: '青石镇2025年度法治政府建设情况报告.txt', mimeType: 'text/plain', buffer: Buffer.from(QINGSHI) },
  { name: '柳溪镇2025年度法治政府建设工作报告.txt', mimeType: 'text/plain', buffer: Buffer.from(LIUXI) },
  { name: '空白报告.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
];

let browser: Browser;
let page: Page;

const screenshot = (name: string) => shoot(page, name);

async function logout() {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL('**/login');
}

async function openMenu(label: string, path: string) {
  await page.locator('.ant-layout-sider').getByRole('menuitem', { name: label }).click();
  await page.waitForURL(`**${path}`);
}

const row = (text: string) => page.locator('.ant-table-row').filter({ hasText: text });

describe('report review and rectification', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a batch as the county reviewer and shows the review table', async () => {
    await page.goto('/login');
    await login(page, 'county_reviewer', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const menu = await menuText(page);
    expect(menu).toContain('报告审查');
    expect(menu).toContain('整改事项');
    await openMenu('报告审查', '/review');

    await page.locator('.ant-upload input[type=file]').setInputFiles(FILES);
    await page.getByRole('button', { name: /开始审查（3 个文件）/ }).click();
    await page.getByText(/已审查 3 份报告/).waitFor({ timeout: 30_000 });

    const qingshi = row('青石镇2025年度');
    await qingshi.waitFor();
    const qText = (await qingshi.textContent()) ?? '';
    expect(qText).toContain('青石镇');
    expect(qText).toContain('2025');
    expect(qText).not.toContain('未匹配');
    expect(qText).toContain('132件');
    expect(qText).toContain('98.8%');
    // the passage 柳溪镇 repeats is counted on both reports
    expect(Number(await qingshi.getByTestId('copy-count').textContent())).toBeGreaterThan(0);
    await row('柳溪镇2025年度').waitFor();

    const empty = row('空白报告.txt');
    const error = empty.locator('.ant-typography-danger');
    expect(((await error.textContent()) ?? '').trim().length).toBeGreaterThan(1);
    expect(await empty.getByRole('link', { name: '查看' }).count()).toBe(0);
    await screenshot('review-list');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出审查表/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^报告审查表.*\.xlsx$/);
    expect(await download.failure()).toBeNull();
  });

  it('flags a second copy of a file, reassigns a report to its township and deletes the copy (issue 15 §17)', async () => {
    // 柳溪镇's report again under another name, and a report whose heading names no township of the county
    const stray = LIUXI.replaceAll('柳溪镇', '柳西镇');
    await page.locator('.ant-upload input[type=file]').setInputFiles([
      { name: '柳溪镇报告（再传）.txt', mimeType: 'text/plain', buffer: Buffer.from(LIUXI) },
      { name: '柳西镇2025年度报告.txt', mimeType: 'text/plain', buffer: Buffer.from(stray) },
    ]);
    await page.getByRole('button', { name: /开始审查（2 个文件）/ }).click();
    await page.getByText(/已审查 2 份报告/).waitFor({ timeout: 30_000 });
    const again = row('柳溪镇报告（再传）');
    await again.getByTestId('duplicate-tag').waitFor();
    expect(await row('柳溪镇2025年度').getByTestId('duplicate-tag').count()).toBe(0);

    const strayRow = row('柳西镇2025年度报告');
    await strayRow.getByText('未匹配到本辖区单位').waitFor();
    await strayRow.getByRole('button', { name: '改派' }).click();
    const move = await openedDialog(page, '改派报告：柳西镇2025年度报告.txt');
    await move.getByLabel('所属乡镇').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('柳溪镇').click();
    await move.getByLabel('改派原因').fill('报告标题把柳溪镇误写为柳西镇');
    await move.getByRole('button', { name: /改\s*派/ }).click();
    await move.waitFor({ state: 'hidden' });
    await strayRow.getByText('柳溪镇', { exact: true }).waitFor();
    expect(await strayRow.getByText('未匹配到本辖区单位').count()).toBe(0);

    await again.getByRole('button', { name: '删除' }).click();
    const drop = await openedDialog(page, '删除报告：柳溪镇报告（再传）.txt');
    await drop.getByRole('button', { name: /删\s*除/ }).click();
    await drop.getByText('请填写删除原因').waitFor();
    await drop.getByLabel('删除原因').fill('同一文件重复上传');
    await drop.getByRole('button', { name: /删\s*除/ }).click();
    await drop.waitFor({ state: 'hidden' });
    await again.waitFor({ state: 'detached' });
    // back to every report
    await page.locator('.ant-tag').filter({ hasText: '仅看本次上传' }).locator('.ant-tag-close-icon').click();
    await row('青石镇2025年度').waitFor();
  });

  it('opens 青石镇’s report, finds the typo and issues a rectification', async () => {
    await row('青石镇2025年度').getByRole('link', { name: '查看' }).click();
    await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
    const text = page.getByTestId('report-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('工作治度');
    // the figures and the copied passage are highlighted in the text
    expect(await text.locator('[data-marks^="i"]').count()).toBeGreaterThan(3);
    expect(await text.locator('[data-marks*="c"]').count()).toBeGreaterThan(0);

    // indicator names come from the catalog: no key such as dispute.handled on the page (issue 15 §17)
    await page.getByRole('tab', { name: /指标/ }).click();
    const figures = page.getByRole('tabpanel', { name: /指标/ });
    await figures.locator('.ant-table-row').first().waitFor();
    expect(await figures.textContent()).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);

    await page.getByRole('tab', { name: /雷同/ }).click();
    const copy = page.getByTestId('copy-item').first();
    await copy.getByText(/柳溪镇/).waitFor();

    await page.getByRole('tab', { name: /问题/ }).click();
    const typo = page.getByTestId('defect-item').filter({ hasText: '治度' });
    await typo.click();
    const mark = text.locator('[data-marks^="d"]').filter({ hasText: '治度' }).first();
    await mark.waitFor();
    await page.waitForFunction(
      (el) => {
        const box = el?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      },
      await mark.elementHandle(),
    );

    await typo.getByRole('button', { name: '下发整改' }).click();
    const dialog = await openedDialog(page, '下发整改：青石镇');
    const instruction = dialog.getByLabel('整改要求', { exact: true });
    expect(await instruction.inputValue()).toContain('治度');
    await instruction.fill('报告中“工作治度”应为“工作制度”，请核实原文并修改后重新报送。');
    await dialog.getByRole('button', { name: /下\s*发/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await typo.getByText(/已下发/).waitFor();
    await screenshot('review-report');

    // a copied passage becomes a 整改 item in one step (issue 15 §17)
    await page.getByRole('tab', { name: /雷同/ }).click();
    await copy.getByTestId('copy-issue').click();
    const copyDialog = await openedDialog(page, '下发整改：青石镇');
    expect(await copyDialog.getByLabel('整改要求', { exact: true }).inputValue()).toContain('雷同');
    await copyDialog.getByRole('button', { name: /下\s*发/ }).click();
    await copyDialog.waitFor({ state: 'hidden' });
    await copy.getByText(/已下发/).waitFor();
  });

  it('lets the 青石镇 clerk answer the item', async () => {
    await logout();
    await login(page, 'qingshi_clerk', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    const menu = await menuText(page);
    expect(menu).toContain('整改事项');
    expect(menu).not.toContain('报告审查');
    // the item and its deadline are in 待办, with the working days left (issue 15 §9)
    await page.goto('/todo');
    const todo = row('工作制度').filter({ hasText: '整改事项' });
    expect(await todo.getByTestId('todo-reason').textContent()).toMatch(/^待整改，期限.+，剩余\d+个工作日$/);
    await todo.getByRole('link').click();
    await page.waitForURL('**/rectifications?status=open');

    const item = row('工作制度');
    await item.getByText('待整改').waitFor();
    await item.getByRole('button', { name: '反馈' }).click();
    const dialog = await openedDialog(page, '反馈整改情况');
    await dialog
      .getByLabel('整改情况', { exact: true })
      .fill('已将报告中的错别字改正，并由党政办复核全文后重新报送。');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '青石镇2025年度报告（修改稿）.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(QINGSHI.replace('工作治度', '工作制度')),
    });
    await dialog.getByRole('button', { name: /提交反馈/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-segmented').getByText('全部', { exact: true }).click();
    await item.getByText('已反馈').waitFor();
    await item
      .getByTestId('rectification-attachment')
      .getByText('青石镇2025年度报告（修改稿）.txt')
      .waitFor();
    expect(await item.getByRole('button', { name: '反馈' }).count()).toBe(0);
  });

  it('lets the reviewer close the answered item, with its history', async () => {
    await logout();
    await login(page, 'county_reviewer', DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/');
    // the answered item waits for 销号 in the reviewer's 待我处理
    await page.goto('/todo?state=waiting');
    const todo = row('工作制度').filter({ hasText: '整改事项' });
    expect(await todo.getByTestId('todo-reason').textContent()).toBe('青石镇已反馈整改情况，待销号或退回');
    await todo.getByRole('link').click();
    await page.waitForURL('**/rectifications?status=answered');

    const item = row('工作制度');
    await item.getByText('已反馈').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByTestId('rectification-attachment').click(),
    ]);
    expect(download.suggestedFilename()).toBe('青石镇2025年度报告（修改稿）.txt');
    await page.locator('.ant-segmented').getByText('全部', { exact: true }).click();
    await item.getByRole('button', { name: '销号' }).click();
    const popover = page.locator('.ant-popover:visible');
    await popover.getByRole('button', { name: /确\s*定/ }).click();
    await popover.waitFor({ state: 'hidden' });
    await item.getByText('已销号').waitFor();
    // the tag fades from the 已反馈 colour to the 已销号 one (a CSS transition, not an antd motion class)
    await page.waitForTimeout(400);
    await screenshot('rectifications');

    await item.getByRole('button', { name: '历史' }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '整改事项' });
    for (const action of ['下发整改', '反馈整改情况', '销号'])
      await drawer.getByTestId('audit-entry').filter({ hasText: action }).first().waitFor();
    await screenshot('rectifications-history');
  });
});
