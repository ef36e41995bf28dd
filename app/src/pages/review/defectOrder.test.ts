import { describe, expect, it } from 'vitest';
import type { Defect } from '../../../../core/analyzer/types';
import { defectOrder } from './defectOrder';

const d = (confidence?: Defect['confidence']): Defect => ({
  kind: 'typo',
  quote: '某',
  message: '某',
  ...(confidence ? { confidence } : {}),
});

describe('order of findings on the 问题 tab', () => {
  it('puts high confidence first, keeps text order within a level, and counts a stored finding without one as medium', () => {
    const defects = [d('low'), d('medium'), d('high'), d(), d('high')];
    expect(defectOrder(defects, new Set())).toEqual([2, 4, 1, 3, 0]);
  });
  it('moves dismissed findings to the end, still by confidence', () => {
    const defects = [d('low'), d('high'), d('high'), d('medium')];
    expect(defectOrder(defects, new Set([1, 0]))).toEqual([2, 3, 1, 0]);
  });
});
