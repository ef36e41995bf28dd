import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyzeText';
import { onePerKey } from './onePerKey';

const report = (body: string) =>
  analyzeText(
    `青石镇2024年法治政府建设年度报告\n2024年，青石镇扎实推进法治政府建设。\n一、主要举措和成效\n${body}`,
  );
const figures = (body: string) => report(body).indicators.map((i) => [i.key, i.value, i.quote]);

describe('one figure per catalog key', () => {
  it('keeps the first figure of a key and drops a later campaign within it', () => {
    expect(
      figures(
        '开展“法律进村”普法活动30余场，覆盖群众1万余人次。联合派出所开展“法治进校园”活动6次，惠及师生500余人。',
      ),
    ).toEqual([
      ['publicity.events', 30, '法律进村”普法活动30余场'],
      ['publicity.audience', 10000, '覆盖群众1万余人次'],
    ]);
  });

  it('keeps the figure the report marks as the whole year over an earlier one', () => {
    expect(figures('一季度开展普法宣传活动，其间宣传活动4场。全年共开展普法宣传活动25场。')).toEqual([
      ['publicity.events', 25, '普法宣传活动25场'],
    ]);
  });
});

describe('onePerKey on figures given directly', () => {
  const text = '开展普法活动3场，全年共开展普法活动25场，累计普法活动30场，开展普法活动4场。';
  const at = (quote: string, key = 'publicity.events') => {
    const start = text.indexOf(quote);
    return { key, value: 0, approx: false, unit: '场', measure: '场', start, end: start + quote.length };
  };
  it('keeps the first figure a clause marks as the whole (全年, 共, 累计), else the first, in text order', () => {
    const a = at('普法活动3场');
    const b = at('普法活动25场');
    const c = at('普法活动30场');
    const d = at('普法活动4场');
    expect(onePerKey(text, [a, b, c, d])).toEqual([b]);
    expect(onePerKey(text, [a, d])).toEqual([a]);
    expect(onePerKey(text, [a, c, d])).toEqual([c]);
    const other = at('普法活动4场', 'publicity.lectures');
    expect(onePerKey(text, [a, other, d])).toEqual([a, other]);
    expect(onePerKey(text, [])).toEqual([]);
  });
});
