import { describe, expect, it } from 'vitest';
import { codeUnits, PAD } from './codeUnits';

/** The code units by charCodeAt, the reading codeUnits must give. */
const expected = (t: string) => Array.from({ length: t.length }, (_, i) => t.charCodeAt(i));

describe('codeUnits', () => {
  it('gives every code unit as charCodeAt does, unpaired surrogates included, then zeros', () => {
    const texts = [
      '',
      'a',
      '青石镇\uD800x\uDC00\uDFFF\uD83D\uDE00末',
      `${'x'.repeat(40_000)}\uDBFF`,
      '溪'.repeat(70_000),
      '短',
    ];
    for (const t of [...texts, ...texts.slice().reverse()]) {
      const u = codeUnits(t);
      expect(Array.from(u.subarray(0, t.length))).toEqual(expected(t));
      expect(Array.from(u.subarray(t.length, t.length + PAD))).toEqual(new Array(PAD).fill(0));
    }
  });

  it('clears a longer text left in the shared array up to the padding', () => {
    codeUnits('一二三四五六七八九十一二三四五六七八九十');
    const u = codeUnits('甲乙');
    expect(Array.from(u.subarray(0, 2 + PAD))).toEqual([...expected('甲乙'), ...new Array(PAD).fill(0)]);
  });
});
