import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import { COMPUTATIONS } from '../../indicators/computations';
import { evaluate, type IndicatorRecord } from '../../indicators/evaluate';
import type { Role } from '../../roles';
import { maskData } from '../mask';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { legalAide } from './legalAide';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };

function step(r: RecordState, action: string, input: Record<string, unknown>, who = CLERK): RecordState {
  const p = planAction(legalAide, r, action, input, who, { today: TODAY, calendar, settings: {} });
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function record(input: Record<string, unknown> = {}): RecordState {
  const { values, issues } = validateRecord(
    legalAide,
    {
      name: '张秀兰',
      village: 'v1',
      role: 'grid',
      idNumber: '110101199003074514',
      phone: '13800138000',
      appointedOn: '2025-03-01',
      batch: '2025年第一批',
      ...input,
    },
    { today: TODAY },
  );
  expect(issues).toEqual([]);
  return { state: legalAide.initialState, data: values, events: [] };
}

describe('法律明白人', () => {
  it('keeps each training and activity in the person’s timeline, not on the record', () => {
    let r = record();
    r = step(r, 'train', { trainedOn: '2025-04-12', hours: 4, topic: '民法典婚姻家庭编' });
    r = step(r, 'train', { trainedOn: '2025-09-20', hours: 6, topic: '人民调解实务' });
    r = step(r, 'activity', {
      activityOn: '2025-10-08',
      activityType: 'mediation',
      activityNote: '参与调解邻里宅基地纠纷',
    });
    expect(r.state).toBe('active');
    expect(r.events.map((e) => [e.action, e.on, e.payload.hours ?? null])).toEqual([
      ['train', '2025-04-12', 4],
      ['train', '2025-09-20', 6],
      ['activity', '2025-10-08', null],
    ]);
    expect(r.data.hours).toBeUndefined();
    // a training before the person was on the roster is refused, naming the field
    const early = planAction(
      legalAide,
      r,
      'train',
      { trainedOn: '2025-01-05', hours: 2, topic: '宪法' },
      CLERK,
      {
        today: TODAY,
        calendar,
      },
    );
    expect(early.ok ? '' : early.reason).toContain('培训日期');
  });

  it('masks the ID number and phone; the name stays for staff', () => {
    const r = record();
    const masked = maskData(legalAide, r.data, 'staff');
    expect(masked.name).toBe('张秀兰');
    expect(masked.idNumber).not.toBe('110101199003074514');
    expect(String(masked.idNumber)).toMatch(/\*/);
    expect(String(masked.phone)).toMatch(/^138\*+8000$/);
  });

  it('counts the people on the roster at the period’s end: one who left before it does not count', () => {
    const stay = record();
    const left = step(
      record({ name: '李强' }),
      'leave',
      { leftOn: '2025-08-01', leftReason: '外出务工' },
      {
        role: 'township_leader' as Role,
      },
    );
    const later = record({ name: '王五', appointedOn: '2026-02-01' });
    const rows: IndicatorRecord[] = [stay, left, later].map((r) => ({
      kind: 'legal_aide',
      state: r.state,
      eventDate: String(r.data.appointedOn),
      data: r.data,
      events: r.events,
    }));
    const v = evaluate(COMPUTATIONS, rows, { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' });
    expect(v['dispute.legal_aides']?.value).toBe(1);
    const mid = evaluate(COMPUTATIONS, rows, { from: '2025-01-01', to: '2025-06-30', asOf: '2025-06-30' });
    expect(mid['dispute.legal_aides']?.value).toBe(2);
  });
});
