import { describe, expect, it } from 'vitest';
import type { StoredResult } from '../commands/reviewBatchAnalyzer';
import { presentReviewSummary } from './review';

type Row = Parameters<typeof presentReviewSummary>[0];

const copy = {
  otherId: 'b',
  otherFile: '乙.txt',
  otherUnit: '乙镇',
  kind: 'cross_unit' as const,
  quote: '组织网格员开展矛盾纠纷排查',
  start: 0,
  end: 13,
  otherQuote: '组织网格员开展矛盾纠纷排查',
  length: 13,
};

function row(result: Partial<StoredResult> | null): Row {
  return {
    id: 'a',
    batchId: 'batch',
    fileName: '甲.txt',
    format: 'txt',
    unitId: 'u',
    unitName: '甲镇',
    matchedUnit: true,
    reportUnit: '甲镇',
    reportYear: 2025,
    result: result && {
      level: 'township',
      sections: null,
      defects: [],
      indicators: [],
      copies: [],
      ...result,
    },
    error: null,
    duplicateOf: null,
    createdAt: new Date(0),
  } as unknown as Row; // only the fields the presenter reads
}

describe('presentReviewSummary: the copy search outcome', () => {
  it('counts the passages of a finished search as complete', () => {
    const s = presentReviewSummary(row({ copies: [copy] }));
    expect([s.copyCount, s.copiesComplete]).toEqual([1, true]);
  });

  it('tells a search that ran out of time from one that found nothing', () => {
    expect(presentReviewSummary(row({ copies: [], copiesIncomplete: true })).copiesComplete).toBe(false);
    expect(presentReviewSummary(row({ copies: [] })).copiesComplete).toBe(true);
  });

  it('keeps what an incomplete search found, still marked incomplete', () => {
    const s = presentReviewSummary(row({ copies: [copy], copiesIncomplete: true }));
    expect([s.copyCount, s.copiesComplete]).toEqual([1, false]);
  });
});
