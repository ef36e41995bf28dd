import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../core/calendar';
import { demoTaskRecords } from './tasksDemo';

const calendar = new WorkCalendar();
const township = {
  name: '青石镇',
  villages: [
    { id: 'v-fl', name: '枫林村' },
    { id: 'v-sq', name: '石桥村' },
  ],
};

describe('demo records of issue 16 (assigned tasks, 行政调解, study lists, 宪法宣誓)', () => {
  it.each([1, 2, 3, 4, 5])('seed %i: every registration and step passes the workflow', (seed) => {
    const refusals: string[] = [];
    const records = demoTaskRecords({
      seed,
      township,
      today: '2026-11-30',
      calendar,
      onRefusal: (m) => refusals.push(m),
    });
    expect(refusals).toEqual([]);
    const kinds = (k: string) => records.filter((r) => r.kind === k);
    const tasks = kinds('assigned_task');
    expect(tasks).toHaveLength(6);
    // the county closed what it assigned, the leader the township's own plan; one item is still open
    expect(tasks.filter((t) => t.state === 'closed').length).toBe(5);
    expect(tasks.filter((t) => t.state === 'assigned').length).toBe(1);
    expect(tasks.some((t) => t.events.some((e) => e.action === 'return'))).toBe(true);
    expect(tasks.some((t) => t.events.some((e) => e.action === 'close_own'))).toBe(true);
    const mediations = kinds('admin_mediation');
    expect(mediations.length).toBeGreaterThanOrEqual(4);
    expect(mediations.map((r) => r.state)).toContain('declined');
    expect(mediations.some((r) => r.state === 'succeeded')).toBe(true);
    const sessions = kinds('study_session');
    expect(sessions.map((r) => r.data.type)).toEqual(['pre_meeting', 'lecture', 'oath']);
    expect(sessions.every((r) => Array.isArray(r.data.participants) && r.data.participants.length > 0)).toBe(
      true,
    );
    expect(kinds('exam')).toHaveLength(1);
  });
});
