import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar';
import type { Role } from '../roles';
import { type ClockView, clockDays, computeClocks } from './clocks';
import { dispute } from './kinds/dispute';
import { mediationCommittee } from './kinds/mediationCommittee';
import { petition } from './kinds/petition';
import { validateRecord } from './record';
import type { LedgerKind } from './types';
import { applyStep, planAction, type RecordState } from './workflow';

/**
 * Every expected date below was worked out by hand from the State Council's 2026 schedule:
 * 元旦 1.1–1.3 (work Sun 1.4); 春节 2.15–2.23 (work Sat 2.14, Sat 2.28); 清明 4.4–4.6;
 * 劳动节 5.1–5.5 (work Sat 5.9); 端午 6.19–6.21; 中秋 9.25–9.27; 国庆 10.1–10.7 (work Sun 9.20,
 * Sat 10.10). 2027 has no schedule yet.
 */
const calendar = new WorkCalendar();
const LEADER = { role: 'township_leader' as Role };

function step(
  kind: LedgerKind,
  r: RecordState,
  action: string,
  input: Record<string, unknown> = {},
  today?: string,
) {
  // the step is recorded on its own date (or on `today` for undated steps such as 延期 and 结案)
  const dated = Object.values(input).filter(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v),
  );
  const on = today ?? dated.sort().at(-1) ?? '2026-12-31';
  const p = planAction(kind, r, action, input, LEADER, { today: on });
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function created(kind: LedgerKind, input: Record<string, unknown>): RecordState {
  const { values, issues } = validateRecord(kind, input, { today: '2026-12-31' });
  expect(issues).toEqual([]);
  return { state: kind.initialState, data: values, events: [] };
}

const newPetition = (receivedOn: string, origin = 'forwarded') =>
  created(petition, {
    receivedOn,
    channel: 'letter',
    origin,
    people: 1,
    parties: [{ name: '王五' }],
    subject: '低保评定',
    category: 'welfare',
    content: '反映低保评定不公',
  });

const newDispute = (registeredOn: string) =>
  created(dispute, {
    registeredOn,
    source: 'screening',
    type: 'neighbour',
    parties: [{ name: '张三' }, { name: '李四' }],
    summary: '排水沟堵塞引发争执',
    riskLevel: 'low',
  });

function clocks(kind: LedgerKind, r: RecordState, today: string, settings?: Record<string, number>) {
  return computeClocks(kind, r, { calendar, today, ...(settings ? { settings } : {}) });
}

function clock(
  kind: LedgerKind,
  r: RecordState,
  name: string,
  today: string,
  settings?: Record<string, number>,
) {
  const c = clocks(kind, r, today, settings).find((x) => x.name === name);
  if (!c) throw new Error(`no clock ${name}`);
  return c;
}

const pick = (c: ClockView) => ({ start: c.start, due: c.due, days: c.days, state: c.state });

describe('信访: 书面告知 within 15 days of receipt (第二十三条)', () => {
  it.each<[string, string, string]>([
    // 1.30 + 15 = 2.14, a 调休 Saturday: a working day, so the period ends there
    ['2026-01-30', '2026-02-14', '2026年2月14日为调休上班日'],
    // 9.16 + 15 = 10.1, 国庆 10.1–10.7: moves to Thursday 10.8
    ['2026-09-16', '2026-10-08', '国庆节'],
    // 3.20 + 15 = 4.4, 清明 4.4–4.6: moves to Tuesday 4.7
    ['2026-03-20', '2026-04-07', '法定节假日3天（清明）'],
    // 6.3 + 15 = 6.18, a Thursday: stays
    ['2026-06-03', '2026-06-18', '截止2026年6月18日（星期四）'],
    // 12.20 + 15 = 2027-01-04: 2027 has no schedule (provisional)
    ['2026-12-20', '2027-01-04', '暂估'],
  ])('received %s → due %s', (receivedOn, due, phrase) => {
    const c = clock(petition, newPetition(receivedOn, 'direct'), 'notice', receivedOn);
    expect(c.due).toBe(due);
    expect(c.days).toBe(15);
    expect(c.basis).toBe('calendar');
    expect(c.explanation).toContain('《信访工作条例》第二十三条');
    expect(c.explanation).toContain(phrase);
  });

  it('the moved deadline is explained with 民法典第二百零三条 and the new date in Chinese', () => {
    const c = clock(petition, newPetition('2026-09-16', 'direct'), 'notice', '2026-09-17');
    expect(c.explanation).toContain('期满日2026年10月1日');
    expect(c.explanation).toContain('第二百零三条');
    expect(c.explanation).toContain('2026年10月8日');
  });

  it.each<[string, string, number | undefined, string]>([
    ['2026-02-02', 'normal', 10, '剩余10个工作日'], // 2.3–2.6, 2.9–2.14
    ['2026-02-11', 'due_soon', 3, '剩余3个工作日'], // 2.12, 2.13, 2.14
    ['2026-02-14', 'due_soon', 0, '今天到期'],
    // 2.15 is 春节: overdue by a calendar day, but no working day has passed since the due date
    ['2026-02-15', 'overdue', 0, '已逾期1日'],
    ['2026-02-24', 'overdue', -1, '已逾期10日'], // 2.24 is the first working day after 春节
  ])('received 2026-01-30, today %s → %s', (today, state, remaining, tail) => {
    const c = clock(petition, newPetition('2026-01-30', 'direct'), 'notice', today);
    expect(c.state).toBe(state);
    expect((c.remaining ?? Number.NaN) + 0).toBe(remaining); // + 0: -0 reads as 0
    expect(c.explanation).toContain(tail);
  });

  it('done on time, and done late', () => {
    const r = newPetition('2026-01-30', 'direct');
    const onTime = step(petition, r, 'accept', { acceptedOn: '2026-02-13', noticeOn: '2026-02-14' });
    expect(clock(petition, onTime, 'notice', '2026-03-01')).toMatchObject({
      state: 'done',
      doneOn: '2026-02-14',
      late: false,
    });
    expect(clock(petition, onTime, 'notice', '2026-03-01').explanation).toContain(
      '已于2026年2月14日按期完成',
    );
    const late = step(petition, r, 'accept', { acceptedOn: '2026-02-24', noticeOn: '2026-02-25' });
    const c = clock(petition, late, 'notice', '2026-03-01');
    expect(c).toMatchObject({ state: 'done', doneOn: '2026-02-25', late: true });
    expect(c.explanation).toContain('超期11日');
    expect(c.remaining).toBeUndefined();
  });

  it('not accepting or objecting also completes it', () => {
    const r = newPetition('2026-03-05');
    const no = step(petition, r, 'not_accept', { notAcceptedOn: '2026-03-09', notAcceptedReason: 'handled' });
    expect(clock(petition, no, 'notice', '2026-04-01')).toMatchObject({
      state: 'done',
      doneOn: '2026-03-09',
    });
  });
});

describe('信访: 异议期 of 5 working days, forwarded items only (第二十三条第三款)', () => {
  it('received Thursday 2026-02-12: 2.13, 2.14 (调休), then 春节, 2.24, 2.25, 2.26', () => {
    const c = clock(petition, newPetition('2026-02-12', 'forwarded'), 'objection', '2026-02-13');
    expect(pick(c)).toEqual({ start: '2026-02-12', due: '2026-02-26', days: 5, state: 'normal' });
    expect(c.basis).toBe('working');
    expect(c.explanation).toContain('第二十三条第三款');
    expect(c.explanation).toContain('春节');
    expect(c.explanation).toContain('2026年2月26日');
    expect(c.explanation).toContain('2026年2月14日为调休上班日');
    expect(c.remaining).toBe(4); // 2.14, 2.24, 2.25, 2.26
    // dueSoon 2: 临期 from 2.24 (2.25 and 2.26 left)
    expect(clock(petition, newPetition('2026-02-12'), 'objection', '2026-02-23').state).toBe('normal');
    expect(clock(petition, newPetition('2026-02-12'), 'objection', '2026-02-24').state).toBe('due_soon');
    expect(clock(petition, newPetition('2026-02-12'), 'objection', '2026-02-27').state).toBe('overdue');
  });

  it('runs for assigned items too, never for direct ones (`when`)', () => {
    const names = (origin: string) =>
      clocks(petition, newPetition('2026-02-12', origin), '2026-02-13').map((c) => c.name);
    expect(names('forwarded')).toEqual(['notice', 'objection']);
    expect(names('assigned')).toEqual(['notice', 'objection']);
    expect(names('direct')).toEqual(['notice']);
  });

  it('an objection ends both the window and the notice clock', () => {
    const r = step(petition, newPetition('2026-02-12'), 'object', {
      objectedOn: '2026-02-24',
      objectionReason: '属于县级部门职权',
    });
    expect(r.state).toBe('objected');
    for (const c of clocks(petition, r, '2026-03-10'))
      expect(c).toMatchObject({ state: 'done', doneOn: '2026-02-24' });
  });
});

describe('信访: 办理期限 60 days from acceptance, one extension ≤ 30 days (第三十四条)', () => {
  // accepted Tuesday 2026-03-10: + 60 = 5.9, the 调休 Saturday after 劳动节 → stays
  const accepted = () =>
    step(petition, newPetition('2026-03-05'), 'accept', { acceptedOn: '2026-03-10', noticeOn: '2026-03-10' });

  it('due 2026-05-09, a 调休 Saturday', () => {
    const c = clock(petition, accepted(), 'handling', '2026-03-11');
    expect(pick(c)).toEqual({ start: '2026-03-10', due: '2026-05-09', days: 60, state: 'normal' });
    expect(c.explanation).toContain('《信访工作条例》第三十四条');
    expect(c.explanation).toContain('2026年5月9日为调休上班日');
  });

  it('over the 劳动节 holiday when accepted 2026-03-02: 5.1 → 5.6', () => {
    const r = step(petition, newPetition('2026-02-26'), 'accept', {
      acceptedOn: '2026-03-02',
      noticeOn: '2026-03-02',
    });
    const c = clock(petition, r, 'handling', '2026-03-03');
    expect(c.due).toBe('2026-05-06');
    expect(c.explanation).toContain('劳动节');
  });

  it.each<[string, string, number]>([
    ['2026-04-24', 'normal', 8], // 4.27–4.30, 5.6–5.9
    ['2026-05-01', 'due_soon', 4], // dueSoon 5: 5.6, 5.7, 5.8, 5.9
    ['2026-05-09', 'due_soon', 0],
    ['2026-05-12', 'overdue', -2], // 5.11, 5.12
  ])('today %s → %s', (today, state, remaining) => {
    const c = clock(petition, accepted(), 'handling', today);
    expect([c.state, c.remaining]).toEqual([state, remaining]);
  });

  it('overdue explains by how many days', () => {
    expect(clock(petition, accepted(), 'handling', '2026-05-12').explanation).toContain('已逾期3日');
  });

  it('an extension of 30 days moves the due date by 30 days and is explained with its reason', () => {
    const extended = step(
      petition,
      accepted(),
      'extend',
      { days: 30, reason: '需调取历年低保档案', extensionNoticeOn: '2026-04-20' },
      '2026-04-20',
    );
    const c = clock(petition, extended, 'handling', '2026-05-12');
    expect(pick(c)).toEqual({ start: '2026-03-10', due: '2026-06-08', days: 90, state: 'normal' });
    expect(c.explanation).toContain('2026年4月20日经批准延长30日');
    expect(c.explanation).toContain('需调取历年低保档案');
    expect(c.explanation).toContain('法定60日，延长30日');
    expect(c.explanation).toContain('2026年6月8日');
  });

  it('replied before the due date: done on time; after: done late', () => {
    const reply = (servedOn: string) =>
      step(petition, accepted(), 'reply', {
        repliedOn: '2026-05-06',
        servedOn,
        outcome: 'support',
        basis: '依据',
      });
    expect(clock(petition, reply('2026-05-08'), 'handling', '2026-06-01')).toMatchObject({
      state: 'done',
      doneOn: '2026-05-08',
      late: false,
    });
    const late = clock(petition, reply('2026-05-11'), 'handling', '2026-06-01');
    expect(late).toMatchObject({ state: 'done', doneOn: '2026-05-11', late: true });
    expect(late.explanation).toContain('超期2日');
  });

  it('ending in 2027, which has no schedule: 暂估, not normal', () => {
    const r = step(petition, newPetition('2026-11-18'), 'accept', {
      acceptedOn: '2026-11-20',
      noticeOn: '2026-11-20',
    });
    const c = clock(petition, r, 'handling', '2026-11-30');
    expect(pick(c)).toEqual({ start: '2026-11-20', due: '2027-01-19', days: 60, state: 'provisional' });
    expect(c.provisional).toBe(true);
    expect(clock(petition, accepted(), 'handling', '2026-03-11').provisional).toBeUndefined();
    expect(c.explanation).toContain('暂估：2027年的节假日安排尚未录入');
  });

  it('a provisional deadline that has passed is overdue, and still explained as 暂估', () => {
    const r = step(petition, newPetition('2026-11-18'), 'accept', {
      acceptedOn: '2026-11-20',
      noticeOn: '2026-11-20',
    });
    const c = clock(petition, r, 'handling', '2027-03-01');
    expect(c.state).toBe('overdue');
    expect(c.provisional).toBe(true);
    expect(c.explanation).toContain('暂估');
    expect(c.explanation).toContain('已逾期41日');
  });
});

describe('信访: 复查 and 复核 (第三十五、三十六条)', () => {
  // decided by the organs above (domain-rules, December 2026 corrections): the township records
  // them (core/ledgers/kinds/petition.test.ts) but owns no clock for them
  it('no clock runs while a 复查 is with the organ above', () => {
    let r = newPetition('2026-01-05');
    r = step(petition, r, 'accept', { acceptedOn: '2026-01-08', noticeOn: '2026-01-09' });
    r = step(petition, r, 'reply', {
      repliedOn: '2026-02-10',
      servedOn: '2026-02-12',
      outcome: 'reject',
      basis: '依据',
    });
    r = step(petition, r, 'review_request', { reviewRequestedOn: '2026-03-02' });
    const open = computeClocks(petition, r, { calendar, today: '2026-06-30' }).filter(
      (c) => c.state !== 'done',
    );
    expect(open).toEqual([]);
  });
});

describe('矛盾纠纷: 调解期限 and the 司法确认 window', () => {
  it('30 days from registration: 3.2 → 4.1; a county setting of 45 days → 4.16', () => {
    const r = newDispute('2026-03-02');
    expect(pick(clock(dispute, r, 'mediation', '2026-03-03'))).toEqual({
      start: '2026-03-02',
      due: '2026-04-01',
      days: 30,
      state: 'normal',
    });
    const c = clock(dispute, r, 'mediation', '2026-03-03', { 'dispute.mediation_days': 45 });
    expect(pick(c)).toEqual({ start: '2026-03-02', due: '2026-04-16', days: 45, state: 'normal' });
    expect(c.explanation).toContain('45日');
  });

  it.each([0, -5, 2.5])('a setting of %s is ignored', (v) => {
    const def = dispute.clocks.find((c) => c.key === 'mediation');
    expect(def && clockDays(def, { 'dispute.mediation_days': v })).toBe(30);
    expect(
      clock(dispute, newDispute('2026-03-02'), 'mediation', '2026-03-03', { 'dispute.mediation_days': v })
        .due,
    ).toBe('2026-04-01');
  });

  it('overdue while mediating; an extension of 20 days by the leader moves it to 4.21', () => {
    const mediating = step(dispute, newDispute('2026-03-02'), 'start_mediation', {
      mediationStartedOn: '2026-03-03',
      mediator: '周明',
    });
    const c = clock(dispute, mediating, 'mediation', '2026-04-03');
    expect(c.state).toBe('overdue');
    expect(c.explanation).toContain('已逾期2日');
    const extended = step(
      dispute,
      mediating,
      'extend_mediation',
      { days: 20, reason: '等待土地确权资料' },
      '2026-03-30',
    );
    const e = clock(dispute, extended, 'mediation', '2026-04-03');
    expect(pick(e)).toEqual({ start: '2026-03-02', due: '2026-04-21', days: 50, state: 'normal' });
    expect(e.explanation).toContain('延长20日');
    expect(e.explanation).toContain('等待土地确权资料');
  });

  // agreement 4.1 + 30 = 5.1 (劳动节) → 5.6
  const succeeded = () => {
    const mediating = step(dispute, newDispute('2026-03-20'), 'start_mediation', {
      mediationStartedOn: '2026-03-21',
      mediator: '周明',
    });
    return step(dispute, mediating, 'succeed', {
      agreementForm: 'written',
      agreementOn: '2026-04-01',
      agreementTerms: '疏通排水沟，费用均摊',
    });
  };

  it.each<[string, string]>([
    ['2026-04-10', 'normal'],
    ['2026-04-30', 'due_soon'], // 5.6 only: 1 working day left (dueSoon 5)
    ['2026-05-06', 'due_soon'],
    ['2026-05-07', 'done'], // a reminder simply ends; never 逾期
    ['2026-09-01', 'done'],
  ])('司法确认 window (reminder) at %s: %s', (today, state) => {
    const c = clock(dispute, succeeded(), 'judicial_confirmation', today);
    expect(c.due).toBe('2026-05-06');
    expect(c.state).toBe(state);
    expect(c.reminder).toBe(true);
    expect(c.explanation).toContain('《人民调解法》第三十三条');
    if (state === 'done') expect(c.explanation).toContain('该期限已于2026年5月6日届满');
  });

  it('the mediation clock stops on success; the application, when recorded, completes the window', () => {
    const r = step(dispute, succeeded(), 'record_confirmation', { confirmationAppliedOn: '2026-04-20' });
    expect(clock(dispute, r, 'mediation', '2026-05-01')).toMatchObject({
      state: 'done',
      doneOn: '2026-04-01',
      late: false,
    });
    const c = clock(dispute, r, 'judicial_confirmation', '2026-05-01');
    expect(c).toMatchObject({ state: 'done', doneOn: '2026-04-20', late: false });
    expect(c.explanation).toContain('已于2026年4月20日办理');
  });

  it('a final state completes clocks still running, on the day of the last step', () => {
    const visited = step(dispute, succeeded(), 'follow_up', {
      visitedOn: '2026-04-15',
      performance: 'performed',
      visitNote: '已疏通',
    });
    const closed = step(dispute, visited, 'close', {}, '2026-04-16');
    expect(closed.state).toBe('closed');
    const c = clock(dispute, closed, 'judicial_confirmation', '2026-04-20');
    expect(c).toMatchObject({ state: 'done', doneOn: '2026-04-16' });
    expect(c.remaining).toBeUndefined();
    // the mediation clock had already stopped at the agreement
    expect(clock(dispute, closed, 'mediation', '2026-04-20').doneOn).toBe('2026-04-01');
  });

  it('the 司法确认 window does not exist before an agreement', () => {
    expect(clocks(dispute, newDispute('2026-03-02'), '2026-03-03').map((c) => c.name)).toEqual(['mediation']);
  });
});

describe('人民调解委员会: term reminder', () => {
  it('three years (1095 days), a reminder: 临期 in the last 20 working days, then simply ended', () => {
    const r = created(mediationCommittee, {
      name: '青石镇人民调解委员会',
      level: 'township',
      establishedOn: '2023-06-01',
      members: [
        { name: '甲', position: 'chair', gender: 'f' },
        { name: '乙', position: 'member', gender: 'm' },
        { name: '丙', position: 'member', gender: 'm' },
      ],
    });
    // 2023-06-01 + 1095 = 2026-05-31 (Sunday) → 2026-06-01
    expect(clock(mediationCommittee, r, 'term', '2026-01-05')).toMatchObject({
      due: '2026-06-01',
      state: 'normal',
    });
    expect(clock(mediationCommittee, r, 'term', '2026-05-20').state).toBe('due_soon');
    expect(clock(mediationCommittee, r, 'term', '2026-06-02').state).toBe('done');
  });
});
