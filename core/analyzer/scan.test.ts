import { describe, expect, it } from 'vitest';
import { leadingLiteral, matchAllOf, matchesNear } from './scan';

/** What a test compares: each match's offset and groups. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('matchesNear', () => {
  it('finds what a global scan finds when the anchor sits at a fixed distance from the match start', () => {
    const re = /(的)?第一人(?![民称选次])/g;
    const text = '落实第一人职责，党委书记的第一人责任，第一人民医院，的第一人第一人';
    expect(shape(matchesNear(text, re, '第一人', 0, 1))).toEqual(shape(text.matchAll(re)));
    expect(matchesNear(text, re, '第一人', 0, 1).map((m) => m.index)).toEqual([2, 12, 26, 30]);
  });

  it('keeps leftmost, non-overlapping matches where anchors crowd (是 after one or two numerals)', () => {
    const re = /(^|[。；：，\n])([一二三四五六七八九十]{1,2})是(?![否非])/g;
    const text = '一是学法；二是是否，十一是用法。三十一是。四是非\n五是守法，六是';
    const got = matchesNear(text, re, '是', 1, 3);
    expect(shape(got)).toEqual(shape(text.matchAll(re)));
    expect(got.map((m) => m[2])).toEqual(['一', '二', '十一', '五', '六']);
  });

  it('reads the anchor into a lookahead, and finds no match where the anchor is absent', () => {
    const re = /(?<![依守])法(?=合法性审查|合法性审核)/g;
    const text = '开展法合法性审查，依法合法性审核，法合法性审批';
    expect(matchesNear(text, re, '法合法性审').map((m) => m.index)).toEqual([2]);
    expect(matchesNear('没有这个词', re, '法合法性审')).toEqual([]);
  });

  it('honours ^ of a multiline pattern at line starts only', () => {
    const re = /(20[0-4])(?<=(?:^|[，\n])\d{3})年(?=度)/gm;
    const text = '202年度\n202年度，202年度；202年度';
    expect(shape(matchesNear(text, re, '年', 3))).toEqual(shape(text.matchAll(re)));
    expect(matchesNear(text, re, '年', 3).map((m) => m.index)).toEqual([0, 6, 12]);
  });
});

describe('leadingLiteral and matchAllOf', () => {
  it('reads the word a pattern must begin with, or none', () => {
    expect(leadingLiteral(/截止(?=\d{4}年|目前)/g)).toBe('截止');
    expect(leadingLiteral(/其它/g)).toBe('其它');
    // A quantified last character is optional: only the characters before it are sure.
    expect(leadingLiteral(/的的?/g)).toBe('的');
    expect(leadingLiteral(/a{2}b/g)).toBe('');
    // An alternation over the whole pattern, or an optional group first, leaves no sure word.
    expect(leadingLiteral(/做出|作出/g)).toBe('');
    expect(leadingLiteral(/(的)?第一人/g)).toBe('');
    expect(leadingLiteral(/[a|b]c/g)).toBe('');
    // An alternation inside a group does not split the whole pattern.
    expect(leadingLiteral(/〔(?:\d{1,3}|\d{5,})〕/g)).toBe('〔');
    expect(leadingLiteral(/abc/gi)).toBe('');
  });

  it('gives the matches and groups of matchAll', () => {
    const text = '截止2024年底，截止目前，截至目前，截止；其它其它';
    for (const re of [/截止(?=(\d{4})年|目前)/g, /其它/g, /截[止至](目前)?/g]) {
      expect(shape(matchAllOf(text, re))).toEqual(shape(text.matchAll(re)));
    }
    expect(matchAllOf(text, /截止(?=(\d{4})年|目前)/g).map((m) => m.index)).toEqual([0, 9]);
  });
});
