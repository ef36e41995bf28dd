import { describe, expect, it } from 'vitest';
import { STORED_QUOTE_MAX, storedQuote } from './storedQuote';

describe('storedQuote', () => {
  it('keeps a quote up to the limit as it is', () => {
    const q = '组织网格员开展矛盾纠纷排查'.repeat(93).slice(0, STORED_QUOTE_MAX);
    expect(q).toHaveLength(STORED_QUOTE_MAX);
    expect(storedQuote(q)).toBe(q);
  });

  it('keeps the head and tail of a longer one and says how much was left out', () => {
    const q = `${'甲'.repeat(900)}${'乙'.repeat(3000)}${'丙'.repeat(200)}`;
    expect(storedQuote(q)).toBe(
      `${'甲'.repeat(900)}……（中间 3000 字从略，全段共 4100 字）……${'丙'.repeat(200)}`,
    );
  });

  it('counts characters, not UTF-16 units, and never splits a pair', () => {
    const q = `${'𠀋'.repeat(1000)}${'乙'.repeat(300)}`;
    const s = storedQuote(q);
    expect(s.startsWith('𠀋'.repeat(900))).toBe(true);
    expect(s).toContain('中间 200 字从略，全段共 1300 字');
    expect(s.endsWith('乙'.repeat(200))).toBe(true);
    expect(s.includes('\uFFFD')).toBe(false);
  });
});

describe('storedQuote on what the copy search hands over', () => {
  it('keeps a quote whose pairs make it longer in UTF-16 units than the limit but not in characters', () => {
    const q = '𠀋'.repeat(STORED_QUOTE_MAX);
    expect(q.length).toBe(2 * STORED_QUOTE_MAX);
    expect(storedQuote(q)).toBe(q);
  });

  it('is unchanged when applied to its own output (the worker shortens, the server may again)', () => {
    const q = `${'甲𠀋'.repeat(800)}${'乙'.repeat(5000)}`;
    const once = storedQuote(q);
    expect(storedQuote(once)).toBe(once);
    expect(once).toContain('中间 5500 字从略，全段共 6600 字');
  });

  it('agrees with a character-by-character cut on mixed text', () => {
    const q = `${'法治𠀋政府'.repeat(400)}\n${'a𠀋b'.repeat(300)}`;
    const chars = Array.from(q);
    const want = `${chars.slice(0, 900).join('')}……（中间 ${chars.length - 1100} 字从略，全段共 ${chars.length} 字）……${chars.slice(-200).join('')}`;
    expect(storedQuote(q)).toBe(want);
  });
});
