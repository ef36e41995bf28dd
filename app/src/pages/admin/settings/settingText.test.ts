import { describe, expect, it } from 'vitest';
import { monthDayOf, recomputedText, settingRangeText, settingValueText } from './settingText';

describe('setting texts', () => {
  it('reads a month-day stored as MMDD as a date, never as 301', () => {
    expect(monthDayOf(301)).toEqual({ month: 3, day: 1 });
    expect(settingValueText({ input: 'monthDay', unit: '' }, 1231)).toBe('12月31日');
    expect(settingRangeText({ input: 'monthDay', unit: '', min: 101, max: 331 })).toBe('1月1日～3月31日');
  });

  it('reads a switch as 是/否 and numbers with their unit', () => {
    expect(settingValueText({ input: 'switch', unit: '' }, 1)).toBe('是');
    expect(settingValueText({ input: 'switch', unit: '' }, 0)).toBe('否');
    expect(settingRangeText({ input: 'switch', unit: '', min: 0, max: 1 })).toBe('是或否');
    expect(settingValueText({ input: 'number', unit: '元' }, 10000)).toBe('10,000元');
    expect(settingRangeText({ input: 'number', unit: '个工作日', min: 1, max: 15 })).toBe(
      '1个工作日～15个工作日',
    );
  });

  it('says how many deadlines were recomputed', () => {
    expect(recomputedText(3)).toBe('已重新计算3条记录的期限');
  });
});
