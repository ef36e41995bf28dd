import { describe, expect, it } from 'vitest';
import { pageTitle } from './pageTitle';

describe('pageTitle', () => {
  it.each([
    ['/', '工作台 - 法治政府建设工作平台'],
    ['/todo', '待办 - 法治政府建设工作平台'],
    ['/ledgers/enforcement_case', '执法案件 - 法治政府建设工作平台'],
    ['/ledgers/dispute/0b1c', '矛盾纠纷详情 - 法治政府建设工作平台'],
    ['/admin/ledger-settings/', '县级设置 - 法治政府建设工作平台'],
    ['/intake/360101001', '码上申请 - 法治政府建设工作平台'],
    ['/intake/status', '办理进度查询 - 法治政府建设工作平台'],
    ['/public/reports/abc', '法治政府建设年度报告 - 法治政府建设工作平台'],
    ['/no/such/page', '页面不存在 - 法治政府建设工作平台'],
  ])('%s → %s', (path, title) => {
    expect(pageTitle(path)).toBe(title);
  });
});
