import { describe, expect, it } from 'vitest';
import {
  annualValue,
  chineseDay,
  formatFine,
  isWithdrawn,
  readParams,
  writeParams,
} from './publicEnforcement';

describe('public enforcement page helpers', () => {
  it('reads the tab, search and page from the address, with safe defaults', () => {
    expect(readParams(new URLSearchParams(''))).toEqual({ tab: 'decisions', q: '', page: 1 });
    expect(readParams(new URLSearchParams('tab=officers&q=%20占道%20&page=3'))).toEqual({
      tab: 'officers',
      q: '占道',
      page: 3,
    });
    expect(readParams(new URLSearchParams('tab=nope&page=-2'))).toEqual({ tab: 'decisions', q: '', page: 1 });
    expect(readParams(new URLSearchParams('page=1.5')).page).toBe(1);
  });

  it('writes only what differs from the defaults', () => {
    expect(writeParams({ tab: 'decisions', q: '', page: 1 }).toString()).toBe('');
    expect(writeParams({ tab: 'matters', q: '耕地', page: 2 }).toString()).toBe(
      `tab=matters&q=${encodeURIComponent('耕地')}&page=2`,
    );
  });

  it('formats fines and days in Chinese', () => {
    expect(formatFine(null)).toBeNull();
    expect(formatFine(0)).toBeNull();
    expect(formatFine(3000)).toBe('3,000元');
    expect(formatFine(150_000)).toBe('15万元');
    expect(chineseDay('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDay(null)).toBe('');
  });

  it('tells a withdrawal notice from a published decision', () => {
    expect(isWithdrawn({ decisionNumber: 'x', withdrawnOn: '2026-01-01', withdrawNotice: '撤回' })).toBe(
      true,
    );
    expect(
      isWithdrawn({
        decisionNumber: 'x',
        caseName: '',
        decisionType: null,
        decidedOn: null,
        publishedOn: '2026-01-01',
        partyName: '张*',
        publicSummary: '',
        fineAmount: null,
      }),
    ).toBe(false);
  });
});

describe('annualValue', () => {
  it('writes amounts like the fines, counts with their measure word', () => {
    expect(annualValue(25000, '元')).toBe('25,000元');
    expect(annualValue(250000, '元')).toBe('25万元');
    expect(annualValue(0, '元')).toBe('0元');
    expect(annualValue(1234, '件')).toBe('1,234件');
  });
});
