import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import type { RefRecord } from '../types';
import { applyStep, planAction, type RecordState } from '../workflow';
import { riskAssessment } from './riskAssessment';

const TODAY = '2026-03-05';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };
const LEADER = { role: 'township_leader' as Role };

const ref = (id: string, kind: string, state: string, title: string): RefRecord => ({
  id,
  kind,
  title,
  state,
  data: {},
});
const REFS = new Map(
  [
    ref('d1', 'dispute', 'mediating', '纠〔2026〕3号'),
    ref('d2', 'dispute', 'closed', '纠〔2026〕1号'),
    ref('p1', 'petition', 'accepted', '访〔2026〕2号'),
    ref('p2', 'petition', 'replied', '访〔2026〕1号'),
  ].map((r) => [r.id, r]),
);

function plan(r: RecordState, action: string, input: Record<string, unknown>, who = CLERK, today = TODAY) {
  return planAction(riskAssessment, r, action, input, who, {
    today,
    calendar,
    settings: {},
    refRecords: REFS,
  });
}
function step(r: RecordState, action: string, input: Record<string, unknown>, who = CLERK, today = TODAY) {
  const p = plan(r, action, input, who, today);
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function record(input: Record<string, unknown> = {}): RecordState {
  const { values, issues } = validateRecord(
    riskAssessment,
    {
      identifiedOn: '2026-03-02',
      meeting: 'monthly',
      name: '赵某',
      idNumber: '110101199003074514',
      riskTypes: ['imbalanced', 'paranoid'],
      level: 'high',
      situation: '因宅基地纠纷长期心态失衡，多次扬言过激',
      measures: '包村干部每周走访，司法所组织调解',
      responsible: '副镇长 刘芳',
      disputes: ['d1', 'd2'],
      petitions: ['p1'],
      ...input,
    },
    { today: TODAY, refRecords: REFS },
  );
  expect(issues).toEqual([]);
  return { state: riskAssessment.initialState, data: values, events: [] };
}

const reviewClock = (r: RecordState, today = TODAY, settings: Record<string, number> = {}) =>
  computeClocks(riskAssessment, r, { calendar, today, settings }).filter((c) => c.name.startsWith('review_'));

describe('重点人员与矛盾风险研判', () => {
  it.each([
    // identified 2026-03-02 (Mon): high + 7 = 03-09 (Mon), medium + 15 = 03-17 (Tue), low + 30 = 04-01 (Wed)
    ['high', '2026-03-09', 7],
    ['medium', '2026-03-17', 15],
    ['low', '2026-04-01', 30],
  ])('review: the next review falls due by level, from the latest review (%s → %s)', (level, due, days) => {
    const clocks = reviewClock(record({ level }));
    // one clock runs, the one of the record's level
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ name: `review_${level}`, start: '2026-03-02', due, days });
  });

  it('review: a review restarts the clock from its date at the level it sets; a county sets the periods', () => {
    const r = record();
    // reviewed 2026-03-10 (Tue), lowered to medium: next due 03-25 (Wed)
    const reviewed = step(
      r,
      'review',
      { reviewedOn: '2026-03-10', level: 'medium', reviewNote: '情绪趋稳' },
      CLERK,
      '2026-03-10',
    );
    expect(reviewed.data.level).toBe('medium');
    expect(reviewClock(reviewed, '2026-03-10')).toMatchObject([
      { name: 'review_medium', start: '2026-03-10', due: '2026-03-25' },
    ]);
    // a county reviewing medium risks every 10 days: 03-20 (Fri)
    expect(reviewClock(reviewed, '2026-03-10', { 'risk_assessment.review_medium_days': 10 })).toMatchObject([
      { due: '2026-03-20', days: 10 },
    ]);
    // the first review is kept in the event list
    expect(reviewed.events).toMatchObject([
      { action: 'review', on: '2026-03-10', payload: { level: 'medium' } },
    ]);
    // resolved: no clock is left running
    const resolved = step(
      reviewed,
      'resolve',
      { resolvedOn: '2026-03-20', resolveNote: '纠纷调解成功' },
      LEADER,
      '2026-03-20',
    );
    expect(reviewClock(resolved, '2026-04-30').map((c) => c.state)).toEqual(['done']);
  });

  it('resolve: warns (without refusing) while linked disputes or petitions are still open', () => {
    const p = plan(record(), 'resolve', { resolvedOn: '2026-03-04', resolveNote: '已稳控' }, LEADER);
    expect(p).toMatchObject({
      ok: true,
      to: 'resolved',
      warning: '关联事项尚未办结：纠〔2026〕3号、访〔2026〕2号',
    });
    const settled = plan(
      record({ disputes: ['d2'], petitions: ['p2'] }),
      'resolve',
      { resolvedOn: '2026-03-04', resolveNote: '已化解' },
      LEADER,
    );
    expect(settled).toMatchObject({ ok: true, warning: null });
    // a clerk records reviews but does not 销号
    expect(plan(record(), 'resolve', { resolvedOn: '2026-03-04', resolveNote: '已化解' })).toMatchObject({
      ok: false,
      refusal: 'role',
    });
  });

  it('links only disputes and petitions the township holds', () => {
    const { issues } = validateRecord(
      riskAssessment,
      { ...record().data, disputes: ['nope'] },
      { today: TODAY, refRecords: REFS },
    );
    expect(issues.map((i) => i.field)).toEqual(['disputes']);
    expect(issues[0]?.message).toContain('关联矛盾纠纷');
  });
});
