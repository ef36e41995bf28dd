import { describe, expect, it } from 'vitest';
import { reportDeadlines } from './deadlines';
import { availableReportActions, canEditReport, isFrozen, planReportAction } from './workflow';

const clerk = { role: 'township_clerk' as const };
const leader = { role: 'township_leader' as const };
const reviewer = { role: 'county_reviewer' as const };

describe('annual report workflow', () => {
  it('goes draft → submitted → approved → reported → published with the right roles', () => {
    expect(planReportAction('draft', 'submit', clerk)).toEqual({ ok: true, to: 'submitted' });
    expect(planReportAction('submitted', 'approve', leader)).toEqual({ ok: true, to: 'approved' });
    expect(planReportAction('approved', 'report', clerk)).toEqual({ ok: true, to: 'reported' });
    expect(planReportAction('reported', 'publish', leader)).toEqual({ ok: true, to: 'published' });
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
