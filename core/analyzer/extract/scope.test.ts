import { describe, expect, it } from 'vitest';
import { hasWordFrom, hasWordIn } from '../spans';
import { figureScope } from './scope';

/** figureScope on sentences written for the test: the figure is the text's last digit run. */
const scopeOf = (s: string, year: number | null = 2024) =>
  figureScope(s, s.search(/\d+[次场件名人][^\d]*$/), year);

describe('figureScope', () => {
  it('keeps the report year and leaves out other years in the clause', () => {
    expect(scopeOf('2024年，全镇开展法治讲座5次。')).toBe('in');
    expect(scopeOf('2024年开展法治讲座5次。')).toBe('in');
    expect(scopeOf('2023年开展法治讲座5次。')).toBe('out');
    expect(scopeOf('2024年和2023年开展法治讲座5次。')).toBe('out');
    expect(scopeOf('2023年开展法治讲座5次。', null)).toBe('in');
  });
  it('leaves out totals since an earlier year and over several years, whichever figure asks first', () => {
    expect(scopeOf('自2021年以来，累计开展法治讲座50次。')).toBe('out');
    expect(scopeOf('自2024年以来，开展法治讲座5次。')).toBe('in');
    expect(scopeOf('近三年来，开展法治讲座50次。')).toBe('out');
    const s = '自2021年以来开展法治讲座5次，2024年以来开展法治讲座3次。';
    expect(figureScope(s, s.indexOf('5次'), 2024)).toBe('out');
    expect(figureScope(s, s.indexOf('3次'), 2024)).toBe('out');
    expect(figureScope(s, s.indexOf('5次'), 2024)).toBe('out');
  });
  it('tells a breakdown after 其中 unless the whole is named again', () => {
    expect(scopeOf('开展法治培训6次，其中专题讲座2次。')).toBe('breakdown');
    expect(scopeOf('开展法治培训6次，其中全年专题讲座2次。')).toBe('in');
  });
});

describe('hasWordFrom', () => {
  it('answers as hasWordIn, the word wholly inside the range', () => {
    const t = '全年开展以来学法，五年以来';
    for (const w of ['年', '以来', '五', '学法', '来学', '无', ''])
      for (let from = 0; from <= t.length; from++)
        for (let to = from; to <= t.length + 2; to++)
          expect(hasWordFrom(t, from, to, w), `${w} ${from} ${to}`).toBe(hasWordIn(t, from, to, w));
  });
});
