import { describe, expect, it } from 'vitest';
import type { InlineItem } from '../structure/headings';
import { numberingBreaks } from '../structure/numbering';
import { type Heading, SECTION_KEYS, type SectionKey } from '../types';
import { findStructureDefects } from './structure';

const allPresent = Object.fromEntries(SECTION_KEYS.map((k) => [k, true])) as Record<SectionKey, boolean>;

/** The former lookup (Array.find per break), kept here only to show the Map gives the same spans. */
function referenceEnds(headings: readonly Heading[], inline: readonly InlineItem[]): number[] {
  return numberingBreaks(headings, inline).map((b) => {
    const h = headings.find((x) => x.start === b.start);
    return h ? Math.min(h.end, h.start + 20) : b.end;
  });
}

/** Headings whose numbers skip now and then, with inline 一是 lists between them. */
function build(n: number): { headings: Heading[]; inline: InlineItem[] } {
  const headings: Heading[] = [];
  const inline: InlineItem[] = [];
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const level = ((i % 3) + 1) as 1 | 2 | 3;
    const number = i % 7 === 0 ? 5 : (i % 4) + 1;
    const length = 8 + (i % 30);
    headings.push({ level, number, text: `第${i}项`, start: pos, end: pos + length });
    pos += length + 2;
    if (i % 5 === 0) {
      inline.push({ number: (i % 3) + 1, start: pos, end: pos + 2 });
      pos += 4;
    }
  }
  return { headings, inline };
}

describe('numbering defects', () => {
  it('report the same spans and messages as the per-break scan did', () => {
    const { headings, inline } = build(400);
    const got = findStructureDefects(headings, inline, allPresent);
    const ends = referenceEnds(headings, inline);
    expect(ends.length).toBeGreaterThan(50);
    expect(got.map((d) => d.span?.end)).toEqual(ends);
    expect(got.every((d) => d.kind === 'numbering')).toBe(true);
  });

  it('name the expected and found numeral of the heading level', () => {
    const headings: Heading[] = [
      { level: 1, number: 1, text: '一、总体情况', start: 0, end: 6 },
      { level: 1, number: 3, text: '三、存在问题', start: 20, end: 26 },
    ];
    const got = findStructureDefects(headings, [], allPresent);
    expect(got).toHaveLength(1);
    expect(got[0]?.span).toEqual({ start: 20, end: 26 });
    expect(got[0]?.message).toContain('二、');
    expect(got[0]?.message).toContain('三、');
  });
});
