import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { RefRecord } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { villageRule } from './villageRule';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const JUDICIAL = { role: 'judicial_office' as Role };

function step(r: RecordState, action: string, input: Record<string, unknown>, who = JUDICIAL): RecordState {
  const p = planAction(villageRule, r, action, input, who, { today: TODAY, calendar, settings: {} });
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

const BASE = {
  village: 'v1',
  docType: 'rules',
  title: '青石村村规民约',
  meeting: 'representatives',
  adoptedOn: '2026-02-26',
  submittedOn: '2026-03-02',
};

function create(input: Record<string, unknown> = {}, refs: RefRecord[] = []) {
  return validateRecord(
    villageRule,
    { ...BASE, ...input },
    { today: TODAY, refRecords: new Map(refs.map((r) => [r.id, r])) },
  );
}
const record = (input: Record<string, unknown> = {}): RecordState => {
  const { values, issues } = create(input);
  expect(issues).toEqual([]);
  return { state: villageRule.initialState, data: values, events: [] };
};
const clock = (r: RecordState, name: string, settings: Record<string, number> = {}) =>
  computeClocks(villageRule, r, { calendar, today: TODAY, settings }).find((c) => c.name === name);

describe('村规民约备案审查 (《村民委员会组织法》2018 第二十七条)', () => {
  it('review: 30 days from submission by default, again from a resubmission', () => {
    // submitted 2026-03-02 (Mon) + 30 = 04-01 (Wed), a working day
    const r = record();
    expect(clock(r, 'review')).toMatchObject({
      start: '2026-03-02',
      due: '2026-04-01',
      days: 30,
      state: 'overdue',
    });
    // a county that gives 20 days: 03-22 is a Sunday, so the deadline moves to 03-23 (Mon)
    expect(clock(r, 'review', { 'village_rule.review_days': 20 })).toMatchObject({
      due: '2026-03-23',
      days: 20,
    });
    // ordered to correct on 03-16: the review clock stops, in time
    const ordered = step(r, 'order_correction', {
      correctionOrderedOn: '2026-03-16',
      problems: ['property'],
      correctionNote: '第八条以罚款代替管理，侵犯村民财产权利，应删除',
    });
    expect(ordered.state).toBe('correcting');
    expect(clock(ordered, 'review')).toMatchObject({ state: 'done', doneOn: '2026-03-16', late: false });
    // the corrected version comes back on 06-01 (Mon): reviewed again within 30 days, by 07-01 (Wed)
    const back = step(
      ordered,
      'resubmit',
      { resubmittedOn: '2026-06-01', resubmitNote: '已删除第八条' },
      CLERK,
    );
    expect(back.state).toBe('submitted');
    expect(clock(back, 'review')).toMatchObject({ start: '2026-06-01', due: '2026-07-01' });
    const filed = step(back, 'file', {
      reviewedOn: '2026-06-15',
      reviewer: '司法所 李明',
      opinion: '未发现违法内容',
    });
    expect(filed.state).toBe('filed');
    expect(clock(filed, 'review')).toMatchObject({ state: 'done', doneOn: '2026-06-15', late: false });
  });

  it('correction: 30 days from the order by default', () => {
    // ordered 2026-03-16 (Mon) + 30 = 04-15 (Wed)
    const ordered = step(record(), 'order_correction', {
      correctionOrderedOn: '2026-03-16',
      problems: ['conflict', 'procedure'],
      correctionNote: '表决未达法定人数；第五条与土地承包法相抵触',
    });
    expect(clock(ordered, 'correction')).toMatchObject({ due: '2026-04-15', days: 30, state: 'overdue' });
    const back = step(
      ordered,
      'resubmit',
      { resubmittedOn: '2026-04-10', resubmitNote: '已重新表决' },
      CLERK,
    );
    expect(clock(back, 'correction')).toMatchObject({ state: 'done', doneOn: '2026-04-10', late: false });
  });

  it('order_correction: the township orders a correction and names the problems', () => {
    const r = record();
    const none = planAction(
      villageRule,
      r,
      'order_correction',
      { correctionOrderedOn: '2026-03-16' },
      JUDICIAL,
      {
        today: TODAY,
        calendar,
      },
    );
    expect(none).toMatchObject({ ok: false, refusal: 'invalid' });
    expect(none.ok ? '' : none.reason).toContain('存在问题');
    // a clerk registers the village's submission but does not review it
    const clerk = planAction(
      villageRule,
      r,
      'file',
      { reviewedOn: '2026-03-10', reviewer: '甲', opinion: '同意' },
      CLERK,
      {
        today: TODAY,
        calendar,
      },
    );
    expect(clerk).toMatchObject({ ok: false, refusal: 'role' });
  });

  it('a revision names the earlier version of the same village and type, adopted before it', () => {
    const prev = (data: Record<string, unknown>): RefRecord => ({
      id: 'r1',
      kind: 'village_rule',
      title: '青石村村规民约',
      state: 'filed',
      data: { ...BASE, adoptedOn: '2023-05-10', ...data },
    });
    expect(create({ previous: 'r1' }, [prev({})]).issues).toEqual([]);
    expect(create({ previous: 'r1' }, [prev({ village: 'v2' })]).issues).toEqual([
      { field: 'previous', message: '上一版本「青石村村规民约」不是本村（社区）的' },
    ]);
    expect(create({ previous: 'r1' }, [prev({ docType: 'charter' })]).issues[0]?.message).toBe(
      '上一版本「青石村村规民约」是村民自治章程，与本件类型不同',
    );
    expect(create({ previous: 'r1' }, [prev({ adoptedOn: '2026-02-26' })]).issues[0]?.message).toBe(
      '表决通过日期 应晚于上一版本的表决通过日期',
    );
    expect(villageRule.list.title({ ...BASE, previous: 'r1' })).toBe('青石村村规民约（修订）');
  });

  it('a filed version is repealed, never deleted', () => {
    const filed = step(record(), 'file', {
      reviewedOn: '2026-03-10',
      reviewer: '法律顾问 王芳',
      opinion: '合法',
    });
    expect(villageRule.undeletable?.states).toContain(filed.state);
    const repealed = step(filed, 'repeal', { repealedOn: '2026-10-08', repealReason: 'revised' }, CLERK);
    expect(repealed.state).toBe('repealed');
  });
});
