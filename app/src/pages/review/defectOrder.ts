import { DEFECT_CONFIDENCES, type Defect } from '../../../../core/analyzer/types';

/**
 * The order the 问题 tab lists findings in, as indexes into the review's findings (which the
 * text marks and rectifications refer to): high confidence first, then medium, then low, the
 * text order kept within each; findings the reviewer dismissed come last. A finding stored
 * before confidences existed counts as medium.
 */
export function defectOrder(defects: readonly Defect[], dismissed: ReadonlySet<number>): number[] {
  const rank = (i: number) =>
    (dismissed.has(i) ? DEFECT_CONFIDENCES.length : 0) +
    DEFECT_CONFIDENCES.indexOf(defects[i]?.confidence ?? 'medium');
  return defects.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
}
