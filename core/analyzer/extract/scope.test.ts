import { describe, expect, it } from 'vitest';
import { hasWordFrom, hasWordIn } from '../spans';
import { figureScope, sentenceWords } from './scope';

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

describe('sentenceWords', () => {
  it('gives every figure of a sentence the scope it has when its own sentence prefix is read', () => {
    // Sentences written for the test: 其中 twice, 以来 and 五 and 年 before and after figures.
    const texts = [
      '全镇开展法治讲座12次，其中专题讲座3次，全年共计培训8次，其中线上2次，五年来累计40次。',
      '自2021年以来累计调解纠纷90件，2024年调解30件，其中成功28件，近五年办结60件，以来5件。',
      '开展普法活动6场，其中进村3场、进校2场，全县其中1场，年内共7场，2023年以来新增4场。',
    ];
    for (const t of texts) {
      const words = sentenceWords(t, 0, t.length);
      for (const m of t.matchAll(/\d+[次件场]/g))
        for (const year of [2024, null])
          expect(figureScope(t, m.index, year, undefined, words), `${t} ${m[0]}`).toBe(
            figureScope(t, m.index, year),
          );
    }
  });
});
