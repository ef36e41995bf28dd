import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { assignedTask } from './assignedTask';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };
const COUNTY = { role: 'county_reviewer' as Role };
const opts = { today: TODAY };

const input = (over: Record<string, unknown> = {}) => ({
  assignedOn: '2026-11-02',
  source: 'inspection',
  assigner: '县委依法治县办',
  title: '行政执法公示不及时',
  content: '2026年第三季度法治督察发现：3件处罚决定超期公示',
  dueOn: '2026-12-15',
  responsible: '综合行政执法办',
  ...over,
});
const record = (over: Record<string, unknown> = {}): RecordState => {
  const r = validateRecord(assignedTask, input(over), { today: TODAY });
  if (r.issues.length) throw new Error(JSON.stringify(r.issues));
  return { state: 'assigned', data: r.values, events: [] };
};
const step = (s: RecordState, action: string, payload: Record<string, unknown>, who: { role: Role }) => {
  const p = planAction(assignedTask, s, action, payload, who, opts);
  if (!p.ok) throw new Error(p.reason);
  return applyStep(s, p, p.event);
};

describe('上级交办与督察整改 (assigned_task)', () => {
  it('takes the deadline the assigner set, which may lie ahead but not before the assignment', () => {
    expect(validateRecord(assignedTask, input(), { today: TODAY }).issues).toEqual([]);
    expect(
      validateRecord(assignedTask, input({ dueOn: '2026-11-01' }), { today: TODAY }).issues.map(
        (i) => i.message,
      ),
    ).toEqual(['「完成（整改）期限」（2026-11-01）不能早于「交办日期」（2026-11-02）']);
    expect(
      validateRecord(assignedTask, input({ dueOn: undefined }), { today: TODAY }).issues.map(
        (i) => i.message,
      ),
    ).toEqual(['「完成（整改）期限」不能为空']);
  });

  it('only the assigner closes an item: the county for its own, the township leader for the plan', () => {
    const done = { doneOn: '2026-11-20', doneNote: '3件决定已补充公示，建立公示台账' };
    // a county item: the township reports to the county, not to its own leader
    expect(planAction(assignedTask, record(), 'report_own', done, CLERK, opts)).toMatchObject({
      ok: false,
      reason: '上级交办、督察反馈的事项请用“报送完成（整改）情况”，由县级销号',
    });
    const reported = step(record(), 'report', done, CLERK);
    expect(reported.state).toBe('reported');
    expect(
      planAction(assignedTask, reported, 'close', { closedOn: '2026-11-25' }, LEADER, opts),
    ).toMatchObject({
      ok: false,
      refusal: 'role',
    });
    expect(
      planAction(assignedTask, reported, 'close', { closedOn: '2026-11-19' }, COUNTY, opts),
    ).toMatchObject({
      ok: false,
      reason: '「销号日期」（2026-11-19）不能早于「报送日期」（2026-11-20）',
    });
    expect(step(reported, 'close', { closedOn: '2026-11-25' }, COUNTY).state).toBe('closed');

    // the township's own plan: its leader closes it, the county's step is refused
    const plan = record({ source: 'own_plan', assigner: '镇党委、镇政府' });
    expect(planAction(assignedTask, plan, 'report', done, CLERK, opts)).toMatchObject({
      ok: false,
      reason: '本级年度计划任务请用“报告完成情况”，由本级领导销号',
    });
    const own = step(plan, 'report_own', done, CLERK);
    expect(own.state).toBe('self_reported');
    expect(
      planAction(assignedTask, own, 'close_own', { closedOn: '2026-11-25' }, COUNTY, opts),
    ).toMatchObject({
      ok: false,
      refusal: 'role',
    });
    expect(step(own, 'close_own', { closedOn: '2026-11-25' }, LEADER).state).toBe('closed');
  });

  it('the clock runs to the deadline the assigner set and stops when the township reports', () => {
    // due 2026-12-15 (Tuesday): 11 working days after 11-30, so not yet 临期 (5 working days)
    expect(computeClocks(assignedTask, record(), { calendar, today: TODAY })).toEqual([
      expect.objectContaining({ name: 'due', due: '2026-12-15', state: 'normal', remaining: 11 }),
    ]);
    // reported before the deadline: the report stops it although it precedes the clock's date
    const early = step(record(), 'report', { doneOn: '2026-11-20', doneNote: '已整改' }, CLERK);
    expect(computeClocks(assignedTask, early, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      doneOn: '2026-11-20',
      late: false,
    });
    // a progress report does not stop it; a deadline passed without a report is 逾期
    const late = step(
      record({ dueOn: '2026-11-20' }),
      'progress',
      { progressOn: '2026-11-10', progressNote: '正在补充公示' },
      CLERK,
    );
    expect(computeClocks(assignedTask, late, { calendar, today: TODAY })[0]).toMatchObject({
      due: '2026-11-20',
      state: 'overdue',
    });
    // sent back: the same deadline runs again, and the second report comes after it
    const reported = step(
      record({ dueOn: '2026-11-20' }),
      'report',
      { doneOn: '2026-11-18', doneNote: '已整改' },
      CLERK,
    );
    const returned = step(reported, 'return', { returnReason: '公示台账未建立' }, COUNTY);
    expect(returned.state).toBe('assigned');
    expect(computeClocks(assignedTask, returned, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'overdue',
    });
    const again = step(returned, 'report', { doneOn: '2026-11-27', doneNote: '台账已建立' }, CLERK);
    expect(computeClocks(assignedTask, again, { calendar, today: TODAY })[0]).toMatchObject({
      state: 'done',
      doneOn: '2026-11-27',
      late: true,
    });
  });
});
