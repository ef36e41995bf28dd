import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../calendar';
import type { Role } from '../../roles';
import { computeClocks } from '../clocks';
import { validateRecord } from '../record';
import { applyStep, planAction, type RecordState } from '../workflow';
import { modelVillage } from './modelVillage';

const TODAY = '2026-11-30';
const calendar = new WorkCalendar();
const CLERK = { role: 'township_clerk' as Role };

function step(r: RecordState, action: string, input: Record<string, unknown>): RecordState {
  const p = planAction(modelVillage, r, action, input, CLERK, { today: TODAY, calendar, settings: {} });
  if (!p.ok) throw new Error(`${action}: ${p.reason}`);
  return applyStep(r, p, p.event);
}

function record(input: Record<string, unknown> = {}): RecordState {
  const { values, issues } = validateRecord(
    modelVillage,
    { village: 'v1', level: 'provincial', appliedOn: '2024-03-15', ...input },
    { today: TODAY },
  );
  expect(issues).toEqual([]);
  return { state: modelVillage.initialState, data: values, events: [] };
}

const clock = (r: RecordState, today = TODAY, settings: Record<string, number> = {}) =>
  computeClocks(modelVillage, r, { calendar, today, settings }).find((c) => c.name === 'recheck');

describe('民主法治示范村（社区）创建', () => {
  it('recheck: two years from naming, then from the latest recheck', () => {
    const applying = record();
    expect(clock(applying)).toBeUndefined();
    // named 2024-06-03: + 730 days = 2026-06-03 (Wed; no 29 February in between)
    const named = step(applying, 'name', { namedOn: '2024-06-03', namedBy: '某省司法厅、民政厅命名文件' });
    expect(named.state).toBe('named');
    expect(clock(named, '2025-06-01')).toMatchObject({
      start: '2024-06-03',
      due: '2026-06-03',
      state: 'normal',
    });
    // a county that re-examines every year: 2025-06-03 (Tue)
    expect(clock(named, '2025-06-01', { 'model_village.recheck_days': 365 })).toMatchObject({
      due: '2025-06-03',
    });
    // re-examined 2025-11-10 (Mon): the next one falls two years on, 2027-11-10 (Wed)
    const kept = step(named, 'recheck', { recheckedOn: '2025-11-10', recheckResult: 'kept' });
    expect(kept.state).toBe('named');
    expect(clock(kept)).toMatchObject({ start: '2025-11-10', due: '2027-11-10' });
    // each re-examination stays in the event list; the record holds the latest
    const again = step(kept, 'recheck', { recheckedOn: '2026-11-09', recheckResult: 'rectify' });
    expect(again.events.filter((e) => e.action === 'recheck').map((e) => e.on)).toEqual([
      '2025-11-10',
      '2026-11-09',
    ]);
    expect(again.data.recheckResult).toBe('rectify');
    // revoked: the clock is done, and the title no longer counts
    const revoked = step(again, 'revoke', { revokedOn: '2026-11-20', revokeReason: 'failed' });
    expect(revoked.state).toBe('revoked');
    expect(clock(revoked)).toMatchObject({ state: 'done', doneOn: '2026-11-20' });
  });

  it('a village not named ends there; a recheck needs a named village', () => {
    const r = record();
    const p = planAction(
      modelVillage,
      r,
      'recheck',
      { recheckedOn: '2026-01-05', recheckResult: 'kept' },
      CLERK,
      {
        today: TODAY,
        calendar,
      },
    );
    expect(p).toMatchObject({ ok: false, refusal: 'state' });
    expect(step(r, 'not_name', { notNamedOn: '2024-12-01' }).state).toBe('not_named');
    // a naming cannot precede the application
    const early = planAction(modelVillage, r, 'name', { namedOn: '2024-01-01', namedBy: '文件' }, CLERK, {
      today: TODAY,
      calendar,
    });
    expect(early.ok ? '' : early.reason).toContain('不能早于');
  });
});
