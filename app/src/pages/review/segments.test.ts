import { describe, expect, it } from 'vitest';
import { buildSegments, type Segment } from './segments';

const text = (s: string, segs: Segment[]) =>
  segs.map((g) => `${s.slice(g.start, g.end)}[${g.ids.join(',')}]`);

describe('buildSegments', () => {
  it('returns the whole text as one plain segment without spans', () => {
    expect(buildSegments(5, [])).toEqual([{ start: 0, end: 5, ids: [] }]);
    expect(buildSegments(0, [{ id: 'a', start: 0, end: 3 }])).toEqual([]);
  });

  it('marks disjoint spans and keeps the text between them plain', () => {
    const s = '共调处纠纷120件，成功率98%。';
    const segs = buildSegments(s.length, [
      { id: 'b', start: 13, end: 16 },
      { id: 'a', start: 5, end: 9 },
    ]);
    expect(text(s, segs)).toEqual(['共调处纠纷[]', '120件[a]', '，成功率[]', '98%[b]', '。[]']);
  });

  it('splits overlapping spans so the overlap carries both ids in the given order', () => {
    const segs = buildSegments(10, [
      { id: 'defect', start: 4, end: 8 },
      { id: 'copy', start: 2, end: 6 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['copy'] },
      { start: 4, end: 6, ids: ['defect', 'copy'] },
      { start: 6, end: 8, ids: ['defect'] },
      { start: 8, end: 10, ids: [] },
    ]);
  });

  it('splits a span around one nested inside it', () => {
    const segs = buildSegments(10, [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 3, end: 5 },
    ]);
    expect(segs.map((g) => [g.start, g.end, g.ids.join('+')])).toEqual([
      [0, 3, 'outer'],
      [3, 5, 'outer+inner'],
      [5, 10, 'outer'],
    ]);
  });

  it('handles touching spans, identical ranges, clipping, empty and duplicate spans', () => {
    const segs = buildSegments(6, [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 2, end: 4 },
      { id: 'c', start: 2, end: 4 },
      { id: 'd', start: 5, end: 99 },
      { id: 'e', start: 3, end: 3 },
      { id: 'a', start: 4, end: 5 },
      { id: 'f', start: -4, end: -1 },
    ]);
    expect(segs).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 2, end: 4, ids: ['b', 'c'] },
      { start: 4, end: 5, ids: [] },
      { start: 5, end: 6, ids: ['d'] },
    ]);
  });

  it('covers the text exactly once, in order, for many random spans', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const spans = Array.from({ length: 300 }, (_, i) => {
      const start = rnd(2000);
      return { id: `s${i}`, start, end: start + 1 + rnd(40) };
    });
    const segs = buildSegments(2000, spans);
    expect(segs[0]?.start).toBe(0);
    expect(segs[segs.length - 1]?.end).toBe(2000);
    for (let i = 1; i < segs.length; i++) expect(segs[i]?.start).toBe(segs[i - 1]?.end);
    for (const sp of spans) {
      const covering = segs.filter((g) => g.ids.includes(sp.id));
      expect(covering[0]?.start).toBe(sp.start);
      expect(covering[covering.length - 1]?.end).toBe(Math.min(sp.end, 2000));
    }
  });
});
