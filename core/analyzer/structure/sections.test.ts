import { describe, expect, it } from 'vitest';
import type { Heading, SectionKey } from '../types';
import { findSections, type SectionRange, sectionAt } from './sections';

const KEYS: SectionKey[] = [
  'measures_and_results',
  'shortcomings',
  'next_year_plan',
  'first_responsible_person',
];

/** The scan sectionAt used to be: the reference its index must agree with. */
function scan(ranges: readonly SectionRange[], pos: number): SectionKey | undefined {
  let best: SectionRange | undefined;
  for (const r of ranges) if (r.start <= pos && pos < r.end && (!best || r.start >= best.start)) best = r;
  return best?.key;
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

describe('sectionAt', () => {
  it('agrees with a linear scan on overlapping, nested, empty and equal-start ranges', () => {
    const rand = rng(7);
    for (let round = 0; round < 200; round++) {
      const ranges: SectionRange[] = Array.from({ length: Math.floor(rand() * 12) }, () => {
        const start = Math.floor(rand() * 60);
        return {
          key: KEYS[Math.floor(rand() * 4)] as SectionKey,
          start,
          end: start + Math.floor(rand() * 30) - 3,
        };
      });
      for (let pos = -2; pos < 95; pos++) expect(sectionAt(ranges, pos)).toBe(scan(ranges, pos));
    }
  });

  it('answers for each array when calls alternate between arrays, and after an array grows', () => {
    const rand = rng(11);
    const make = (): SectionRange[] =>
      Array.from({ length: 1 + Math.floor(rand() * 8) }, () => {
        const start = Math.floor(rand() * 60);
        return {
          key: KEYS[Math.floor(rand() * 4)] as SectionKey,
          start,
          end: start + Math.floor(rand() * 30),
        };
      });
    for (let round = 0; round < 50; round++) {
      const a = make();
      const b = make();
      for (let pos = -2; pos < 95; pos++) {
        expect(sectionAt(a, pos)).toBe(scan(a, pos));
        expect(sectionAt(b, pos)).toBe(scan(b, pos));
        expect(sectionAt(a, pos)).toBe(scan(a, pos));
      }
      a.push({ key: 'next_year_plan', start: 10, end: 20 });
      for (let pos = -2; pos < 95; pos++) expect(sectionAt(a, pos)).toBe(scan(a, pos));
    }
  });

  it('gives each heading the text up to the next heading of its level or above', () => {
    const h = (level: Heading['level'], start: number, text: string): Heading => ({
      level,
      number: 1,
      text,
      start,
      end: start + 5,
    });
    const headings = [
      h(1, 10, '一、主要举措和成效'),
      h(2, 20, '（一）党政主要负责人履行推进法治建设第一责任人职责情况'),
      h(2, 40, '（二）普法'),
      h(1, 60, '二、存在的不足'),
      h(1, 80, '三、下一步工作计划'),
    ];
    const { ranges } = findSections(headings, [], 100, 0);
    expect(ranges).toEqual([
      { key: 'measures_and_results', start: 10, end: 60 },
      { key: 'first_responsible_person', start: 20, end: 40 },
      { key: 'shortcomings', start: 60, end: 80 },
      { key: 'next_year_plan', start: 80, end: 100 },
    ]);
    expect([5, 15, 25, 45, 70, 99].map((p) => sectionAt(ranges, p))).toEqual([
      undefined,
      'measures_and_results',
      'first_responsible_person',
      'measures_and_results',
      'shortcomings',
      'next_year_plan',
    ]);
  });
});
