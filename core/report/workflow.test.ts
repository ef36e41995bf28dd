import { describe, expect, it } from 'vitest';
import { reportDeadlines } from './deadlines';
import { defaultIssuance, issuanceAfterSendBack } from './issuance';
import { availableReportActions, canEditReport, isFrozen, planReportAction } from './workflow';

const clerk = { role: 'township_clerk' as const, id: 'clerk-1' };
const leader = { role: 'township_leader' as const, id: 'leader-1' };
const ISSUED = {
  mainTo: '示例县委、示例县人民政府',
  signer: '王建国',
  meeting: {
    body: 'party_committee' as const,
    date: '2026-02-10',
    recordedBy: 'clerk-1',
    recordedAt: '2026-02-10T08:00:00Z',
  },
  secrecy: {
    reviewer: '李明',
    date: '2026-02-20',
    result: 'passed' as const,
    recordedBy: 'clerk-1',
    recordedAt: '2026-02-20T08:00:00Z',
  },
};
const reviewer = { role: 'county_reviewer' as const };

describe('annual report workflow', () => {
  it('goes draft → submitted → approved → reported → published with the right roles', () => {
    expect(planReportAction('draft', 'submit', clerk)).toEqual({ ok: true, to: 'submitted' });
    expect(planReportAction('submitted', 'approve', leader)).toEqual({ ok: true, to: 'approved' });
    expect(planReportAction('approved', 'report', clerk, { issuance: ISSUED })).toEqual({
      ok: true,
      to: 'reported',
    });
    expect(planReportAction('reported', 'publish', leader, { issuance: ISSUED })).toEqual({
      ok: true,
      to: 'published',
    });
  });

  it('refuses a clerk approving, naming who may', () => {
    const r = planReportAction('submitted', 'approve', clerk);
    expect(r).toMatchObject({ ok: false, why: 'role', reason: '只有乡镇领导可以批准' });
  });

  it('refuses a step from the wrong state with the state named', () => {
    const r = planReportAction('draft', 'publish', leader);
    expect(r).toMatchObject({ ok: false, why: 'state', reason: '报告当前为「草稿」，不能公开发布' });
  });

  it('wants a reason to send back, and clear checks to submit or approve', () => {
    expect(planReportAction('reported', 'send_back', reviewer, { reason: ' ' })).toMatchObject({
      why: 'reason',
    });
    expect(planReportAction('reported', 'send_back', reviewer, { reason: '年份写错' })).toEqual({
      ok: true,
      to: 'draft',
    });
    const blocked = planReportAction('draft', 'submit', clerk, { blockingChecks: 2 });
    expect(blocked).toMatchObject({ ok: false, why: 'checks' });
    expect(blocked.ok ? '' : blocked.reason).toContain('2 个');
  });

  it('freezes from approval on and lets only the township edit a draft', () => {
    expect([isFrozen('draft'), isFrozen('submitted'), isFrozen('approved'), isFrozen('published')]).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(canEditReport('draft', clerk)).toBe(true);
    expect(canEditReport('draft', reviewer)).toBe(false);
    expect(canEditReport('submitted', leader)).toBe(false);
    expect(availableReportActions('submitted', leader)).toEqual(['return', 'approve']);
    expect(availableReportActions('reported', reviewer)).toEqual(['send_back']);
  });
});

describe('who does what (issue 13 §3)', () => {
  it('refuses the person who submitted approving the same report, and lets another leader', () => {
    const own = planReportAction('submitted', 'approve', leader, { submittedBy: 'leader-1' });
    expect(own).toEqual({
      ok: false,
      why: 'issuance',
      reason: '提交审批的人不能同时审批同一报告，请由其他有权限的人员审批',
    });
    const other = { role: 'township_leader' as const, id: 'leader-2' };
    expect(planReportAction('submitted', 'approve', other, { submittedBy: 'leader-1' })).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it.each([
    [{}, '报送前须填写主送机关'],
    [{ mainTo: '示例县委、示例县人民政府' }, '报送前须填写签发人'],
    [
      { mainTo: '示例县委、示例县人民政府', signer: '王建国' },
      '报送前须记录报告经党委会或政府常务会议审议的情况（会议和日期）（《法治政府建设与责任落实督察工作规定》第二十五条）',
    ],
  ])('refuses 报送 without the addressing, the signer and the review: %o', (issuance, reason) => {
    expect(planReportAction('approved', 'report', clerk, { issuance })).toEqual({
      ok: false,
      why: 'issuance',
      reason,
    });
  });

  it('refuses 公开 without a passed 保密审查', () => {
    const { secrecy: _none, ...unreviewed } = ISSUED;
    expect(planReportAction('reported', 'publish', leader, { issuance: unreviewed })).toMatchObject({
      why: 'issuance',
      reason:
        '公开发布前须完成保密审查并记录审查人、日期和结论（《中华人民共和国政府信息公开条例》第十七条）',
    });
    const failed = { ...ISSUED, secrecy: { ...ISSUED.secrecy, result: 'failed' as const } };
    expect(planReportAction('reported', 'publish', leader, { issuance: failed })).toMatchObject({
      reason: '保密审查未通过，不能公开发布',
    });
  });

  it('forgets the review and the secrecy check when the county sends the report back', () => {
    expect(issuanceAfterSendBack(ISSUED)).toEqual({ mainTo: ISSUED.mainTo, signer: '王建国' });
  });

  it('addresses the county as 督察工作规定第二十五条 names it', () => {
    expect(defaultIssuance('示例县')).toEqual({
      mainTo: '示例县委、示例县人民政府',
      copyTo: '示例县委依法治县办',
    });
    expect(defaultIssuance('柳河区')).toEqual({
      mainTo: '柳河区委、柳河区人民政府',
      copyTo: '柳河区委依法治区办',
    });
  });
});

describe('annual report deadlines', () => {
  it('is due the day before the county date and before 1 April of the next year', () => {
    const [submit, publish] = reportDeadlines(2025);
    expect(submit?.due).toBe('2026-02-28');
    expect(publish?.due).toBe('2026-03-31');
    expect(publish?.explanation).toContain('2026年4月1日前');
  });

  it('follows a county date and leap years', () => {
    const [submit] = reportDeadlines(2027, { month: 3, day: 1 });
    expect(submit?.due).toBe('2028-02-29');
    const [early] = reportDeadlines(2025, { month: 2, day: 15 });
    expect(early?.due).toBe('2026-02-14');
  });
});
