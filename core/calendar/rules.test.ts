import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALENDAR_RULES } from './rules';

const root = resolve(import.meta.dirname, '../..');

describe('calendar rules in docs/statutes.md', () => {
  it('each cites a law with version and names a test that exists', () => {
    expect(CALENDAR_RULES.map((r) => r.where)).toEqual([
      'addCalendarDays',
      'statutoryHolidays',
      'Deadline.provisional',
      'scheduleReminders',
    ]);
    for (const r of CALENDAR_RULES) {
      expect(r.cite.length, r.where).toBeGreaterThan(0);
      for (const c of r.cite) expect(Boolean(c.law && c.version), `${r.where}: ${c.law}`).toBe(true);
      const [path, name] = r.test.split(' › ');
      expect(readFileSync(resolve(root, path ?? ''), 'utf8')).toContain(`'${name}'`);
    }
  });

  it('the estimate cites 放假办法第二条 in its 2024 revision', () => {
    const estimate = CALENDAR_RULES.find((r) => r.where === 'statutoryHolidays');
    expect(estimate?.cite).toEqual([
      {
        law: '《全国年节及纪念日放假办法》',
        article: '第二条',
        version: '2024-11-10国务院令第798号第四次修订，2025-01-01施行',
      },
    ]);
    expect(readFileSync(resolve(root, 'docs/statutes.md'), 'utf8')).toContain(
      '| `statutoryHolidays` | 国务院尚未公布当年节假日安排的年份（2025年起）',
    );
  });
});
