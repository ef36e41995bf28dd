import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../spans';
import { readHeadings, readInlineItems } from './headings';
import { numberingBreaks } from './numbering';
import { findSections, sectionOfHeading } from './sections';

describe('sectionOfHeading', () => {
  it.each([
    ['一、2024年推进法治政府建设的主要举措和成效', 'measures_and_results'],
    ['二、党政主要负责人履行推进法治建设第一责任人职责情况', 'first_responsible_person'],
    ['三、存在的问题和原因', 'shortcomings'],
    ['三、短板弱项', 'shortcomings'],
    ['四、2025年工作思路', 'next_year_plan'],
    ['四、下一步打算', 'next_year_plan'],
    ['（二）强化普法宣传', undefined],
  ])('%s → %s', (text, key) => {
    expect(sectionOfHeading(text)).toBe(key);
  });
});

describe('headings and numbering', () => {
  const text = [
    '一、工作成效',
    '（一）学法。一是建制度；二是抓落实；四是重考核。',
    '（三）普法',
    '1.进村入户',
    '2.以案释法',
    '二、存在问题',
    '三、下一步打算',
  ].join('\n');
  const paras = paragraphsOf(text);
  const headings = readHeadings(paras);

  it('reads the four heading levels', () => {
    expect(headings.map((h) => [h.level, h.number])).toEqual([
      [1, 1],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 2],
      [1, 2],
      [1, 3],
    ]);
  });

  it('reads a heading after any opening character a level allows, and none after others', () => {
    const lines = [
      '十、其他工作',
      '全年开展普法活动，成效明显。',
      '（十二）专项整治',
      '2024年，全镇扎实推进法治建设。',
      '12.建立台账',
      '一是加强学习，二是完善制度。',
      '（4）以案释法',
      '“一、”字样不是标题。',
    ];
    expect(readHeadings(paragraphsOf(lines.join('\n'))).map((h) => [h.level, h.number, h.text])).toEqual([
      [1, 10, '十、其他工作'],
      [2, 12, '（十二）专项整治'],
      [3, 12, '12.建立台账'],
      [4, 4, '（4）以案释法'],
    ]);
  });

  it('reports skipped numbers at every level and in 一是 lists', () => {
    const breaks = numberingBreaks(headings, readInlineItems(text));
    expect(breaks.map((b) => [b.expected, b.found])).toEqual([
      [3, 4],
      [2, 3],
    ]);
  });

  it('maps untitled measure headings to the measures part', () => {
    const plain = paragraphsOf('一、加强组织领导\n正文。\n二、强化普法宣传\n正文。\n三、存在问题\n正文。');
    const { present } = findSections(readHeadings(plain), plain, 100, 0);
    expect(present).toEqual({
      measures_and_results: true,
      first_responsible_person: false,
      shortcomings: true,
      next_year_plan: false,
    });
  });

  it('accepts a level numbered through the text, but not once it has restarted under a parent', () => {
    const through = paragraphsOf(
      ['（一）健全机制', '1.成立小组', '2.明确分工', '（二）规范执法', '3.落实制度', '4.开展评查'].join('\n'),
    );
    expect(numberingBreaks(readHeadings(through), [])).toEqual([]);
    const mixed = paragraphsOf(
      ['（一）健全机制', '1.成立小组', '（二）规范执法', '1.落实制度', '（三）普法宣传', '2.开展活动'].join(
        '\n',
      ),
    );
    expect(numberingBreaks(readHeadings(mixed), []).map((b) => [b.expected, b.found])).toEqual([[1, 2]]);
  });
});
